// The API implementation both hosts serve. It owns the session (which study is open, the
// user's settings) and turns each request into one transaction on the study.

import fs from 'node:fs';
import path from 'node:path';
import type { ApiImpl, ExportFile, ImportOutcome, Request, Session } from './contract';
import { AppError } from '../domain/errors';
import * as annotations from './ops/annotations';
import * as facts from './ops/facts';
import { compareAnnotators } from './ops/compare';
import * as exchange from './ops/merging';
import { search } from './ops/search';
import type { Ctx } from './ops/context';
import { exportAs } from './ops/export';
import { importArticle } from './ops/files';
import * as tagset from './ops/tagset';
import type { Isolate } from '../isolation/protocol';
import type { SettingsPort } from './settings';
import { STUDY_EXTENSION } from '../store/open';
import { Study } from '../store/study';
import { CodePointIndex } from '../text/codepoints';
import type { Annotation, DocumentDetail } from '../domain/types';

export interface ServiceOptions {
  /** The user's settings, kept where the host keeps them. */
  settings: SettingsPort;
  /** The study created on first start (the app's data folder, "Studies/My study.sourcemark"). */
  defaultStudyPath: string;
  /** Open (or create) this study instead of the last one used. */
  studyPath?: string;
  now?: () => string;
  /** Where risky reads run (a stranger's study): Electron's utility process, or a Node child. */
  isolate?: Isolate;
  /** How long a write waits for another program before reporting "busy" (ms). */
  busyMs?: number;
  /**
   * Write large imports in short journalled transactions, so another program's writes wait
   * a fraction of a second rather than the whole import (the CLI, run beside the app).
   */
  sliceImports?: boolean;
}

const INDEX_CACHE_SIZE = 4;

export class SourcemarkService implements ApiImpl {
  readonly settings: SettingsPort;
  private current: Study | null = null;
  private startupError: string | null = null;
  private readonly now: () => string;
  /** Code-point indexes of recently used documents (their text never changes). */
  private readonly indexes = new Map<string, CodePointIndex>();

  constructor(private readonly options: ServiceOptions) {
    this.settings = options.settings;
    this.now = options.now ?? (() => new Date().toISOString());
  }

  get defaultStudyPath(): string {
    return this.options.defaultStudyPath;
  }

  /** Open the requested, the last used, or the default study; remember why if one failed. */
  start(): this {
    const wanted = this.options.studyPath ?? this.settings.recentStudies[0];
    if (wanted) {
      try {
        this.switchTo(fs.existsSync(wanted) || !this.options.studyPath ? Study.open(wanted, this.openOptions) : Study.create(wanted, undefined, this.openOptions));
        return this;
      } catch (e) {
        this.startupError = e instanceof Error ? e.message : String(e);
      }
    }
    const fallback = this.defaultStudyPath;
    this.switchTo(fs.existsSync(fallback) ? Study.open(fallback, this.openOptions) : Study.create(fallback, undefined, { ...this.openOptions, makeFolder: true }));
    return this;
  }

  /** Open this study (or create it, when asked) and nothing else; failures are thrown, not remembered. */
  startWith(file: string, { create }: { create: boolean }): this {
    this.switchTo(fs.existsSync(file) || !create ? Study.open(file, this.openOptions) : Study.create(file, undefined, this.openOptions));
    return this;
  }

  private get openOptions() {
    return this.options.busyMs !== undefined ? { busyMs: this.options.busyMs } : {};
  }

  close(): void {
    this.current?.close();
    this.current = null;
  }

  get study(): Study {
    if (!this.current) throw new AppError('no_study', 'No study is open. Open or create one from the File menu.');
    return this.current;
  }

  private switchTo(study: Study): void {
    this.current?.close();
    this.current = study;
    this.indexes.clear();
    this.settings.noteStudyOpened(study.file);
  }

  private index(documentId: string): CodePointIndex {
    let idx = this.indexes.get(documentId);
    if (!idx) {
      const content = this.study.documents.content(documentId);
      if (!content) throw new AppError('not_found', 'That document is no longer in this study.');
      idx = new CodePointIndex(content.text);
      if (this.indexes.size >= INDEX_CACHE_SIZE) this.indexes.delete(this.indexes.keys().next().value!);
    }
    this.indexes.delete(documentId);
    this.indexes.set(documentId, idx);
    return idx;
  }

  getSession(): Session {
    const s = this.current;
    return {
      study: s && {
        path: s.file,
        name: s.meta.name,
        id: s.meta.id,
        documentCount: (s.db.prepare('SELECT count(*) FROM documents').pluck().get() as number) ?? 0,
        formatVersion: s.formatVersion(),
      },
      startupError: this.startupError,
      recentStudies: this.settings.recentStudies,
      defaultStudyDir: path.dirname(this.defaultStudyPath),
      userName: this.settings.userName,
      identity: this.settings.identity,
      openConflicts: s ? s.review.openConflictCount() : 0,
      lastDocumentId: s ? this.lastDocumentIfPresent(s) : null,
      tags: s ? s.tags.list() : [],
      verdicts: s ? s.verdicts.list() : [],
    };
  }

  /** What operations see of the session. */
  private get ctx(): Ctx {
    const { chosen: _c, ...identity } = this.settings.identity;
    return { study: this.study, now: this.now, user: identity.name, identity, index: (id) => this.index(id), sliceImports: this.options.sliceImports ?? false, ...(this.options.isolate ? { isolate: this.options.isolate } : {}) };
  }

  private lastDocumentIfPresent(s: Study): string | null {
    const id = this.settings.lastDocument(s.file);
    return id && s.documents.exists(id) ? id : null;
  }

  openStudy({ path: file }: Request<'openStudy'>): Session {
    const abs = path.resolve(file);
    if (this.current?.file === abs) return this.getSession();
    this.switchTo(Study.open(abs, this.openOptions));
    this.startupError = null;
    return this.getSession();
  }

  createStudy({ path: file }: Request<'createStudy'>): Session {
    const abs = path.resolve(file.endsWith(STUDY_EXTENSION) ? file : file + STUDY_EXTENSION);
    this.switchTo(Study.create(abs, this.now(), this.openOptions));
    this.startupError = null;
    return this.getSession();
  }

  listDocuments() {
    return this.study.documents.list();
  }

  importFile({ name, dataBase64 }: Request<'importFile'>): ImportOutcome {
    return importArticle(this.study, name, Buffer.from(dataBase64, 'base64'), this.now());
  }

  getDocument({ id }: Request<'getDocument'>): DocumentDetail {
    return annotations.getDocument(this.ctx, id);
  }

  setLastDocument({ id }: Request<'setLastDocument'>): null {
    this.settings.setLastDocument(this.study.file, id);
    return null;
  }

  createAnnotation(req: Request<'createAnnotation'>): Annotation {
    return annotations.createAnnotation(this.ctx, req);
  }
  updateAnnotation(req: Request<'updateAnnotation'>): Annotation {
    return annotations.updateAnnotation(this.ctx, req);
  }
  deleteAnnotation({ id }: Request<'deleteAnnotation'>): Annotation {
    return annotations.deleteAnnotation(this.ctx, id);
  }
  restoreAnnotation({ annotation }: Request<'restoreAnnotation'>): Annotation {
    return annotations.restoreAnnotation(this.ctx, annotation);
  }

  exportAs({ format, documentIds }: Request<'exportAs'>): ExportFile {
    return exportAs(this.study, format, documentIds, this.now());
  }

  createTag(req: Request<'createTag'>) {
    return tagset.createTag(this.ctx, req);
  }
  updateTag(req: Request<'updateTag'>) {
    return tagset.updateTag(this.ctx, req);
  }
  deleteTag({ id }: Request<'deleteTag'>) {
    return tagset.deleteTag(this.ctx, id);
  }
  mergeTags(req: Request<'mergeTags'>) {
    return tagset.mergeTags(this.ctx, req);
  }
  exportTagSet() {
    return tagset.exportTagSet(this.ctx);
  }
  importTagSet({ content }: Request<'importTagSet'>) {
    return tagset.importTagSet(this.ctx, content);
  }
  saveVerdicts({ verdicts }: Request<'saveVerdicts'>) {
    return tagset.saveVerdicts(this.ctx, verdicts);
  }
  listPeople() {
    return this.study.people.list();
  }
  savePerson(req: Request<'savePerson'>) {
    return tagset.savePerson(this.ctx, req);
  }

  suggestFacts({ id }: Request<'suggestFacts'>) {
    return facts.suggestFacts(this.ctx, id);
  }
  searchPlaces(req: Request<'searchPlaces'>) {
    return facts.searchPlaces(this.ctx, req);
  }
  mapPoints({ documentId }: Request<'mapPoints'>) {
    return facts.mapPoints(this.ctx, documentId);
  }
  search(req: Request<'search'>) {
    return search(this.ctx, req);
  }

  setIdentity(who: Request<'setIdentity'>): Session {
    const identity = { name: who.name, email: who.email ?? null, orcid: who.orcid ?? null };
    this.settings.setIdentity(identity);
    return this.getSession();
  }
  listContributors() {
    return this.study.provenance.contributors();
  }
  annotationHistory({ id }: Request<'annotationHistory'>) {
    return this.study.provenance.history(id);
  }
  previewImport({ name, dataBase64 }: Request<'previewImport'>) {
    return exchange.previewImport(this.ctx, name, Buffer.from(dataBase64, 'base64'));
  }
  importAnnotations({ name, dataBase64 }: Request<'importAnnotations'>) {
    return exchange.importAnnotations(this.ctx, name, Buffer.from(dataBase64, 'base64'));
  }
  listOrphans({ documentId }: Request<'listOrphans'>) {
    return exchange.listOrphans(this.ctx, documentId);
  }
  placeOrphan(req: Request<'placeOrphan'>) {
    return exchange.placeOrphan(this.ctx, req);
  }
  discardOrphan({ id }: Request<'discardOrphan'>) {
    return exchange.discardOrphan(this.ctx, id);
  }
  listConflicts() {
    return exchange.listConflicts(this.ctx);
  }
  resolveConflict(req: Request<'resolveConflict'>) {
    return exchange.resolveConflict(this.ctx, req);
  }
  compareAnnotators(req: Request<'compareAnnotators'>) {
    return compareAnnotators(this.ctx, req);
  }
}

// The API implementation both hosts serve. It owns the session (which study is open, the
// user's settings) and turns each request into one transaction on the study.

import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { anchor, quoteAt } from './anchoring/anchor';
import type { ApiImpl, ExportFile, ImportOutcome, Request, Session } from './contract';
import { AppError } from './errors';
import { SettingsStore } from './settings';
import { STUDY_EXTENSION } from './store/open';
import { Study } from './store/study';
import { exportW3C, importArticle } from './study-ops';
import { CodePointIndex } from './text/codepoints';
import type { Annotation, DocumentDetail, PlacedAnnotation } from './types';

export interface ServiceOptions {
  dataDir: string;
  /** Open (or create) this study instead of the last one used. */
  studyPath?: string;
  now?: () => string;
}

const INDEX_CACHE_SIZE = 4;

export class SourcemarkService implements ApiImpl {
  readonly settings: SettingsStore;
  private current: Study | null = null;
  private startupError: string | null = null;
  private readonly now: () => string;
  /** Code-point indexes of recently used documents (their text never changes). */
  private readonly indexes = new Map<string, CodePointIndex>();

  constructor(private readonly options: ServiceOptions) {
    this.settings = new SettingsStore(options.dataDir);
    this.now = options.now ?? (() => new Date().toISOString());
  }

  get defaultStudyPath(): string {
    return path.join(this.options.dataDir, 'Studies', `My study${STUDY_EXTENSION}`);
  }

  /** Open the requested, the last used, or the default study; remember why if one failed. */
  start(): this {
    const wanted = this.options.studyPath ?? this.settings.recentStudies[0];
    if (wanted) {
      try {
        this.switchTo(fs.existsSync(wanted) || !this.options.studyPath ? Study.open(wanted) : Study.create(wanted));
        return this;
      } catch (e) {
        this.startupError = e instanceof Error ? e.message : String(e);
      }
    }
    const fallback = this.defaultStudyPath;
    this.switchTo(fs.existsSync(fallback) ? Study.open(fallback) : Study.create(fallback));
    return this;
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
      lastDocumentId: s ? this.lastDocumentIfPresent(s) : null,
      tags: s ? s.tags() : [],
    };
  }

  private lastDocumentIfPresent(s: Study): string | null {
    const id = this.settings.lastDocument(s.file);
    return id && s.documents.exists(id) ? id : null;
  }

  openStudy({ path: file }: Request<'openStudy'>): Session {
    const abs = path.resolve(file);
    if (this.current?.file === abs) return this.getSession();
    this.switchTo(Study.open(abs));
    this.startupError = null;
    return this.getSession();
  }

  createStudy({ path: file }: Request<'createStudy'>): Session {
    const abs = path.resolve(file.endsWith(STUDY_EXTENSION) ? file : file + STUDY_EXTENSION);
    this.switchTo(Study.create(abs, this.now()));
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
    const summary = this.study.documents.get(id);
    const content = this.study.documents.content(id);
    if (!summary || !content) throw new AppError('not_found', 'That document is no longer in this study.');
    const idx = this.index(id);
    const annotations: PlacedAnnotation[] = this.study.annotations.listByDocument(id).map((a) => {
      const placed = anchor(idx, a, a);
      if (placed.status === 'orphan') return { ...a, placement: { status: 'orphan' } };
      return { ...a, start: placed.start, end: placed.end, placement: { status: 'anchored', method: placed.method } };
    });
    return { summary, blocks: content.blocks, annotations };
  }

  setLastDocument({ id }: Request<'setLastDocument'>): null {
    this.settings.setLastDocument(this.study.file, id);
    return null;
  }

  private requireTag(tag: string): void {
    if (!this.study.tags().some((t) => t.id === tag)) throw new AppError('bad_input', `There is no tag “${tag}” in this study.`);
  }

  createAnnotation({ documentId, tag, start, end, note }: Request<'createAnnotation'>): Annotation {
    this.requireTag(tag);
    const idx = this.index(documentId);
    if (end > idx.length || start >= end) {
      throw new AppError('bad_input', `The range ${start}–${end} is outside the document (0–${idx.length}).`);
    }
    // Whitespace at the edges of a selection is never meant: trim it.
    while (start < end && /\s/u.test(idx.slice(start, start + 1))) start++;
    while (end > start && /\s/u.test(idx.slice(end - 1, end))) end--;
    if (start === end) throw new AppError('bad_input', 'Select some text to tag, not only spaces.');
    const when = this.now();
    const a: Annotation = {
      id: randomUUID(),
      documentId,
      tag,
      start,
      end,
      ...quoteAt(idx, start, end),
      note: note ?? '',
      author: this.settings.userName,
      created: when,
      modified: when,
    };
    this.study.write(() => this.study.annotations.insert(a));
    return a;
  }

  private existing(id: string): Annotation {
    const a = this.study.annotations.get(id);
    if (!a) throw new AppError('not_found', 'That annotation no longer exists.');
    return a;
  }

  updateAnnotation({ id, tag, note }: Request<'updateAnnotation'>): Annotation {
    if (tag !== undefined) this.requireTag(tag);
    return this.study.write(() => {
      const a = this.existing(id);
      const next = { ...a, tag: tag ?? a.tag, note: note ?? a.note, modified: this.now() };
      this.study.annotations.update(next);
      return next;
    });
  }

  deleteAnnotation({ id }: Request<'deleteAnnotation'>): Annotation {
    return this.study.write(() => {
      const a = this.existing(id);
      this.study.annotations.delete(a, this.now(), this.settings.userName);
      return a;
    });
  }

  restoreAnnotation({ annotation }: Request<'restoreAnnotation'>): Annotation {
    this.requireTag(annotation.tag);
    const idx = this.index(annotation.documentId);
    if (annotation.end > idx.length || annotation.start >= annotation.end || idx.slice(annotation.start, annotation.end) !== annotation.exact) {
      throw new AppError('bad_input', 'That annotation does not match its document’s text.');
    }
    const a: Annotation = { ...annotation, ...quoteAt(idx, annotation.start, annotation.end) };
    this.study.write(() => {
      if (this.study.annotations.get(a.id)) throw new AppError('conflict', 'That annotation already exists.');
      this.study.annotations.insert(a);
    });
    return a;
  }

  exportW3C({ documentId }: Request<'exportW3C'>): ExportFile {
    return exportW3C(this.study, documentId, this.now());
  }
}

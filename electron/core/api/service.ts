// The API implementation every host serves. It owns the session (which study is open, the
// user's settings) and binds each operation of handlers.ts to the open study; every write
// an operation makes is one transaction.

import fs from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../documents';
import { AppError } from '../domain/errors';
import type { Extract } from '../isolation/extractor';
import type { Isolate } from '../isolation/protocol';
import { STUDY_EXTENSION } from '../store/open';
import { Study } from '../store/study';
import { CodePointIndex } from '../text/codepoints';
import type { ApiImpl, Request, Session } from './contract';
import { handlers, type OpMethod } from './handlers';
import type { Ctx } from './ops/context';
import type { SettingsPort } from './settings';

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
  /** Turns files into documents; a worker thread in the hosts, in-process by default. */
  extract?: Extract;
}

/** An operation's method; one whose request is empty may be called without it. */
type OpApi = { [M in OpMethod]: (...request: {} extends Request<M> ? [request?: Request<M>] : [request: Request<M>]) => ReturnType<(typeof handlers)[M]> };

// The operations' methods are added to every service in its constructor (see handlers.ts).
export interface SourcemarkService extends OpApi {}

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
    for (const [method, handle] of Object.entries(handlers) as Array<[string, (ctx: Ctx, request: unknown) => unknown]>) {
      Object.defineProperty(this, method, { value: (request: unknown = {}) => handle(this.ctx, request), enumerable: false });
    }
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
        keepsOriginals: s.keepsOriginals(),
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
    return { study: this.study, now: this.now, user: identity.name, identity, index: (id) => this.index(id), sliceImports: this.options.sliceImports ?? false, extract: this.options.extract ?? extractDocument, ...(this.options.isolate ? { isolate: this.options.isolate } : {}) };
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

  setLastDocument({ id }: Request<'setLastDocument'>): null {
    this.settings.setLastDocument(this.study.file, id);
    return null;
  }

  setIdentity(who: Request<'setIdentity'>): Session {
    const identity = { name: who.name, email: who.email ?? null, orcid: who.orcid ?? null };
    this.settings.setIdentity(identity);
    return this.getSession();
  }
}

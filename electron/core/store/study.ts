// An open study file: its repositories, its metadata and the one way to write (a
// transaction). Every change a user makes is exactly one call to `write`.

import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AnnotationRepo } from './annotations';
import { DocumentRepo } from './documents';
import { CollectionRepo } from './collections';
import { ProvenanceRepo } from './provenance';
import { ReviewRepo } from './review';
import { SourceRepo } from './sources';
import { TrashRepo } from './trash';
import { ImportJournal } from './imports';
import { AppError } from '../domain/errors';
import { isBusy } from './connection';
import { checkStudyFile, createStudyFile, openCheckedReadOnly, openStudyFile, type OpenOptions } from './open';
import { PeopleRepo } from './people';
import { TagRepo } from './tags';
import { VerdictRepo } from './verdicts';

export interface StudyMeta {
  id: string;
  name: string;
  created: string;
}

export class Study {
  readonly documents: DocumentRepo;
  readonly annotations: AnnotationRepo;
  readonly tags: TagRepo;
  readonly verdicts: VerdictRepo;
  readonly people: PeopleRepo;
  readonly provenance: ProvenanceRepo;
  readonly review: ReviewRepo;
  readonly imports: ImportJournal;
  readonly sources: SourceRepo;
  readonly collections: CollectionRepo;
  readonly trash: TrashRepo;
  readonly meta: StudyMeta;

  /** Writes through this connection (see version()). */
  private writes = 0;

  private constructor(
    readonly db: Database,
    readonly file: string,
  ) {
    this.documents = new DocumentRepo(db);
    this.annotations = new AnnotationRepo(db);
    this.tags = new TagRepo(db);
    this.verdicts = new VerdictRepo(db);
    this.people = new PeopleRepo(db);
    this.provenance = new ProvenanceRepo(db);
    this.review = new ReviewRepo(db);
    this.imports = new ImportJournal(db, this.annotations, this.verdicts);
    this.sources = new SourceRepo(db);
    this.collections = new CollectionRepo(db);
    this.trash = new TrashRepo(db, this.annotations, this.review);
    const rows = db.prepare('SELECT key, value FROM study_meta').all() as Array<{ key: string; value: string }>;
    const meta = Object.fromEntries(rows.map((r) => [r.key, r.value]));
    this.meta = {
      id: meta.id ?? '',
      name: meta.name ?? path.basename(file).replace(/\.[^.]+$/, ''),
      created: meta.created ?? '',
    };
  }

  static open(file: string, options: OpenOptions = {}): Study {
    const study = new Study(openStudyFile(path.resolve(file), options), path.resolve(file));
    study.undoAbandonedImports();
    return study;
  }

  /** An import whose writer died half-way is undone, so the study holds all of it or none. */
  undoAbandonedImports(): number {
    let undone = 0;
    for (const id of this.imports.abandoned()) {
      try {
        this.write(() => this.imports.undo(id));
        undone++;
      } catch (e) {
        // Busy: another program is at work; the next opening tries again.
        if (!(e instanceof AppError && e.code === 'busy')) throw e;
      }
    }
    return undone;
  }

  /** A study checked like any other, then opened read-only (an import source). */
  static openReadOnly(file: string): Study {
    const abs = path.resolve(file);
    checkStudyFile(abs);
    return new Study(openCheckedReadOnly(abs), abs);
  }

  /** A new study; its folder must exist unless `makeFolder` (the app's own data folder). */
  static create(file: string, now = new Date().toISOString(), options: OpenOptions & { makeFolder?: boolean } = {}): Study {
    const abs = path.resolve(file);
    const name = path.basename(abs).replace(/\.[^.]+$/, '');
    return new Study(createStudyFile(abs, { id: randomUUID(), name, created: now }, options), abs);
  }

  /**
   * Run `fn` as one transaction: all of it is written, or none. When another program holds
   * the write lock, nothing has run yet and a "busy" error says so; the caller may retry.
   */
  write<T>(fn: () => T): T {
    try {
      const out = this.db.transaction(fn).immediate();
      this.writes++;
      return out;
    } catch (e) {
      if (isBusy(e)) throw new AppError('busy', `Another program is writing to “${path.basename(this.file)}”; waiting for it to finish.`);
      throw e;
    }
  }

  /** Run `fn` over one consistent snapshot of the study, without taking the write lock. */
  read<T>(fn: () => T): T {
    return this.db.inTransaction ? fn() : this.db.transaction(fn).deferred();
  }

  /** Changes when another connection commits to the study (SQLite's data_version). */
  dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  /** Changes with every write, this connection's (`write`) or another's: what was read of the study still holds while it is the same. */
  version(): string {
    return `${this.dataVersion()}.${this.writes}`;
  }

  /** Whether imported files' own bytes are kept in the study (the default) or only described. */
  keepsOriginals(): boolean {
    return (this.db.prepare("SELECT value FROM study_meta WHERE key = 'keep_originals'").pluck().get() ?? '1') === '1';
  }

  setKeepOriginals(keep: boolean): void {
    this.db.prepare("INSERT OR REPLACE INTO study_meta (key, value) VALUES ('keep_originals', ?)").run(keep ? '1' : '0');
  }

  formatVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

// An open study file: its repositories, its metadata and the one way to write (a
// transaction). Every change a user makes is exactly one call to `write`.

import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AnnotationRepo } from './annotations';
import { DocumentRepo } from './documents';
import { ExchangeRepo } from './exchange';
import { createStudyFile, openStudyFile } from './open';
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
  readonly exchange: ExchangeRepo;
  readonly meta: StudyMeta;

  private constructor(
    readonly db: Database,
    readonly file: string,
  ) {
    this.documents = new DocumentRepo(db);
    this.annotations = new AnnotationRepo(db);
    this.tags = new TagRepo(db);
    this.verdicts = new VerdictRepo(db);
    this.people = new PeopleRepo(db);
    this.exchange = new ExchangeRepo(db);
    const rows = db.prepare('SELECT key, value FROM study_meta').all() as Array<{ key: string; value: string }>;
    const meta = Object.fromEntries(rows.map((r) => [r.key, r.value]));
    this.meta = {
      id: meta.id ?? '',
      name: meta.name ?? path.basename(file).replace(/\.[^.]+$/, ''),
      created: meta.created ?? '',
    };
  }

  static open(file: string): Study {
    return new Study(openStudyFile(path.resolve(file)), path.resolve(file));
  }

  static create(file: string, now = new Date().toISOString()): Study {
    const abs = path.resolve(file);
    const name = path.basename(abs).replace(/\.[^.]+$/, '');
    return new Study(createStudyFile(abs, { id: randomUUID(), name, created: now }), abs);
  }

  /** Run `fn` as one transaction: all of it is written, or none. */
  write<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  formatVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

// The journal of a large import written in several short transactions: which import is
// under way (and who writes it), and what each step added or replaced. Undoing an import
// walks its journal backwards; an import whose writer died is undone when the study is
// next opened for writing, so an import is all or nothing even across a crash.

import os from 'node:os';
import type { Database, Statement } from 'better-sqlite3';
import type { Annotation, Change, Tombstone, Verdict } from '../domain/types';
import type { AnnotationRepo } from './annotations';
import type { VerdictRepo } from './verdicts';

export type JournalKind = 'document' | 'tag' | 'person' | 'verdicts' | 'annotation' | 'update' | 'change';

interface ImportRow {
  id: string;
  origin: string;
  host: string;
  pid: number;
  heartbeat: string;
}

/** A writer that has not been heard from for this long is taken to be gone. */
const STALE_MS = 60_000;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class ImportJournal {
  private seq = 0;
  private readonly put: Statement;
  private readonly hasChange: Statement;

  constructor(
    private readonly db: Database,
    private readonly annotations: AnnotationRepo,
    private readonly verdicts: VerdictRepo,
  ) {
    this.put = db.prepare('INSERT INTO import_journal (import_id, seq, kind, key, old) VALUES (?, ?, ?, ?, ?)');
    this.hasChange = db.prepare('SELECT 1 FROM changes WHERE annotation_id = ? AND at = ? AND action = ? AND author = ?');
  }

  begin(id: string, origin: string, now: string): void {
    this.seq = 0;
    this.db.prepare('INSERT INTO imports (id, origin, started, host, pid, heartbeat) VALUES (?, ?, ?, ?, ?, ?)').run(id, origin, now, os.hostname(), process.pid, now);
  }

  record(id: string, kind: JournalKind, key: string, old: unknown = null): void {
    this.put.run(id, ++this.seq, kind, key, old === null ? null : JSON.stringify(old));
  }

  /** Annotations about to be inserted, each with the tombstone the insert will clear (to put back). */
  recordInserts(id: string, annotationIds: readonly string[]): void {
    this.db
      .prepare(
        `INSERT INTO import_journal (import_id, seq, kind, key, old)
           SELECT ?, ? + j.key, 'annotation', j.value,
                  (SELECT json_object('id', t.id, 'documentId', t.document_id, 'deleted', t.deleted, 'author', t.author) FROM tombstones t WHERE t.id = j.value)
             FROM json_each(?) j`,
      )
      .run(id, this.seq + 1, JSON.stringify(annotationIds));
    this.seq += annotationIds.length;
  }

  /** Changes about to be recorded that the study does not have yet (only those are undone). */
  recordNewChanges(id: string, changes: readonly Change[]): void {
    const fresh = changes.filter((c) => !this.hasChange.get(c.annotationId, c.at, c.action, c.author));
    for (const c of fresh) this.record(id, 'change', JSON.stringify([c.annotationId, c.at, c.action, c.author]));
  }

  heartbeat(id: string): void {
    this.db.prepare('UPDATE imports SET heartbeat = ? WHERE id = ?').run(new Date().toISOString(), id);
  }

  /** The import is complete: its journal goes (the rows it wrote stay). */
  finish(id: string): void {
    this.db.prepare('DELETE FROM imports WHERE id = ?').run(id);
  }

  /** Put back what an import changed, newest step first; runs in the caller's transaction. */
  undo(id: string): void {
    const steps = this.db.prepare('SELECT kind, key, old FROM import_journal WHERE import_id = ? ORDER BY seq DESC').all(id) as Array<{ kind: JournalKind; key: string; old: string | null }>;
    const run = (sql: string, ...args: unknown[]) => this.db.prepare(sql).run(...args);
    for (const { kind, key, old } of steps) {
      const before = old === null ? null : JSON.parse(old);
      switch (kind) {
        case 'annotation':
          run('DELETE FROM annotations WHERE id = ?', key);
          if (before) this.annotations.addTombstone(before as Tombstone);
          break;
        case 'update':
          this.annotations.update(before as Annotation);
          break;
        case 'change': {
          const [annotationId, at, action, author] = JSON.parse(key) as string[];
          run('DELETE FROM changes WHERE annotation_id = ? AND at = ? AND action = ? AND author = ?', annotationId, at, action, author);
          break;
        }
        case 'verdicts':
          this.verdicts.replace(before as Verdict[]);
          break;
        // What the import added goes, unless someone has used it meanwhile (then it stays).
        case 'person':
          run('DELETE FROM people WHERE id = ? AND NOT EXISTS (SELECT 1 FROM annotations WHERE speaker_id = ?)', key, key);
          break;
        case 'tag':
          run('DELETE FROM tags WHERE id = ? AND NOT EXISTS (SELECT 1 FROM annotations WHERE tag_id = ?) AND NOT EXISTS (SELECT 1 FROM tags WHERE parent_id = ?)', key, key, key);
          break;
        case 'document':
          run('DELETE FROM documents WHERE id = ? AND NOT EXISTS (SELECT 1 FROM annotations WHERE document_id = ?)', key, key);
          break;
      }
    }
    this.finish(id);
  }

  /** Imports left unfinished by a writer that is gone (crashed, killed, unplugged). */
  abandoned(now = Date.now()): string[] {
    const rows = this.db.prepare('SELECT id, origin, host, pid, heartbeat FROM imports').all() as ImportRow[];
    return rows.filter((r) => (r.host === os.hostname() && !processAlive(r.pid)) || now - Date.parse(r.heartbeat) > STALE_MS).map((r) => r.id);
  }
}

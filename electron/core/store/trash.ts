// Deleting a document: it leaves the library but not the study. Its row, source, annotations
// and unanchored annotations go to the trash as one snapshot, and a tombstone tells
// colleagues' studies it was deleted; restoring (undo) puts every row back as it was.

import type { Database } from 'better-sqlite3';
import { AppError } from '../domain/errors';
import type { Annotation, DocumentTombstone, Orphan } from '../domain/types';
import type { AnnotationRepo } from './annotations';
import { indexText } from './migrations/005-collections';
import type { ReviewRepo } from './review';

interface Snapshot {
  document: Record<string, unknown> & { id: string; title: string; text: string };
  source: (Record<string, unknown> & { sha256: string }) | null;
  annotations: Annotation[];
  orphans: Orphan[];
}

export type { DocumentTombstone };

export class TrashRepo {
  constructor(
    private readonly db: Database,
    private readonly annotations: AnnotationRepo,
    private readonly review: ReviewRepo,
  ) {}

  /** Move a document and all that hangs on it to the trash (in the caller's transaction). */
  moveToTrash(id: string, deleted: string, author: string): Snapshot {
    const document = this.db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as Snapshot['document'] | undefined;
    if (!document) throw new AppError('not_found', 'That document is no longer in this study.');
    const source = (this.db.prepare('SELECT * FROM document_sources WHERE document_id = ?').get(id) as Snapshot['source'] | undefined) ?? null;
    const snapshot: Snapshot = { document, source, annotations: this.annotations.listByDocument(id), orphans: this.review.orphans(id) };
    this.db.prepare('INSERT OR REPLACE INTO trash (document_id, title, deleted, snapshot) VALUES (?, ?, ?, ?)').run(id, document.title, deleted, JSON.stringify(snapshot));
    this.db.prepare('INSERT OR REPLACE INTO document_tombstones (id, title, deleted, author) VALUES (?, ?, ?, ?)').run(id, document.title, deleted, author);
    // The cascade takes the source, annotations (and their search rows) and unanchored ones.
    this.db.prepare('DELETE FROM documents WHERE id = ?').run(id);
    return snapshot;
  }

  /** Put a trashed document back, every row as it was; its tombstone goes. */
  restore(id: string): string {
    const raw = this.db.prepare('SELECT snapshot FROM trash WHERE document_id = ?').pluck().get(id) as string | undefined;
    if (!raw) throw new AppError('not_found', 'That document is not in the trash.');
    const s = JSON.parse(raw) as Snapshot;
    if (this.db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id)) throw new AppError('conflict', `“${s.document.title}” is in the study again already.`);
    const insertRow = (table: string, row: Record<string, unknown>) => {
      const cols = Object.keys(row);
      this.db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
    };
    // Only the columns the documents table has (snapshot keys come from SELECT *).
    insertRow('documents', s.document);
    indexText(this.db, id, s.document.text);
    if (s.source) insertRow('document_sources', s.source);
    this.annotations.insertMany(s.annotations);
    for (const o of s.orphans) this.review.addOrphan(o);
    this.db.prepare('DELETE FROM trash WHERE document_id = ?').run(id);
    this.db.prepare('DELETE FROM document_tombstones WHERE id = ?').run(id);
    return s.document.title;
  }

  tombstones(): DocumentTombstone[] {
    return this.db.prepare('SELECT id, title, deleted, author FROM document_tombstones ORDER BY deleted').all() as DocumentTombstone[];
  }

  tombstone(id: string): DocumentTombstone | undefined {
    return this.db.prepare('SELECT id, title, deleted, author FROM document_tombstones WHERE id = ?').get(id) as DocumentTombstone | undefined;
  }

  /** Whether the trash holds this document (it can be restored). */
  holds(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM trash WHERE document_id = ?').get(id) !== undefined;
  }

  /** A deletion that no longer holds: a colleague worked on the document after it (it is back). */
  liftTombstone(id: string): void {
    this.db.prepare('DELETE FROM document_tombstones WHERE id = ? AND NOT EXISTS (SELECT 1 FROM trash WHERE document_id = ?)').run(id, id);
  }

  /** A deletion from a colleague, for a document this study never had or already deleted. */
  addTombstone(t: DocumentTombstone): void {
    this.db.prepare('INSERT OR IGNORE INTO document_tombstones (id, title, deleted, author) VALUES (@id, @title, @deleted, @author)').run(t);
  }
}

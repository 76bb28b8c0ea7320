// Annotations and their tombstones: rows ↔ domain objects. Deleting keeps a tombstone so a
// later merge can tell "deleted here" from "never had"; restoring (undo) removes it.

import type { Database, Statement } from 'better-sqlite3';
import type { Annotation, ListedAnnotation, Tombstone } from '../domain/types';
import { BatchInsert } from './batch';
import { readFields } from './fields-cache';
import { FACTS } from './migrations/003-search';

export interface Row {
  id: string;
  document_id: string;
  tag_id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  note: string;
  fields: string;
  author: string;
  created: string;
  modified: string;
}

function toAnnotation(r: Row): Annotation {
  return {
    id: r.id,
    documentId: r.document_id,
    tag: r.tag_id,
    start: r.start,
    end: r.end,
    exact: r.exact,
    prefix: r.prefix,
    suffix: r.suffix,
    note: r.note,
    fields: readFields(r.fields),
    author: r.author,
    created: r.created,
    modified: r.modified,
  };
}

/** A row read as an array of its columns (in COLUMNS order): lists of thousands read faster so. */
type RawRow = [string, string, string, number, number, string, string, string, string, string, string, string, string];

function fromRaw(r: RawRow): Annotation {
  return { id: r[0], documentId: r[1], tag: r[2], start: r[3], end: r[4], exact: r[5], prefix: r[6], suffix: r[7], note: r[8], fields: readFields(r[9]), author: r[10], created: r[11], modified: r[12] };
}

/** The columns a Row holds, optionally qualified by a table alias (for joins elsewhere). */
export const annotationColumns = (alias = '') =>
  ['id', 'document_id', 'tag_id', 'start', 'end', 'exact', 'prefix', 'suffix', 'note', 'fields', 'author', 'created', 'modified'].map((c) => (alias ? `${alias}.${c}` : c)).join(', ');
const COLUMNS = annotationColumns();

export class AnnotationRepo {
  private readonly byDoc: Statement<[string], RawRow>;
  private readonly all: Statement<[], RawRow>;
  private readonly listedStmt: Statement<[string], [string, string, number, number, string, string, string, string, string, string]>;
  private readonly one: Statement<[string], Row>;
  private readonly insertStmt: Statement;
  private readonly updateStmt: Statement;
  private readonly deleteStmt: Statement<[string]>;
  private readonly tombStmt: Statement;
  private readonly untombStmt: Statement<[string]>;
  private readonly isTombStmt: Statement<[string], { id: string; deleted: string }>;
  private readonly bulkIds: Statement<[string]>;
  private readonly bulkIndex: Statement<[number]>;
  private readonly bulkMap: Statement<[number]>;
  private readonly bulkRows: BatchInsert<Annotation>;
  private readonly bulkUntomb: Statement<[]>;
  private readonly atSpan: Statement<[string, number, number, string, string], [string, string, string]>;
  private readonly anyOnStmt: Statement<[string]>;

  constructor(private readonly db: Database) {
    this.byDoc = db.prepare<[string], RawRow>(`SELECT ${COLUMNS} FROM annotations WHERE document_id = ? ORDER BY start, end DESC, created`).raw();
    this.listedStmt = db
      .prepare<[string], [string, string, number, number, string, string, string, string, string, string]>(
        'SELECT id, tag_id, start, end, exact, note, fields, author, created, modified FROM annotations WHERE document_id = ? ORDER BY start, end DESC, created',
      )
      .raw();
    this.all = db.prepare<[], RawRow>(`SELECT ${COLUMNS} FROM annotations ORDER BY document_id, start, end DESC, created`).raw();
    this.one = db.prepare(`SELECT ${COLUMNS} FROM annotations WHERE id = ?`);
    this.insertStmt = db.prepare(`INSERT INTO annotations (${COLUMNS})
      VALUES (@id, @documentId, @tag, @start, @end, @exact, @prefix, @suffix, @note, @fields, @author, @created, @modified)`);
    this.updateStmt = db.prepare(
      `UPDATE annotations SET tag_id = @tag, note = @note, fields = @fields, start = @start, end = @end,
         exact = @exact, prefix = @prefix, suffix = @suffix, modified = @modified WHERE id = @id`,
    );
    this.deleteStmt = db.prepare('DELETE FROM annotations WHERE id = ?');
    this.tombStmt = db.prepare(
      'INSERT OR REPLACE INTO tombstones (id, document_id, deleted, author) VALUES (@id, @documentId, @deleted, @author)',
    );
    this.untombStmt = db.prepare('DELETE FROM tombstones WHERE id = ?');
    this.isTombStmt = db.prepare('SELECT id, deleted FROM tombstones WHERE id = ?');
    this.bulkIds = db.prepare('INSERT INTO bulk_ids (id) SELECT value FROM json_each(?)');
    this.bulkIndex = db.prepare(`INSERT INTO annotation_fts (rowid, exact, note, facts)
      SELECT ? + b.n, a.exact, a.note, ${FACTS('a')} FROM bulk_ids b JOIN annotations a ON a.id = b.id ORDER BY b.n`);
    this.bulkMap = db.prepare('INSERT INTO annotation_fts_map (annotation_id, fts_rowid) SELECT id, ? + n FROM bulk_ids');
    this.bulkRows = new BatchInsert<Annotation>(db, `INSERT INTO annotations (${COLUMNS})`, 13, (a, out) => {
      out.push(a.id, a.documentId, a.tag, a.start, a.end, a.exact, a.prefix, a.suffix, a.note, JSON.stringify(a.fields), a.author, a.created, a.modified);
    });
    this.bulkUntomb = db.prepare('DELETE FROM tombstones WHERE id IN (SELECT id FROM bulk_ids)');
    this.atSpan = db
      .prepare<[string, number, number, string, string], [string, string, string]>('SELECT id, note, fields FROM annotations WHERE document_id = ? AND start = ? AND end = ? AND tag_id = ? AND author = ?')
      .raw();
    this.anyOnStmt = db.prepare('SELECT 1 FROM annotations WHERE document_id = ? LIMIT 1');
  }

  listByDocument(documentId: string): Annotation[] {
    return this.byDoc.all(documentId).map(fromRaw);
  }

  /** A document's annotations as its reader lists them (no document id, no quote context). */
  listedByDocument(documentId: string): ListedAnnotation[] {
    return this.listedStmt.all(documentId).map((r) => ({ id: r[0], tag: r[1], start: r[2], end: r[3], exact: r[4], note: r[5], fields: readFields(r[6]), author: r[7], created: r[8], modified: r[9] }));
  }

  listAll(): Annotation[] {
    return this.all.all().map(fromRaw);
  }

  /** The annotations among these ids that the study holds (a merge looks up only what a file names). */
  listByIds(ids: readonly string[]): Annotation[] {
    if (!ids.length) return [];
    const sql = `SELECT ${annotationColumns('a')} FROM json_each(?) j JOIN annotations a ON a.id = j.value`;
    return (this.db.prepare(sql).raw().all(JSON.stringify(ids)) as RawRow[]).map(fromRaw);
  }

  /**
   * What a merge's duplicate check compares of the annotations with exactly this span, tag
   * and author: only those columns, as a study of colleagues' work holds dozens at one span.
   */
  sameAtSpan(documentId: string, start: number, end: number, tag: string, author: string): Array<Pick<Annotation, 'id' | 'note' | 'fields'>> {
    return this.atSpan.all(documentId, start, end, tag, author).map(([id, note, fields]) => ({ id, note, fields: readFields(fields) }));
  }

  /** Whether any annotation is on the document. */
  anyOn(documentId: string): boolean {
    return this.anyOnStmt.get(documentId) !== undefined;
  }

  /** A row of `annotations` (as selected elsewhere) as a domain object. */
  fromRow(row: Row): Annotation {
    return toAnnotation(row);
  }

  get(id: string): Annotation | undefined {
    const row = this.one.get(id);
    return row && toAnnotation(row);
  }

  isDeleted(id: string): boolean {
    return this.isTombStmt.get(id) !== undefined;
  }

  /** The deletion record of an annotation, if it was deleted. */
  tombstone(id: string): Tombstone | undefined {
    return this.db.prepare('SELECT id, document_id AS documentId, deleted, author FROM tombstones WHERE id = ?').get(id) as Tombstone | undefined;
  }

  /** Deletion dates of the annotations among these ids that were deleted here. */
  deletedAmong(ids: readonly string[]): Map<string, string> {
    if (!ids.length) return new Map();
    const rows = this.db.prepare('SELECT t.id, t.deleted FROM json_each(?) j JOIN tombstones t ON t.id = j.value').raw().all(JSON.stringify(ids)) as Array<[string, string]>;
    return new Map(rows);
  }

  /** When the annotation was deleted, if it was. */
  deletedAt(id: string): string | undefined {
    return this.isTombStmt.get(id)?.deleted;
  }

  /** Deletions, for exchange: a colleague's merge deletes what we deleted. */
  tombstones(documentIds?: ReadonlySet<string>): Tombstone[] {
    const all = this.db.prepare('SELECT id, document_id AS documentId, deleted, author FROM tombstones ORDER BY id').all() as Tombstone[];
    return documentIds ? all.filter((t) => documentIds.has(t.documentId)) : all;
  }

  /** Keep a deletion that arrived from elsewhere, for an annotation this study never had. */
  addTombstone(t: Tombstone): void {
    this.tombStmt.run(t);
  }

  /** Insert (or, for undo of a delete, re-insert) an annotation; clears any tombstone. */
  insert(a: Annotation): void {
    this.insertStmt.run({ ...a, fields: JSON.stringify(a.fields) });
    this.untombStmt.run(a.id);
  }

  /**
   * Insert many at once (an import): the search index is filled in one statement at the end
   * instead of by the per-row trigger, which is some twenty times faster, and the rows go a
   * hundred to a statement. Call inside a transaction (`Study.write`), so a failure rolls all
   * of it back.
   */
  insertMany(list: readonly Annotation[]): void {
    const db = this.db;
    if (list.length < 50) {
      for (const a of list) this.insert(a);
      return;
    }
    if (!db.inTransaction) throw new Error('insertMany needs a transaction');
    // The ids go to bulk_ids first, so the per-row index trigger skips these rows; they are
    // indexed together below, and bulk_ids is empty again before the transaction ends.
    this.bulkIds.run(JSON.stringify(list.map((a) => a.id)));
    this.bulkRows.run(list);
    this.bulkUntomb.run();
    // The map's index gives the highest FTS rowid at once (max(rowid) of FTS5 itself reads the index).
    const base = db.prepare('SELECT coalesce(max(fts_rowid), 0) FROM annotation_fts_map').pluck().get() as number;
    this.bulkIndex.run(base);
    this.bulkMap.run(base);
    db.exec('DELETE FROM bulk_ids');
  }

  /** Write every mutable part of an existing annotation (tag, note, facts, span). */
  update(a: Annotation): void {
    this.updateStmt.run({ ...a, fields: JSON.stringify(a.fields) });
  }

  delete(a: Annotation, deleted: string, author: string): void {
    this.deleteStmt.run(a.id);
    this.tombStmt.run({ id: a.id, documentId: a.documentId, deleted, author });
  }
}

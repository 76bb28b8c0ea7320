// What a merge set aside for the user: imported annotations whose quote could not be found
// in the text (shown as Unanchored, to place or discard) and annotations changed on both
// sides (shown in Review conflicts, to settle).

import type { Database, Statement } from 'better-sqlite3';
import type { Annotation, Conflict, ConflictSide, Orphan } from '../domain/types';

interface OrphanRow extends Omit<Orphan, 'fields'> {
  fields: string;
}

const ORPHAN_SELECT =
  'SELECT id, document_id AS documentId, tag_id AS tag, exact, prefix, suffix, note, fields, author, created, modified, origin, imported FROM orphans';
const orphanOf = ({ fields, ...r }: OrphanRow): Orphan => ({ ...r, fields: JSON.parse(fields) });

export class ReviewRepo {
  private readonly statements = new Map<string, Statement>();
  constructor(private readonly db: Database) {}

  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  orphans(documentId?: string): Orphan[] {
    const where = documentId ? 'WHERE document_id = ?' : '';
    return (this.stmt(`${ORPHAN_SELECT} ${where} ORDER BY document_id, created, id`).all(...(documentId ? [documentId] : [])) as OrphanRow[]).map(orphanOf);
  }

  orphan(id: string): Orphan | undefined {
    const row = this.stmt(`${ORPHAN_SELECT} WHERE id = ?`).get(id) as OrphanRow | undefined;
    return row && orphanOf(row);
  }

  hasOrphan(id: string): boolean {
    return this.stmt('SELECT 1 FROM orphans WHERE id = ?').get(id) !== undefined;
  }

  addOrphan(o: Orphan): void {
    this.stmt(
        'INSERT INTO orphans (id, document_id, tag_id, exact, prefix, suffix, note, fields, author, created, modified, origin, imported) VALUES (@id, @documentId, @tag, @exact, @prefix, @suffix, @note, @fields, @author, @created, @modified, @origin, @imported)',
      )
      .run({ ...o, fields: JSON.stringify(o.fields) });
  }

  removeOrphan(id: string): boolean {
    return this.stmt('DELETE FROM orphans WHERE id = ?').run(id).changes > 0;
  }

  addConflict(kept: Annotation, other: Conflict['other'], keptFrom: ConflictSide, origin: string, recorded: string): void {
    this.stmt('INSERT INTO conflicts (annotation_id, document_id, kept, other, kept_from, origin, recorded) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(kept.id, kept.documentId, JSON.stringify(kept), JSON.stringify(other), keptFrom, origin, recorded);
  }

  conflicts(): Conflict[] {
    const rows = this.stmt('SELECT id, annotation_id AS annotationId, document_id AS documentId, kept, other, kept_from AS keptFrom, origin, recorded FROM conflicts WHERE resolved = 0 ORDER BY id')
      .all() as Array<Omit<Conflict, 'kept' | 'other'> & { kept: string; other: string }>;
    return rows.map((r) => ({ ...r, kept: JSON.parse(r.kept), other: JSON.parse(r.other) }));
  }

  openConflictCount(): number {
    return this.stmt('SELECT count(*) FROM conflicts WHERE resolved = 0').pluck().get() as number;
  }

  conflict(id: number): Conflict | undefined {
    return this.conflicts().find((c) => c.id === id);
  }

  resolveConflict(id: number): void {
    this.stmt('UPDATE conflicts SET resolved = 1 WHERE id = ?').run(id);
  }
}

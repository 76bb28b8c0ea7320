// What exchanging work leaves in a study: who contributed, the annotations an import could
// not place (orphans), and the conflicts a merge set aside for review.

import type { Database, Statement } from 'better-sqlite3';
import type { Annotation, Change, Conflict, Contributor, Orphan } from '../types';

type Identity = Pick<Contributor, 'name'> & Partial<Pick<Contributor, 'email' | 'orcid'>>;

interface OrphanRow extends Omit<Orphan, 'fields'> {
  fields: string;
}

const ORPHAN_SELECT =
  'SELECT id, document_id AS documentId, tag_id AS tag, exact, prefix, suffix, note, fields, author, created, modified, origin, imported FROM orphans';
const orphanOf = ({ fields, ...r }: OrphanRow): Orphan => ({ ...r, fields: JSON.parse(fields) });

export class ExchangeRepo {
  private readonly statements = new Map<string, Statement>();
  constructor(private readonly db: Database) {}

  /** Prepared once per study: imports call these thousands of times. */
  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  contributors(): Contributor[] {
    return this.stmt(
        `SELECT c.name, c.email, c.orcid, c.first_seen AS firstSeen, c.last_seen AS lastSeen,
                (SELECT count(*) FROM annotations a WHERE a.author = c.name) AS annotations
           FROM contributors c ORDER BY c.name COLLATE NOCASE`,
      )
      .all() as Contributor[];
  }

  /** Record that someone worked at `when`; e-mail and ORCID are kept when given. */
  touch(who: Identity, when: string): void {
    this.stmt(
        `INSERT INTO contributors (name, email, orcid, first_seen, last_seen) VALUES (@name, @email, @orcid, @when, @when)
         ON CONFLICT(name) DO UPDATE SET
           email = coalesce(excluded.email, email), orcid = coalesce(excluded.orcid, orcid),
           first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen)`,
      )
      .run({ name: who.name, email: who.email || null, orcid: who.orcid || null, when });
  }

  /** Merge a contributor record from another study (their dates span, their details if ours lack them). */
  mergeContributor(c: Omit<Contributor, 'annotations'>): void {
    this.touch(c, c.firstSeen);
    this.touch(c, c.lastSeen);
  }

  /** Record who did what to an annotation (one row per change; repeats are ignored). True when it was new. */
  recordChange(c: Change): boolean {
    return this.stmt('INSERT OR IGNORE INTO changes (annotation_id, document_id, action, author, at) VALUES (@annotationId, @documentId, @action, @author, @at)').run(c).changes > 0;
  }

  /** Record many changes in one statement (an import's history); repeats are ignored. */
  recordChanges(list: readonly Change[]): void {
    if (!list.length) return;
    this.stmt(
      `INSERT OR IGNORE INTO changes (annotation_id, document_id, action, author, at)
         SELECT value ->> '$.annotationId', value ->> '$.documentId', value ->> '$.action', value ->> '$.author', value ->> '$.at' FROM json_each(?)`,
    ).run(JSON.stringify(list));
  }

  /** An annotation's history, oldest first. */
  history(annotationId: string): Change[] {
    return this.stmt('SELECT annotation_id AS annotationId, document_id AS documentId, action, author, at FROM changes WHERE annotation_id = ? ORDER BY at, action')
      .all(annotationId) as Change[];
  }

  /** Every change to the given documents' annotations, for a package. */
  changes(documentIds?: ReadonlySet<string>): Change[] {
    const all = this.stmt('SELECT annotation_id AS annotationId, document_id AS documentId, action, author, at FROM changes ORDER BY at, annotation_id').all() as Change[];
    return documentIds ? all.filter((c) => documentIds.has(c.documentId)) : all;
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

  orphanCounts(): Record<string, number> {
    const rows = this.stmt('SELECT document_id AS id, count(*) AS n FROM orphans GROUP BY document_id').all() as Array<{ id: string; n: number }>;
    return Object.fromEntries(rows.map((r) => [r.id, r.n]));
  }

  addConflict(kept: Annotation, other: Conflict['other'], origin: string, recorded: string): void {
    this.stmt('INSERT INTO conflicts (annotation_id, document_id, kept, other, origin, recorded) VALUES (?, ?, ?, ?, ?, ?)')
      .run(kept.id, kept.documentId, JSON.stringify(kept), JSON.stringify(other), origin, recorded);
  }

  conflicts(): Conflict[] {
    const rows = this.stmt('SELECT id, annotation_id AS annotationId, document_id AS documentId, kept, other, origin, recorded FROM conflicts WHERE resolved = 0 ORDER BY id')
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

// Who did what in a study: its contributors (name, e-mail, ORCID, when they worked) and the
// change log of every annotation (created, edited, deleted, restored; by whom, when). The
// log travels in packages, so a merge can tell which version of an annotation came first.

import type { Database, Statement } from 'better-sqlite3';
import type { Change, Contributor } from '../domain/types';
import { BatchInsert } from './batch';

type Identity = Pick<Contributor, 'name'> & Partial<Pick<Contributor, 'email' | 'orcid'>>;

export class ProvenanceRepo {
  private readonly statements = new Map<string, Statement>();
  private readonly changeRows: BatchInsert<Change>;
  constructor(private readonly db: Database) {
    this.changeRows = new BatchInsert<Change>(db, 'INSERT OR IGNORE INTO changes (annotation_id, document_id, action, author, at)', 5, (c, out) => {
      out.push(c.annotationId, c.documentId, c.action, c.author, c.at);
    });
  }

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

  /** Record many changes (an import's history), a thousand to a statement; repeats are ignored. */
  recordChanges(list: readonly Change[]): void {
    this.changeRows.run(list);
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
}

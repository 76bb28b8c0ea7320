// What the study holds of what a file touches. A merge looks local annotations up by the ids
// the file names (its annotations, deletions and history) and by the spans it would add,
// never by reading the whole study: merging the fiftieth colleague's package into a study
// of half a million annotations costs what merging the first did.

import type { Annotation } from '../../domain/types';
import type { Study } from '../../store/study';
import type { Incoming } from '../read';
import type { MergeContext } from './plan';

/** Every annotation id the file names: its annotations, its deletions, its history. */
function namedIds(incoming: Incoming): string[] {
  const ids = new Set<string>();
  for (const a of incoming.annotations) ids.add(a.id);
  for (const t of incoming.tombstones) ids.add(t.id);
  for (const c of incoming.changes) ids.add(c.annotationId);
  return [...ids];
}

/** The study's annotations the file names, by id, and the deletion dates of those deleted here. */
export function localState(study: Study, incoming: Incoming): { existing: Map<string, Annotation>; deletedAt: Map<string, string> } {
  const any = (table: 'annotations' | 'tombstones') => study.db.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get() !== undefined;
  const [held, deleted] = [any('annotations'), any('tombstones')];
  const ids = held || deleted ? namedIds(incoming) : [];
  return {
    existing: new Map(held ? study.annotations.listByIds(ids).map((a) => [a.id, a]) : []),
    deletedAt: deleted ? study.annotations.deletedAmong(ids) : new Map(),
  };
}

/**
 * The annotations the study held before this merge at an annotation's span and tag by its
 * author, less those the plan deletes: what a duplicate is told by (their note and facts).
 * Documents with none are asked once.
 */
export function heldAtSpan(ctx: MergeContext): (a: Annotation) => ReadonlyArray<Pick<Annotation, 'id' | 'note' | 'fields'>> {
  const { study, plan } = ctx;
  const gone = new Set(plan.deletions.map((d) => d.annotation.id));
  const holds = new Map<string, boolean>();
  return (a) => {
    let any = holds.get(a.documentId);
    if (any === undefined) holds.set(a.documentId, (any = study.annotations.anyOn(a.documentId)));
    if (!any) return [];
    const here = study.annotations.sameAtSpan(a.documentId, a.start, a.end, a.tag, a.author);
    return gone.size ? here.filter((x) => !gone.has(x.id)) : here;
  };
}

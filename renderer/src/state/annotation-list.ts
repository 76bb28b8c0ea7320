// The current document's annotations, kept in text order (start, then longer first), and
// the per-tag counts derived from them. Pure helpers over immutable arrays.

import type { Annotation, ListedAnnotation, Tag } from '../../../electron/core/api/contract';
import { tagKind } from '../../../electron/core/domain/kinds';

export function compareAnnotations(a: ListedAnnotation, b: ListedAnnotation): number {
  return a.start - b.start || b.end - a.end || (a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : 1);
}

/** As the open document lists it: the document is the one open, the context is its text. */
const listed = ({ documentId: _d, prefix: _p, suffix: _s, ...a }: Annotation): ListedAnnotation => a;

/**
 * Insert, replace (by id) and delete, keeping text order: drop the deleted and the replaced,
 * then merge the new ones in — one pass however many change (undo of "accept all").
 */
export function applyAnnotations(list: readonly ListedAnnotation[], upserts: readonly Annotation[], deleted: ReadonlySet<string>): ListedAnnotation[] {
  const incoming = new Map(upserts.map((a) => [a.id, listed(a)]));
  const rest = list.filter((x) => !deleted.has(x.id) && !incoming.has(x.id));
  const add = [...incoming.values()].sort(compareAnnotations);
  if (!add.length) return rest;
  const out: ListedAnnotation[] = [];
  let i = 0;
  for (const a of add) {
    while (i < rest.length && compareAnnotations(rest[i]!, a) < 0) out.push(rest[i++]!);
    out.push(a);
  }
  while (i < rest.length) out.push(rest[i++]!);
  return out;
}

export function tagCounts(list: readonly ListedAnnotation[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of list) counts[a.tag] = (counts[a.tag] ?? 0) + 1;
  return counts;
}

/** Claims per verdict (as the study counts them: tags of the claim kind only). */
export function verdictCounts(list: readonly ListedAnnotation[], tags: readonly Tag[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of list) {
    const v = a.fields.claim?.verdict;
    if (v && tagKind(a.tag, tags) === 'claim') counts[v] = (counts[v] ?? 0) + 1;
  }
  return counts;
}

// The current document's annotations, kept in text order (start, then longer first), and
// the per-tag counts derived from them. Pure helpers over immutable arrays.

import type { Annotation, ListedAnnotation, Tag } from '../../../electron/core/api/contract';
import { tagKind } from '../../../electron/core/domain/kinds';

export function compareAnnotations(a: ListedAnnotation, b: ListedAnnotation): number {
  return a.start - b.start || b.end - a.end || (a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : 1);
}

/** As the open document lists it: the document is the one open, the context is its text. */
const listed = ({ documentId: _d, prefix: _p, suffix: _s, ...a }: Annotation): ListedAnnotation => a;

/** Insert or replace by id, keeping text order. */
export function upsertAnnotation(list: readonly ListedAnnotation[], a: Annotation): ListedAnnotation[] {
  const rest = list.filter((x) => x.id !== a.id);
  const item = listed(a);
  let lo = 0;
  let hi = rest.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareAnnotations(rest[mid]!, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  return [...rest.slice(0, lo), item, ...rest.slice(lo)];
}

export function removeAnnotation(list: readonly ListedAnnotation[], id: string): ListedAnnotation[] {
  return list.filter((x) => x.id !== id);
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

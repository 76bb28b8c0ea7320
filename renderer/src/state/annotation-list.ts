// The current document's annotations, kept in text order (start, then longer first), and
// the per-tag counts derived from them. Pure helpers over immutable arrays.

import type { Annotation, PlacedAnnotation, Tag } from '../../../electron/core/api/contract';
import { tagKind } from '../../../electron/core/domain/kinds';

export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end || (a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : 1);
}

const placed = (a: Annotation): PlacedAnnotation => ({ ...a, placement: { status: 'anchored', method: 'position' } });

/** Insert or replace by id, keeping text order. */
export function upsertAnnotation(list: readonly PlacedAnnotation[], a: Annotation): PlacedAnnotation[] {
  const rest = list.filter((x) => x.id !== a.id);
  const item = placed(a);
  let lo = 0;
  let hi = rest.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareAnnotations(rest[mid]!, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  return [...rest.slice(0, lo), item, ...rest.slice(lo)];
}

export function removeAnnotation(list: readonly PlacedAnnotation[], id: string): PlacedAnnotation[] {
  return list.filter((x) => x.id !== id);
}

export function tagCounts(list: readonly Annotation[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of list) counts[a.tag] = (counts[a.tag] ?? 0) + 1;
  return counts;
}

/** Claims per verdict (as the study counts them: tags of the claim kind only). */
export function verdictCounts(list: readonly Annotation[], tags: readonly Tag[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of list) {
    const v = a.fields.claim?.verdict;
    if (v && tagKind(a.tag, tags) === 'claim') counts[v] = (counts[v] ?? 0) + 1;
  }
  return counts;
}

// How far annotators agree on one document, per tag:
// - span F1: exact (same start, end and tag) and relaxed (same tag, overlapping), matched
//   one to one; with two annotators F1 is symmetric, so neither is taken as the reference
// - Cohen's kappa over characters: each code point is "in a span of this tag" or not, for
//   each annotator; kappa corrects their raw agreement for what chance alone would give
// and the side-by-side rows that show where two annotators differ.
// Pure: it sees spans, never the store.

import type { Annotation } from '../domain/types';

export type Span = Pick<Annotation, 'id' | 'author' | 'tag' | 'start' | 'end' | 'exact' | 'fields'>;

export interface TagAgreement {
  tag: string;
  countA: number;
  countB: number;
  exactMatches: number;
  overlapMatches: number;
  /** null when neither annotator used the tag. */
  f1Exact: number | null;
  f1Overlap: number | null;
  /** null when chance agreement is total (neither, or both everywhere): kappa is undefined. */
  kappa: number | null;
  /** Characters both marked, only A, only B. */
  chars: { both: number; onlyA: number; onlyB: number };
}

export type DiffKind = 'same' | 'facts' | 'boundary' | 'tag' | 'only-a' | 'only-b';
export interface DiffRow {
  kind: DiffKind;
  start: number;
  a: Span | null;
  b: Span | null;
}

export interface PairAgreement {
  a: string;
  b: string;
  tags: TagAgreement[];
  /** Micro-averaged over tags. */
  f1Exact: number | null;
  f1Overlap: number | null;
  /** The mean of the tags' kappas that are defined. */
  meanKappa: number | null;
  rows: DiffRow[];
}

type Interval = [number, number];

/** Sorted, non-overlapping union of spans. */
function union(spans: readonly Span[]): Interval[] {
  const sorted = spans.map((s): Interval => [s.start, s.end]).sort((x, y) => x[0] - y[0]);
  const out: Interval[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

const covered = (xs: Interval[]) => xs.reduce((n, [s, e]) => n + e - s, 0);

function intersection(xs: Interval[], ys: Interval[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < xs.length && j < ys.length) {
    const lo = Math.max(xs[i]![0], ys[j]![0]);
    const hi = Math.min(xs[i]![1], ys[j]![1]);
    if (hi > lo) n += hi - lo;
    if (xs[i]![1] < ys[j]![1]) i++;
    else j++;
  }
  return n;
}

/** Cohen's kappa for two binary raters over `n` items, from their joint counts. */
export function cohensKappa(n: number, both: number, onlyA: number, onlyB: number): number | null {
  if (n <= 0) return null;
  const neither = n - both - onlyA - onlyB;
  const po = (both + neither) / n;
  const pa = (both + onlyA) / n;
  const pb = (both + onlyB) / n;
  const pe = pa * pb + (1 - pa) * (1 - pb);
  if (pe >= 1) return null;
  return (po - pe) / (1 - pe);
}

const overlaps = (x: Span, y: Span) => x.start < y.end && y.start < x.end;
const f1 = (matches: number, a: number, b: number) => (a + b ? (2 * matches) / (a + b) : null);

/** What a fact-checker would call "the same facts": verdict, speaker, value, place. */
function factsKey(s: Span): string {
  const f = s.fields;
  return JSON.stringify([f.claim?.verdict ?? null, f.quote?.speakerId ?? null, f.figure?.value ?? null, f.figure?.unit ?? null, f.location?.geonamesId ?? f.location?.name ?? null]);
}

/** Match one to one: exact spans first, then same-tag overlaps, then overlaps under another tag. */
function diffRows(as: readonly Span[], bs: readonly Span[]): { rows: DiffRow[]; exact: Map<string, number>; overlap: Map<string, number> } {
  const rows: DiffRow[] = [];
  const usedB = new Set<Span>();
  const restA: Span[] = [];
  const exact = new Map<string, number>();
  const overlap = new Map<string, number>();
  const bump = (m: Map<string, number>, tag: string) => m.set(tag, (m.get(tag) ?? 0) + 1);
  const byKey = new Map<string, Span[]>();
  for (const b of bs) byKey.set(`${b.tag}:${b.start}:${b.end}`, [...(byKey.get(`${b.tag}:${b.start}:${b.end}`) ?? []), b]);
  for (const a of as) {
    const b = byKey.get(`${a.tag}:${a.start}:${a.end}`)?.find((x) => !usedB.has(x));
    if (!b) {
      restA.push(a);
      continue;
    }
    usedB.add(b);
    bump(exact, a.tag);
    bump(overlap, a.tag);
    rows.push({ kind: factsKey(a) === factsKey(b) ? 'same' : 'facts', start: a.start, a, b });
  }
  const pass = (sameTag: boolean) => {
    for (let i = 0; i < restA.length; i++) {
      const a = restA[i]!;
      const b = bs.find((x) => !usedB.has(x) && overlaps(a, x) && (x.tag === a.tag) === sameTag);
      if (!b) continue;
      usedB.add(b);
      restA.splice(i--, 1);
      if (sameTag) bump(overlap, a.tag);
      rows.push({ kind: sameTag ? 'boundary' : 'tag', start: Math.min(a.start, b.start), a, b });
    }
  };
  pass(true);
  pass(false);
  for (const a of restA) rows.push({ kind: 'only-a', start: a.start, a, b: null });
  for (const b of bs) if (!usedB.has(b)) rows.push({ kind: 'only-b', start: b.start, a: null, b });
  rows.sort((x, y) => x.start - y.start || (x.a?.end ?? x.b!.end) - (y.a?.end ?? y.b!.end));
  return { rows, exact, overlap };
}

export function comparePair(length: number, a: string, b: string, spans: readonly Span[], tags: readonly string[]): PairAgreement {
  const as = spans.filter((s) => s.author === a);
  const bs = spans.filter((s) => s.author === b);
  const { rows, exact, overlap } = diffRows(as, bs);
  const perTag = tags
    .map((tag): TagAgreement => {
      const ta = as.filter((s) => s.tag === tag);
      const tb = bs.filter((s) => s.tag === tag);
      const ua = union(ta);
      const ub = union(tb);
      const both = intersection(ua, ub);
      const chars = { both, onlyA: covered(ua) - both, onlyB: covered(ub) - both };
      return {
        tag,
        countA: ta.length,
        countB: tb.length,
        exactMatches: exact.get(tag) ?? 0,
        overlapMatches: overlap.get(tag) ?? 0,
        f1Exact: f1(exact.get(tag) ?? 0, ta.length, tb.length),
        f1Overlap: f1(overlap.get(tag) ?? 0, ta.length, tb.length),
        kappa: ta.length + tb.length ? cohensKappa(length, chars.both, chars.onlyA, chars.onlyB) : null,
        chars,
      };
    })
    .filter((t) => t.countA + t.countB > 0);
  const sum = (k: 'exactMatches' | 'overlapMatches' | 'countA' | 'countB') => perTag.reduce((n, t) => n + t[k], 0);
  const kappas = perTag.map((t) => t.kappa).filter((k): k is number => k !== null);
  return {
    a,
    b,
    tags: perTag,
    f1Exact: f1(sum('exactMatches'), sum('countA'), sum('countB')),
    f1Overlap: f1(sum('overlapMatches'), sum('countA'), sum('countB')),
    meanKappa: kappas.length ? kappas.reduce((x, y) => x + y, 0) / kappas.length : null,
    rows,
  };
}

/** Annotators of a document, most annotations first. */
export function annotators(spans: readonly Span[]): Array<{ name: string; count: number }> {
  const counts = new Map<string, number>();
  for (const s of spans) counts.set(s.author, (counts.get(s.author) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((x, y) => y.count - x.count || x.name.localeCompare(y.name));
}

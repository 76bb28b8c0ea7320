// Selectors and anchoring. Every annotation stores a position (code points) and a quote
// (exact text with ~32 code points of prefix and suffix). To place it in a text we try, in
// order: the position, checked against the quote → the exact quote, the occurrence whose
// context fits best → a fuzzy match of the quote (approx-string-match, Myers' bit-parallel
// algorithm, as Hypothesis uses) → orphan. An orphan is reported, never dropped.

import search from 'approx-string-match';
import { CodePointIndex } from '../text/codepoints';
import { fits } from './fits';

export const CONTEXT_LENGTH = 32;

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPosition {
  start: number;
  end: number;
}

export type Anchor =
  | { status: 'anchored'; start: number; end: number; method: 'position' | 'exact' | 'fuzzy'; errors: number }
  | { status: 'orphan' };

/** The quote selector for a code-point range of a text. */
export function quoteAt(index: CodePointIndex, start: number, end: number, context = CONTEXT_LENGTH): TextQuote {
  return {
    exact: index.slice(start, end),
    prefix: index.slice(Math.max(0, start - context), start),
    suffix: index.slice(end, Math.min(index.length, end + context)),
  };
}

/** Similarity in 0..1 of two short strings, by edit distance. */
function similarity(a: string, b: string): number {
  if (!a && !b) return 1;
  if (!a || !b) return 0;
  const errors = search(a, b, Math.max(a.length, b.length))[0]?.errors ?? Math.max(a.length, b.length);
  return 1 - Math.min(1, errors / Math.max(a.length, b.length));
}

interface Match {
  u16start: number;
  u16end: number;
  errors: number;
}

interface Ranked {
  cand: Match;
  score: number;
  /** Mean similarity of the surrounding text to the stored prefix and suffix, 0..1. */
  context: number;
}

/** Rank candidates: quote fit first, then context (prefix, suffix), then nearness to the old position. */
function best(index: CodePointIndex, quote: TextQuote, hint: number | undefined, cands: Match[]): Ranked | undefined {
  const text = index.text;
  let top: Ranked | undefined;
  for (const c of cands) {
    const quoteScore = 1 - c.errors / Math.max(1, quote.exact.length);
    const prefix = text.slice(Math.max(0, c.u16start - quote.prefix.length), c.u16start);
    const suffix = text.slice(c.u16end, c.u16end + quote.suffix.length);
    const context = (similarity(prefix, quote.prefix) + similarity(suffix, quote.suffix)) / 2;
    const posScore = hint === undefined ? 0 : 1 - Math.min(1, Math.abs(index.toCodePoint(c.u16start) - hint) / Math.max(1, index.length));
    const score = 50 * quoteScore + 40 * context + 2 * posScore;
    if (!top || score > top.score) top = { cand: c, score, context };
  }
  return top;
}

/** Places a stored annotation in `index.text`. */
export function anchor(index: CodePointIndex, quote: TextQuote, position?: TextPosition): Anchor {
  const { exact } = quote;
  if (!exact) return { status: 'orphan' };

  if (position && fits({ ...position, exact }, index)) {
    return { status: 'anchored', start: position.start, end: position.end, method: 'position', errors: 0 };
  }
  return searchIn(index, quote, position?.start, 0, index.text.length) ?? { status: 'orphan' };
}

/**
 * The quote looked for in the UTF-16 range [from, to) of the text and ranked as `anchor`
 * ranks it (`hint`: where it is expected, in code points); null when nothing plausible is
 * there. Over the whole text it is `anchor` after the position; batch.ts also asks it about
 * a stretch of the text around the place an annotation is expected.
 */
export function searchIn(index: CodePointIndex, quote: TextQuote, hint: number | undefined, from: number, to: number): Anchor | null {
  const { exact } = quote;
  const text = index.text;
  const exactHits: Match[] = [];
  const last = to - exact.length;
  for (let at = text.indexOf(exact, from); at >= 0 && at <= last; at = text.indexOf(exact, at + 1)) {
    exactHits.push({ u16start: at, u16end: at + exact.length, errors: 0 });
    if (exactHits.length > 1000) break;
  }
  const exactBest = best(index, quote, hint, exactHits);
  // An exact hit in its old surroundings is certain; one elsewhere competes with fuzzy hits,
  // so an edited quote in its old place beats an identical phrase in another paragraph.
  if (exactBest && exactBest.context >= 0.9) return found(index, exactBest.cand);

  // Fuzzy: first the quote with its context (the context tells two similar phrases apart,
  // and approx-string-match returns only the lowest-error hits), then the quote alone.
  const region = from === 0 && to >= text.length ? text : text.slice(from, to);
  const fuzzy = [...fuzzyInContext(region, quote, from), ...fuzzyHits(region, exact, from)];
  const fuzzyBest = best(index, quote, hint, fuzzy);
  const chosen = !exactBest || (fuzzyBest && fuzzyBest.score > exactBest.score) ? fuzzyBest : exactBest;
  return chosen && plausible(chosen, quote) ? found(index, chosen.cand) : null;
}

/**
 * A short quote found away from its old surroundings is more likely another occurrence of a
 * common phrase than the annotated one: better an orphan the user can place than a wrong span.
 */
function plausible(r: Ranked, quote: TextQuote): boolean {
  const contextKnown = quote.prefix.length + quote.suffix.length > 0;
  return !contextKnown || r.context >= 0.5 || quote.exact.length >= 32;
}

/** Up to a quarter of a pattern may differ: beyond that a "match" is a guess. */
function maxErrorsFor(pattern: string): number {
  return Math.min(256, Math.floor(pattern.length / 4));
}

function fuzzyHits(text: string, pattern: string, offset = 0): Match[] {
  const k = maxErrorsFor(pattern);
  if (k === 0) return [];
  return search(text, pattern, k).map((m) => ({ u16start: offset + m.start, u16end: offset + m.end, errors: m.errors }));
}

/** Hits of the quote with its context in `text` (a stretch of the whole that starts at `offset`). */
function fuzzyInContext(text: string, quote: TextQuote, offset = 0): Match[] {
  if (!quote.prefix && !quote.suffix) return [];
  const out: Match[] = [];
  for (const region of fuzzyHits(text, quote.prefix + quote.exact + quote.suffix).slice(0, 50)) {
    // The quote lies between the matched prefix and suffix, give or take the region's errors.
    const from = Math.max(region.u16start, region.u16start + quote.prefix.length - region.errors);
    const to = Math.min(region.u16end, region.u16end - quote.suffix.length + region.errors);
    const inner = fuzzyHits(text.slice(from, to), quote.exact, from);
    const expected = region.u16start + quote.prefix.length;
    inner.sort((a, b) => a.errors - b.errors || Math.abs(a.u16start - expected) - Math.abs(b.u16start - expected));
    if (inner[0]) out.push({ ...inner[0], u16start: inner[0].u16start + offset, u16end: inner[0].u16end + offset });
  }
  return out;
}

function found(index: CodePointIndex, c: Match): Anchor {
  const method = c.errors === 0 ? 'exact' : 'fuzzy';
  const start = index.toCodePoint(c.u16start, 1);
  const end = index.toCodePoint(c.u16end, -1);
  if (end <= start) return { status: 'orphan' };
  return { status: 'anchored', start, end, method, errors: c.errors };
}

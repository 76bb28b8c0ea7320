// Re-anchoring a document's annotations together, as a merge onto a corrected text does.
// One at a time, each quote is looked for in the whole text (anchor.ts), and on a long text
// with repeated phrases each search weighs every repetition: 10,000 annotations on a 1 MB
// text take most of a minute. Together, they are taken in the order of their old positions,
// and each is looked for first where its neighbour moved to (texts are edited here and
// there, not shuffled): at that place, then within a few pages around it. Only what is not
// found nearby is looked for in the whole text, exactly as one at a time.
// Going one way along the text, a cut can mislead: the first annotation after it may find
// a repetition of its phrase near where the cut text was, and those after it follow. So the
// pass is made both ways, and where the two disagree, the place whose shift more of the
// annotation's neighbours agree with wins.

import { anchor, searchIn, type Anchor, type TextQuote } from './anchor';
import { fits } from './fits';
import type { CodePointIndex } from '../text/codepoints';

export interface Anchorable extends TextQuote {
  /** The old position (code points), when the annotation has one. */
  start: number | null;
  end: number | null;
}

type Placed = Anchorable & { start: number; end: number };

/** How far around the expected place to look first, in UTF-16 units either side. */
const NEAR = 4096;
/** Neighbours either side asked which of two disagreeing places they agree with. */
const NEIGHBOURS = 8;

/** Places each item in `index.text`; the result at i is item i's. */
export function anchorAll(index: CodePointIndex, items: readonly Anchorable[]): Anchor[] {
  const out = new Array<Anchor>(items.length);
  const order: number[] = [];
  items.forEach((item, i) => {
    if (item.start === null || item.end === null) out[i] = anchor(index, item); // nothing to go by but the quote
    else order.push(i);
  });
  order.sort((a, b) => items[a]!.start! - items[b]!.start! || items[a]!.end! - items[b]!.end!);
  const along = order.map((i) => items[i] as Placed);
  // The search of the whole text does not depend on the pass: each item's is made once.
  const whole = new Map<Placed, Anchor>();
  const anywhere = (item: Placed) => {
    let a = whole.get(item);
    if (!a) whole.set(item, (a = anchor(index, item, { start: item.start, end: item.end })));
    return a;
  };
  const forward = pass(index, along, anywhere);
  const backward = pass(index, [...along].reverse(), anywhere).reverse();
  along.forEach((item, k) => {
    const [f, b] = [forward[k]!, backward[k]!];
    const same = f.status === b.status && (f.status === 'orphan' || (b.status === 'anchored' && f.start === b.start && f.end === b.end));
    out[order[k]!] = same || support(index, along, k, f) >= support(index, along, k, b) ? f : b;
  });
  return out;
}

/** Each item in turn, looked for first where the one before it moved to. */
function pass(index: CodePointIndex, along: readonly Placed[], anywhere: (item: Placed) => Anchor): Anchor[] {
  let shift = 0;
  return along.map((item) => {
    const placed = place(index, item, shift, anywhere);
    if (placed.status === 'anchored') shift = placed.start - item.start;
    return placed;
  });
}

/** The quote, with its old surroundings, reads at `expected` (code points). */
function readsAt(index: CodePointIndex, quote: TextQuote, expected: number): boolean {
  if (expected < 0 || expected > index.length) return false;
  const at = index.toUtf16(expected);
  const text = index.text;
  return text.startsWith(quote.exact, at) && text.endsWith(quote.prefix, at) && text.startsWith(quote.suffix, at + quote.exact.length);
}

function place(index: CodePointIndex, item: Placed, shift: number, anywhere: (item: Placed) => Anchor): Anchor {
  const position = { start: item.start, end: item.end };
  if (!item.exact) return { status: 'orphan' };
  // The old position is taken only when the quote's surroundings read there too: a short
  // quote ("the police") can read at its old place by chance after an edit moved the text.
  if (fits({ ...position, exact: item.exact }, index) && readsAt(index, item, item.start)) return { status: 'anchored', ...position, method: 'position', errors: 0 };
  const expected = Math.min(index.length, Math.max(0, item.start + shift));
  const at = index.toUtf16(expected);
  // Where the neighbour's shift puts it, in its old surroundings: the common case, at once.
  if (readsAt(index, item, expected)) return { status: 'anchored', start: expected, end: index.toCodePoint(at + item.exact.length), method: 'exact', errors: 0 };
  // Its old surroundings there, word for word, and between them the quote with a few letters changed (a typo mended).
  const changed = changedInPlace(index.text, item, at);
  if (changed !== null) return { status: 'anchored', start: expected, end: index.toCodePoint(at + item.exact.length), method: changed ? 'fuzzy' : 'exact', errors: changed };
  const near = searchIn(index, item, expected, Math.max(0, at - NEAR), Math.min(index.text.length, at + item.exact.length + NEAR));
  if (near?.status === 'anchored') return near;
  return anywhere(item);
}

/**
 * When the text at `at` and around it has the length of the quote and its old surroundings
 * and differs from them in few letters (a typo mended, inside the quote or beside it), the
 * number of the quote's letters that differ; else null. At most a quarter of the quote may
 * differ, and of the whole; eight letters of context are asked for, or any phrase would do.
 */
function changedInPlace(text: string, quote: TextQuote, at: number): number | null {
  const { prefix, exact, suffix } = quote;
  const from = at - prefix.length;
  const end = at + exact.length;
  if (prefix.length + suffix.length < 8 || from < 0 || end + suffix.length > text.length) return null;
  const differ = (s: string, offset: number) => {
    let n = 0;
    for (let i = 0; i < s.length; i++) if (text.charCodeAt(offset + i) !== s.charCodeAt(i)) n++;
    return n;
  };
  const inQuote = differ(exact, at);
  const all = inQuote + differ(prefix, from) + differ(suffix, end);
  return inQuote <= exact.length / 4 && all <= (prefix.length + exact.length + suffix.length) / 4 ? inQuote : null;
}

/** How many of the item's neighbours read as they did at the shift a placement implies. */
function support(index: CodePointIndex, along: readonly Placed[], k: number, a: Anchor): number {
  if (a.status !== 'anchored') return -1;
  const shift = a.start - along[k]!.start;
  let n = 0;
  for (let j = Math.max(0, k - NEIGHBOURS); j <= Math.min(along.length - 1, k + NEIGHBOURS); j++) {
    if (j !== k && readsAt(index, along[j]!, along[j]!.start + shift)) n++;
  }
  return n;
}

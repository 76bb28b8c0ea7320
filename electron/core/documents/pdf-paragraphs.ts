// Lines in reading order → paragraphs and headings, with the offset where each page starts.
// A line ends its paragraph when the next one is further down than the usual line spacing,
// changes font size, starts indented or with a list marker, or when the line stopped short
// although the next line's first word would have fitted (so the break was the author's,
// not the typesetter's). Paragraphs run on across columns and pages.
//
// Words hyphenated at a line end are joined ("inter-" + "national" → "international") unless
// the hyphen is part of the word: the document itself is asked first (does "well-known"
// appear elsewhere with its hyphen, or "wellknown" without?), then a short list of words that
// mostly form hyphenated compounds (well-, self-, non-…); a capital after the hyphen
// ("Franco-" + "German") or a digit always keeps it. A soft hyphen (U+00AD) is always removed.

import type { Block } from '../text/model';
import type { Line } from './pdf-lines';

export interface PdfText {
  blocks: Block[];
  /** UTF-16 offset in canonicalText(blocks) where each page starts, page 1 first. */
  pageStarts: number[];
}

/**
 * First halves that usually keep their hyphen ("well-known", "self-evident", "non-zero",
 * "twenty-five"). Kept short on purpose: "state-", "cross-", "mid-" and the like are more often
 * a typesetter's break ("state-ment", "cross-ing", "mid-dle") than a compound.
 */
const COMPOUND_FIRST = new Set([
  'well', 'self', 'non', 'all', 'half', 'one', 'two', 'three', 'five', 'first', 'third',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
]);

/** A bullet symbol always starts a list item. */
const BULLET = /^[•◦▪▫▸►‣⁃●○■□✓✔]\s/;
/** Dashes, numbers and letters start one only after a line that ended a sentence or a lead-in:
 *  a spaced dash at the start of a line is often just prose ("… the result – which …"). */
const MARKER = /^([*–—-]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\[\d{1,3}\])\s/;
const startsItem = (p: Line, l: Line, inItem: boolean) => BULLET.test(l.text) || (MARKER.test(l.text) && (inItem || /[.:;!?)]$/.test(p.text)));
const isItem = (l: Line) => BULLET.test(l.text) || MARKER.test(l.text);
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

class Vocabulary {
  private readonly words = new Set<string>();
  private readonly compounds = new Set<string>();

  constructor(lines: readonly Line[]) {
    for (const l of lines) {
      const tokens = l.text.split(/[^\p{L}\p{M}\-\u2010]+/u);
      // A line's last token ending in a hyphen is a fragment, not a word.
      if (/[-\u2010]$/.test(tokens[tokens.length - 1] ?? '')) tokens.pop();
      for (const t of tokens) {
        const w = t.toLowerCase().replace(/^[-\u2010]+|[-\u2010]+$/g, '');
        if (!w) continue;
        if (/[-\u2010]/.test(w)) this.compounds.add(w.replace(/\u2010/g, '-'));
        for (const part of w.split(/[-\u2010]/)) this.words.add(part);
        this.words.add(w);
      }
    }
  }

  /** Whether "left-" at a line end + "right…" on the next line keeps its hyphen. */
  keepsHyphen(left: string, right: string): boolean {
    const [l, r] = [left.toLowerCase(), right.toLowerCase()];
    if (this.compounds.has(`${l}-${r}`)) return true;
    if (this.words.has(l + r)) return false;
    return COMPOUND_FIRST.has(l);
  }
}

/** The text of two consecutive lines of one paragraph, joined as a reader would read them. */
export function joinLines(prev: string, next: string, vocab: { keepsHyphen(l: string, r: string): boolean }): string {
  if (prev.endsWith('\u00ad')) return prev.slice(0, -1) + next;
  const hy = /(\p{L}+)[-\u2010]$/u.exec(prev);
  if (hy) {
    const right = /^\p{L}+/u.exec(next)?.[0];
    if (!right) return prev + (/^\d/.test(next) ? '' : ' ') + next;
    if (/^\p{Lu}/u.test(right) || vocab.keepsHyphen(hy[1]!, right)) return prev + next;
    return prev.slice(0, -1) + next;
  }
  if (/[^\s][-–—]$/.test(prev) && /^[\p{L}\p{N}]/u.test(next)) return prev + next;
  if (CJK.test(prev.slice(-1)) && CJK.test(next.charAt(0))) return prev + next;
  return prev + ' ' + next;
}

const round = (x: number) => Math.round(x * 2) / 2;

/** Font size carrying the most characters: the body text's. */
function bodySize(lines: readonly Line[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(round(l.size), (chars.get(round(l.size)) ?? 0) + l.text.length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/** Usual baseline distance for each font size, from consecutive lines of one flow. */
function spacings(lines: readonly Line[]): Map<number, number> {
  const gaps = new Map<number, number[]>();
  for (let i = 1; i < lines.length; i++) {
    const [p, l] = [lines[i - 1]!, lines[i]!];
    const dy = p.y - l.y;
    if (p.page !== l.page || p.flow !== l.flow || round(p.size) !== round(l.size) || dy <= 0 || dy > 3 * l.size) continue;
    if (!gaps.has(round(l.size))) gaps.set(round(l.size), []);
    gaps.get(round(l.size))!.push(dy);
  }
  const out = new Map<number, number>();
  // The lower quartile, not the median: in a short text paragraph gaps can be as many as line
  // gaps (two lines and a gap, twice, make the median a paragraph gap).
  for (const [size, ds] of gaps) out.set(size, [...ds].sort((a, b) => a - b)[Math.floor((ds.length - 1) / 4)]!);
  return out;
}

/** Whether line `l` starts a new paragraph after line `p`; `inItem`: p's paragraph is a list item. */
function endsParagraph(p: Line, l: Line, spacing: Map<number, number>, body: number, inItem: boolean): boolean {
  if (Math.abs(l.size - p.size) > 0.15 * Math.max(l.size, p.size)) return true;
  if (startsItem(p, l, inItem)) return true;
  if (p.page === l.page && p.flow === l.flow) {
    const dy = p.y - l.y;
    if (dy <= 0 || dy > 1.35 * (spacing.get(round(p.size)) ?? 1.2 * p.size)) return true;
  }
  // Large text (titles) is often centred: its lines stop short without ending anything.
  if (p.size > 1.15 * body && l.size > 1.15 * body) return false;
  const rtl = /[\p{Script=Hebrew}\p{Script=Arabic}]/u.test(p.text);
  const room = rtl ? p.x0 - p.left : p.right - p.x1;
  const firstWord = (/^\S+/.exec(l.text)?.[0].length ?? 0) / Math.max(1, l.text.length);
  if (room > firstWord * (l.x1 - l.x0) + 0.5 * l.size) return true;
  const indent = (x: Line) => (rtl ? x.right - x.x1 : x.x0 - x.left);
  // A first-line indent starts a paragraph; a hanging indent under a list item continues it.
  return indent(l) > 0.8 * l.size && indent(p) < 0.5 * p.size && !isItem(p);
}

export function pdfParagraphs(lines: readonly Line[], pageCount: number): PdfText {
  const vocab = new Vocabulary(lines);
  const body = bodySize(lines);
  const spacing = spacings(lines);
  const paras: Line[][] = [];
  lines.forEach((l, i) => {
    if (i === 0 || endsParagraph(lines[i - 1]!, l, spacing, body, isItem(paras[paras.length - 1]![0]!))) paras.push([l]);
    else paras[paras.length - 1]!.push(l);
  });

  // Headings: short paragraphs in a clearly larger size, levels by size (largest = 1).
  const isHeading = (p: Line[]) => p[0]!.size >= 1.15 * body && p.length <= 3 && p.reduce((n, l) => n + l.text.length, 0) <= 200;
  const headingSizes = [...new Set(paras.filter(isHeading).map((p) => round(p[0]!.size)))].sort((a, b) => b - a);

  const blocks: Block[] = [];
  const pageStarts: number[] = new Array<number>(pageCount).fill(-1);
  let offset = 0; // UTF-16 length of the canonical text so far, newline separators included
  for (const para of paras) {
    if (blocks.length) offset += 1;
    let text = '';
    for (const l of para) {
      const joined = text ? joinLines(text, l.text, vocab) : l.text;
      // The page starts where this line's own text begins in the joined paragraph.
      if (pageStarts[l.page] === -1) pageStarts[l.page] = offset + joined.length - l.text.length;
      text = joined;
    }
    offset += text.length;
    if (isHeading(para)) {
      const level = Math.min(3, headingSizes.indexOf(round(para[0]!.size)) + 1) as 1 | 2 | 3;
      blocks.push({ type: 'heading', level, content: [{ text }] });
    } else blocks.push({ type: 'paragraph', content: [{ text }] });
  }
  // A page without text starts where the next page with text starts (or at the end).
  for (let i = pageCount - 1, next = offset; i >= 0; i--) {
    if (pageStarts[i] === -1) pageStarts[i] = next;
    next = pageStarts[i]!;
  }
  return { blocks, pageStarts };
}

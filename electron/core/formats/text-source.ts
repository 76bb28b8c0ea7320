// A document text as another tool's file holds it, and where that file's offsets land in our
// canonical text. Tools count differently: brat, REFI-QDA and doccano count Unicode code
// points, old Label Studio exports JavaScript UTF-16 units; some count a CRLF line end as two
// characters. The canonical text has `\n` line ends and nothing else changed (no Unicode
// normalisation), so a CRLF is one character here: offsets are converted, never trusted
// blindly. Every span a file gives with its quote is checked against the text; one that does
// not read its quote keeps the quote, and the merge places it by the quote or lists it as
// unanchored, so it never lands on the wrong characters.

import { quoteAt } from '../anchoring/anchor';
import { InputError } from '../input/errors';
import { sha256Hex } from '../text/article';
import { CodePointIndex } from '../text/codepoints';
import { canonicalText, type Block } from '../text/model';
import { parsePlainText } from '../text/plaintext';
import type { IncomingDocument, IncomingDocumentMeta } from './incoming';

export type OffsetUnit = 'code points' | 'UTF-16 units';

/** Blocks whose canonical text is exactly `text`: plain-text paragraphs when they fit, else a paragraph per line. */
export function blocksFor(text: string): Block[] {
  const parsed = parsePlainText(text);
  if (canonicalText(parsed) === text) return parsed;
  return text.split('\n').map((line): Block => ({ type: 'paragraph', content: line ? [{ text: line }] : [] }));
}

export interface Placed {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** true: the text reads the file's quote there; false: it does not (placed by the quote later); null: the file gave no quote. */
  matched: boolean | null;
}

export class SourceText {
  /** The canonical text: `\n` line ends, otherwise as the file had it. */
  readonly text: string;
  readonly id: string;
  readonly index: CodePointIndex;
  /** The text as the file had it (a leading byte-order mark removed). */
  readonly raw: string;
  private rawIdx: CodePointIndex | null = null;
  /** UTF-16 positions in `raw` of the `\r` of each CRLF (dropped from the canonical text). */
  private readonly dropped: number[] = [];

  constructor(raw: string) {
    this.raw = raw.replace(/^\uFEFF/, '');
    if (this.raw.includes('\r')) {
      for (let i = this.raw.indexOf('\r'); i >= 0; i = this.raw.indexOf('\r', i + 1)) if (this.raw.charCodeAt(i + 1) === 10) this.dropped.push(i);
      this.text = this.raw.replace(/\r\n?/g, '\n');
    } else this.text = this.raw;
    this.index = new CodePointIndex(this.text);
    this.id = sha256Hex(this.text);
  }

  private get rawIndex(): CodePointIndex {
    return (this.rawIdx ??= this.raw === this.text ? this.index : new CodePointIndex(this.raw));
  }

  /** The length of the file's text in a unit. */
  rawLength(unit: OffsetUnit): number {
    return unit === 'code points' ? this.rawIndex.length : this.raw.length;
  }

  /** An offset of the file (in its unit, over its text) as a canonical code-point offset; null past the end. */
  toCanonical(offset: number, unit: OffsetUnit, bias: -1 | 1): number | null {
    if (!Number.isInteger(offset) || offset < 0 || offset > this.rawLength(unit)) return null;
    let u = unit === 'code points' ? this.rawIndex.toUtf16(offset) : offset;
    if (this.dropped.length) {
      let lo = 0;
      let hi = this.dropped.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.dropped[mid]! < u) lo = mid + 1;
        else hi = mid;
      }
      u -= lo;
    }
    return this.index.toCodePoint(u, bias);
  }

  /** The text a file's span covers (canonical line ends), or null when it is not a span of this text. */
  read(start: number, end: number, unit: OffsetUnit): string | null {
    const s = this.toCanonical(start, unit, 1);
    const e = this.toCanonical(end, unit, -1);
    return s === null || e === null || e <= s ? null : this.index.slice(s, e);
  }

  /**
   * A file's span, converted and checked against its quote (when it gives one). Impossible
   * offsets and offsets past the end refuse the file, naming the line or item (`where`).
   */
  place(start: unknown, end: unknown, unit: OffsetUnit, quote: string | null, where: string): Placed {
    if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end)) throw new InputError(`${where} has offsets that are not whole numbers`);
    if (start < 0 || end <= start) throw new InputError(`${where} has impossible offsets ${start}–${end}`);
    const s = this.toCanonical(start, unit, 1);
    const e = this.toCanonical(end, unit, -1);
    if (s === null || e === null) throw new InputError(`${where} has offsets ${start}–${end} past the end of its text (${this.rawLength(unit)} characters)`);
    if (e <= s) throw new InputError(`${where} has offsets ${start}–${end} that cover no whole character`);
    const at = this.index.slice(s, e);
    if (quote === null) return { start: s, end: e, ...quoteAt(this.index, s, e), matched: null };
    const q = quote.replace(/\r\n?/g, '\n');
    if (at === q) return { start: s, end: e, ...quoteAt(this.index, s, e), matched: true };
    return { start: s, end: e, exact: q, prefix: '', suffix: '', matched: false };
  }

  /** The document as an import brings it: text, blocks and what the file says about it. */
  document(meta: Omit<IncomingDocumentMeta, 'format'>): IncomingDocument {
    return { ref: this.id, text: this.text, blocks: blocksFor(this.text), meta: { ...meta, format: 'plain' } };
  }
}

/**
 * Which unit a file's offsets count, measured on the spans that come with their text:
 * UTF-16 units only when some spans read their quote that way and none read it in code points
 * (the two agree until the first character outside the Basic Multilingual Plane).
 */
export function measureUnit(samples: Iterable<{ src: SourceText; start: number; end: number; quote: string }>): OffsetUnit {
  let points = 0;
  let units = 0;
  for (const { src, start, end, quote } of samples) {
    const q = quote.replace(/\r\n?/g, '\n');
    const p = src.read(start, end, 'code points') === q;
    const u = src.read(start, end, 'UTF-16 units') === q;
    if (p && !u) points++;
    else if (u && !p) units++;
  }
  return units > 0 && points === 0 ? 'UTF-16 units' : 'code points';
}

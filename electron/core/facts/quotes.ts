// Quotations in a text: which marks open and close them, paragraph by paragraph. Straight
// quotes (") are told apart by what surrounds them; a mark typed the wrong way round
// (“ closing a quote) still closes an open one. Single quotes are nested or scare quotes and
// do not start a quotation. A quotation left open at the end of a paragraph runs on into
// the next one when that paragraph opens with a quote mark (the newspaper convention).

export interface QuoteSegment {
  /** Offset of the opening mark (UTF-16). */
  open: number;
  /** Offset of the closing mark, or of the paragraph end when the quote runs on. */
  close: number;
  /** False when the paragraph ended before a closing mark. */
  closed: boolean;
  paraStart: number;
  paraEnd: number;
}

const OPENERS = '"“«„';
const CLOSERS = '"”»“';

export function paragraphAt(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

/** The quotations of one paragraph. */
export function segmentsOf(text: string, paraStart: number, paraEnd: number): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  let open = -1;
  for (let i = paraStart; i < paraEnd; i++) {
    const c = text[i]!;
    if (open < 0) {
      if (!OPENERS.includes(c)) continue;
      const before = i === paraStart ? ' ' : text[i - 1]!;
      const after = text[i + 1] ?? ' ';
      // An opening mark follows a space or an opening bracket and precedes a word.
      if (/[\s([{—–:,-]/.test(before) && !/\s/.test(after)) open = i;
    } else if (CLOSERS.includes(c) || (c === '»' && text[open] === '«')) {
      const after = text[i + 1] ?? ' ';
      if (c === '“' && /[\p{L}\d]/u.test(after)) continue;
      out.push({ open, close: i, closed: true, paraStart, paraEnd });
      open = -1;
    }
  }
  if (open >= 0) out.push({ open, close: paraEnd, closed: false, paraStart, paraEnd });
  return out;
}

/** The quotation around [start, end), if the span lies in one (marks included or not). */
export function segmentAround(text: string, start: number, end: number): QuoteSegment | null {
  const para = paragraphAt(text, Math.min(start + 1, text.length));
  const segs = segmentsOf(text, para.start, para.end);
  // A selection may take in the marks and the punctuation after them.
  return segs.find((s) => start >= s.open && start <= s.close && end <= s.close + 3 && end > s.open) ?? null;
}

/** Every quotation in the text, paragraph by paragraph. */
export function allSegments(text: string): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  for (let p = 0; p < text.length; ) {
    const nl = text.indexOf('\n', p);
    const end = nl < 0 ? text.length : nl;
    if (end > p && /["“«„]/.test(text.slice(p, end))) out.push(...segmentsOf(text, p, end));
    p = end + 1;
  }
  return out;
}

/** The previous non-empty paragraph's quotation left open at its end, if any. */
export function runsOnFrom(text: string, seg: QuoteSegment): QuoteSegment | null {
  if (seg.open !== seg.paraStart) return null;
  let p = seg.paraStart - 1;
  // A short paragraph without quote marks (a picture caption) may stand in between.
  for (let skipped = 0; skipped < 2; skipped++) {
    while (p > 0 && text[p - 1] === '\n') p--;
    if (p <= 0) return null;
    const prev = paragraphAt(text, p - 1);
    const segs = segmentsOf(text, prev.start, prev.end);
    const last = segs[segs.length - 1];
    if (last) return last.closed ? null : last;
    if (prev.end - prev.start > 200 || /["“”]/.test(text.slice(prev.start, prev.end))) return null;
    p = prev.start - 1;
  }
  return null;
}

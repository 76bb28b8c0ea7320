// The one rule for "this span fits this text": whole code points, inside the text, not
// empty, and (when a quote is given) the text there is the quote. Every path that places an
// annotation (the API, undo, imports, conflict review, re-anchoring) asks it.

import type { CodePointIndex } from '../text/codepoints';

export interface Span {
  start: number;
  end: number;
}

/** Within the text and not empty. */
export function fitsRange(span: Span, index: Pick<CodePointIndex, 'length'>): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= index.length;
}

/** Within the text, not empty, and reading `exact` there. */
export function fits(span: Span & { exact: string }, index: Pick<CodePointIndex, 'length' | 'slice'>): boolean {
  return fitsRange(span, index) && index.slice(span.start, span.end) === span.exact;
}

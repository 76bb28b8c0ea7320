// The baseline of the re-anchoring bench: how Hypothesis places a stored annotation in a
// changed text, one quote at a time, with approx-string-match. Transcribed from the
// Hypothesis client (src/annotator/anchoring/match-quote.ts, and html.ts's order: the
// position selector when the text there is still the quote, else the quote searched with
// the old position as a hint). Offsets are UTF-16, as in the browser.

import approxSearch from 'approx-string-match';

interface Match {
  start: number;
  end: number;
  errors: number;
}

/** Exact matches first (approx-string-match lacks this shortcut), else approximate ones. */
function search(text: string, str: string, maxErrors: number): Match[] {
  let matchPos = 0;
  const exactMatches: Match[] = [];
  while (matchPos !== -1) {
    matchPos = text.indexOf(str, matchPos);
    if (matchPos !== -1) {
      exactMatches.push({ start: matchPos, end: matchPos + str.length, errors: 0 });
      matchPos += 1;
    }
  }
  if (exactMatches.length > 0) return exactMatches;
  return approxSearch(text, str, maxErrors);
}

function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0.0;
  const matches = search(text, str, str.length);
  return 1 - matches[0]!.errors / str.length;
}

export function matchQuote(text: string, quote: string, context: { prefix?: string; suffix?: string; hint?: number } = {}): { start: number; end: number; score: number } | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, quote.length / 2);
  const matches = search(text, quote, maxErrors);
  if (matches.length === 0) return null;
  const scoreMatch = (match: Match) => {
    const quoteWeight = 50;
    const prefixWeight = 20;
    const suffixWeight = 20;
    const posWeight = 2;
    const quoteScore = 1 - match.errors / quote.length;
    const prefixScore = context.prefix ? textMatchScore(text.slice(Math.max(0, match.start - context.prefix.length), match.start), context.prefix) : 1.0;
    const suffixScore = context.suffix ? textMatchScore(text.slice(match.end, match.end + context.suffix.length), context.suffix) : 1.0;
    let posScore = 1.0;
    if (typeof context.hint === 'number') posScore = 1.0 - Math.abs(match.start - context.hint) / text.length;
    const rawScore = quoteWeight * quoteScore + prefixWeight * prefixScore + suffixWeight * suffixScore + posWeight * posScore;
    return rawScore / (quoteWeight + prefixWeight + suffixWeight + posWeight);
  };
  const scored = matches.map((m) => ({ start: m.start, end: m.end, score: scoreMatch(m) }));
  scored.sort((a, b) => b.score - a.score);
  return scored[0]!;
}

export interface StoredSelectors {
  exact: string;
  prefix: string;
  suffix: string;
  /** UTF-16 offsets in the text the annotation was made on. */
  start: number;
  end: number;
}

/** Hypothesis's order: the position when the quote is still there, else the quote near the old position. */
export function hypothesisAnchor(text: string, s: StoredSelectors): { start: number; end: number } | null {
  if (text.slice(s.start, s.end) === s.exact) return { start: s.start, end: s.end };
  const m = matchQuote(text, s.exact, { prefix: s.prefix, suffix: s.suffix, hint: s.start });
  return m && { start: m.start, end: m.end };
}

// The whole-document suggestion pass: every quotation with its speaker, every figure with its
// reading, every place mention with its best match and whether that match is confident.
// Pure: text in, suggestions out; offsets are Unicode code points over the canonical text,
// like every offset that leaves the app. Nothing is written: the UI offers each suggestion
// for the user to accept.

import type { FigureFields } from '../domain/fields';
import { CodePointIndex } from '../text/codepoints';
import { gazetteer, type Candidate } from './gazetteer';
import { allSegments } from './quotes';
import { speakerOfSegment, type SpeakerProposal } from './speaker';
import { findFigures } from './suggest-figures';
import { findPlaces } from './suggest-places';

export interface QuoteSuggestion {
  start: number;
  end: number;
  speaker: SpeakerProposal | null;
}
export interface FigureSuggestion {
  start: number;
  end: number;
  reading: FigureFields;
}
export interface PlaceSuggestion {
  start: number;
  end: number;
  best: Candidate | null;
  /** Up to three candidates, best first. */
  candidates: Candidate[];
  /** False: show "not in the gazetteer — pin by hand" rather than the best match. */
  confident: boolean;
}
export interface DocumentSuggestions {
  quotes: QuoteSuggestion[];
  figures: FigureSuggestion[];
  places: PlaceSuggestion[];
}
export interface SuggestOptions {
  /** ISO codes of the countries the document is about (its location line, say). */
  countries?: readonly string[];
  /** GeoNames ids of places already confirmed in the document. */
  confirmed?: readonly number[];
}

/** A quotation worth proposing: a few words of speech, or a shorter one with a speaker. */
function worthQuoting(content: string, speaker: SpeakerProposal | null): boolean {
  const words = content.trim().split(/\s+/).filter(Boolean).length;
  if (words >= 4) return true;
  // "Anonymous", "History", "Robogee.": names and titles in quote marks are not quotes.
  if (/^[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*[.,]?$/u.test(content.trim())) return false;
  return words >= 2 && !!speaker;
}

export function suggestDocument(text: string, opts: SuggestOptions = {}): DocumentSuggestions {
  const index = new CodePointIndex(text);
  const cp = (utf16: number) => index.toCodePoint(utf16);
  const quotes: QuoteSuggestion[] = [];
  for (const seg of allSegments(text)) {
    const start = seg.open + 1;
    const end = seg.close;
    const content = text.slice(start, end);
    if (!content.trim()) continue;
    const speaker = speakerOfSegment(text, seg);
    if (!worthQuoting(content, speaker)) continue;
    quotes.push({ start: cp(start), end: cp(end), speaker });
  }
  const figures = findFigures(text).map((f) => ({ ...f, start: cp(f.start), end: cp(f.end) }));
  const places = findPlaces(text, gazetteer(), opts).map((p) => ({ ...p, start: cp(p.start), end: cp(p.end) }));
  return { quotes, figures, places };
}

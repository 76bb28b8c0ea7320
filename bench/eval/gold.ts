// Reads the hand-written gold set (resources/gold/{dev,heldout}/*.json) and turns its
// human-friendly spans ("from"/"to" snippets, "span" + nth occurrence, "all" occurrences)
// into UTF-16 offsets over the article text. Gold is written by reading the text, so the
// loader is strict: a snippet that is not found is an error, not a silent skip.

import fs from 'node:fs';
import path from 'node:path';

export type Ids = number | number[] | 'none';
export type Accept = string | null | Array<string | null>;

interface RawQuote { from: string; to: string; n?: number; speaker: string | string[] | null; named?: boolean }
interface RawFigure { span: string; n?: number; value: number; valueMax?: number | null; qualifier?: string | null; unit: Accept }
interface RawPlace { span: string; n?: number; all?: boolean; id: Ids }
interface RawDoc {
  id: string;
  text?: string;
  shared?: string;
  quotes: RawQuote[];
  figures: RawFigure[];
  places: RawPlace[];
  ignore?: string[];
}

export interface Span { start: number; end: number }
export interface GoldQuote extends Span { speakers: string[] | null; named: boolean | undefined }
export interface GoldFigure extends Span { value: number; valueMax: number | null; qualifier: string | null; unit: Accept }
export interface GoldPlace extends Span { ids: number[] | 'none' }
export interface GoldDoc {
  id: string;
  part: 'dev' | 'heldout';
  text: string;
  quotes: GoldQuote[];
  figures: GoldFigure[];
  places: GoldPlace[];
  ignore: Span[];
}

const ALNUM = /[\p{L}\p{N}]/u;

/** Every occurrence of `s` in `text` that does not cut a word in two. */
export function occurrences(text: string, s: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + s.length] ?? ' ';
    if (ALNUM.test(s[0]!) && ALNUM.test(before)) continue;
    if (ALNUM.test(s[s.length - 1]!) && ALNUM.test(after)) continue;
    out.push(i);
  }
  return out;
}

function nth(doc: string, text: string, s: string, n = 1): number {
  const all = occurrences(text, s);
  const at = all[n - 1];
  if (at === undefined) throw new Error(`${doc}: "${s}" (occurrence ${n}) is not in the text`);
  return at;
}

const inside = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end && (a.start !== b.start || a.end !== b.end);

function loadDoc(file: string, part: GoldDoc['part'], sharedDir: string): GoldDoc {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as RawDoc;
  const textFile = raw.shared ? path.join(sharedDir, raw.shared) : path.resolve(path.dirname(file), raw.text!);
  const text = fs.readFileSync(textFile, 'utf8').replace(/\r\n?/g, '\n');
  const ignore: Span[] = (raw.ignore ?? []).flatMap((s) => occurrences(text, s).map((start) => ({ start, end: start + s.length })));

  const quotes = raw.quotes.map((q) => {
    const start = nth(raw.id, text, q.from, q.n);
    const to = text.indexOf(q.to, start);
    if (to < 0) throw new Error(`${raw.id}: quote end "${q.to}" not found after "${q.from}"`);
    const speakers = q.speaker === null ? null : Array.isArray(q.speaker) ? q.speaker : [q.speaker];
    return { start, end: to + q.to.length, speakers, named: q.named };
  });
  const figures = raw.figures.map((f) => {
    const start = nth(raw.id, text, f.span, f.n);
    return { start, end: start + f.span.length, value: f.value, valueMax: f.valueMax ?? null, qualifier: f.qualifier ?? null, unit: f.unit };
  });

  // Places: explicit spans first, then "all" spans, each skipping occurrences inside an
  // ignored phrase or inside a longer gold place ("Osh" within "Osh region").
  const places: GoldPlace[] = [];
  const ids = (id: Ids) => (id === 'none' ? 'none' : Array.isArray(id) ? id : [id]);
  for (const p of raw.places.filter((p) => !p.all)) {
    const start = nth(raw.id, text, p.span, p.n);
    places.push({ start, end: start + p.span.length, ids: ids(p.id) });
  }
  for (const p of raw.places.filter((p) => p.all)) {
    const found = occurrences(text, p.span).map((start) => ({ start, end: start + p.span.length }));
    if (!found.length) throw new Error(`${raw.id}: place "${p.span}" is not in the text`);
    for (const span of found) {
      if ([...ignore, ...places].some((other) => inside(span, other) || (other.start === span.start && other.end === span.end))) continue;
      places.push({ ...span, ids: ids(p.id) });
    }
  }
  places.sort((a, b) => a.start - b.start);
  return { id: raw.id, part, text, quotes, figures, places, ignore };
}

/** The gold documents of one part, in file-name order. */
export function loadPart(root: string, part: GoldDoc['part'], sharedDir: string): GoldDoc[] {
  const dir = path.join(root, part);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => loadDoc(path.join(dir, f), part, sharedDir));
}

/** UTF-16 offset → code point offset (the unit every exported offset uses). */
export function toCodePoints(text: string, utf16: number): number {
  let cp = 0;
  for (let i = 0; i < utf16; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= utf16) cp++;
    else {
      cp++;
      i++;
    }
  }
  return cp;
}

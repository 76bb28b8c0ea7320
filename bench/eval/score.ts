// Scores one engine against gold documents, kind by kind. Definitions (printed with the table):
//  coverage  = items that got a suggestion (speaker; figure value; confident place) / all items
//  precision = suggestions fully right / suggestions
//  accuracy  = items fully right / all items   (for places "top-1", with "top-3" beside it)
// A described source ("a civil servant") is right when the proposal is also a description
// with the same words (articles aside); a place missing from the gazetteer is right when
// nothing is offered with confidence.

import type { GoldDoc, Accept } from './gold';
import { toCodePoints } from './gold';

export interface SpeakerGuess { name: string; role: string; named: boolean }
export interface FigureGuess { value: number | null; valueMax: number | null; qualifier: string | null; unit: string | null }
export interface PlaceGuess { geonamesId: number | null; name: string; country: string; confident: boolean }
export interface DocGuess {
  quotes: Array<{ start: number; end: number; speaker: SpeakerGuess | null }>;
  figures: Array<{ start: number; end: number; reading: FigureGuess }>;
  places: Array<{ start: number; end: number; best: PlaceGuess | null; confident: boolean }>;
}
export interface Engine {
  name: string;
  speaker(text: string, start: number, end: number): SpeakerGuess | null;
  figure(exact: string, suffix: string): FigureGuess;
  /** `following`/`preceding`: the text right after/before the mention ("Huntsville, Alabama" gives ", Alabama"). */
  places(query: string, ctx: { countries: string[]; confirmed: number[]; following: string; preceding: string }): PlaceGuess[];
  document?(text: string): DocGuess;
}

/** n items; `covered` got a suggestion; `coveredRight` of those were right; `right` items right overall. */
export interface Row { n: number; covered: number; coveredRight: number; right: number; top3?: number }
export interface Result { rows: Record<string, Row>; failures: string[] }

const norm = (s: string) =>
  s.normalize('NFKC').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').replace(/^(the|a|an|one)\s+/, '').trim();

function speakerRight(gold: string[] | null, named: boolean | undefined, got: SpeakerGuess): boolean {
  if (!gold) return false;
  return gold.some((g) => {
    if (named === false) return !got.named && (norm(got.name) === norm(g) || norm(got.name).endsWith(` ${norm(g)}`) || norm(g).endsWith(` ${norm(got.name)}`));
    return norm(got.name) === norm(g);
  });
}

function unitRight(gold: Accept, got: string | null): boolean {
  const list = Array.isArray(gold) ? gold : [gold];
  return list.some((u) => (u === null ? got === null : got !== null && u.toLowerCase() === got.toLowerCase()));
}

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)));
const clip = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\n/g, ' ⏎ ');

/**
 * The words after a span given to normalizeFigure: 64 code points (the app stores 32 with an
 * annotation; the caller is asked to pass the text to the end of the sentence instead).
 */
const suffixOf = (text: string, end: number) => [...text.slice(end, end + 128)].slice(0, 64).join('');

export function scoreFacts(engine: Engine, docs: GoldDoc[]): Result {
  const rows: Record<string, Row> = {
    speaker: { n: 0, covered: 0, coveredRight: 0, right: 0 },
    figure: { n: 0, covered: 0, coveredRight: 0, right: 0 },
    place: { n: 0, covered: 0, coveredRight: 0, right: 0, top3: 0 },
  };
  const failures: string[] = [];
  for (const d of docs) {
    for (const q of d.quotes) {
      const got = engine.speaker(d.text, q.start, q.end);
      const ok = !!got && speakerRight(q.speakers, q.named, got);
      rows.speaker!.n++;
      if (got) rows.speaker!.covered++;
      if (ok) rows.speaker!.right++;
      if (ok && got) rows.speaker!.coveredRight++;
      if (!ok) failures.push(`speaker ${d.id} “${clip(d.text.slice(q.start, q.end), 40)}” want ${q.speakers?.join(' | ') ?? '(none)'}${q.named === false ? ' (described)' : ''}, got ${got ? `${got.name}${got.named ? '' : ' (described)'}${got.role ? ` [${got.role}]` : ''}` : '(nothing)'}`);
    }
    for (const f of d.figures) {
      const exact = d.text.slice(f.start, f.end);
      const got = engine.figure(exact, suffixOf(d.text, f.end));
      const ok = close(got.value, f.value) && close(got.valueMax, f.valueMax) && got.qualifier === f.qualifier && unitRight(f.unit, got.unit);
      rows.figure!.n++;
      if (got.value !== null) rows.figure!.covered++;
      if (ok) rows.figure!.right++;
      if (ok && got.value !== null) rows.figure!.coveredRight++;
      if (!ok) failures.push(`figure ${d.id} “${exact}” + “${clip(suffixOf(d.text, f.end), 24)}” want ${f.value}${f.valueMax !== null ? `–${f.valueMax}` : ''} ${f.qualifier ?? '-'} ${JSON.stringify(f.unit)}, got ${got.value}${got.valueMax !== null ? `–${got.valueMax}` : ''} ${got.qualifier ?? '-'} ${JSON.stringify(got.unit)}`);
    }
    // Places: each mention searched with the document's context as a reader builds it —
    // the places confirmed before it (the gold answers of earlier mentions).
    const confirmed: number[] = [];
    const countries: string[] = [];
    for (const p of d.places) {
      const query = d.text.slice(p.start, p.end);
      const got = engine.places(query, { countries: [...new Set(countries)], confirmed: [...confirmed], following: d.text.slice(p.end, p.end + 80), preceding: d.text.slice(Math.max(0, p.start - 40), p.start) });
      const top = got[0];
      rows.place!.n++;
      let ok: boolean;
      let ok3: boolean;
      if (p.ids === 'none') {
        ok = ok3 = !top?.confident;
      } else {
        const ids = p.ids;
        ok = !!top && ids.includes(top.geonamesId ?? -1);
        ok3 = got.slice(0, 3).some((c) => ids.includes(c.geonamesId ?? -1));
      }
      if (top?.confident) rows.place!.covered++;
      if (top?.confident && ok) rows.place!.coveredRight++;
      if (ok) rows.place!.right++;
      if (ok3) rows.place!.top3!++;
      if (!ok) failures.push(`place ${d.id} “${query}” want ${p.ids === 'none' ? 'none (not confident)' : p.ids.join('|')}, got ${top ? `${top.name}, ${top.country} (${top.geonamesId})${top.confident ? '' : ' not confident'}` : '(nothing)'}${got[1] ? `; then ${got.slice(1, 3).map((c) => `${c.name}, ${c.country}`).join('; ')}` : ''}`);
      if (p.ids !== 'none' && top && ok) {
        confirmed.push(top.geonamesId ?? 0);
        countries.push(top.country);
      }
    }
  }
  return { rows, failures };
}

/** Whole-document pass: spans matched when they overlap by half of the longer one. */
export function scoreDocument(engine: Engine, docs: GoldDoc[]): Result {
  const rows: Record<string, Row & { predicted: number }> = {
    'doc quotes': { n: 0, covered: 0, coveredRight: 0, right: 0, predicted: 0 },
    'doc figures': { n: 0, covered: 0, coveredRight: 0, right: 0, predicted: 0 },
    'doc places': { n: 0, covered: 0, coveredRight: 0, right: 0, predicted: 0 },
  };
  const failures: string[] = [];
  if (!engine.document) return { rows: {}, failures };
  for (const d of docs) {
    const out = engine.document(d.text);
    const cp = (i: number) => toCodePoints(d.text, i);
    const gold = {
      'doc quotes': d.quotes.map((q) => ({ start: cp(q.start), end: cp(q.end) })),
      'doc figures': d.figures.map((f) => ({ start: cp(f.start), end: cp(f.end) })),
      'doc places': d.places.map((p) => ({ start: cp(p.start), end: cp(p.end) })),
    };
    const ignore = d.ignore.map((s) => ({ start: cp(s.start), end: cp(s.end) }));
    const chars = [...d.text];
    const show = (s: { start: number; end: number }) => clip(chars.slice(s.start, s.end).join(''), 50);
    // Quotes: overlap of half the longer span. Figures and places: half the shorter one, since
    // where such a span ends is a convention ("88" or "88 schools", "Osh" or "Osh region").
    let longer = true;
    const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) / Math.max(longer ? Math.max(a.end - a.start, b.end - b.start) : Math.min(a.end - a.start, b.end - b.start), 1);
    const kinds: Array<[keyof typeof gold, Array<{ start: number; end: number }>]> = [
      ['doc quotes', out.quotes],
      ['doc figures', out.figures],
      ['doc places', out.places],
    ];
    for (const [kind, predicted] of kinds) {
      const row = rows[kind]!;
      const g = gold[kind];
      longer = kind === 'doc quotes';
      const min = 0.5;
      const kept = predicted.filter((p) => !ignore.some((s) => overlap(p, s) > 0 && p.start >= s.start - 1 && p.end <= s.end + 1) || g.some((x) => overlap(p, x) >= min));
      row.n += g.length;
      row.predicted += kept.length;
      for (const x of g) {
        if (kept.some((p) => overlap(p, x) >= min)) row.right++;
        else failures.push(`${kind} ${d.id} missed “${show(x)}”`);
      }
      for (const p of kept) {
        if (g.some((x) => overlap(p, x) >= min)) row.covered++;
        else failures.push(`${kind} ${d.id} extra “${show(p)}”`);
      }
    }
  }
  return { rows, failures };
}

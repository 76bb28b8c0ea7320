// The alternative the issue asks to weigh: the same tasks done with a maintained NLP library
// that runs offline in Node and Chromium (compromise 14, MIT). The library finds people,
// organisations, places, numbers and quotations; the gazetteer (which no library has) and
// the quote-mark segmentation are shared with the rules, so the numbers compare the parts
// where the two approaches differ. `npm run eval -- --engine compromise`.

import nlp from 'compromise';
import { gazetteer } from '../../electron/core/facts/gazetteer';
import { paragraphAt, segmentAround } from '../../electron/core/facts/quotes';
import type { DocGuess, Engine, FigureGuess, SpeakerGuess } from './score';

const SPEECH = /\b(?:said|says|told|added|stated|wrote|noted|asked|continued|replied|according)\b/i;
const clean = (s: string) => s.replace(/[,.;:]+$/, '').replace(/^(?:the)\s+/i, '').trim();

/** The first person or organisation the library sees in the attribution clause. */
function speaker(text: string, start: number, end: number): SpeakerGuess | null {
  const seg = segmentAround(text, start, end);
  const para = paragraphAt(text, start);
  const open = seg?.open ?? start;
  const close = seg?.close ?? end;
  const tail = text.slice(close + 1, para.end).split(/(?<=[.!?])\s|["“]/)[0] ?? '';
  const head = text.slice(para.start, open).split(/(?<=[.!?])\s/).pop() ?? '';
  for (const clause of [tail, head]) {
    if (!SPEECH.test(clause)) continue;
    const doc = nlp(clause);
    const people = doc.people().out('array') as string[];
    const orgs = doc.organizations().out('array') as string[];
    const who = clause === tail ? people[0] ?? orgs[0] : people[people.length - 1] ?? orgs[orgs.length - 1];
    if (who) return { name: clean(who), role: '', named: true };
  }
  return null;
}

function figure(exact: string, suffix: string): FigureGuess {
  const doc = nlp(`${exact}${suffix}`);
  const n = (doc.numbers().json() as Array<{ text: string; number: { num: number; prefix: string; suffix: string; unit: string } }>)[0];
  if (!n) return { value: null, valueMax: null, qualifier: null, unit: null };
  const scale: Record<string, number> = { bn: 1e9, m: 1e6, k: 1e3 };
  const value = n.number.num * (scale[n.number.suffix] ?? 1);
  const noun = (doc.match('#Value [#Noun+]', 0).out('array') as string[])[0];
  const unit = n.number.prefix === '$' ? 'USD' : /%|percent|per cent/.test(exact) ? '%' : n.number.unit || (noun ? noun.replace(/[.,;]+$/, '') : null);
  return { value, valueMax: null, qualifier: null, unit };
}

function document(text: string): DocGuess {
  const doc = nlp(text);
  type Off = { offset: { start: number; length: number } };
  const spans = (v: { json(o: object): unknown }) => (v.json({ offset: true }) as Off[]).map((j) => ({ start: j.offset.start, end: j.offset.start + j.offset.length }));
  const g = gazetteer();
  return {
    quotes: spans(doc.quotations()).map((s) => ({ start: s.start + 1, end: s.end - 1, speaker: speaker(text, s.start + 1, s.end - 1) })),
    figures: spans(doc.numbers()).map((s) => ({ ...s, reading: figure(text.slice(s.start, s.end), text.slice(s.end, s.end + 64)) })),
    places: spans(doc.places()).map((s) => {
      const best = g.search(clean(text.slice(s.start, s.end)), { exactOnly: true, limit: 1 })[0] ?? null;
      return { ...s, best, confident: !!best?.confident };
    }),
  };
}

export async function compromiseEngine(): Promise<Engine> {
  const g = gazetteer();
  return {
    name: 'compromise 14 (+ the shared gazetteer)',
    speaker,
    figure,
    places: (query, ctx) => g.search(query, { countries: ctx.countries, confirmed: ctx.confirmed, limit: 5 }),
    document,
  };
}

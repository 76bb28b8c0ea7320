import { describe, expect, it } from 'vitest';
import { parseArticle } from '../text/article';
import { SAMPLE, sampleBytes } from '../test-support/samples';
import { proposeSpeaker } from './speaker';

const r = parseArticle(SAMPLE, sampleBytes());
if (!r.ok) throw new Error(r.reason);
const text = r.article.text;

/** The quoted passage that starts with `opening`, as a reader would select it (marks excluded). */
function quoteStarting(opening: string): { start: number; end: number } {
  const at = text.indexOf(opening);
  if (at < 0) throw new Error(`not in the sample: ${opening}`);
  const close = text.slice(at).search(/["”](?=[\s,.]|$)/);
  return { start: at, end: at + close };
}

// Every attributed quotation in the sample article, with the speaker a careful reader names.
const SAMPLE_QUOTES: Array<[string, string, RegExp?]> = [
  ['First, two people riding horses', 'An employee of the prosecution service'],
  ["There were people standing outside", 'A civil servant'],
  ['The first thing they did', 'the civil servant'],
  ['The governor has fled', 'Ishengul Boljurova', /deputy chair of the opposition People's Movement of Kyrgyzstan/],
  ['There is now dual power', 'Ishengul Boljurova'],
  ['The police have today demonstrated', 'Adakhan Madumarov', /^opposition leader$/],
  ['We are not using force', 'a member of the Kyrgyz National Security Service'],
  ['We are afraid of repeating', 'a member of the Kyrgyz National Security Service'],
  ['The people demanding the early resignation', 'Adakhan Madumarov'],
  ['One more myth', 'Adakhan Madumarov'],
  ['There will be police officers stationed', 'Duyshen Chotonov'],
  ['It is not a takeover', 'Roza Otunbaeva'],
  ['An amazing thing has happened', 'Roza Otunbaeva'],
  ['I believe the north will support', 'Roza Otunbaeva'],
  ['It’s only 500 people', 'Bolot Januzakov', /deputy head of Akaev’s administration/],
  ['Everyone is entitled to protest', 'Dosaly Esenaliev', /heads the president’s press office/],
  ['The government has been patient', 'Dosaly Esenaliev'],
];

describe('speaker proposals on the sample article', () => {
  const results = SAMPLE_QUOTES.map(([opening, name]) => {
    const { start, end } = quoteStarting(opening);
    const p = proposeSpeaker(text, start, end);
    return { opening, expected: name, got: p?.name ?? null, ok: p?.name.toLowerCase() === name.toLowerCase() };
  });

  it('names the right speaker for every attributed quote', () => {
    const right = results.filter((x) => x.ok).length;
    console.log(`speaker proposals: ${right} of ${results.length} attributed quotes right`);
    expect(results.filter((x) => !x.ok)).toEqual([]);
  });

  it.each(SAMPLE_QUOTES.filter(([, , role]) => role))('gives the role for “%s…”', (opening, _name, role) => {
    const { start, end } = quoteStarting(opening);
    expect(proposeSpeaker(text, start, end)?.role).toMatch(role!);
  });

  it('works whether or not the selection includes the quote marks', () => {
    const { start, end } = quoteStarting('The police have today demonstrated');
    expect(proposeSpeaker(text, start - 1, end + 2)?.name).toBe('Adakhan Madumarov');
    expect(proposeSpeaker(text, start + 4, start + 20)?.name).toBe('Adakhan Madumarov');
  });
});

describe('speaker proposals, other patterns', () => {
  it.each([
    ['"Rain is coming," the minister, Jane Doe, said.', 'Rain is coming', null],
    ['Officials were silent. "All those who were wounded have been taken to hospital," according to the Civil Defense Authority.', 'All those', 'the Civil Defense Authority'],
    ['Civil Defense Authority director General Suleiman al-Amr, in remarks to television, said "All those who were wounded."', 'All those', 'General Suleiman al-Amr'],
    ['As Heald told The Huffington Post, "ozone matters."', 'ozone', 'Heald'],
    ['The U.S. Department of Agriculture notes, "Ground-level ozone causes damage."', 'Ground', 'U.S. Department of Agriculture'],
    ['"Had it happened an hour later it would have been much worse," Khaled Al-Maeena, editor at large at the Saudi Gazette, said.', 'Had it', 'Khaled Al-Maeena'],
    ['Nobody said anything. "Silence."', 'Silence', null],
  ])('%s', (sentence, opening, name) => {
    const at = sentence.indexOf(opening);
    const p = proposeSpeaker(sentence, at, at + opening.length);
    expect(p?.name ?? null).toBe(name);
  });
});

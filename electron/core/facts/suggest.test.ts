import { describe, expect, it } from 'vitest';
import { allSegments, segmentAround } from './quotes';
import { suggestDocument } from './suggest';

describe('quotations', () => {
  it.each<[string, string[]]>([
    ['He said "one two three four".', ['one two three four']],
    ['“Curly quotes,” she said, “both.”', ['Curly quotes,', 'both.']],
    ['A word in "scare quotes" and ‘single’ ones.', ['scare quotes']],
    ['"Runs on to the end\n\n"and continues."', ['Runs on to the end', 'and continues.']],
    ['Misplaced mark: "it is done.“ Then more.', ['it is done.']],
  ])('%j', (text, contents) => {
    expect(allSegments(text).map((s) => text.slice(s.open + 1, s.close))).toEqual(contents);
  });

  it('finds the quotation around a selection, marks included or not', () => {
    const text = 'He said "one two three four" today.';
    const at = text.indexOf('one');
    expect(segmentAround(text, at, at + 3)?.open).toBe(at - 1);
    expect(segmentAround(text, at - 1, at + 19)?.open).toBe(at - 1);
  });
});

describe('the whole-document pass', () => {
  const text = [
    'Protests in Osh, Kyrgyzstan',
    '',
    'At least 400 people held the building in Osh, with another 1,000 supporters outside it on March 18, 2005.',
    '',
    '"The governor has fled," said Ishengul Boljurova, deputy chair of the People\'s Movement. "There is now dual power."',
    '',
    'The protesters came from Uzgen 🙂 and Jalalabad, a "neighbouring" region, and from the Kennedy Space Center.',
  ].join('\n');
  const out = suggestDocument(text);
  const cps = [...text];
  const show = (s: { start: number; end: number }) => cps.slice(s.start, s.end).join('');

  it('proposes every quotation with its speaker, not scare quotes', () => {
    expect(out.quotes.map((q) => [show(q), q.speaker?.name])).toEqual([
      ['The governor has fled,', 'Ishengul Boljurova'],
      ['There is now dual power.', 'Ishengul Boljurova'],
    ]);
  });

  it('proposes figures with their readings, not dates', () => {
    expect(out.figures.map((f) => [show(f), f.reading.value, f.reading.qualifier, f.reading.unit])).toEqual([
      ['At least 400 people', 400, 'at least', 'people'],
      ['another 1,000 supporters', 1000, null, 'supporters'],
    ]);
  });

  it('proposes places with a confident match, or without one when the gazetteer lacks them', () => {
    const places = out.places.map((p) => [show(p), p.best?.geonamesId ?? null, p.confident]);
    expect(places).toContainEqual(['Osh', 1527534, true]);
    expect(places).toContainEqual(['Kyrgyzstan', 1527747, true]);
    expect(places).toContainEqual(['Jalalabad', 1528249, true]);
    expect(places).toContainEqual(['Kennedy Space Center', null, false]);
  });

  it('counts offsets in code points (the emoji before “Jalalabad” is one)', () => {
    const j = out.places.find((p) => show(p) === 'Jalalabad')!;
    expect(j.start).toBe(cps.indexOf('J', cps.indexOf('🙂')));
  });
});

import { describe, expect, it } from 'vitest';
import { findFigures } from './suggest-figures';

// What the whole-document pass takes for a figure, and what it leaves: dates, times,
// ordinals, identifiers, acts.
describe('findFigures', () => {
  it.each<[string, string[]]>([
    ['At least 400 people were hurt on August 10, 2010.', ['At least 400 people']],
    ['Lukaku scored a third goal for Belgium.', []],
    ['a third of households', ['a third']],
    ['Lukaku doubled the lead in the 69th minute.', []],
    ['Prices doubled.', ['doubled']],
    ['The flight STS-135 left at 15:11 with six astronauts.', ['six astronauts']],
    ['The estimate is closer to 40,000.', ['closer to 40,000']],
    ['It would cost NZ$26 million, although…', ['NZ$26 million']],
  ])('%s', (text, spans) => {
    expect(findFigures(text).map((f) => text.slice(f.start, f.end))).toEqual(spans);
  });
});

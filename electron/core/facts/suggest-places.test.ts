import { describe, expect, it } from 'vitest';
import { gazetteer } from './gazetteer';
import { findPlaces } from './suggest-places';

// What the whole-document pass takes for a place mention, and the words it leaves: small
// towns' names used as adjectives, as the head of a longer name, as a sentence's first word.
describe('findPlaces', () => {
  it.each<[string, string[]]>([
    // Each after the region that holds a town of that name: Canadian, Texas; English, Indiana; University, Florida.
    ['In Amarillo, Texas, the Canadian flag flew beside the Texas flag.', ['Amarillo', 'Texas', 'Texas']],
    ['A team from Indiana read the English translation aloud.', ['Indiana']],
    ['From Tampa, Florida, she went to the University of Arkansas.', ['Tampa', 'Florida', 'Arkansas']],
    ['Along with the others, they left Osh for Bishkek.', ['Osh', 'Bishkek']],
    ['Residents of Toronto said the Toronto police had closed the road.', ['Toronto', 'Toronto']],
  ])('%s', (text, names) => {
    expect(findPlaces(text, gazetteer()).map((p) => text.slice(p.start, p.end))).toEqual(names);
  });
});

import { describe, expect, it } from 'vitest';
import { gazetteer } from './gazetteer';
import { placeQualifier, searchTaggedPlace } from './place-qualifier';

describe('placeQualifier', () => {
  const g = gazetteer();
  const region = (name: string) => g.search(name, { exactOnly: true, limit: 5 }).find((c) => c.kind === 'region')!.geonamesId;

  it.each([
    [', Texas, issued a statement', { countries: [], confirmed: [region('Texas')] }],
    [', Western Australia.', { countries: [], confirmed: [region('Western Australia')] }],
    [', Australia, on Monday', { countries: ['AU'], confirmed: [] }],
    [' said the mayor', { countries: [], confirmed: [] }],
    [', who was there', { countries: [], confirmed: [] }],
    [', Reuters reported', { countries: [], confirmed: [] }],
    [', Auckland or Wellington and', { countries: [], confirmed: [] }],
    [', Illinois, USA, on Monday', { countries: [], confirmed: [region('Illinois')] }],
  ])('after the place: “%s”', (following, want) => {
    expect(placeQualifier(following, g)).toMatchObject(want);
  });

  it('ranks the places inside the qualifier first', () => {
    const [plain] = g.search('Huntsville', { limit: 3 });
    const [qualified] = g.search('Huntsville', { limit: 3, ...placeQualifier(', Texas', g) });
    expect(plain!.admin1).toBe('AL');
    expect(qualified!.admin1).toBe('TX');
  });
});

describe('searchTaggedPlace', () => {
  const g = gazetteer();
  const none = { countries: [], confirmed: [] };
  it.each<[string, string, string, number]>([
    ['at Skidmore College in Saratoga Springs, ', ' and an exhibit', 'New York', 5128638],
    ['the United Nations headquarters in ', ' on Monday', 'New York', 5128581],
    ['Police in ', ', Alabama, said', 'Huntsville', 4068590],
    ['Offices in London, ', ' and Tokyo closed', 'New York', 5128581],
    ['Meanwhile, ', ' stayed calm', 'Osh', 1527534],
  ])('“%s” [place] “%s”: %s', (before, after, name, id) => {
    expect(searchTaggedPlace(g, name, { before, after }, none, 3)[0]?.geonamesId).toBe(id);
  });
});

describe('a qualifier the gazetteer has no such place in', () => {
  it('leaves every candidate unsure ("Alpine, Arizona": the Alpines it holds are elsewhere)', () => {
    const found = searchTaggedPlace(gazetteer(), 'Alpine', { before: 'He died in ', after: ', Arizona, in 2011' }, { countries: [], confirmed: [] }, 3);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((c) => c.confident)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { Gazetteer, fold, gazetteer } from './gazetteer';

describe('the shipped gazetteer', () => {
  const g = gazetteer();
  const top = (q: string, countries: string[] = []) => g.search(q, { countries, limit: 5 });

  it('holds the GeoNames cities and the countries', () => {
    expect(g.size).toBeGreaterThan(130_000);
  });

  it.each<[string, string[], string, string, number | null]>([
    ['Osh', [], 'Osh', 'KG', 1527534],
    ['Bishkek', [], 'Bishkek', 'KG', 1528675],
    ['Jalalabad', ['KG'], 'Jalal-Abad', 'KG', 1528249],
    ['Jalal-Abad', [], 'Jalal-Abad', 'KG', 1528249],
    ['Naryn', [], 'Naryn', 'KG', 1527592],
    ['Talas', ['KG'], 'Talas', 'KG', 1527299],
    ['Uzgen', [], 'Uzgen', 'KG', 1527513],
    ['Kochkor', ['KG'], 'Kochkor', 'KG', 1527902],
    ['Karakulja', ['KG'], 'Kara-Kulja', 'KG', 8145969],
    ['Kyrgyzstan', [], 'Kyrgyzstan', 'KG', null],
    ['Киргизия', [], 'Kyrgyzstan', 'KG', null],
    ['UK', [], 'United Kingdom', 'GB', null],
    ['Mecca', [], 'Mecca', 'SA', 104515],
    ['Paris', [], 'Paris', 'FR', 2988507],
    ['Sydney', [], 'Sydney', 'AU', 2147714],
  ])('%s %j → %s (%s)', (query, countries, name, country, geonamesId) => {
    const first = top(query, countries)[0]!;
    expect({ name: first.name, country: first.country, geonamesId: first.geonamesId }).toEqual({ name, country, geonamesId });
  });

  it('ranks places in the document’s countries first', () => {
    expect(top('Jalalabad')[0]!.country).toBe('AF');
    expect(top('Jalalabad', ['KG'])[0]!.country).toBe('KG');
  });

  it('offers near misses, marked as such', () => {
    const r = top('Bishkeck');
    expect(r[0]).toMatchObject({ name: 'Bishkek', match: 'fuzzy' });
  });
});

describe('matching', () => {
  it('folds case, accents, spaces and hyphens', () => {
    expect(fold('Jalal-Abad')).toBe(fold('jalalabad'));
    expect(fold('Jalālābād')).toBe('jalalabad');
    expect(fold('São Paulo')).toBe('saopaulo');
  });

  it('prefers exact over prefix over fuzzy, then capitals and population', () => {
    const place = (name: string, featureCode: string, population: number) => ({
      geonamesId: 1, name, country: 'XX', countryName: 'X', lat: 0, lon: 0, kind: 'city' as const, featureCode, population,
    });
    const g = new Gazetteer([place('Springfield', 'PPL', 100), place('Springfield', 'PPLC', 50), place('Springfields', 'PPL', 1e6), place('Sprinfield', 'PPL', 1e6)]);
    expect(g.search('springfield').map((c) => [c.name, c.featureCode, c.match])).toEqual([
      ['Springfield', 'PPLC', 'exact'],
      ['Springfield', 'PPL', 'exact'],
      ['Springfields', 'PPL', 'prefix'],
      ['Sprinfield', 'PPL', 'fuzzy'],
    ]);
  });
});

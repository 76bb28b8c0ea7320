import { describe, expect, it } from 'vitest';
import { Gazetteer, fold, gazetteer, type Place } from './gazetteer';

describe('the shipped gazetteer', () => {
  const g = gazetteer();
  const top = (q: string, countries: string[] = [], confirmed: number[] = []) => g.search(q, { countries, confirmed, limit: 5 });

  it('holds the GeoNames towns, the first-level regions and the countries', () => {
    expect(g.size).toBeGreaterThan(140_000);
    expect(top('Western Australia')[0]).toMatchObject({ kind: 'region', country: 'AU', geonamesId: 2058645 });
  });

  // [query, document countries, confirmed places, name, country, GeoNames id, confident]
  it.each<[string, string[], number[], string, string, number, boolean]>([
    ['Osh', [], [], 'Osh', 'KG', 1527534, true],
    ['Bishkek', [], [], 'Bishkek', 'KG', 1528675, true],
    ['Jalalabad', ['KG'], [], 'Jalal-Abad', 'KG', 1528249, true],
    ['Jalal-Abad', ['KG'], [], 'Jalal-Abad', 'KG', 1528249, true],
    ['Naryn', [], [], 'Naryn', 'KG', 1527592, true],
    ['Uzgen', [], [], 'Uzgen', 'KG', 1527513, false],
    ['Kochkor', ['KG'], [], 'Kochkor', 'KG', 1527902, true],
    ['Karakulja', ['KG'], [], 'Kara-Kulja', 'KG', 8145969, true],
    ['Osh region', [], [], 'Osh', 'KG', 1346798, true],
    ['New York', [], [], 'New York City', 'US', 5128581, true],
    ['Turkey', [], [], 'Türkiye', 'TR', 298795, true],
    ['Czech Republic', [], [], 'Czechia', 'CZ', 3077311, true],
    ['Shirak', ['AM'], [], 'Shirak', 'AM', 828264, true],
    ['New York State', [], [], 'New York', 'US', 5128638, true],
    ['Talas region', [], [], 'Talas', 'KG', 1527297, true],
    ['Kyrgyzstan', [], [], 'Kyrgyzstan', 'KG', 1527747, true],
    ['Киргизия', [], [], 'Kyrgyzstan', 'KG', 1527747, true],
    ['UK', [], [], 'United Kingdom', 'GB', 2635167, true],
    ['U.S.', [], [], 'United States', 'US', 6252001, true],
    ['Mecca', [], [], 'Mecca', 'SA', 104515, true],
    ['Paris', [], [], 'Paris', 'FR', 2988507, true],
    ['Sydney', [], [], 'Sydney', 'AU', 2147714, true],
    // The cases: states and provinces, countries before towns, context as tie-breaker.
    ['Victoria', ['AU'], [], 'Victoria', 'AU', 2145234, true],
    ['Tasmania', [], [], 'Tasmania', 'AU', 2147291, true],
    ['Western Australia', [], [], 'Western Australia', 'AU', 2058645, true],
    ['Washington', [], [5809844], 'Washington', 'US', 5815135, true],
    ['Washington D.C.', [], [], 'Washington, D.C.', 'US', 4140963, true],
    ['Armenia', ['CO'], [3689560], 'Armenia', 'AM', 174982, true],
    ['Florida', ['US'], [], 'Florida', 'US', 4155751, true],
  ])('%s %j %j → %s (%s)', (query, countries, confirmed, name, country, geonamesId, confident) => {
    const first = top(query, countries, confirmed)[0]!;
    expect({ name: first.name, country: first.country, geonamesId: first.geonamesId, confident: first.confident }).toEqual({ name, country, geonamesId, confident });
  });

  it('offers ambiguous names without confidence until the context decides', () => {
    expect(top('Victoria')[0]).toMatchObject({ country: 'AU', confident: false });
    expect(top('Washington')[0]!.confident).toBe(false);
    expect(top('Jalalabad')[0]!.confident).toBe(false);
  });

  it('never offers a near miss or a missing place with confidence', () => {
    for (const q of ['Kennedy Space Center', 'Aksy', 'Grand Mosque', 'Bishkeck', 'Dulles']) expect(top(q)[0]?.confident ?? false).toBe(false);
    expect(top('Bishkeck')[0]).toMatchObject({ name: 'Bishkek', match: 'fuzzy' });
  });

  it('ranks an exact word-prefix before a near miss (“Dulles” → Dulles Town Center, not Durrës)', () => {
    expect(top('Dulles')[0]!.name).toBe('Dulles Town Center');
  });

  it('ranks places in the document’s countries first', () => {
    expect(top('Jalalabad', ['KG'])[0]!.country).toBe('KG');
  });
});

describe('matching', () => {
  it('folds case, accents, spaces and hyphens', () => {
    expect(fold('Jalal-Abad')).toBe(fold('jalalabad'));
    expect(fold('Jalālābād')).toBe('jalalabad');
    expect(fold('São Paulo')).toBe('saopaulo');
  });

  it('prefers exact over prefix over fuzzy, then capitals and population', () => {
    let id = 1;
    const place = (name: string, featureCode: string, population: number): Place => ({
      geonamesId: id++, name, country: 'XX', countryName: 'X', admin1: '01', lat: 0, lon: 0, kind: 'city', featureCode, population,
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

describe('names the gazetteer does not hold', () => {
  it.each(['White House', 'Kennedy Space Center', 'Fisht Stadium'])('%s: offered, never with confidence', (name) => {
    expect(gazetteer().search(name, { countries: ['US'] }).filter((c) => c.confident)).toEqual([]);
  });
});

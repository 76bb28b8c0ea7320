// An annotation's facts as short lines of text, for formats that hold text and nothing more
// (W3C textual bodies, brat notes, REFI-QDA descriptions): written the same way everywhere
// and read back exactly.
//   speaker   "Ishengul Boljurova (deputy chair of …)"        name, then the role in brackets
//   figure    "at least 400–500 people as of 2005-03"          qualifier, value[–max], unit, as of
//   place     "Aksy (41.43, 71.5, KG)"                          name, latitude, longitude, country
//   source    "https://www.rferl.org/a/1057723.html RFE/RL: …"  address, then its title

import { QUALIFIERS, type Qualifier } from '../domain/kinds';
import type { FigureFields, LocationFields, Source } from '../domain/fields';

export function speakerText(p: { name: string; role: string }): string {
  return p.role ? `${p.name} (${p.role})` : p.name;
}

/** "Name (role)" → name and role; the role is the last bracketed part, brackets inside it kept. */
export function parseSpeaker(text: string): { name: string; role: string } {
  const s = text.trim();
  if (s.endsWith(')')) {
    let depth = 0;
    for (let i = s.length - 1; i >= 0; i--) {
      if (s[i] === ')') depth++;
      else if (s[i] === '(' && --depth === 0) {
        const name = s.slice(0, i).trim();
        return name ? { name, role: s.slice(i + 1, -1).trim() } : { name: s, role: '' };
      }
    }
  }
  return { name: s, role: '' };
}

export function figureText(f: FigureFields): string | null {
  if (f.value === null) return null;
  const value = f.valueMax !== null ? `${f.value}–${f.valueMax}` : String(f.value);
  return [f.qualifier, value, f.unit, f.asOf ? `as of ${f.asOf}` : null].filter((x) => x !== null && x !== '').join(' ');
}

const NUMBER = String.raw`-?\d+(?:\.\d+)?(?:e[+-]?\d+)?`;
const FIGURE = new RegExp(String.raw`^(?:(${QUALIFIERS.join('|')}) )?(${NUMBER})(?:\s*[–-]\s*(${NUMBER}))?(?: (.*?))?(?: as of (\d{4}(?:-\d{2}(?:-\d{2})?)?))?$`, 'i');

/** A figure reading from its text, with `written` as the annotated words; null when it is not one. */
export function parseFigure(text: string, written: string): FigureFields | null {
  const m = FIGURE.exec(text.trim());
  if (!m) return null;
  const value = Number(m[2]);
  const max = m[3] !== undefined ? Number(m[3]) : null;
  if (!Number.isFinite(value) || (max !== null && !Number.isFinite(max))) return null;
  return {
    written: written.trim().slice(0, 200),
    value,
    valueMax: max,
    qualifier: m[1] ? (m[1].toLowerCase() as Qualifier) : null,
    unit: m[4]?.trim() ? m[4].trim().slice(0, 100) : null,
    asOf: m[5] ?? null,
  };
}

export function placeText(p: LocationFields): string {
  if (p.lat === null || p.lon === null) return p.name;
  return `${p.name} (${p.lat}, ${p.lon}${p.country ? `, ${p.country}` : ''})`;
}

const PLACE = new RegExp(String.raw`^(.*\S) \((${NUMBER}), (${NUMBER})(?:, ([A-Z]{2}))?\)$`);

/** "Name (lat, lon[, CC])" → a place pinned at those coordinates; null when the text has none. */
export function parsePlace(text: string): LocationFields | null {
  const m = PLACE.exec(text.trim());
  if (!m) return null;
  const lat = Number(m[2]);
  const lon = Number(m[3]);
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) return null;
  return { name: m[1]!.slice(0, 300), country: m[4] ?? null, lat, lon, geonamesId: null, manual: true };
}

/** "address title", the address alone, or a citation's text. */
export function sourceText(s: Source): string {
  if (s.url === null) return s.title;
  return s.title ? `${s.url} ${s.title}` : s.url;
}

/** The inverse of sourceText: text starting with an http(s) address is a web source, other text a citation. */
export function parseSource(text: string): Source | null {
  const t = text.trim();
  const m = /^(https?:\/\/\S+)(?:\s+(.*))?$/i.exec(t);
  if (m) return { url: m[1]!, title: (m[2] ?? '').trim().slice(0, 500) };
  return t ? { url: null, title: t.slice(0, 500) } : null;
}

/** The GeoNames id in a URI or a brat/CSV reference ("https://sws.geonames.org/1527534/", "GeoNames:1527534"). */
export function geonamesIdOf(ref: string): number | null {
  const m = /^(?:https?:\/\/(?:sws\.|www\.)?geonames\.org\/|geonames:)(\d{1,10})(?:[/#?].*)?$/i.exec(ref.trim());
  const id = m ? Number(m[1]) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

// A place a file names by its GeoNames id, from the offline gazetteer: its name, country and
// coordinates. When the gazetteer does not know the id (it holds towns of 1,000 people and
// more, and regions), the coordinates the file gives are kept with the id, or none.

import type { LocationFields } from '../domain/fields';
import { gazetteer } from '../facts/gazetteer';

export function geonamesPlace(id: number, given: { name?: string | null; lat?: number | null; lon?: number | null; country?: string | null }): LocationFields {
  const known = gazetteer().byGeonamesId(id);
  const ok = (lat: unknown, lon: unknown) => typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  const country = given.country && /^[A-Z]{2}$/.test(given.country) ? given.country : null;
  if (known) {
    return { name: (given.name?.trim() || known.name).slice(0, 300), country: known.country || country, lat: known.lat, lon: known.lon, geonamesId: id, manual: false };
  }
  const coords = ok(given.lat, given.lon);
  return { name: (given.name?.trim() || `GeoNames ${id}`).slice(0, 300), country, lat: coords ? given.lat! : null, lon: coords ? given.lon! : null, geonamesId: id, manual: false };
}

/** A place a file names only by name: the gazetteer's when it is a confident match, else null. */
export function placeByName(name: string, country: string | null): LocationFields | null {
  const hit = gazetteer().resolve(name, country ? [country] : undefined);
  if (!hit || hit.geonamesId === null) return null;
  return { name: name.slice(0, 300), country: hit.country || country, lat: hit.lat, lon: hit.lon, geonamesId: hit.geonamesId, manual: false };
}

// "Huntsville, Alabama", "Victoria, Australia": a place named with its region or country right
// after it. The qualifier joins the search's context (as a place confirmed in the document
// would), so the places inside it rank first. And "Saratoga Springs, New York": a name after a
// town and a comma is that qualifier, a region or a country. The app, the CLI and the eval
// search a tagged place alike (searchTaggedPlace).

import type { Candidate, Gazetteer } from './gazetteer';

export interface PlaceContext {
  countries: string[];
  /** GeoNames ids of places that set the context (here: the qualifying region). */
  confirmed: number[];
  /** The country (and region) the qualifier names: the place must lie in it. */
  within?: { country: string; admin1?: string };
}

/** "London, New York and Tokyo": a list goes on after a name, which then qualifies nothing. */
export const LIST_GOES_ON = /^\s+(?:and|or)\s+\p{Lu}/u;

const AFTER = /^,\s*(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})/u;

/** The context a tagged place's qualifier gives; `following`: the text right after the place. */
export function placeQualifier(following: string, g: Gazetteer): PlaceContext {
  const m = AFTER.exec(following.slice(0, 80));
  // "Christchurch, Auckland or Wellington": a list, not a qualifier ("Springfield, Illinois,
  // USA" is one; so is the comma list "Sudan, Iran, Libya", harmless: its items are countries).
  if (!m || LIST_GOES_ON.test(following.slice(m[0].length))) return { countries: [], confirmed: [] };
  const words = m[1]!.split(' ');
  for (let n = words.length; n >= 1; n--) {
    const hits = g.search(words.slice(0, n).join(' '), { exactOnly: true, limit: 3 });
    const country = hits.find((c) => c.kind === 'country');
    if (country) return { countries: [country.country], confirmed: [], within: { country: country.country } };
    const region = hits.find((c) => c.kind === 'region' && c.geonamesId !== null);
    if (region) return { countries: [], confirmed: [region.geonamesId!], within: { country: region.country, admin1: region.admin1 } };
  }
  return { countries: [], confirmed: [] };
}

/** The words around a tagged place (`before` and `after` it, in UTF-16). */
export interface PlaceSurroundings {
  before: string;
  after: string;
}

/** A tagged place's candidates, with the document's context and what surrounds the place. */
export function searchTaggedPlace(g: Gazetteer, name: string, around: PlaceSurroundings, ctx: PlaceContext, limit: number): Candidate[] {
  const q = placeQualifier(around.after, g);
  // Only after a place the gazetteer knows ("Meanwhile, Osh" is no qualifier), and not inside
  // a list ("London, New York and Tokyo").
  const town = /(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}), $/u.exec(around.before.slice(-60));
  const qualifies = !!town && !LIST_GOES_ON.test(around.after) && g.search(town[1]!, { exactOnly: true, limit: 1 }).length > 0;
  const found = g.search(name, { countries: [...ctx.countries, ...q.countries], confirmed: [...ctx.confirmed, ...q.confirmed], limit, qualifies });
  // "Alpine, Arizona" when the gazetteer has no Alpine in Arizona: nothing is sure.
  const w = q.within;
  const inside = (c: Candidate) => c.country === w!.country && (!w!.admin1 || c.admin1 === w!.admin1);
  return w && found[0]?.kind === 'city' && !inside(found[0]) ? found.map((c) => ({ ...c, confident: false })) : found;
}

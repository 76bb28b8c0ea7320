// Orders gazetteer candidates and decides which answer is safe to offer ("confident").
// Why this order: a fact-checker's place is far more often the famous one than a same-named
// village, so importance comes first; the document's context only breaks ties between
// places of similar standing, and can never turn a country name into a town.

import type { Place } from './gazetteer-index';

export interface Scored extends Place {
  match: 'exact' | 'prefix' | 'fuzzy';
  edits: number;
  /** Spelled exactly as the gazetteer spells it (accents and hyphens included). */
  literal: boolean;
  /** A prefix that ends at a word boundary of the name ("Dulles" → "Dulles Town Center"). */
  wordPrefix?: boolean;
}

export interface Context {
  countries: ReadonlySet<string>;
  /** "KG.08": first-level regions of places already confirmed. */
  admins: ReadonlySet<string>;
}

const FEATURE: Record<string, number> = { PCLI: 1.2, ADM1: 0.55, PPLC: 0.7, PPLA: 0.35, PPLA2: 0.15, PPLA3: 0.05 };

/** How prominent a place is, regardless of the query: 0 (a hamlet) to about 1.8 (a country). */
function importance(p: Place): number {
  return (FEATURE[p.featureCode] ?? 0) + (Math.log10(p.population + 1) / 7) * 0.6;
}

function contextual(p: Place, ctx: Context): number {
  let s = 0;
  if (ctx.countries.has(p.country)) s += 0.5;
  if (p.kind !== 'country' && ctx.admins.has(`${p.country}.${p.admin1}`)) s += 0.35;
  return s;
}

const QUALITY = { exact: 3, prefix: 0.9, fuzzy: 1.2 } as const;

export function rank(list: Scored[], ctx: Context, limit: number, regionWord = false): Array<Scored & { score: number; confident: boolean }> {
  const base = (p: Scored) => QUALITY[p.match] - 0.4 * p.edits + (p.wordPrefix ? 0.8 : 0) + importance(p) + contextual(p, ctx) + (p.literal ? 0.05 : 0);
  // "Osh", "New York": a region and a city in it of the same name; bare, it is the city
  // (the region is named with its word: "Osh region", "New York State").
  // Only a seat or a city holding a real share of the region counts ("Shirak" is the region,
  // not its village of a thousand people).
  const cities = list.filter((p) => p.match === 'exact' && p.kind === 'city');
  const seatOf = (r: Scored) => {
    const named = cities.filter((c) => c.country === r.country && c.admin1 === r.admin1 && (/^PPL(?:A|C)$/.test(c.featureCode) || c.population >= 0.1 * r.population));
    return named.length ? Math.max(...named.map(base)) : undefined;
  };
  const scored = list.map((p) => {
    let score = base(p);
    const seat = p.kind === 'region' && p.match === 'exact' && !regionWord ? seatOf(p) : undefined;
    if (seat !== undefined) score = Math.min(score - 0.6, seat - 0.3);
    // A country of exactly this name wins over everything else, context or not.
    if (p.match === 'exact' && p.kind === 'country') score += 10;
    return { ...p, score: Math.round(score * 1000) / 1000, confident: false };
  });
  scored.sort((a, b) => b.score - a.score || b.population - a.population);
  const top = scored[0];
  if (top) top.confident = isConfident(top, scored[1], ctx);
  return scored.slice(0, limit);
}

/**
 * Offer the top candidate as the answer only when the name matches exactly and it clearly
 * stands out: a country; a place the context supports; or one well ahead of the next exact
 * match and prominent enough that a news text would name it bare.
 */
function isConfident(top: Scored & { score: number }, next: (Scored & { score: number }) | undefined, ctx: Context): boolean {
  if (top.match !== 'exact') return false;
  if (top.kind === 'country') return true;
  const rival = next && next.match === 'exact' ? next : undefined;
  const margin = rival ? top.score - rival.score : Infinity;
  if (contextual(top, ctx) > 0 && margin > 0.05) return true;
  if (importance(top) < 0.5) return false;
  return margin >= 0.2;
}

// Finds the place mentions of a text for the whole-document pass: runs of capitalised words
// whose longest part is a gazetteer name ("New South Wales", "U.S.", "Osh region"), and named
// features the gazetteer does not hold ("Jamarat Bridge", "Kennedy Space Center": offered
// without confidence, to be pinned by hand). Mentions are resolved in reading order, so each
// confident answer becomes context for the next; in "Houston, Texas" the region is resolved
// first. A place name that only begins a longer name ("Sydney Morning Herald") is not a
// mention, unless it is a country or a region ("United Kingdom Home Office").

import { SITE_WORDS, fold, type Candidate, type Gazetteer } from './gazetteer';
import { LIST_GOES_ON } from './place-qualifier';
import { ORG } from './speaker-mentions';
import { peopleIn } from './speaker-names';

export interface PlaceSpan {
  start: number;
  end: number;
  best: Candidate | null;
  candidates: Candidate[];
  confident: boolean;
}

// A capitalised word or an initialism ("U.S."), with a possessive that ends its run.
const WORD = /(?:\p{Lu}\.){2,3}(?!\p{L})|\p{Lu}[\p{L}&-]*(?:['’]s?(?!\p{L}))?/gu;
const FEATURE = new RegExp(`\\b(?:${SITE_WORDS}|Base|Island|Islands|River|Lake|Mount|Mountains?|Sea|Ocean|Channel|Strait|Bay|Valley|Desert|Territories|Park|Harbour|Harbor|Canal|Peninsula|Gulf|Coast|Haram)\\b`);
const NOT_PLACES = new Set('no north south east west the a an i it he she we they this that these those there here then when while but and or if in on at by for of to from with as after before today yesterday monday tuesday wednesday thursday friday saturday sunday along among amid during until since despite january february march april may june july august september october november december image photo president prime minister mr mrs ms dr professor'.split(' '));

interface Mention {
  start: number;
  end: number;
  name: string;
  feature: boolean;
  regionWord?: boolean;
}

/** Candidate mentions: the longest gazetteer name at the start of each capitalised run. */
function mentions(text: string, g: Gazetteer, known: Map<string, boolean>): Mention[] {
  const out: Mention[] = [];
  const isName = (s: string) => {
    const k = fold(s);
    let v = known.get(k);
    if (v === undefined) known.set(k, (v = g.search(s, { exactOnly: true, limit: 1 }).length > 0));
    return v;
  };
  // Runs of capitalised words joined by single spaces; a possessive ends a run.
  const runs: Array<{ start: number; words: string[] }> = [];
  let cur: { start: number; words: string[]; end: number } | null = null;
  for (const m of text.matchAll(WORD)) {
    const at = m.index!;
    // Inside a word or a compound ("pro-Beijing", "R-Texas"), or a currency ("US$"): not a mention.
    if (at > 0 && /[\p{L}\d-]/u.test(text[at - 1]!)) continue;
    if (/^[$€£]/.test(text.slice(at + m[0].length, at + m[0].length + 1))) continue;
    if (cur && at === cur.end + 1 && text[cur.end] === ' ' && !/['’]s?$/.test(cur.words[cur.words.length - 1]!)) {
      cur.words.push(m[0]);
      cur.end = at + m[0].length;
    } else {
      if (cur) runs.push(cur);
      cur = { start: at, words: [m[0]], end: at + m[0].length };
    }
  }
  if (cur) runs.push(cur);
  for (const r of runs) {
    const words = r.words.map((w, i) => (i === r.words.length - 1 ? w.replace(/['’]s?$/, '') : w));
    const run = words.join(' ');
    const start = r.start;
    if (run.length < 2) continue;
    // "Osh region", "Talas oblast": the region word is part of the name.
    const region = /^ (?:region|province|oblast|district)\b/.exec(text.slice(start + run.length, start + run.length + 10));
    if (region && isName(run)) {
      out.push({ start, end: start + run.length + region[0].length, name: `${run}${region[0]}`, feature: false, regionWord: true });
      continue;
    }
    if (FEATURE.test(words[words.length - 1]!) && words.length > 1 && !NOT_PLACES.has(words[0]!.toLowerCase())) {
      out.push({ start, end: start + run.length, name: run, feature: true });
      continue;
    }
    // The longest gazetteer name at the start of the run; a sentence-opening word
    // ("Yesterday, North Korea …" is two runs) is skipped once.
    for (let from = 0; from < Math.min(words.length, 2); from++) {
      let hit = false;
      for (let n = Math.min(words.length - from, 5); n >= 1; n--) {
        const part = words.slice(from, from + n).join(' ');
        if (part.length < 2 || (n === 1 && NOT_PLACES.has(part.toLowerCase())) || (n > 1 && /^the$/i.test(words[from]!))) continue;
        if (!isName(part)) continue;
        const offset = from ? words.slice(0, from).join(' ').length + 1 : 0;
        out.push({ start: start + offset, end: start + offset + part.length, name: part, feature: false });
        hit = true;
        break;
      }
      if (hit || !NOT_PLACES.has(words[0]!.toLowerCase())) break;
    }
  }
  return out;
}

/** Words of the people named in the text ("Valeska Paris" makes "Paris" a person here). */
function personWords(text: string, isPlace: (s: string) => boolean, isArea: (s: string) => boolean): { words: Set<string>; names: Set<string> } {
  const words = new Set<string>();
  const names = new Set<string>();
  for (const p of peopleIn(text, text.length)) {
    // "Sydney Morning Herald", "Texas A": a run that starts with a place is no person.
    if (names.has(p.name) || isPlace(p.name) || isArea(p.name.split(' ')[0]!) || ORG.test(p.name) || p.name.split(' ').some((w) => w.length < 2)) continue;
    names.add(p.name);
    for (const w of p.name.split(' ')) if (w.length > 2) words.add(w);
  }
  return { words, names };
}

const FUNCTION_WORDS = new Set('and or but nor in on at to for from with by as is was are were has had have will would said says where which who that than then when while after before into onto over under near since yesterday today tonight tomorrow last next this earlier later ago'.split(' '));

/** The words after a single-word mention show it is an adjective or a name's head. */
function usedAsWord(after: string): boolean {
  const next = /^ (\p{Ll}+)/u.exec(after)?.[1];
  return next !== undefined && (next === 'of' || !FUNCTION_WORDS.has(next));
}

export function findPlaces(text: string, g: Gazetteer, opts: { countries?: readonly string[]; confirmed?: readonly number[] } = {}): PlaceSpan[] {
  const known = new Map<string, boolean>();
  const top = (s: string) => g.search(s, { exactOnly: true, limit: 1 })[0];
  const people = personWords(text, (s) => !!top(s), (s) => ['country', 'region'].includes(top(s)?.kind ?? ''));
  const found = mentions(text, g, known).filter((m) => m.feature || !(people.words.has(m.name) || people.names.has(m.name)));
  const confirmed = [...(opts.confirmed ?? [])];
  const countries = [...(opts.countries ?? [])];
  const cache = new Map<string, Candidate[]>();
  const resolve = (mention: Mention, qualifies: boolean): Candidate[] => {
    const key = `${fold(mention.name)}|${qualifies}|${countries.slice(-6).join(',')}|${confirmed.slice(-6).join(',')}`;
    let c = cache.get(key);
    if (!c) {
      const ctx = { countries: countries.slice(-6), confirmed: confirmed.slice(-6), limit: 3, exactOnly: true, qualifies };
      c = g.search(mention.name, ctx);
      // "Kochkor district": a town's district is found under the town's name.
      const bare = / (?:region|province|oblast|district)$/.exec(mention.name);
      if (!c.length && bare) c = g.search(mention.name.slice(0, bare.index), ctx).map((x) => ({ ...x, confident: false }));
      cache.set(key, c);
    }
    return c;
  };
  const out: PlaceSpan[] = [];
  const done = new Set<number>();
  const take = (i: number) => {
    if (done.has(i)) return;
    done.add(i);
    const mention = found[i]!;
    const prev = found[i - 1];
    // "Saratoga Springs, New York": a name after a place and a comma qualifies it.
    const candidates = resolve(mention, !!prev && /^, $/.test(text.slice(prev.end, mention.start)) && !LIST_GOES_ON.test(text.slice(mention.end, mention.end + 40)));
    const best = candidates[0] ?? null;
    const inLongerName = !mention.feature && /^[ -]\p{Lu}/u.test(text.slice(mention.end, mention.end + 2)) && !/\s(?:region|province|oblast|state|district)$/.test(mention.name);
    const confident = !!best?.confident && !mention.feature;
    // A word that only names a small town ("Gloria", "Church", "Young") is no mention unless
    // the gazetteer is sure; "Sydney Morning Herald": a town that starts a longer name is not meant.
    if (!mention.feature && !mention.regionWord && !confident && (!best || (best.kind !== 'country' && best.kind !== 'region'))) return;
    if (inLongerName && !confident) return;
    // "the Canadian flag", "English translation", "University of Arkansas": a small town's
    // name used as a word of the sentence, not as a place.
    if (best?.kind === 'city' && best.population < 100_000 && !mention.name.includes(' ') && usedAsWord(text.slice(mention.end, mention.end + 24))) return;
    if (confident && best.geonamesId !== null) {
      confirmed.push(best.geonamesId);
      if (!countries.includes(best.country)) countries.push(best.country);
    }
    out.push({ start: mention.start, end: mention.end, best, candidates, confident });
  };
  for (let i = 0; i < found.length; i++) {
    // "Houston, Texas": the region after the comma first, as context for the town.
    const next = found[i + 1];
    if (next && /^, $/.test(text.slice(found[i]!.end, next.start))) take(i + 1);
    take(i);
  }
  return out.sort((a, b) => a.start - b.start);
}

// People in running text: telling a name from the title or role glued to it ("Shadow Home
// Secretary Yvette Cooper" → Yvette Cooper + role), expanding a bare surname from an earlier
// full name ("Eastman" → Cres Eastman, "Bauchtman" → Lydia Buchtmann: the text's own typo),
// and the gender cues that let "she said" skip a man. Rules, not a model: the eval on the gold
// set decided (see resources/gold/README.md).

/** Words that make a title or a role, never part of a person's name. */
const TITLES = new Set(
  `mr mrs ms miss dr prof professor sir dame lord lady baroness baron president vice prime minister
  secretary home shadow foreign interior defence defense finance health justice state deputy senior chief executive
  ceo cfo chair chairman chairwoman chairperson director governor senator sen rep representative congressman
  congresswoman ambassador general gen major colonel col lieutenant lt captain capt sergeant sgt admiral marshal
  commander officer inspector commissioner mayor councillor councilor judge justice attorney prosecutor king queen
  prince princess pope bishop archbishop rev reverend father sheikh imam rabbi spokesman spokeswoman spokesperson
  administrator leader opposition republican democrat labour conservative liberal mp mep qc kc sc jr sr phd
  coach team member coauthor co-author author researcher scientist analyst editor correspondent reporter
  founder manager head campaigner barrister lawyer economist official minister's crown
  mathematician physicist chemist biologist historian philosopher writer novelist poet playwright journalist
  columnist critic scholar artist painter composer singer actor actress activist politician diplomat astronaut
  engineer architect curator`.split(/\s+/),
);
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'del', 'van', 'von', 'der', 'da', 'di', 'la', 'le', 'du', 'dos', 'das', 'ter']);
const FEMALE_TITLES = /\b(?:Ms|Mrs|Miss|Dame|Lady|Baroness|Queen|Princess|Madam)\b\.?\s*$/;
const MALE_TITLES = /\b(?:Mr|Sir|Lord|King|Prince|Father|Baron)\b\.?\s*$/;

/** Common first names with a clear gender, for pronoun agreement only. */
const FEMALE = new Set(
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela nicole ruth katherine samantha christine emma catherine debra virginia rachel carolyn janet maria heather diane julie joyce victoria kelly christina joan evelyn lauren judith olivia martha cheryl megan andrea hannah jacqueline ann jean alice kathryn gloria teresa doris sara janice julia marie madison grace judy theresa beverly denise marilyn amber danielle abigail brittany rose diana natalie sophia alexis lori kayla jane roza valeska yvette suella caitlin colette lydia manju theresa angela hillary tanya cyd eunice regina priscilla claudia alice elizabeth ann'.split(' '),
);
const MALE = new Set(
  'james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny rishi boris enver colin tom steve jeff barack vladimir xi muhammad mohammed ahmed ali hamdullah dean khaled suleiman adakhan duyshen bolot dosaly askar kubanychbek cres mu charles chris bill yuri najib fuad kendrick tiziano jason alireza gerald eddie andrew michael ben junius frederick lee alvin fernando raymond baggio gary horace nathan wilson paul jeremy'.split(' '),
);

import { distance } from './gazetteer-index';

export type Gender = 'female' | 'male' | null;

// A capitalised word, an initialism ("U.S.", "L."), an abbreviated title ("Mr.") or a particle
// joined by a hyphen ("al-Amr"). Words are joined by spaces only, never across a line.
const WORD = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Gov|Rep|Col|Lt|Sgt|St|Capt)\.|(?:\p{Lu}\.){1,3}(?!\p{L})|\p{Lu}[\p{L}'’-]*|(?:al|el|bin|ibn|de|van|von|der|da|di)-\p{Lu}[\p{L}'’-]*)`;
/** A run of capitalised words, with name particles, as it may start a mention. */
export const CAP_RUN = String.raw`${WORD}(?: (?:(?:${[...PARTICLES].join('|')}) )?${WORD})*`;

const STOPWORDS = new Set('nobody everyone everybody someone somebody anyone anybody none the a an it this that these those there then he she they we i you his her their our its but and or if when while as after before in on at by for of to from with one some many most all no not yet so also however meanwhile today yesterday image photo'.split(' '));
const isTitle = (w: string) => TITLES.has(w.toLowerCase().replace(/[.,]$/, ''));
const isNameWord = (w: string) => /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)$/u.test(w) || /^(?:al|el|bin|ibn|de|van|von|der|da|di)-\p{Lu}/u.test(w);

export interface NameSplit {
  name: string;
  role: string;
}

/**
 * Split a mention into the person's name (the trailing capitalised words that are not title
 * words) and the role before it: "Labour's Shadow Home Secretary Yvette Cooper" → Yvette
 * Cooper / Labour's Shadow Home Secretary; "Governor of Washington Chris Gregoire" → Chris
 * Gregoire / Governor of Washington. Post-nominals ("Mark Tedeschi, QC") are dropped.
 */
export function splitName(mention: string): NameSplit | null {
  const text = mention.replace(/,\s*(?:QC|KC|SC|MP|MEP|PhD|Jr\.?|Sr\.?)\b\.?/g, '').replace(/['’]s$/, '').replace(/\s+/g, ' ').trim();
  const words = text.split(' ').filter(Boolean);
  let i = words.length;
  while (i > 0) {
    const w = words[i - 1]!;
    if (PARTICLES.has(w.toLowerCase()) && i < words.length) {
      i--;
      continue;
    }
    if (!isNameWord(w) || isTitle(w)) break;
    i--;
  }
  while (i < words.length && (PARTICLES.has(words[i]!.toLowerCase()) || STOPWORDS.has(words[i]!.toLowerCase()))) i++;
  // A person's name is two or three words; more is a run that swallowed a place or an
  // organisation before it ("United States Hamdullah Mohib").
  if (words.length - i > 3 && !words.slice(i).some((w) => PARTICLES.has(w.toLowerCase()))) i = words.length - 2;
  const name = words.slice(i).join(' ');
  if (!name || /^[\p{Lu}]\.?$/u.test(name) || STOPWORDS.has(name.toLowerCase())) return null;
  return { name, role: words.slice(0, i).join(' ').replace(/^(?:the|a|an)\s+/i, '').replace(/['’]s$/, '') };
}

/** Gender from a title right before the name, or a first name. */
export function genderOf(name: string, before = ''): Gender {
  if (FEMALE_TITLES.test(before)) return 'female';
  if (MALE_TITLES.test(before)) return 'male';
  const first = name.split(' ')[0]!.toLowerCase();
  if (name.includes(' ') || before) {
    if (FEMALE.has(first)) return 'female';
    if (MALE.has(first)) return 'male';
  }
  return null;
}

export interface Person {
  name: string;
  role: string;
  at: number;
  gender: Gender;
}

const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The same surname, or nearly: the texts' own misspellings ("Bauchtman" for "Buchtmann"). */
function near(a: string, b: string): boolean {
  a = norm(a);
  b = norm(b);
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  return n >= 5 && distance(a, b, n >= 8 ? 2 : 1) <= (n >= 8 ? 2 : 1);
}

let cache: { text: string; people: Person[] } | undefined;

/** Every full name in the text, found once per text (a whole-document pass asks often). */
function allPeople(text: string): Person[] {
  if (cache?.text === text) return cache.people;
  const people: Person[] = [];
  const re = new RegExp(`(?<![\\p{L}])${CAP_RUN}`, 'gu');
  for (const m of text.matchAll(re)) {
    const split = splitName(m[0]);
    if (!split || !split.name.includes(' ')) continue;
    const before = text.slice(Math.max(0, m.index! - 12), m.index!);
    people.push({ name: split.name, role: split.role, at: m.index!, gender: genderOf(split.name, `${before}${split.role ? ` ${split.role}` : ''}`) });
  }
  cache = { text, people };
  return people;
}

/** Full names (two words or more) mentioned before `limit`, within an article's reach (20,000 characters). */
export function peopleIn(text: string, limit = text.length): Person[] {
  const all = allPeople(text);
  const from = Math.max(0, limit - 20_000);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (all[mid]!.at < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Person[] = [];
  for (let i = lo; i < all.length && all[i]!.at < limit; i++) out.push(all[i]!);
  return out;
}

/**
 * The full form of a one-word name: an earlier full name ending with it (or nearly). The
 * most frequent form wins, then the shortest ("Hamdullah Mohib" over a run that swallowed
 * the words before it).
 */
export function expandName(text: string, name: string, at: number): Person | null {
  if (name.includes(' ')) return null;
  const people = peopleIn(text, at).filter((p) => near(p.name.split(' ').pop()!, name));
  if (!people.length) return null;
  const count = new Map<string, number>();
  for (const p of people) count.set(p.name, (count.get(p.name) ?? 0) + 1);
  return [...people].reverse().sort((a, b) => count.get(b.name)! - count.get(a.name)! || a.name.length - b.name.length)[0]!;
}

/** Gender evidence for a person: titles before their mentions and a first-name list. */
export function genderIn(text: string, name: string, upTo: number): Gender {
  const surname = name.split(' ').pop()!;
  const re = new RegExp(`(?:Mr|Ms|Mrs|Miss|Sir|Dame|Lady|Lord)\\.?\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)?${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u');
  const m = re.exec(text.slice(Math.max(0, upTo - 20_000), upTo + 400));
  if (m) return /^(?:Ms|Mrs|Miss|Dame|Lady)/.test(m[0]) ? 'female' : 'male';
  return genderOf(name, name.includes(' ') ? '' : ' ');
}

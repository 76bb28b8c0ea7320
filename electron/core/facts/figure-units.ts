// What a figure counts or measures. Only from the span itself ("two-day" → days, "a
// magnitude of 5.6" → magnitude) or the noun phrase right after it in the same clause
// ("1,500 officers", "up to 20,000 angry voters", "15 IQ points"); never across punctuation,
// a sentence or a paragraph ("wounding 238, according …" has no unit), and never an adverb
// ("all six aboard"). Nothing when there is nothing: a missing unit is easy to add, a wrong
// one is easy to miss.

const STOP = new Set(
  `in at on of and or the a an to were was are is be been being had have has who that which for from with by as
  more less each apiece aboard ago later earlier before after altogether overall already again too also so then now
  here there back ahead instead away out up down off over under near alone together about around than per if when while
  but not no only just even still yet will would could should may might can must did do does said says told
  according including between among into onto across through during since until within without against toward
  towards held made took gave went came left met ran fled stood saw got became began won lost sent led kept fell hit
  died remain remains live lives work works need needs say face faces в на и из`.split(/\s+/),
);

/** Units written into the span with a hyphen: "two-day", "nine-month-old", "six-member". */
const HYPHENATED = /^[\p{L}\d.,]+[-‑](day|week|month|year|hour|minute|second|decade|century|member|nation|mile|kilometre|kilometer|km|metre|meter|storey|story|seat|point|game|man|person|page|bedroom|room|lane|car|vote)(?:s)?(?:[-‑]old)?$/iu;

/** A measure named before its number, inside the span: "a magnitude of 5.6", "a population of 2,000". */
const MEASURE_BEFORE = /\b(magnitude|population|turnout|total|death toll|toll|height|depth|length|width|speed|temperature|score|budget|deficit|debt|salary|price|cost|rate|majority|margin)\s+(?:of|at|was|is|stood at|reached)\s+[^\s]*$/i;

const plural = (w: string) => (/(?:s|ss|x|ch|sh)$/i.test(w) ? w : /century$/i.test(w) ? 'centuries' : w === 'story' ? 'stories' : `${w}s`);

/** The unit written inside the span, or null. `before` is the span up to the number. */
export function unitInside(written: string, before: string): string | null {
  const hy = HYPHENATED.exec(written.trim());
  if (hy) return plural(hy[1]!.toLowerCase());
  const m = MEASURE_BEFORE.exec(`${before} 0`);
  return m ? m[1]!.toLowerCase() : null;
}

/** Measures: a number's unit ends with one ("a 15 meter high tower", "2 km circumference"). */
const MEASURE = /^(?:(?:square|cubic)\s+)?(?:meters?|metres?|kilometers?|kilometres?|km|m|cm|mm|miles?|feet|foot|ft|inch(?:es)?|yards?|acres?|hectares?|ha|kg|kilograms?|grams?|g|tonnes?|tons?|pounds?|lbs?|litres?|liters?|gallons?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|degrees?|knots?|mph)$/i;
/** Speeds, written with a slash or "per": "200 km/h", "190 kilometers per hour". */
const SPEED = /^\s+((?:km|m|mi)\/h|kph|(?:kilomet(?:er|re)s?|miles?|met(?:er|re)s?) per (?:hour|second))(?![\p{L}])/iu;
/** Plural nouns that do not end in s: a count's head noun ends its unit ("10,000 people dead"). */
const PLURALS = /^(?:people|men|women|children|police|staff|personnel|cattle|sheep|fish|aircraft|troops)$/i;

/**
 * The noun phrase right after the number (`rest` of the span, then the words after it): up
 * to four words, ending at the first plural noun, a function word, an adverb or punctuation.
 */
export function unitAfter(rest: string, suffix: string, value: number): string | null {
  // A span may end inside its noun phrase ("two Syrian" of "two Syrian teams"): the phrase
  // goes on into the words after it unless the span closed it with punctuation.
  const closed = rest.trim() && /[^\s\p{L}\d]\s*$/u.test(rest);
  const tail = closed || !/^\s/u.test(suffix) ? rest : `${rest}${suffix}`;
  const speed = SPEED.exec(tail);
  if (speed) return speed[1]!;
  // The unit must follow the number directly: a comma or a full stop ends the figure.
  if (!/^\s+\S/u.test(tail) && !/^\s*$/.test(rest)) return null;
  if (/^[^\s\p{L}]/u.test(tail)) return null;
  const words = tail.trim().split(/\s+/);
  // The stored suffix may end in the middle of a word: that word is not to be trusted.
  const cut = !/[\s.,;:!?)"”’]$/u.test(tail) && tail.length >= suffix.length && suffix.length > 0 && !rest.trim();
  const out: string[] = [];
  for (const [i, raw] of words.entries()) {
    if (cut && i === words.length - 1) break;
    const w = raw.replace(/^["“”'‘(]+/, '');
    const bare = w.replace(/[.,;:!?)"”’'\]-]+$/, '');
    const punct = bare.length < w.length;
    // "189 other galleries", "300,000 more Republicans": the counted noun comes after.
    if (!out.length && /^(?:other|additional|further|extra|more)$/i.test(bare) && !punct && !/^than$/i.test(words[i + 1] ?? '')) continue;
    if (!bare || !/^[\p{L}][\p{L}'’-]*$/u.test(bare) || STOP.has(bare.toLowerCase())) break;
    // A participle or a verb after the noun starts a clause ("people riding horses", "one shell landed").
    if (out.length && /ing$/i.test(bare) && bare.length > 5) break;
    if (out.length && /[^e]ed$/i.test(bare) && !/hundred$/i.test(bare)) break;
    // A capitalised word after the phrase has begun is a name ("politicians Lee Cheuk-yan").
    if (out.length && /^\p{Lu}/u.test(bare) && /s$/.test(out[out.length - 1]!)) break;
    out.push(bare);
    // The stops above know English and Russian only: in another script, the word alone
    // ("400 איש נהרגו" is "400 people were killed"; a verb would follow).
    if (punct || out.length >= 4 || !/^[\p{Script=Latin}\p{Script=Cyrillic}'’-]+$/u.test(bare)) break;
    if (MEASURE.test(out.join(' '))) {
      // "2000 year old": the age is part of the measure.
      if (/^old\b/i.test(words[i + 1] ?? '') && /^(?:years?|months?|weeks?|days?)$/i.test(bare)) out.push('old');
      break;
    }
    // The head noun of a count is plural: stop there ("1,709 schoolchildren aged …").
    // ("5 police officers": a plural without s may be a modifier of the noun after it.)
    if (value !== 1 && ((/[^s]s$/i.test(bare) && bare.length > 3 && !/(?:ous|ss|us|is)$/i.test(bare)) || (PLURALS.test(bare) && !/^[\p{Ll}]+[^s]s[.,;:!?]?$/u.test(words[i + 1] ?? '')))) break;
  }
  // A verb is not a unit: "At least 107 killed", "238 wounded".
  while (out.length && /ed$/i.test(out[out.length - 1]!) && !/(?:eed|hundred)$/i.test(out[out.length - 1]!)) out.pop();
  if (!out.length) return null;
  const last = out[out.length - 1]!;
  if (/^(?:-|–)$/.test(last)) return null;
  return out.join(' ');
}

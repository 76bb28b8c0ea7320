// Reads a figure as a fact-checker writes it down: "At least 400 people" → 400, at least,
// people; "3–4%" → 3 to 4, %; "$2bn" → 2,000,000,000 USD; "six deaths" → 6; "twice" → 2 ×.
// A proposal only: the inspector shows every part for the user to correct. English and
// Russian qualifiers and scale words (and the commonest Hebrew and Arabic qualifiers); digits
// with either separator convention.

import type { FigureFields } from '../domain/fields';
import type { Qualifier } from '../domain/kinds';
import { unitAfter, unitInside } from './figure-units';

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  a: 1, an: 1, dozen: 12,
  один: 1, одна: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10,
};
const SCALE: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
  dozen: 12, сотни: 1e2, тысяч: 1e3, тысячи: 1e3, тысяча: 1e3, тыс: 1e3, миллион: 1e6, миллиона: 1e6, миллионов: 1e6, млн: 1e6, миллиард: 1e9, миллиарда: 1e9, миллиардов: 1e9, млрд: 1e9,
};
const FRACTIONS: Record<string, number> = {
  half: 50, third: 100 / 3, 'one-third': 100 / 3, quarter: 25, 'one-quarter': 25, 'two-thirds': 200 / 3, 'three-quarters': 75, 'three-fourths': 75,
  половина: 50, треть: 100 / 3, четверть: 25,
};
/** ".5" of 0.5: appended to the whole number's own digits ("1,033" + ".5"), separators kept. */
const decimals = (x: number) => String(Math.round(x * 1e6) / 1e6).slice(1);
const VULGAR: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125 };
const MULTIPLIERS: Record<string, number> = { twice: 2, thrice: 3, double: 2, doubled: 2, triple: 3, tripled: 3, quadrupled: 4, вдвое: 2, втрое: 3 };

/** Phrases just before a number, longest first within each qualifier. */
const QUALIFIER_PHRASES: Array<[Qualifier, string[]]> = [
  ['at most', ['no more than', 'not more than', 'at the most', 'at most', 'within', 'не более']],
  ['at least', ['no fewer than', 'no less than', 'at least', 'не менее', 'по меньшей мере', 'как минимум', 'לפחות', 'على الأقل']],
  ['more than', ['in excess of', 'upwards of', 'more than', 'exceeding', 'above', 'over', 'более чем', 'более', 'больше', 'свыше', 'יותר מ-', 'יותר מ', 'أكثر من']],
  ['less than', ['fewer than', 'less than', 'under', 'below', 'менее', 'меньше']],
  ['up to', ['as many as', 'as much as', 'as high as', 'up to', 'вплоть до', 'до']],
  ['nearly', ['close to', 'just under', 'nearly', 'almost', 'почти']],
  ['approximately', ['approximately', 'closer to', 'in the region of', 'an estimated', 'estimated', 'roughly', 'around', 'about', 'circa', 'some', 'approx.', 'c.', 'около', 'примерно', 'порядка', 'приблизительно', 'כ-', 'כ', 'בערך', 'حوالي', 'نحو']],
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const QUALIFIERS: Array<[RegExp, Qualifier]> = QUALIFIER_PHRASES.map(([q, phrases]) => [
  new RegExp(`(?<![\\p{L}])(?:${phrases.map(escape).join('|')})\\s*$`, 'iu'),
  q,
]);
const AFTER_QUALIFIERS: Array<[RegExp, Qualifier]> = [
  [/^\s*(?:or more|or over|plus|\+|and more|и более)(?![\p{L}])/iu, 'at least'],
  [/^\s*(?:or so|or thereabouts)(?![\p{L}])/iu, 'approximately'],
  [/^\s*(?:or fewer|or less|at most)(?![\p{L}])/iu, 'at most'],
];

const CURRENCY_SIGNS: Array<[RegExp, string]> = [
  [/(US\$|USD\s?)$/i, 'USD'], [/(?<![\p{L}])(NZ\$|NZD\s?)$/iu, 'NZD'], [/(?<![\p{L}])(A\$|AU\$|AUD\s?)$/iu, 'AUD'], [/(?<![\p{L}])(C\$|CA\$|CAD\s?)$/iu, 'CAD'],
  [/(?<![\p{L}])(HK\$|HKD\s?)$/iu, 'HKD'], [/(?<![\p{L}])(S\$|SGD\s?)$/iu, 'SGD'], [/(€|EUR\s?)$/i, 'EUR'], [/(£|GBP\s?)$/i, 'GBP'], [/(¥|JPY\s?)$/i, 'JPY'], [/(₽|RUB\s?)$/i, 'RUB'], [/(₹|INR\s?)$/i, 'INR'], [/(KGS\s?)$/i, 'KGS'], [/\$$/, 'USD'],
];
const CURRENCY_WORDS: Array<[RegExp, string]> = [
  [/^(us )?dollars?\b|^долл(ар(ов|а)?)?\.?/i, 'USD'], [/^euros?\b|^евро\b/i, 'EUR'], [/^pounds?( sterling)?\b/i, 'GBP'],
  [/^(roubles?|rubles?|руб(л(ей|я|ь))?\.?)/i, 'RUB'], [/^(soms?|сом(ов|а)?)\b/i, 'KGS'], [/^yen\b/i, 'JPY'], [/^rupees?\b/i, 'INR'],
];
const PERCENT = /^(%|\s*(per ?cent|pct\.?|percentage points?|процент(ов|а)?|проц\.))/i;

/**
 * "1,500" "1 500" "1.500.000" "1,5" "3.25" "12.345,67" → number. With both separators the last
 * is the decimal one; a repeated separator groups thousands; a lone comma before exactly three
 * digits groups thousands ("1,500"), otherwise it is decimal ("1,5"); a lone dot is decimal.
 */
export function parseDigits(raw: string): number | null {
  let s = raw.replace(/[\s\u00a0\u202f']/g, '');
  const seps = s.replace(/[^.,]/g, '');
  if (seps) {
    const last = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
    const tail = s.slice(last + 1);
    const kinds = new Set(seps);
    let decimal: boolean;
    if (kinds.size > 1) decimal = true;
    else if (seps.length > 1) decimal = false;
    else decimal = seps === '.' || tail.length !== 3;
    s = decimal ? s.slice(0, last).replace(/[.,]/g, '') + '.' + tail : s.replace(/[.,]/g, '');
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

interface NumberHit {
  /** Value with its scale applied. */
  value: number;
  /** The scale word's factor ("million" → 1e6), 1 without one. */
  scale: number;
  start: number;
  end: number;
}

const NUM = String.raw`[-−]?\d[\d\s\u00a0\u202f,.']*\d|[-−]?\d`;
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const WORDS = Object.keys(SMALL).filter((w) => w.length > 1 && w !== 'an').sort((a, b) => b.length - a.length).join('|');
const SCALE_AHEAD = String.raw`(?=\s+(?:dozen|hundred|thousand|million|billion|trillion)(?![\p{L}]))`;
// "an hour", "almost a year": one of a unit of time.
const ONE_AHEAD = String.raw`(?=\s+(?:second|minute|hour|day|week|month|year|decade|century)(?![\p{L}]))`;

/** The first number in `text`, in digits or words, with the scale word that follows it. */
function firstNumber(text: string): NumberHit | null {
  // Digits may run into a scale suffix ("2bn"); words stand alone; "a"/"an" only before a scale.
  const re = new RegExp(
    `(?<![\\p{L}\\d])(?:(${NUM})(?!\\d)|((?:${WORDS})(?:[- ](?:${UNITS.join('|')}))?|an?${SCALE_AHEAD}|an?${ONE_AHEAD})(?![\\p{L}]))`,
    'giu',
  );
  for (const m of text.matchAll(re)) {
    let value: number | null;
    let end = m.index! + m[0].length;
    // An ordinal ("33rd floor") is a rank, not a figure.
    if (m[1] && /^(?:st|nd|rd|th)(?![\p{L}])/iu.test(text.slice(end))) continue;
    if (m[1]) value = parseDigits(m[1].replace('−', '-'));
    else {
      const [first, second] = m[2]!.toLowerCase().split(/[- ]/);
      value = SMALL[first!] ?? null;
      if (second !== undefined) {
        // Only "twenty-one" style compounds; otherwise the second word is not part of it.
        if (value !== null && value >= 20 && value % 10 === 0 && SMALL[second]! < 10) value += SMALL[second]!;
        else end = m.index! + first!.length;
      }
    }
    if (value === null || Number.isNaN(value)) continue;
    let factor = 1;
    // Scale words: "1.5 million", "20 тысяч", "$2bn", "a dozen", "two dozen".
    const after = text.slice(end);
    const scale = /^(\s?)(hundred|thousand|million|billion|trillion|dozen|mln|mn|bn|tn|k|m|b|тыс\.?|тысяч[аи]?|миллион(а|ов)?|млн\.?|миллиард(а|ов)?|млрд\.?|сотни)(?![\p{L}])/iu.exec(after);
    if (scale) {
      const word = scale[2]!.toLowerCase().replace(/\.$/, '');
      const tight = scale[1] === '';
      const needsTight = ['k', 'm', 'b'].includes(word);
      if (!needsTight || tight) {
        factor = SCALE[word] ?? 1;
        end += scale[0].length;
      }
    }
    return { value: value * factor, scale: factor, start: m.index!, end };
  }
  return null;
}

function qualifierBefore(before: string): Qualifier | null {
  // "over a third": the article between the qualifier and the number.
  const bare = before.replace(/\s(?:a|an)\s*$/i, ' ');
  for (const [re, q] of QUALIFIERS) if (re.test(bare)) return q;
  return null;
}

/** A proposal for the figure written in `text` (the annotated span), given what follows it. */
export function normalizeFigure(text: string, suffix = ''): FigureFields {
  const written = text.trim();
  const empty: FigureFields = { written, value: null, valueMax: null, qualifier: null, unit: null, asOf: null };
  // An editor's insertion is read as text ("[Ten] years ago"); a fraction as a decimal
  // ("33 1/2 months", "2½ million"): "33 1" must not read as 331.
  const plain = written
    .replace(/[[\]]/g, '')
    .replace(/(\d+)(?:\s+|-)([1-7])\/([2348])(?![\d/])/g, (all, n: string, a: string, b: string) => (+a < +b ? `${n}${decimals(+a / +b)}` : all))
    .replace(/(\d*)\s?([½¼¾⅓⅔⅛])/g, (_, n: string, f: string) => `${n || '0'}${decimals(VULGAR[f]!)}`)
    .replace(/(?<![\d/])([1-7])\/([2348])(?![\d/])/g, (all, a: string, b: string) => (+a < +b ? String(+a / +b) : all));
  const lower = plain.toLowerCase();

  // Fractions and shares: "nearly half", "two-thirds", "one in five".
  const oneIn = /\b(one|1) in (\d+|two|three|four|five|six|seven|eight|nine|ten)\b/i.exec(plain);
  if (oneIn) {
    const n = /\d/.test(oneIn[2]!) ? Number(oneIn[2]) : SMALL[oneIn[2]!.toLowerCase()]!;
    return { ...empty, value: round(100 / n), qualifier: qualifierBefore(plain.slice(0, oneIn.index)), unit: '%' };
  }
  for (const [word, pct] of Object.entries(FRACTIONS)) {
    const at = lower.search(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u'));
    // Not a share when it is of a scale or a unit: "half a million", "half an hour".
    const of = lower.slice(at + word.length);
    if (at >= 0 && !/\d/.test(lower.slice(0, at)) && !/^\s*(a|an)?\s*(million|billion|thousand)/.test(of) && !/^\s*an?\s+(?:second|minute|hour|day|week|month|year|decade|century)\b/.test(of)) {
      return { ...empty, value: round(pct), qualifier: qualifierBefore(plain.slice(0, at)), unit: '%' };
    }
  }

  // Multipliers: "twice", "tripled", "three times", "в 3 раза".
  for (const [word, factor] of Object.entries(MULTIPLIERS)) {
    const at = lower.search(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u'));
    if (at >= 0) return { ...empty, value: factor, qualifier: qualifierBefore(plain.slice(0, at)), unit: '×' };
  }

  const hit = firstNumber(plain);
  if (!hit) return empty;
  let value = hit.value;
  let valueMax: number | null = null;
  let end = hit.end;

  // Before the number: a currency sign ("up to $", "€"), and before that a qualifier.
  let before = plain.slice(0, hit.start).replace(/\s+$/, '');
  const sign = CURRENCY_SIGNS.find(([re]) => re.test(before));
  if (sign) before = before.replace(sign[0], '').replace(/\s+$/, '');
  // "half a million", "half an hour": a fraction of a scale or of a unit.
  const half = /\bhalf$/i.test(before);
  if (half) value *= 0.5;
  let qualifier = qualifierBefore((half ? before.replace(/\bhalf$/i, '') : before) + ' ');

  // Ranges: "3–4%", "3 to 4", "between 3 and 4", "3–4 million".
  const range = /^\s*(?:–|—|-|to|and|or|до)\s*/i.exec(plain.slice(end));
  if (range) {
    const second = firstNumber(plain.slice(end + range[0].length));
    if (second && second.start === 0) {
      if (hit.scale === 1 && second.scale > 1) value *= second.scale;
      valueMax = second.value;
      end += range[0].length + second.end;
      if (/\bbetween$/i.test(before)) qualifier = null;
    }
  }

  // After the number: "or more", "or so".
  let rest = plain.slice(end);
  for (const [re, q] of AFTER_QUALIFIERS) {
    const m = re.exec(rest);
    if (m) {
      qualifier = qualifier ?? q;
      rest = rest.slice(m[0].length);
    }
  }

  let unit: string | null;
  if (PERCENT.test(rest)) unit = '%';
  else if (sign) unit = sign[1];
  else if (/^\s*(times|-fold|fold|раза?)(?![\p{L}])/iu.test(rest)) unit = '×';
  else unit = CURRENCY_WORDS.find(([re]) => re.test(rest.trim()))?.[1] ?? unitInside(plain, before) ?? unitAfter(rest, suffix, value);

  return { ...empty, value: round(value), valueMax: valueMax === null ? null : round(valueMax), qualifier, unit };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

// Finds the figures of a text for the whole-document pass: numbers in digits or words, with
// the qualifier before them ("at least", "just over"), currency, scale, range, percent sign
// and the counted noun after them. Dates ("August 10", "in 1991"), times ("15:11"),
// ordinals ("33rd", "a third goal"), identifiers ("STS-135", "Vostok 1", "posts 542") and a
// bare "one" are not figures.

import type { FigureFields } from '../domain/fields';
import { normalizeFigure } from './figures';

export interface FigureSpan {
  start: number;
  end: number;
  reading: FigureFields;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
const WORDNUM =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|half|third|quarter|twice|thrice|doubled|tripled|thousand|million|billion|hundreds|thousands|millions';
const QUAL =
  '(?:(?:just|well|slightly)\\s+)?(?:at\\s+least|at\\s+most|no\\s+more\\s+than|no\\s+fewer\\s+than|more\\s+than|less\\s+than|fewer\\s+than|up\\s+to|as\\s+many\\s+as|as\\s+much\\s+as|close\\s+to|closer\\s+to|nearly|almost|about|around|approximately|roughly|some|over|under|above|below|another|an\\s+estimated|between)';
const NUMBER = String.raw`(?:(?:US|NZ|AU|CA|HK|A|C|S)\$|[$€£¥₹]|USD\s?|EUR\s?)?(?:\d[\d,.]*\d|\d)(?:\s?(?:bn|mn|m|k|million|billion|trillion|thousand|hundred))?(?:\s?%|\s+per\s?cent|\s+percent)?`;
const WORDS = String.raw`(?:(?:a|an|one)\s+(?=(?:third|quarter|half|dozen|hundred|thousand|million|billion)\b))?(?:${WORDNUM})(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?(?:\s+(?:hundred|thousand|million|billion))?`;
const RANGE = String.raw`(?:\s*(?:–|—|-|to|and|or)\s*(?:${NUMBER}|${WORDS}|one))?`;
const CANDIDATE = new RegExp(
  String.raw`(?<![\p{L}\d$€£.,:/-])(?:(${QUAL})\s+)?(?:(${NUMBER})|(${WORDS})|((?:one|1)\s+in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)|(?:one|an?)\s+(?:hour|day|week|month|year|decade)|one(?=\s+or\s+two\b)))${RANGE}(?:\s+or\s+(?:more|so|fewer|less))?(?:[-‑](?:fold|day|week|month|year|hour|member|nation|mile)s?(?:[-‑]old)?)?(?![\p{L}\d])`,
  'giu',
);

function isDateOrId(text: string, start: number, end: number, digits: string | undefined): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 16);
  if (!digits) return false;
  if (/^[:.]\d/.test(after) || /\d[:.]$/.test(before)) return true; // 15:11, 6:00
  if (/^(?:st|nd|rd|th)\b/i.test(after)) return true;
  if (new RegExp(`${MONTH}\\s*$`, 'u').test(before) || new RegExp(`^\\s*${MONTH}`, 'u').test(after)) return true;
  const n = Number(digits.replace(/[^\d]/g, ''));
  if (/^\d{4}$/.test(digits.trim()) && n >= 1900 && n <= 2100) return true; // a year
  // An identifier: "STS-135", "Vostok 1", "number 3", "posts 542 and 543", "the 747".
  if (/[\p{Lu}][\p{L}]*[-\s]$/u.test(before) && !/(?:^|[.!?]\s+|\n)[\p{Lu}][\p{L}]*\s$/u.test(before) && !/(?:US|USD|EUR)\s?$/.test(before)) return true;
  if (/\b(?:number|no\.|posts?|route|flight|room|page|part|chapter|article|section|and)\s+$/i.test(before) && /\b(?:number|no\.|posts?|route|flight|room|page|part|chapter|article|section)\s+(?:\d+\s+and\s+)?$/i.test(before)) return true;
  return false;
}

export function findFigures(text: string): FigureSpan[] {
  const out: FigureSpan[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    let start = m.index!;
    let end = start + m[0].length;
    if (isDateOrId(text, start + (m[1] ? m[0].indexOf(m[2] ?? m[3] ?? m[4]!, m[1].length) : 0), end, m[2])) continue;
    // "between" belongs to a range only; "another" and "some" to a number.
    if (m[1] && /^between$/i.test(m[1]) && !/\band\b/.test(m[0])) start += m[1].length + 1;
    if (/^(?:hundreds|thousands|millions)$/i.test(m[0].trim())) continue;
    const suffix = text.slice(end, Math.min(text.length, end + 80)).split(/\n/)[0]!;
    // "a third goal" is an ordinal, "a third of" a share; "doubled the lead" an act, not a figure.
    if (/^(?:a|an)\s+(?:third|quarter)$/i.test(m[0]) && !/^\s+of\b/i.test(suffix)) continue;
    if (/^(?:doubled|tripled)$/i.test(m[0]) && /^\s+(?:the|its|their|his|her|our|my|your|a|an)\b/i.test(suffix)) continue;
    const reading = normalizeFigure(text.slice(start, end), suffix);
    if (reading.value === null) continue;
    // The counted noun joins the span when it follows directly ("1,500 officers").
    if (reading.unit && !/^[%×]$|^[A-Z]{3}$/.test(reading.unit) && suffix.startsWith(` ${reading.unit}`)) end += reading.unit.length + 1;
    out.push({ start, end, reading });
  }
  return out;
}

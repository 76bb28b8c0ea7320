import { describe, expect, it } from 'vitest';
import { normalizeFigure, parseDigits } from './figures';

type Expect = [value: number | null, qualifier: string | null, unit: string | null, valueMax?: number | null];

// Real-world forms: the issue's, the sample articles', and what fact-checkers meet elsewhere.
const CASES: Array<[string, Expect, string?]> = [
  ['At least 400 people', [400, 'at least', 'people']],
  ['1,500 officers', [1500, null, 'officers']],
  ['six deaths', [6, null, 'deaths']],
  ['up to 20,000', [20000, 'up to', null]],
  ['up to 20,000 angry voters', [20000, 'up to', 'angry voters']],
  ['another 1,000 supporters', [1000, null, 'supporters']],
  ['at least 1,500 officers', [1500, 'at least', 'officers']],
  ['107 or more', [107, 'at least', null]],
  ['238', [238, null, 'people'], ' people were wounded'],
  ['ten days', [10, null, 'days']],
  ['It’s only 500 people', [500, null, 'people']],
  ['3.5', [3.5, null, null]],
  ['10%', [10, null, '%']],
  ['10 per cent', [10, null, '%']],
  ['10 percent of voters', [10, null, '%']],
  ['3–4%', [3, null, '%', 4]],
  ['3-4%', [3, null, '%', 4]],
  ['between 3 and 4 per cent', [3, null, '%', 4]],
  ['2 to 3 million', [2e6, null, null, 3e6]],
  ['$2bn', [2e9, null, 'USD']],
  ['€1.5 million', [1.5e6, null, 'EUR']],
  ['£300,000', [300000, null, 'GBP']],
  ['US$5 million', [5e6, null, 'USD']],
  ['5 million euros', [5e6, null, 'EUR']],
  ['up to $5m', [5e6, 'up to', 'USD']],
  ['$1.2 trillion', [1.2e12, null, 'USD']],
  ['1.5 million', [1.5e6, null, null]],
  ['2.5bn', [2.5e9, null, null]],
  ['a dozen', [12, null, null]],
  ['two dozen', [24, null, null]],
  ['a million', [1e6, null, null]],
  ['half a million', [500000, null, null]],
  ['nearly half', [50, 'nearly', '%']],
  ['a third of households', [33.333333, null, '%']],
  ['two-thirds', [66.666667, null, '%']],
  ['one in five', [20, null, '%']],
  ['twice', [2, null, '×']],
  ['tripled', [3, null, '×']],
  ['three times', [3, null, '×']],
  ['more than 100', [100, 'more than', null]],
  ['over 5,000 pilgrims', [5000, 'more than', 'pilgrims']],
  ['about 200', [200, 'approximately', null]],
  ['around 3 million people', [3e6, 'approximately', 'people']],
  ['almost 90', [90, 'nearly', null]],
  ['fewer than 50', [50, 'less than', null]],
  ['under 10', [10, 'less than', null]],
  ['no more than 7', [7, 'at most', null]],
  ['20 000', [20000, null, null]],
  ['1.234,5', [1234.5, null, null]],
  ['5 km', [5, null, 'km']],
  ['-5 degrees', [-5, null, 'degrees']],
  ['около 400 человек', [400, 'approximately', 'человек']],
  ['более 1 500 сотрудников', [1500, 'more than', 'сотрудников']],
  ['20 тысяч избирателей', [20000, null, 'избирателей']],
  ['1,5 млн', [1.5e6, null, null]],
  ['10 процентов', [10, null, '%']],
  ['не менее 400', [400, 'at least', null]],
  ['шесть погибших', [6, null, 'погибших']],
  ['לפחות 400 איש', [400, 'at least', 'איש'], ' נהרגו באסון.'],
  ['כ-2,000 מפגינים', [2000, 'approximately', 'מפגינים']],
  ['حوالي 300 شخص', [300, 'approximately', 'شخص']],
  ['no number here', [null, null, null]],
];

describe('normalizeFigure', () => {
  it(`has at least 40 real-world forms (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('%s', (text, [value, qualifier, unit, valueMax = null], suffix) => {
    expect(normalizeFigure(text, suffix)).toEqual({ written: text, value, valueMax, qualifier, unit, asOf: null });
  });

  it('takes the unit from the text after a bare number', () => {
    expect(normalizeFigure('1,500', ' officers in attendance').unit).toBe('officers');
    expect(normalizeFigure('1,500', ' in attendance').unit).toBeNull();
  });
});

// The failures: a unit only from inside the span or the noun right after it, in the
// same sentence; units written before the number; number words, ranges, durations.
const UNIT_CASES: Array<[string, string, Expect]> = [
  ['238', ', according to Saudi Arabia', [238, null, null]],
  ['over 150,000', ', also a record.', [150000, 'more than', null]],
  ['nine-month-old', ' child, Gloria.', [9, null, 'months']],
  ['six', ' aboard.\n\n"We want', [6, null, null]],
  ['At least 107', ' killed in Mecca', [107, 'at least', null]],
  ['two', ' people riding horses pushed', [2, null, 'people']],
  ['Two', ' pan-democratic veteran politicians Lee Cheuk-yan', [2, null, 'pan-democratic veteran politicians']],
  ['15', ' IQ points, on average.', [15, null, 'IQ points']],
  ['3,000', ' Afghan refugees was reportedly', [3000, null, 'Afghan refugees']],
  ['a magnitude of 5.6', '', [5.6, null, 'magnitude']],
  ['a population of 2,000', ' people', [2000, null, 'population']],
  ['one or two', ' points for the alliance', [1, null, 'points', 2]],
  ['almost a year', '', [1, 'nearly', 'year']],
  ['an hour', ' later it would', [1, null, 'hour']],
  ['two-day', ' journey on foot', [2, null, 'days']],
  ['six-member', ' Afghan team', [6, null, 'members']],
  ['18-fold', ' prior to the attack', [18, null, '×']],
  ['just over 24', ' hours ago', [24, 'more than', 'hours']],
  ['ten to 32', ' pages with 40', [10, null, 'pages', 32]],
  ['8–10', ' years, from 88 schools', [8, null, 'years', 10]],
  ['33rd', ' floor', [null, null, null]],
  ['two Syrian', ' teams scheduled to compete', [2, null, 'Syrian teams']],
  ['at least one', ' shell landed near the', [1, 'at least', 'shell']],
  ['closer to 40,000', '. Many neo-pagan', [40000, 'approximately', null]],
  ['36', ' armed men stormed', [36, null, 'armed men']],
  ['nearly half an hour', ', the team', [0.5, 'nearly', 'hour']],
  ['nearly half a million', ' people were', [500000, 'nearly', 'people']],
  ['NZ$26 million', ', although', [26e6, null, 'NZD']],
  ['A$1.5 billion', '', [1.5e9, null, 'AUD']],
  ['C$40', '', [40, null, 'CAD']],
  ['HK$3 million', '', [3e6, null, 'HKD']],
  ['[Ten] years', ' ago, a browser', [10, null, 'years']],
  ['189', ' other educational galleries and', [189, null, 'educational galleries']],
  ['15 meter', ' high rotating pig', [15, null, 'meter']],
  ['240,000 square meter', ' memorial park.', [240000, null, 'square meter']],
  ['2 km', ' circumference of the', [2, null, 'km']],
  ['2000 year', ' old tradition of', [2000, null, 'year old']],
  ['about a 20 minute', ' walk from the', [20, 'approximately', 'minute']],
  ['2 hr', ' return walk out onto', [2, null, 'hr']],
  ['200 km/h', ', as it surges', [200, null, 'km/h']],
  ['190 kilometers per hour', ' and has moved', [190, null, 'kilometers per hour']],
  ['within 24 hours', ' and a tropical', [24, 'at most', 'hours']],
  ['10,000 people', ' dead. Is the', [10000, null, 'people']],
  ['as high as US$10 billion', '. I do not', [1e10, 'up to', 'USD']],
  ['three-bedroom', ' apartment in Cambridge', [3, null, 'bedrooms']],
  ['33 1/2 months', '. I said, first', [33.5, null, 'months']],
  ['1,033 1/2 miles', ' of road', [1033.5, null, 'miles']],
  ['5', ' police officers were hurt', [5, null, 'police officers']],
  ['10,000', ' people dead. Is', [10000, null, 'people']],
  ['2 1/2 million', ' people more are working', [2.5e6, null, 'people']],
  ['2½ million', ' people more are working', [2.5e6, null, 'people']],
  ['24/7', ' coverage of the', [24, null, null]],
  ['over a third', ' of the local plant', [33.333333, 'more than', '%']],
  ['300,000', ' more Republicans registered', [300000, null, 'Republicans']],
  ['10', ' more than last year', [10, null, null]],
  ['3,000', ', according to', [3000, null, null]],
];

describe('normalizeFigure: units', () => {
  it.each(UNIT_CASES)('%s + “%s”', (text, suffix, [value, qualifier, unit, valueMax = null]) => {
    expect(normalizeFigure(text, suffix)).toEqual({ written: text, value, valueMax, qualifier, unit, asOf: null });
  });
});

describe('parseDigits', () => {
  it.each([
    ['1,500', 1500],
    ['1.500.000', 1500000],
    ['1,5', 1.5],
    ['3.25', 3.25],
    ['1 234 567', 1234567],
    ['1.234', 1.234],
    ['12,345.67', 12345.67],
    ['12.345,67', 12345.67],
  ])('%s → %d', (raw, n) => {
    expect(parseDigits(raw)).toBe(n);
  });
});

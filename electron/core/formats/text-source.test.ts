// Offsets from other tools land on the same characters in our canonical text, whatever the
// tool counted (code points or UTF-16 units) and however its text ended its lines (CRLF
// counted as two): property tests over emoji, ZWJ sequences, combining marks and CRLF.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../input/errors';
import { canonicalText } from '../text/model';
import { blocksFor, measureUnit, SourceText } from './text-source';

const pieces = fc.constantFrom('a', 'é', 'e\u0301', '👩‍👩‍👧', '🎉', '\r\n', '\n', '\r', ' ', 'Ж', '字', '\t');
const text = fc.array(pieces, { minLength: 1, maxLength: 40 }).map((p) => p.join(''));
const canon = (s: string) => s.replace(/\r\n?/g, '\n');

describe('SourceText', () => {
  it('reads a span counted in code points over the raw text as the same characters', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (raw, x, y) => {
        const cps = Array.from(raw);
        const [s, e] = [x % (cps.length + 1), y % (cps.length + 1)].sort((a, b) => a - b) as [number, number];
        const insideCrlf = (i: number) => cps[i - 1] === '\r' && cps[i] === '\n';
        fc.pre(!insideCrlf(s) && !insideCrlf(e));
        const want = canon(cps.slice(s, e).join(''));
        return new SourceText(raw).read(s, e, 'code points') === (want === '' ? null : want);
      }),
    );
  });

  it('reads a span counted in UTF-16 units (old Label Studio) as the same characters', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const src = new SourceText(raw);
        const cps = Array.from(raw);
        let u = 0;
        const starts = cps.map((c) => ((u += c.length), u - c.length));
        return cps.every((c, i) => c === '\r' || canon(c) === src.read(starts[i]!, starts[i]! + c.length, 'UTF-16 units'));
      }),
    );
  });

  it('has the canonical text: `\\n` line ends, nothing else changed, blocks that give it back', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const src = new SourceText(raw);
        return src.text === canon(raw) && canonicalText(blocksFor(src.text)) === src.text;
      }),
    );
  });

  it('places a span by its offsets when it reads its quote, keeps the quote when not, refuses one past the end', () => {
    const src = new SourceText('Osh 🎉 Bishkek\r\nAksy');
    expect(src.place(6, 13, 'code points', 'Bishkek', 'T1')).toMatchObject({ start: 6, end: 13, exact: 'Bishkek', matched: true, suffix: '\nAksy' });
    expect(src.place(15, 19, 'code points', 'Aksy', 'T2')).toMatchObject({ start: 14, end: 18, matched: true });
    expect(src.place(7, 14, 'UTF-16 units', 'Bishkek', 'T3')).toMatchObject({ start: 6, end: 13, matched: true });
    expect(src.place(0, 3, 'code points', 'Bishkek', 'T4')).toMatchObject({ start: 0, end: 3, exact: 'Bishkek', prefix: '', suffix: '', matched: false });
    expect(() => src.place(18, 40, 'code points', null, 'doc.ann, line 5')).toThrow(new InputError('doc.ann, line 5 has offsets 18–40 past the end of its text (19 characters)'));
    expect(() => src.place(5, 2, 'code points', null, 'row 3')).toThrow(/row 3 has impossible offsets 5–2/);
    expect(() => src.place(1.5, 2, 'code points', null, 'row 4')).toThrow(/row 4 has offsets that are not whole numbers/);
  });

  it('measures a file’s unit from the spans that carry their text', () => {
    const src = new SourceText('🎉 Osh and Aksy');
    expect(measureUnit([{ src, start: 2, end: 5, quote: 'Osh' }])).toBe('code points');
    expect(measureUnit([{ src, start: 3, end: 6, quote: 'Osh' }])).toBe('UTF-16 units');
    // Mixed evidence: code points, and the spans that disagree are placed by their text.
    expect(measureUnit([{ src, start: 3, end: 6, quote: 'Osh' }, { src, start: 10, end: 14, quote: 'Aksy' }])).toBe('code points');
    expect(measureUnit([])).toBe('code points');
  });
});

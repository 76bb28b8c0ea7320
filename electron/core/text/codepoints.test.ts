import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CodePointIndex, codePointLength, sliceCodePoints } from './codepoints';

// Strings mixing ASCII, BMP, astral characters, ZWJ sequences and lone surrogates.
const pieces = fc.constantFrom(
  'a', ' ', '\n', 'é', 'e\u0301', 'ж', 'ש', 'ع', '中', '😀', '👩‍👩‍👧', '🇰🇬', '𝔸', '\ud800', '\udfff', '\u200d',
);
const text = fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 }).map((a) => a.join(''));

describe('code points', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['😀', 1],
    ['👩‍👩‍👧', 5],
    ['e\u0301', 2],
    ['\ud800x', 2],
    ['a\r\nb', 4],
  ])('codePointLength(%j) = %i', (s, n) => {
    expect(codePointLength(s)).toBe(n);
    expect(new CodePointIndex(s).length).toBe(n);
  });

  it('slices like Array.from over code points', () => {
    expect(sliceCodePoints('a😀b🇰🇬c', 1, 3)).toBe('😀b');
    expect(sliceCodePoints('a😀b🇰🇬c', 3, 5)).toBe('🇰🇬');
  });

  it('rounds an index inside a surrogate pair by bias', () => {
    const idx = new CodePointIndex('a😀b');
    expect(idx.toCodePoint(2, -1)).toBe(1);
    expect(idx.toCodePoint(2, 1)).toBe(2);
    expect(idx.toCodePoint(3)).toBe(2);
  });

  it('rejects offsets out of range', () => {
    const idx = new CodePointIndex('a😀');
    expect(() => idx.toUtf16(3)).toThrow(RangeError);
    expect(() => idx.toUtf16(-1)).toThrow(RangeError);
    expect(() => idx.toCodePoint(4)).toThrow(RangeError);
  });

  it('property: agrees with the string iterator', () => {
    fc.assert(
      fc.property(text, (s) => {
        const cps = Array.from(s);
        const idx = new CodePointIndex(s);
        expect(idx.length).toBe(cps.length);
        let u = 0;
        for (let cp = 0; cp <= cps.length; cp++) {
          expect(idx.toUtf16(cp)).toBe(u);
          expect(idx.toCodePoint(u)).toBe(cp);
          u += cps[cp]?.length ?? 0;
        }
      }),
    );
  });

  it('property: slice(a, b) equals the code-point slice', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, x, y) => {
        const cps = Array.from(s);
        const a = x % (cps.length + 1);
        const b = a + (y % (cps.length - a + 1));
        expect(new CodePointIndex(s).slice(a, b)).toBe(cps.slice(a, b).join(''));
      }),
    );
  });

  it('property: toCodePoint never lands inside a character', () => {
    fc.assert(
      fc.property(text, fc.nat(), (s, x) => {
        const idx = new CodePointIndex(s);
        const u = x % (s.length + 1);
        const down = idx.toUtf16(idx.toCodePoint(u, -1));
        const up = idx.toUtf16(idx.toCodePoint(u, 1));
        expect(down).toBeLessThanOrEqual(u);
        expect(up).toBeGreaterThanOrEqual(u);
        expect(up - down).toBeLessThanOrEqual(2);
      }),
    );
  });
});

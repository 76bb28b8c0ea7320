import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CodePointIndex } from '../text/codepoints';
import { anchor, quoteAt } from './anchor';

const original = 'The police 👮 stood by. At least 400 people held the building; 400 people waited outside.';
const idx = new CodePointIndex(original);
const cp = (s: string, from = 0) => Array.from(original.slice(0, original.indexOf(s, from))).length;
const span = (s: string, from = 0) => ({ start: cp(s, from), end: cp(s, from) + Array.from(s).length });

describe('quoteAt', () => {
  it('takes exact text and up to 32 code points of context, in code points', () => {
    const q = quoteAt(idx, span('stood').start, span('stood').end);
    expect(q).toEqual({ exact: 'stood', prefix: 'The police 👮 ', suffix: ' by. At least 400 people held th' });
    expect(Array.from(q.suffix)).toHaveLength(32);
  });
});

describe('anchor', () => {
  const second = span('400 people', original.indexOf('; 400'));
  const q2 = quoteAt(idx, second.start, second.end);

  it.each<[string, string, { start: number; end: number } | undefined, string, number | 'orphan']>([
    ['position that still matches', original, second, 'position', second.start],
    ['exact, the occurrence whose context fits (not the first)', original, undefined, 'exact', second.start],
    ['exact after text was inserted before it', 'NEW: ' + original, second, 'exact', second.start + 5],
    ['exact after an emoji was removed before it', original.replace('👮 ', ''), second, 'exact', second.start - 2],
    ['fuzzy after a small edit in the quote', original.replace('; 400 people', '; 400 pe0ple'), second, 'fuzzy', second.start],
    ['orphan when only the context survives', original.replace('; 400 people', '; many folks!'), second, 'orphan', 'orphan'],
    ['exact after CRLF became LF elsewhere', original.replace('stood by.', 'stood\nby.'), second, 'position', second.start],
    ['orphan when the quote is gone', 'Nothing of the kind is here at all, only other words.', second, 'orphan', 'orphan'],
  ])('%s', (_name, text, position, method, start) => {
    const a = anchor(new CodePointIndex(text), q2, position);
    if (start === 'orphan') return expect(a.status).toBe('orphan');
    expect(a).toMatchObject({ status: 'anchored', method, start });
  });

  it('never anchors a position that is out of range', () => {
    const a = anchor(new CodePointIndex('short'), { exact: 'zzz', prefix: '', suffix: '' }, { start: 10, end: 13 });
    expect(a.status).toBe('orphan');
  });

  it('property: an unchanged text anchors every range at its position', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (x, y) => {
        const start = x % idx.length;
        const end = start + 1 + (y % (idx.length - start));
        const a = anchor(idx, quoteAt(idx, start, end), { start, end });
        expect(a).toMatchObject({ status: 'anchored', start, end, method: 'position' });
      }),
    );
  });

  it('property: an edit elsewhere keeps the annotation on the same words', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), fc.boolean(), (insert, before) => {
        const target = span('held the building');
        const text = before ? insert + original : original + insert;
        const a = anchor(new CodePointIndex(text), quoteAt(idx, target.start, target.end), target);
        expect(a.status).toBe('anchored');
        if (a.status === 'anchored') expect(new CodePointIndex(text).slice(a.start, a.end)).toBe('held the building');
      }),
    );
  });

  it('property: with the position lost, the quote alone finds a range with the same text', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 3, max: 20 }), (x, len) => {
        const start = x % (idx.length - len);
        const q = quoteAt(idx, start, start + len);
        const a = anchor(idx, q);
        expect(a.status).toBe('anchored');
        if (a.status === 'anchored') expect(idx.slice(a.start, a.end)).toBe(q.exact);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotators, cohensKappa, comparePair, type Span } from './agreement';

let n = 0;
const span = (author: string, tag: string, start: number, end: number, fields: Span['fields'] = {}): Span => ({ id: `s${n++}`, author, tag, start, end, exact: '', fields });

describe('cohensKappa', () => {
  it.each([
    // Wikipedia's worked example: 50 proposals, 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no.
    [50, 20, 5, 10, 0.4],
    // Two 10-character spans overlapping by 5 in 100 characters.
    [100, 5, 5, 5, (0.9 - 0.82) / 0.18],
    [100, 10, 0, 0, 1],
    [100, 0, 10, 10, (0.8 - 0.82) / 0.18], // disjoint: worse than chance
    [100, 0, 0, 0, null], // nobody marked anything: undefined
    [100, 100, 0, 0, null], // both marked everything: undefined
  ])('n=%i both=%i onlyA=%i onlyB=%i → %s', (size, both, a, b, expected) => {
    const k = cohensKappa(size, both, a, b);
    if (expected === null) expect(k).toBeNull();
    else expect(k).toBeCloseTo(expected, 10);
  });
});

describe('comparePair', () => {
  it('scores a document two annotators marked differently, tag by tag', () => {
    const spans = [
      span('ana', 'claim', 0, 10),
      span('ben', 'claim', 0, 10),
      span('ana', 'claim', 20, 30),
      span('ben', 'claim', 25, 35), // same tag, other boundaries
      span('ana', 'figure', 40, 45),
      span('ben', 'location', 40, 45), // same span, other tag
      span('ana', 'quote', 60, 80), // only Ana
    ];
    const r = comparePair(100, 'ana', 'ben', spans, ['claim', 'quote', 'figure', 'location']);
    expect(r.tags.map((t) => [t.tag, t.countA, t.countB, t.exactMatches, t.overlapMatches, t.f1Exact, t.f1Overlap])).toEqual([
      ['claim', 2, 2, 1, 2, 0.5, 1],
      ['quote', 1, 0, 0, 0, 0, 0],
      ['figure', 1, 0, 0, 0, 0, 0],
      ['location', 0, 1, 0, 0, 0, 0],
    ]);
    const claim = r.tags[0]!;
    expect(claim.chars).toEqual({ both: 15, onlyA: 5, onlyB: 5 });
    expect(claim.kappa).toBeCloseTo(cohensKappa(100, 15, 5, 5)!, 10);
    expect(r.tags[1]!.kappa).toBe(0); // one marked, the other never did: no agreement beyond chance
    expect(r.f1Exact).toBeCloseTo((2 * 1) / (4 + 3), 10);
    expect(r.f1Overlap).toBeCloseTo((2 * 2) / (4 + 3), 10);
    expect(r.rows.map((row) => [row.kind, row.start])).toEqual([
      ['same', 0],
      ['boundary', 20],
      ['tag', 40],
      ['only-a', 60],
    ]);
  });

  it('tells apart the same span with different facts (another verdict)', () => {
    const spans = [
      span('ana', 'claim', 0, 10, { claim: { verdict: 'true', rationale: '', sources: [], checkedBy: null, checkedAt: null } }),
      span('ben', 'claim', 0, 10, { claim: { verdict: 'false', rationale: 'no', sources: [], checkedBy: null, checkedAt: null } }),
    ];
    const r = comparePair(20, 'ana', 'ben', spans, ['claim']);
    expect(r.rows.map((x) => x.kind)).toEqual(['facts']);
    expect(r.tags[0]!.f1Exact).toBe(1); // the span agrees; the facts row shows the rest
  });

  it('matches duplicates one to one, never twice', () => {
    const spans = [span('ana', 'claim', 0, 10), span('ana', 'claim', 0, 10), span('ben', 'claim', 0, 10)];
    const r = comparePair(20, 'ana', 'ben', spans, ['claim']);
    expect(r.tags[0]).toMatchObject({ exactMatches: 1, f1Exact: 2 / 3 });
    expect(r.rows.map((x) => x.kind)).toEqual(['same', 'only-a']);
  });

  it('is symmetric, and perfect for identical work (property)', () => {
    const spanArb = fc.record({ tag: fc.constantFrom('claim', 'quote'), start: fc.nat(90), len: fc.integer({ min: 1, max: 10 }) });
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 12 }), fc.array(spanArb, { maxLength: 12 }), (xs, ys) => {
        const spans = [...xs.map((s) => span('a', s.tag, s.start, s.start + s.len)), ...ys.map((s) => span('b', s.tag, s.start, s.start + s.len))];
        const ab = comparePair(100, 'a', 'b', spans, ['claim', 'quote']);
        const ba = comparePair(100, 'b', 'a', spans, ['claim', 'quote']);
        expect(ab.f1Exact).toBe(ba.f1Exact);
        ab.tags.forEach((t, i) => expect(t.kappa).toBe(ba.tags[i]!.kappa));
        const self = comparePair(100, 'a', 'c', [...spans.filter((s) => s.author === 'a'), ...spans.filter((s) => s.author === 'a').map((s) => ({ ...s, author: 'c' }))], ['claim', 'quote']);
        if (xs.length) {
          expect(self.f1Exact).toBe(1);
          for (const t of self.tags) expect(t.kappa).toBe(1);
        }
      }),
    );
  });
});

describe('annotators', () => {
  it('lists who annotated, most first', () => {
    expect(annotators([span('ben', 'claim', 0, 1), span('ana', 'claim', 0, 1), span('ana', 'quote', 1, 2)])).toEqual([
      { name: 'ana', count: 2 },
      { name: 'ben', count: 1 },
    ]);
  });
});

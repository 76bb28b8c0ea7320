import { describe, expect, it } from 'vitest';
import { AffineMatrix } from './pdf-polyfill';

const apply = (m: AffineMatrix, x: number, y: number) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f];

describe('the DOMMatrix stand-in', () => {
  it('composes like DOMMatrix: scale then translate acts translate-first on points', () => {
    // pdf.js: new DOMMatrix().scaleSelf(1 / w, -1 / h).translateSelf(0, -h)
    const m = new AffineMatrix().scaleSelf(1 / 10, -1 / 20).translateSelf(0, -20);
    expect(apply(m, 10, 0)).toEqual([1, 1]);
    expect(apply(m, 0, 20).map((v) => v + 0)).toEqual([0, 0]);
  });

  it('inverts', () => {
    const m = new AffineMatrix([2, 0, 0, 4, 10, 20]);
    const inv = new AffineMatrix([2, 0, 0, 4, 10, 20]).invertSelf();
    const [x, y] = apply(m, 3, 5);
    expect(apply(inv, x!, y!)).toEqual([3, 5]);
  });

  it('pre-multiplies', () => {
    const m = new AffineMatrix().translateSelf(5, 0).preMultiplySelf(new AffineMatrix([2, 0, 0, 2, 0, 0]));
    expect(apply(m, 1, 1)).toEqual([12, 2]);
  });
});

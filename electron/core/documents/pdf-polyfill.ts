// pdf.js builds a DOMMatrix when its module loads (for rendering, which we never do). Browsers
// have DOMMatrix; Node and Electron's main process do not, and pdf.js's own fallback is the
// native @napi-rs/canvas package, which a bundled app does not ship. This small 2-D affine
// DOMMatrix is installed only where none exists, before pdf.js is loaded.

type Init = readonly number[] | undefined;

class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: Init) {
    if (init && init.length >= 6) [this.a, this.b, this.c, this.d, this.e, this.f] = init as [number, number, number, number, number, number];
  }

  get is2D(): boolean {
    return true;
  }

  /** this = this × m (m applied first), as DOMMatrix.multiplySelf. */
  multiplySelf(m: Partial<AffineMatrix>): this {
    const [a, b, c, d, e, f] = [m.a ?? 1, m.b ?? 0, m.c ?? 0, m.d ?? 1, m.e ?? 0, m.f ?? 0];
    [this.a, this.b, this.c, this.d, this.e, this.f] = [
      this.a * a + this.c * b,
      this.b * a + this.d * b,
      this.a * c + this.c * d,
      this.b * c + this.d * d,
      this.a * e + this.c * f + this.e,
      this.b * e + this.d * f + this.f,
    ];
    return this;
  }

  preMultiplySelf(m: Partial<AffineMatrix>): this {
    const copy = new AffineMatrix([m.a ?? 1, m.b ?? 0, m.c ?? 0, m.d ?? 1, m.e ?? 0, m.f ?? 0]).multiplySelf(this);
    [this.a, this.b, this.c, this.d, this.e, this.f] = [copy.a, copy.b, copy.c, copy.d, copy.e, copy.f];
    return this;
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf({ e: tx, f: ty });
  }

  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf({ a: sx, d: sy });
  }

  invertSelf(): this {
    const det = this.a * this.d - this.b * this.c;
    if (!det) return Object.assign(this, { a: NaN, b: NaN, c: NaN, d: NaN, e: NaN, f: NaN });
    const [a, b, c, d, e, f] = [this.a, this.b, this.c, this.d, this.e, this.f];
    [this.a, this.b, this.c, this.d] = [d / det, -b / det, -c / det, a / det];
    [this.e, this.f] = [(c * f - d * e) / det, (b * e - a * f) / det];
    return this;
  }
}

export function ensureDomMatrix(): void {
  const g = globalThis as { DOMMatrix?: unknown };
  g.DOMMatrix ??= AffineMatrix;
}

export { AffineMatrix };

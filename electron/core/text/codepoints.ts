// Conversion between JavaScript's UTF-16 indices and Unicode code-point offsets.
// Every offset that leaves the app (study file, exports, API) is in code points; JS strings
// are UTF-16, so conversion happens here and only here. Pure: shared by core and renderer.

/** True when the UTF-16 unit at `i` starts a surrogate pair. */
function isHighSurrogateAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** Number of code points in `s` (a lone surrogate counts as one, as in Python and W3C). */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    if (isHighSurrogateAt(s, i)) {
      n--;
      i++;
    }
  }
  return n;
}

/**
 * Precomputed index over one text: the UTF-16 positions of its surrogate pairs, so that each
 * conversion is a binary search (O(log k), k = astral characters) rather than a scan.
 */
export class CodePointIndex {
  /** UTF-16 index of the high surrogate of each pair, ascending. */
  private readonly pairs: Uint32Array;
  readonly utf16Length: number;
  readonly length: number;

  constructor(readonly text: string) {
    const found: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (isHighSurrogateAt(text, i)) {
        found.push(i);
        i++;
      }
    }
    this.pairs = Uint32Array.from(found);
    this.utf16Length = text.length;
    this.length = text.length - found.length;
  }

  /** Code-point offset → UTF-16 index. Throws outside 0..length. */
  toUtf16(cp: number): number {
    if (!Number.isInteger(cp) || cp < 0 || cp > this.length) {
      throw new RangeError(`code-point offset ${cp} is outside 0..${this.length}`);
    }
    // Find how many pairs start before the resulting UTF-16 index: pair j (UTF-16 index p)
    // is before code point cp when its code-point index p - j is < cp.
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.pairs[mid]! - mid < cp) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }

  /**
   * UTF-16 index → code-point offset. An index inside a surrogate pair is rounded down
   * (`bias` -1) or up (`bias` 1), so a selection never splits a character.
   */
  toCodePoint(u: number, bias: -1 | 1 = -1): number {
    if (!Number.isInteger(u) || u < 0 || u > this.utf16Length) {
      throw new RangeError(`UTF-16 index ${u} is outside 0..${this.utf16Length}`);
    }
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.pairs[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    // lo pairs start before u; if the last one starts at u-1, u is inside it.
    if (lo > 0 && this.pairs[lo - 1] === u - 1) {
      return bias < 0 ? u - lo : u - lo + 1;
    }
    return u - lo;
  }

  /** The text between two code-point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}

/** One-off conversion helpers for callers without a reusable index. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return new CodePointIndex(text).slice(start, end);
}

// The gazetteer's index: one text of lines "fold\tid\tname\tcountry\tfeature\tadmin1\tpop\tlat\tlon\tkind",
// sorted by the folded name. Lookups binary-search the text itself, so a cold start costs
// one file read and no parsing (the issue: first candidates within 200 ms); a line becomes a
// Place only when it is a candidate.

export interface Place {
  geonamesId: number | null;
  name: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  countryName: string;
  /** GeoNames first-level administrative code within the country ("08"), '' if unknown. */
  admin1: string;
  lat: number;
  lon: number;
  kind: 'city' | 'region' | 'country';
  /** GeoNames feature code: PCLI country, ADM1 region, PPLC capital, PPLA regional seat, PPL town… */
  featureCode: string;
  population: number;
}

const KINDS: Record<string, Place['kind']> = { c: 'country', r: 'region', p: 'city' };
const KIND_CODES: Record<Place['kind'], string> = { country: 'c', region: 'r', city: 'p' };

/** Fold a name for matching: no case, accents, spaces, hyphens or punctuation. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A place as one index line under the given folded name. */
export function toLine(key: string, p: Place): string {
  const clean = (s: string) => s.replace(/[\t\n]/g, ' ');
  return [key, p.geonamesId ?? '', clean(p.name), p.country, p.featureCode, p.admin1, p.population, p.lat, p.lon, KIND_CODES[p.kind]].join('\t');
}

export class SortedIndex {
  /** Start offset of every line, built lazily on the first lookup (a few ms). */
  private starts: Uint32Array | null = null;

  constructor(
    private readonly text: string,
    private readonly countryName: (cc: string) => string,
  ) {}

  get lines(): number {
    return this.lineStarts().length;
  }

  private lineStarts(): Uint32Array {
    if (this.starts) return this.starts;
    let n = 0;
    for (let i = this.text.indexOf('\n'); i >= 0 && i < this.text.length - 1; i = this.text.indexOf('\n', i + 1)) n++;
    const starts = new Uint32Array(n + 1);
    let k = 1;
    for (let i = this.text.indexOf('\n'); i >= 0 && i < this.text.length - 1; i = this.text.indexOf('\n', i + 1)) starts[k++] = i + 1;
    this.starts = starts;
    return starts;
  }

  key(line: number): string {
    const s = this.lineStarts()[line]!;
    return this.text.slice(s, this.text.indexOf('\t', s));
  }

  /** The first line whose key is >= `key`. */
  lowerBound(key: string): number {
    let lo = 0;
    let hi = this.lineStarts().length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.key(mid) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Lines whose key equals `key`. */
  exact(key: string): number[] {
    const out: number[] = [];
    for (let i = this.lowerBound(key); i < this.lines && this.key(i) === key; i++) out.push(i);
    return out;
  }

  /** Lines whose key starts with `prefix` (but is longer), at most `max`. */
  prefix(prefix: string, max: number): number[] {
    const out: number[] = [];
    for (let i = this.lowerBound(prefix); i < this.lines && out.length < max; i++) {
      const k = this.key(i);
      if (!k.startsWith(prefix)) break;
      if (k !== prefix) out.push(i);
    }
    return out;
  }

  /** [from, to) of the lines whose key starts with `initial`. */
  range(initial: string): [number, number] {
    const next = String.fromCharCode(initial.charCodeAt(0) + 1);
    return [this.lowerBound(initial), this.lowerBound(next)];
  }

  place(line: number): Place {
    const starts = this.lineStarts();
    const end = line + 1 < starts.length ? starts[line + 1]! - 1 : this.text.length;
    const f = this.text.slice(starts[line]!, end).replace(/\n$/, '').split('\t');
    return {
      geonamesId: f[1] ? Number(f[1]) : null,
      name: f[2]!,
      country: f[3]!,
      countryName: this.countryName(f[3]!),
      featureCode: f[4]!,
      admin1: f[5]!,
      population: Number(f[6]),
      lat: Number(f[7]),
      lon: Number(f[8]),
      kind: KINDS[f[9]!] ?? 'city',
    };
  }

  /** The GeoNames id of a line, without parsing the rest. */
  id(line: number): number | null {
    const s = this.lineStarts()[line]!;
    const a = this.text.indexOf('\t', s) + 1;
    const b = this.text.indexOf('\t', a);
    return b > a ? Number(this.text.slice(a, b)) : null;
  }

  /** Every line, for building an id lookup (done once, when first needed). */
  *all(): Generator<number> {
    for (let i = 0; i < this.lines; i++) yield i;
  }
}

/** Damerau–Levenshtein distance, giving up (returning max + 1) beyond `max`. */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      best = Math.min(best, d);
    }
    for (let j = 0; j <= b.length; j++) prev2[j] = prev[j]!;
    prev = cur;
    if (best > max) return max + 1;
  }
  return prev[b.length]!;
}

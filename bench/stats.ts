// The benchmarks' arithmetic and formatting, in one place: quantiles of timings, a timer,
// and how seconds and sizes are printed.

/** The q-quantile (0.5: median) of a list of numbers, by the nearest rank. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

export const median = (xs: readonly number[]) => quantile(xs, 0.5);
export const p95 = (xs: readonly number[]) => quantile(xs, 0.95);

export type Summary = (ms: number[]) => string;

/** "median 4.1 ms, p95 6.0 ms, min 3.2 ms (n=25)". */
export const summary: Summary = (ms) => `median ${median(ms).toFixed(1)} ms, p95 ${p95(ms).toFixed(1)} ms, min ${Math.min(...ms).toFixed(1)} ms (n=${ms.length})`;

/** The result of `fn` and the milliseconds it took. */
export function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

/** The milliseconds `fn` took. */
export const time = (fn: () => void): number => timed(fn)[1];

/** The median of `runs` timings of `fn` (given the run's number). */
export const medianOf = (runs: number, fn: (n: number) => number): number => median(Array.from({ length: runs }, (_, n) => fn(n)));

export const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

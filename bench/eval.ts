// `npm run eval`: how good the fact suggestions are, on the hand-written gold set.
// Prints, per kind and per part (dev, held-out): coverage, precision, accuracy; then the
// whole-document pass (precision/recall of spans), the timings the issue sets limits for,
// and the failures — the dev part in full; the held-out part only with --heldout-failures
// (read them only after the numbers are frozen: never tune on the held-out part).
//   npm run eval [-- --engine rules|compromise] [--facts DIR] [--heldout-failures] [--quiet]
// (--facts: another copy of electron/core/facts, e.g. the original code, for a baseline)

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPart, type GoldDoc } from './eval/gold';
import { scoreDocument, scoreFacts, type Engine, type Result } from './eval/score';
import { rulesEngine } from './eval/engines';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const option = (f: string) => (args.includes(f) ? args[args.indexOf(f) + 1] : undefined);

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '  -  ').padStart(7);

function table(title: string, results: Array<[string, Result, Result]>): void {
  console.log(`\n${title}`);
  console.log(`${'kind'.padEnd(12)} ${'part'.padEnd(8)} ${'n'.padStart(4)} ${'coverage'.padStart(9)} ${'precision'.padStart(9)} ${'accuracy'.padStart(9)} ${'top-3'.padStart(7)}`);
  for (const [kind, dev, held] of results) {
    for (const [part, r] of [['dev', dev], ['held-out', held]] as const) {
      const row = r.rows[kind];
      if (!row) continue;
      console.log(
        `${kind.padEnd(12)} ${part.padEnd(8)} ${String(row.n).padStart(4)} ${pct(row.covered, row.n).padStart(9)} ${pct(row.coveredRight, row.covered).padStart(9)} ${pct(row.right, row.n).padStart(9)} ${row.top3 !== undefined ? pct(row.top3, row.n) : ''.padStart(7)}`,
      );
    }
  }
}

function docTable(dev: Result, held: Result): void {
  console.log('\nWhole-document pass (spans; a prediction inside an ignored phrase is not counted)');
  console.log(`${'kind'.padEnd(12)} ${'part'.padEnd(8)} ${'gold'.padStart(5)} ${'found'.padStart(6)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}`);
  for (const kind of ['doc quotes', 'doc figures', 'doc places']) {
    for (const [part, r] of [['dev', dev], ['held-out', held]] as const) {
      const row = r.rows[kind] as (Result['rows'][string] & { predicted: number }) | undefined;
      if (!row) continue;
      console.log(`${kind.padEnd(12)} ${part.padEnd(8)} ${String(row.n).padStart(5)} ${String(row.predicted).padStart(6)} ${pct(row.covered, row.predicted).padStart(9)} ${pct(row.right, row.n)}`);
    }
  }
}

async function main(): Promise<void> {
  const sharedDir = process.env.SOURCEMARK_SHARED_SAMPLES ?? path.resolve(root, '..', 'shared', 'samples');
  const goldRoot = path.join(root, 'resources', 'gold');
  const engineName = option('--engine') ?? 'rules';

  // Cold start first, before anything has warmed the gazetteer: load the module, open the
  // index, search. (Under tsx the module load includes compiling it.)
  const t0 = performance.now();
  const { gazetteer } = await import('../electron/core/facts/gazetteer');
  const first = gazetteer().search('Osh', { limit: 8 });
  const cold = performance.now() - t0;
  if (!first.length) throw new Error('the gazetteer found nothing for "Osh"');
  const engine: Engine = engineName === 'compromise' ? await (await import('./eval/compromise-engine')).compromiseEngine() : await rulesEngine(option('--facts'));

  const dev: GoldDoc[] = loadPart(goldRoot, 'dev', sharedDir);
  const held: GoldDoc[] = loadPart(goldRoot, 'heldout', sharedDir);
  const count = (docs: GoldDoc[]) => docs.reduce((s, d) => s + d.quotes.length + d.figures.length + d.places.length, 0);
  console.log(`Gold: dev ${dev.length} articles, ${count(dev)} items; held-out ${held.length} articles, ${count(held)} items. Engine: ${engine.name}.`);

  const fd = scoreFacts(engine, dev);
  const fh = scoreFacts(engine, held);
  table('Suggestions for a tagged span', [['speaker', fd, fh], ['figure', fd, fh], ['place', fd, fh]]);
  const dd = scoreDocument(engine, dev);
  const dh = scoreDocument(engine, held);
  if (engine.document) docTable(dd, dh);
  else console.log('\nWhole-document pass: not available in this engine.');

  console.log('\nTimings');
  console.log(`  first place candidates, cold start (load + index + search "Osh"): ${cold.toFixed(0)} ms`);
  const warm: number[] = [];
  for (const q of ['Osh', 'Victoria', 'Washington', 'Dulles', 'Tasmania', 'Jalalabad', 'Bishkeck', 'Western Australia']) {
    const t = performance.now();
    engine.places(q, { countries: [], confirmed: [], following: '', preceding: '' });
    warm.push(performance.now() - t);
  }
  console.log(`  place search, warm: max ${Math.max(...warm).toFixed(1)} ms over ${warm.length} queries`);
  if (engine.document) {
    const base = [...dev, ...held].map((d) => d.text).join('\n\n');
    let big = '';
    while (big.length < 1_000_000) big += `${base}\n\n`;
    const t = performance.now();
    const out = engine.document(big);
    console.log(`  whole-document pass over ${(big.length / 1e6).toFixed(2)} MB: ${(performance.now() - t).toFixed(0)} ms (${out.quotes.length} quotes, ${out.figures.length} figures, ${out.places.length} places)`);
  }

  if (!flag('--quiet')) {
    console.log(`\nFailures, dev part (${fd.failures.length + dd.failures.length}):`);
    for (const f of [...fd.failures, ...dd.failures]) console.log(`  ${f}`);
  }
  console.log(`\nFailures, held-out part: ${fh.failures.length} on tagged spans, ${dh.failures.length} in the whole-document pass${flag('--heldout-failures') ? ':' : ' (list them with --heldout-failures, after freezing the numbers)'}`);
  if (flag('--heldout-failures')) for (const f of [...fh.failures, ...dh.failures]) console.log(`  ${f}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

// Benchmarks of exchange at scale: exporting and importing 100,000 annotations as a
// Sourcemark package and as W3C JSON-LD, each figure beside its raw baseline measured in the
// same run (raw-baseline.ts) and the ratio; the issue's goal is at most 2× the baseline.
// Re-anchoring (reanchor-bench.ts) and a team's week (team-bench.ts) are benches of their own.
// Figures, not pass/fail. `npx tsx bench/exchange-bench.ts` (BENCH_EXCHANGE_ANNOTATIONS=N).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportAs, type ExportFormat } from '../electron/core/api/ops/export';
import { mergeInto, planMerge } from '../electron/core/exchange/merge';
import { readIncoming } from '../electron/core/exchange/read';
import { Study } from '../electron/core/store/study';
import { exportBaseline, importPackageBaseline, importW3CBaseline } from './raw-baseline';
import { bigStudy, recordCreation } from './scale-fixtures';
import { mb, median, medianOf, secs } from './stats';

export { benchReanchor } from './reanchor-bench';

const RUNS = 3;
// The study's data is dated now (study-bench.ts), so the import's clock is now too: a file dated
// after the clock is refused as from the future.
const NOW = new Date().toISOString();

function fileOf(study: Study, format: ExportFormat): Uint8Array {
  const f = exportAs(study, format, undefined, NOW);
  return f.encoding === 'base64' ? new Uint8Array(Buffer.from(f.content, 'base64')) : new Uint8Array(Buffer.from(f.content));
}

/** A study to import into: empty, or (for W3C, which carries no texts) holding the articles. */
function target(dir: string, name: string, from: Study | null): Study {
  const file = path.join(dir, `${name}.sourcemark`);
  for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
  const study = Study.create(file);
  if (from) {
    study.write(() => {
      for (const d of from.documents.list()) {
        const c = from.documents.content(d.id)!;
        study.documents.insert({ id: d.id, fileName: d.fileName, format: d.format, encoding: 'utf-8', metadata: { title: d.title }, blocks: c.blocks, text: c.text, length: d.length }, NOW);
      }
      for (const p of from.people.list()) study.people.insert(p, NOW);
    });
  }
  return study;
}

/**
 * One import on its own (read, plan, write in one transaction), or as the CLI does it (in
 * journalled slices); and the app's way after a preview: the preview's plan written.
 */
async function importOnce(dir: string, name: string, bytes: Uint8Array, from: Study | null, sliced: boolean, n: number): Promise<{ ms: number; previewMs: number; afterPreviewMs: number; added: number }> {
  const study = target(dir, `import-${n}`, from);
  // Each reading gets its own copy of the bytes, as each call of the app does: nothing parsed is reused.
  const t0 = performance.now();
  const preview = mergeInto(study, await readIncoming(name, bytes.slice(), { now: NOW }), { now: NOW, dryRun: true });
  const t1 = performance.now();
  const incoming = await readIncoming(name, bytes.slice(), { now: NOW });
  const done = mergeInto(study, incoming, { now: NOW, dryRun: false, sliceAbove: sliced ? 5000 : Infinity });
  const t2 = performance.now();
  if (done.annotations.added !== preview.annotations.added) throw new Error('the preview and the import disagree');
  study.close();
  const again = target(dir, `import-${n}-after-preview`, from);
  const planned = planMerge(again, await readIncoming(name, bytes.slice(), { now: NOW }), { now: NOW });
  const t3 = performance.now();
  mergeInto(again, planned.incoming, { now: NOW, dryRun: false }, planned);
  const t4 = performance.now();
  again.close();
  return { ms: t2 - t1, previewMs: t1 - t0, afterPreviewMs: t4 - t3, added: done.annotations.added };
}

interface Line {
  what: string;
  ours: number;
  base: number;
  note: string;
}

function printTable(lines: Line[]): void {
  console.log(`   ${'what'.padEnd(44)} ${'ours'.padStart(8)} ${'baseline'.padStart(9)} ${'ratio'.padStart(6)}  goal ≤ 2×`);
  for (const l of lines) {
    const ratio = l.ours / l.base;
    console.log(`   ${l.what.padEnd(44)} ${secs(l.ours).padStart(8)} ${secs(l.base).padStart(9)} ${`${ratio.toFixed(2)}×`.padStart(6)}  ${ratio <= 2 ? 'met' : 'NOT met'}${l.note ? `  (${l.note})` : ''}`);
  }
}

/** `big` is a study with many annotations over several documents (the search bench's). */
export async function benchExchange(dir: string, big: Study): Promise<void> {
  if (!big.db.prepare('SELECT 1 FROM changes LIMIT 1').get()) big.write(() => recordCreation(big));
  const total = big.db.prepare('SELECT count(*) FROM annotations').pluck().get() as number;
  const all = big.annotations.listAll();
  console.log(`\n6. Export and import of ${total.toLocaleString('en')} annotations (${big.documents.list().length} documents, each annotation's creation in the history), median of ${RUNS}`);
  console.log('   baselines, same data, same run: import = JSON.parse of the file’s annotations + a one-transaction better-sqlite3');
  console.log('   insert of the same rows (all 13 columns) into a plain table; export = select of those rows + JSON.stringify');

  const exportBase = medianOf(RUNS, () => exportBaseline(dir, all).ms);
  const lines: Line[] = [];
  const files = new Map<ExportFormat, Uint8Array>();
  for (const format of ['package', 'w3c'] as const) {
    const ms = medianOf(RUNS, () => {
      const t0 = performance.now();
      files.set(format, fileOf(big, format));
      return performance.now() - t0;
    });
    lines.push({ what: `export ${format === 'w3c' ? 'W3C JSON-LD' : 'package'}`, ours: ms, base: exportBase, note: mb(files.get(format)!.length) });
  }
  const pkg = files.get('package')!;
  const w3c = files.get('w3c')!;
  const pkgBase = medianOf(RUNS, () => importPackageBaseline(dir, pkg));
  const w3cBase = medianOf(RUNS, () => importW3CBaseline(dir, w3c));
  let previews = '';
  for (const [label, name, bytes, from, base] of [
    ['package', 'big.sourcemark.zip', pkg, null, pkgBase],
    ['W3C JSON-LD', 'big.jsonld', w3c, big, w3cBase],
  ] as const) {
    const runs: Array<{ ms: number; previewMs: number; afterPreviewMs: number; added: number }> = [];
    for (let n = 0; n < RUNS; n++) runs.push(await importOnce(dir, name, bytes, from, false, n));
    lines.push({ what: `import ${label} (read + plan + write)`, ours: median(runs.map((r) => r.ms)), base, note: `${runs[0]!.added.toLocaleString('en')} added` });
    previews += `   preview of the ${label} (read + plan): ${secs(median(runs.map((r) => r.previewMs)))}; the import that follows it in the app (its plan written): ${secs(median(runs.map((r) => r.afterPreviewMs)))}, ${(median(runs.map((r) => r.afterPreviewMs)) / base).toFixed(2)}× the baseline\n`;
  }
  printTable(lines);
  process.stdout.write(previews);
  const sliced = await importOnce(dir, 'big.sourcemark.zip', pkg, null, true, 9);
  console.log(`   import of the package in journalled slices (the command line's way): ${secs(sliced.ms)}, ${(sliced.ms / pkgBase).toFixed(2)}× the baseline`);
  for (const format of ['csv', 'brat', 'refi'] as const) {
    const t0 = performance.now();
    const bytes = fileOf(big, format).length;
    console.log(`   export ${format.padEnd(5)} ${secs(performance.now() - t0).padStart(8)}  (${mb(bytes)})`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcemark-exchange-bench-'));
  try {
    const study = bigStudy(dir, Number(process.env.BENCH_EXCHANGE_ANNOTATIONS ?? 100_000));
    await benchExchange(dir, study);
    study.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

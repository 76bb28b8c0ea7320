// Two programs on one study: the CLI merges a package of many annotations while the app
// keeps writing (a tag every 20 ms, retried while "busy" as the UI does) and reading. Prints
// how long the app's writes waited, how long any one request held the app's thread, and —
// measured in the same run — how long the merge plans (no lock) and how long it writes
// (the lock), against the whole merge as it was done under the lock before.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '../electron/core/api/dispatch';
import { readIncoming } from '../electron/core/exchange/read';
import { mergeInto } from '../electron/core/exchange/merge';
import { exportAs } from '../electron/core/api/ops/export';
import { addArticle } from '../electron/core/test-support/documents';
import { SourcemarkService } from '../electron/core/api/service';
import { MemorySettings } from '../electron/core/api/settings';
import { Study } from '../electron/core/store/study';
import { bigArticle, studyWithAnnotations } from './fixtures';

const ms = (n: number) => `${n.toFixed(0)} ms`;
const pick = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

function freshTarget(dir: string, name: string): string {
  const file = path.join(dir, name);
  const s = Study.create(file);
  addArticle(s, 'dossier.md', new TextEncoder().encode(bigArticle()), new Date().toISOString());
  s.close();
  return file;
}

export async function benchConcurrentWriters(dir: string, count = 200_000): Promise<void> {
  console.log(`\n8. The CLI merging ${count.toLocaleString('en')} annotations while the app writes`);
  const { file } = studyWithAnnotations(dir, count);
  const source = Study.open(file);
  const pkgFile = path.join(dir, 'colleague.sourcemark.zip');
  fs.writeFileSync(pkgFile, Buffer.from(exportAs(source, 'package', undefined, new Date().toISOString()).content, 'base64'));
  source.close();

  // Same run: the plan (no lock), the write in one transaction (the lock held throughout, as
  // before), and the write in slices (the lock held a tenth of a second at a time).
  const incoming = await readIncoming('colleague.sourcemark.zip', fs.readFileSync(pkgFile));
  const timeMerge = (name: string, options: { dryRun: boolean; sliceAbove?: number }) => {
    const probe = Study.open(freshTarget(dir, name));
    const t0 = performance.now();
    mergeInto(probe, incoming, { now: new Date().toISOString(), ...options });
    const took = performance.now() - t0;
    probe.close();
    return took;
  };
  const planMs = timeMerge('probe-plan.sourcemark', { dryRun: true });
  const wholeMs = timeMerge('probe-whole.sourcemark', { dryRun: false, sliceAbove: Infinity });
  const slicedMs = timeMerge('probe-sliced.sourcemark', { dryRun: false });
  console.log(`   merge: plan ${ms(planMs)} without the lock; write in one transaction ${ms(wholeMs - planMs)} (the lock held throughout), in slices ${ms(slicedMs - planMs)} (×${((slicedMs - planMs) / (wholeMs - planMs)).toFixed(2)}, the lock held ~100 ms at a time)`);

  const target = freshTarget(dir, 'shared.sourcemark');
  const app = new SourcemarkService({ settings: new MemorySettings({ name: 'App', email: null, orcid: null }), defaultStudyPath: target }).startWith(target, { create: false });
  const documentId = app.study.documents.list()[0]!.id;
  const cli = spawn(process.execPath, ['dist/cli/sourcemark.cjs', 'import', target, pkgFile], { stdio: ['ignore', 'ignore', 'inherit'] });
  const cliStart = performance.now();
  let cliDone = false;
  const cliExit = new Promise<number>((resolve) => cli.on('exit', (code) => ((cliDone = true), resolve(code ?? -1))));

  const waits: number[] = [];
  const blocks: number[] = [];
  const reads: number[] = [];
  let busyAnswers = 0;
  const call = async (method: 'createAnnotation' | 'listDocuments', request: object) => {
    const t = performance.now();
    const r = await dispatch(app, method, request);
    blocks.push(performance.now() - t);
    return r;
  };
  for (let i = 0; !cliDone; i++) {
    const started = performance.now();
    for (;;) {
      const r = await call('createAnnotation', { documentId, tag: 'claim', start: 100 + i, end: 110 + i });
      if (r.ok) break;
      if (r.error.code !== 'busy') throw new Error(r.error.message);
      busyAnswers++;
      await new Promise((res) => setTimeout(res, 20));
    }
    waits.push(performance.now() - started);
    const rt = performance.now();
    await call('listDocuments', {});
    reads.push(performance.now() - rt);
    await new Promise((res) => setTimeout(res, 20));
  }
  const code = await cliExit;
  const cliMs = performance.now() - cliStart;
  const kept = app.study.db.prepare("SELECT count(*) FROM annotations WHERE author = 'App'").pluck().get() as number;
  app.close();
  console.log(`   CLI import: ${ms(cliMs)} (exit ${code}); the app made ${waits.length} writes meanwhile, all saved (${kept} in the study), ${busyAnswers} "busy" answers retried`);
  console.log(`   app write, from the key to saved: median ${ms(pick(waits, 0.5))}, p95 ${ms(pick(waits, 0.95))}, max ${ms(pick(waits, 1))}`);
  console.log(`   app read while the CLI ran: median ${ms(pick(reads, 0.5))}, max ${ms(pick(reads, 1))}; longest any one request held the app's thread: ${ms(pick(blocks, 1))}`);
}

if (process.argv[1]?.endsWith('concurrent-bench.ts')) {
  const dir = fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'sourcemark-bench-'));
  await benchConcurrentWriters(dir, Number(process.env.BENCH_CLI_ANNOTATIONS ?? 200_000));
  fs.rmSync(dir, { recursive: true, force: true });
}

// A team's week: fifty colleagues each send a package of 10,000 annotations on the same
// twenty articles, and all are merged into one study (500,000 annotations), each previewed
// and then imported, as the app does them (through the service, one transaction each). The
// goal: under 60 s and 1.5 GB of memory. The merging runs in a child process of its own, so
// its peak memory (max RSS) is its own. Beside it, a raw baseline in the same run: each
// package's annotations JSON.parsed and inserted into one plain table, a transaction each.
// Figures, not pass/fail. `npx tsx bench/team-bench.ts` (BENCH_TEAM_PEOPLE, BENCH_TEAM_EACH).

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZipArchive } from '../electron/core/input/zip';
import { Study } from '../electron/core/store/study';
import { testService } from '../electron/core/test-support/service';
import type { Annotation } from '../electron/core/domain/types';
import { plainTable } from './raw-baseline';
import { teamPackages } from './scale-fixtures';
import { secs } from './stats';

const NOW = '2026-03-01T00:00:00.000Z';
const n = (x: number) => x.toLocaleString('en');
const packagePath = (dir: string, i: number) => path.join(dir, `colleague-${i + 1}.sourcemark.zip`);

interface MergeRun {
  ms: number;
  previewMs: number;
  firstMs: number;
  lastMs: number;
  maxRssMb: number;
  added: number;
  total: number;
}

/** In the child: preview and import every package into a new study, as the app would. */
async function mergeAll(dir: string, people: number): Promise<MergeRun> {
  const service = testService({ dataDir: path.join(dir, 'data'), studyPath: path.join(dir, 'team.sourcemark'), now: () => NOW }).start();
  const run: MergeRun = { ms: 0, previewMs: 0, firstMs: 0, lastMs: 0, maxRssMb: 0, added: 0, total: 0 };
  const t0 = performance.now();
  for (let i = 0; i < people; i++) {
    const file = { name: path.basename(packagePath(dir, i)), dataBase64: fs.readFileSync(packagePath(dir, i)).toString('base64') };
    const p0 = performance.now();
    const preview = await service.previewImport(file);
    const p1 = performance.now();
    const done = await service.importAnnotations(file);
    const p2 = performance.now();
    if (done.annotations.added !== preview.annotations.added) throw new Error('the preview and the import disagree');
    run.previewMs += p1 - p0;
    run.added += done.annotations.added;
    if (i === 0) run.firstMs = p2 - p0;
    if (i === people - 1) run.lastMs = p2 - p0;
  }
  run.ms = performance.now() - t0;
  service.close();
  const study = Study.openReadOnly(path.join(dir, 'team.sourcemark'));
  run.total = study.db.prepare('SELECT count(*) FROM annotations').pluck().get() as number;
  study.close();
  run.maxRssMb = process.resourceUsage().maxRSS / 1024;
  return run;
}

/** The raw baseline: each package's annotations parsed and inserted into one plain table. */
function baseline(dir: string, people: number): number {
  const db = plainTable(dir, 'baseline-team');
  const put = db.prepare('INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const t0 = performance.now();
  for (let i = 0; i < people; i++) {
    const list = JSON.parse(new ZipArchive(fs.readFileSync(packagePath(dir, i))).read('annotations.json').toString('utf8')) as Annotation[];
    db.transaction(() => {
      for (const a of list) put.run(a.id, a.documentId, a.tag, a.start, a.end, a.exact, a.prefix, a.suffix, a.note, JSON.stringify(a.fields), a.author, a.created, a.modified);
    })();
  }
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

export async function benchTeamWeek(dir: string, people = Number(process.env.BENCH_TEAM_PEOPLE ?? 50), each = Number(process.env.BENCH_TEAM_EACH ?? 10_000)): Promise<void> {
  console.log(`\n9. A team's week: ${people} colleagues' packages of ${n(each)} annotations each (the same 20 articles) merged into one study, each previewed and imported`);
  const g0 = performance.now();
  const team = path.join(dir, 'team-week');
  fs.mkdirSync(team, { recursive: true });
  teamPackages(team, people, each).forEach((bytes, i) => fs.writeFileSync(packagePath(team, i), bytes));
  for (const f of fs.readdirSync(team)) if (f.endsWith('.sourcemark')) fs.rmSync(path.join(team, f));
  console.log(`   (making the packages: ${secs(performance.now() - g0)}, ${(fs.statSync(packagePath(team, 0)).size / 1048576).toFixed(1)} MB each)`);
  const base = baseline(team, people);
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--merge-into', team, String(people)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`the merging process failed: ${child.stderr}`);
  const run = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as MergeRun;
  console.log(`   time:   ${secs(run.ms).padStart(7)} for all (previews ${secs(run.previewMs)}; the first package ${secs(run.firstMs)}, the last ${secs(run.lastMs)}); goal < 60 s: ${run.ms < 60_000 ? 'met' : 'NOT met'}`);
  console.log(`           raw baseline (JSON.parse + one-transaction insert into a plain table, each package) ${secs(base)}: ${(run.ms / base).toFixed(1)}× it`);
  console.log(`   memory: ${n(Math.round(run.maxRssMb)).padStart(5)} MB peak (max RSS of the merging process); goal < 1,536 MB: ${run.maxRssMb < 1536 ? 'met' : 'NOT met'}`);
  console.log(`   ${n(run.added)} annotations added; the study holds ${n(run.total)}`);
  fs.rmSync(team, { recursive: true, force: true });
}

if (process.argv[2] === '--merge-into') {
  console.log(JSON.stringify(await mergeAll(process.argv[3]!, Number(process.argv[4]))));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcemark-team-bench-'));
  try {
    await benchTeamWeek(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

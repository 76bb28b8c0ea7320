// Importing other tools' files at scale: 100,000 annotations from brat standoff and from a
// Label Studio JSON export, read (recognised by content, offsets converted and each span
// checked against its text), previewed, and merged into an empty study in one transaction,
// as the app does (the writing is the study's own: rows, search index, history). Each
// figure is printed beside a raw baseline measured in the same run: JSON.parse of the export
// and a one-transaction better-sqlite3 insert of the same rows into a bare table.
// Figures, not pass/fail. `npx tsx bench/partner-bench.ts` (or BENCH_PARTNER_ANNOTATIONS=N).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { strToU8, zipSync } from 'fflate';
import { mergeInto } from '../electron/core/exchange/merge';
import { readIncoming } from '../electron/core/exchange/read';
import { Study } from '../electron/core/store/study';
import { CodePointIndex } from '../electron/core/text/codepoints';
import { bigArticle } from './fixtures';
import { mb, median, secs } from './stats';

const COUNT = Number(process.env.BENCH_PARTNER_ANNOTATIONS ?? 100_000);
const RUNS = 3;
const LABELS = ['PER', 'LOC', 'ORG', 'DATE', 'MISC', 'Claim', 'Quote', 'Figure'];
const now = () => new Date().toISOString();

interface Row {
  id: string;
  start: number;
  end: number;
  label: string;
  text: string;
}

/** COUNT spans over the words of the text (code points), labels in turn. */
function spans(text: string): Row[] {
  const idx = new CodePointIndex(text);
  const words = [...text.matchAll(/\p{L}[\p{L}\p{N}'-]*/gu)].map((m) => [idx.toCodePoint(m.index!), idx.toCodePoint(m.index! + m[0].length), m[0]] as const);
  return Array.from({ length: COUNT }, (_, i) => {
    const [start, end, word] = words[(i * 7919) % words.length]!;
    return { id: `r${i}`, start, end, label: LABELS[i % LABELS.length]!, text: word };
  });
}

function bratZip(text: string, rows: Row[]): Uint8Array {
  const ann = rows.map((r, i) => `T${i + 1}\t${r.label} ${r.start} ${r.end}\t${r.text}`).join('\n') + '\n';
  return zipSync({ 'dossier.txt': strToU8(text), 'dossier.ann': strToU8(ann) });
}

function labelStudioJson(text: string, rows: Row[]): Uint8Array {
  const result = rows.map((r) => ({ value: { start: r.start, end: r.end, text: r.text, labels: [r.label] }, id: r.id, from_name: 'label', to_name: 'text', type: 'labels', origin: 'manual' }));
  const task = { id: 1, data: { text }, annotations: [{ id: 1, completed_by: 1, result, was_cancelled: false, created_at: '2024-05-10T12:00:00.000000Z', updated_at: '2024-05-10T12:00:00.000000Z', task: 1 }], predictions: [] };
  return strToU8(JSON.stringify([task]));
}

/** The raw baseline: parse the JSON, insert its rows in one transaction, check nothing. */
function baseline(dir: string, json: Uint8Array, n: number): number {
  const file = path.join(dir, `baseline-${n}.sqlite`);
  fs.rmSync(file, { force: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE rows (id TEXT PRIMARY KEY, document TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, tag TEXT NOT NULL, exact TEXT NOT NULL) STRICT');
  const t0 = performance.now();
  const tasks = JSON.parse(Buffer.from(json).toString('utf8')) as Array<{ annotations: Array<{ result: Array<{ id: string; value: { start: number; end: number; text: string; labels: string[] } }> }> }>;
  const put = db.prepare('INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const r of tasks[0]!.annotations[0]!.result) put.run(r.id, 'doc', r.value.start, r.value.end, r.value.labels[0]!, r.value.text);
  })();
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

/** One import as the app makes it: read, the preview's plan, then the import (planned again and written). */
async function importOnce(dir: string, name: string, bytes: Uint8Array, n: number): Promise<{ read: number; plan: number; merge: number; added: number }> {
  const study = Study.create(path.join(dir, `${name}-${n}.sourcemark`));
  const t0 = performance.now();
  const incoming = await readIncoming(name, bytes, { now: now() });
  const t1 = performance.now();
  mergeInto(study, incoming, { now: now(), dryRun: true });
  const t2 = performance.now();
  const summary = mergeInto(study, incoming, { now: now(), dryRun: false, sliceAbove: Infinity });
  const t3 = performance.now();
  study.close();
  return { read: t1 - t0, plan: t2 - t1, merge: t3 - t2, added: summary.annotations.added };
}

export async function benchPartners(dir: string): Promise<void> {
  const text = bigArticle();
  const rows = spans(text);
  const brat = bratZip(text, rows);
  const ls = labelStudioJson(text, rows);
  console.log(`\n8. Importing ${COUNT.toLocaleString('en')} annotations from other tools (one ${mb(Buffer.byteLength(text))} document, ${LABELS.length} labels; median of ${RUNS})`);
  const base = median(Array.from({ length: RUNS }, (_, n) => baseline(dir, ls, n)));
  console.log(`   raw baseline, JSON.parse + one-transaction better-sqlite3 insert of the same rows: ${secs(base)}`);
  for (const [label, name, bytes] of [['brat standoff (.ann + .txt, zipped)', 'dossier.brat.zip', brat], ['Label Studio JSON export', 'project-1.json', ls]] as const) {
    const runs = [];
    for (let n = 0; n < RUNS; n++) runs.push(await importOnce(dir, name, bytes, n));
    const read = median(runs.map((r) => r.read));
    const plan = median(runs.map((r) => r.plan));
    const merge = median(runs.map((r) => r.merge));
    const total = median(runs.map((r) => r.read + r.merge));
    console.log(`   ${label} (${mb(bytes.length)}): read ${secs(read)} + import ${secs(merge)} (of which planning ${secs(plan)}, writing ${secs(merge - plan)}) = ${secs(total)}, ${(total / base).toFixed(1)}× the baseline (${secs(base)}); the preview alone: read + ${secs(plan)}; ${runs[0]!.added.toLocaleString('en')} added`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcemark-partner-bench-'));
  try {
    await benchPartners(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Benchmarks of exchange: exporting and importing a study of 100,000 annotations, and
// re-anchoring 10,000 annotations onto an edited text. Figures, not pass/fail.

import path from 'node:path';
import { readIncoming } from '../electron/core/exchange/read';
import { mergeInto } from '../electron/core/exchange/merge';
import { exportAs } from '../electron/core/api/ops/export';
import { addArticle } from '../electron/core/test-support/documents';
import { Study } from '../electron/core/store/study';
import { bigArticle, studyWithAnnotations } from './fixtures';

type Summary = (ms: number[]) => string;
const now = () => new Date().toISOString();
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

async function timedAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
}

/** `big` is a study with many annotations over several documents (the search bench's). */
export async function benchExchange(dir: string, big: Study): Promise<void> {
  const total = big.db.prepare('SELECT count(*) FROM annotations').pluck().get() as number;
  console.log(`\n6. Export and import of ${total.toLocaleString('en')} annotations (${big.documents.list().length} documents)`);
  for (const format of ['package', 'w3c', 'csv', 'brat', 'refi'] as const) {
    const [file, ms] = timed(() => exportAs(big, format, undefined, now()));
    const bytes = file.encoding === 'base64' ? Buffer.from(file.content, 'base64').length : Buffer.byteLength(file.content);
    console.log(`   export ${format.padEnd(8)} ${secs(ms).padStart(8)}  (${(bytes / 1048576).toFixed(1)} MB)`);
  }

  const pkg = Buffer.from(exportAs(big, 'package', undefined, now()).content, 'base64');
  const w3c = Buffer.from(exportAs(big, 'w3c', undefined, now()).content);

  const empty = Study.create(path.join(dir, 'import-package.sourcemark'));
  const [incoming, readMs] = await timedAsync(() => readIncoming('big.sourcemark.zip', pkg));
  const [preview, previewMs] = timed(() => mergeInto(empty, incoming, { now: now(), dryRun: true }));
  const [done, mergeMs] = timed(() => mergeInto(empty, incoming, { now: now(), dryRun: false }));
  console.log(`   import package into an empty study: read ${secs(readMs)}, preview (dry run) ${secs(previewMs)}, merge ${secs(mergeMs)}; ${done.annotations.added.toLocaleString('en')} added (preview said ${preview.annotations.added.toLocaleString('en')})`);
  const [again, againMs] = await timedAsync(async () => mergeInto(empty, await readIncoming('big.sourcemark.zip', pkg), { now: now(), dryRun: false }));
  console.log(`   the same package again (everything already there): ${secs(againMs)}; ${again.annotations.unchanged.toLocaleString('en')} unchanged`);
  empty.close();

  // W3C carries no texts: the articles are there first, as a colleague's study would have them.
  const withDocs = Study.create(path.join(dir, 'import-w3c.sourcemark'));
  for (const d of big.documents.list()) {
    const text = big.documents.content(d.id)!.text;
    withDocs.documents.insert({ id: d.id, fileName: d.fileName, format: d.format, encoding: 'utf-8', metadata: { title: d.title }, blocks: big.documents.content(d.id)!.blocks, text, length: d.length }, now());
  }
  const [w3cDone, w3cMs] = await timedAsync(async () => mergeInto(withDocs, await readIncoming('big.jsonld', w3c), { now: now(), dryRun: false }));
  console.log(`   import W3C JSON-LD (read + merge):  ${secs(w3cMs)}; ${w3cDone.annotations.added.toLocaleString('en')} added`);
  withDocs.close();
}

/** A corrected version of the bench article: a new opening, every 40th "the" misspelt, one part cut. */
function edited(text: string): string {
  let n = 0;
  const typos = text.replace(/\bthe\b/g, (w) => (++n % 40 === 0 ? 'teh' : w));
  const cut = typos.indexOf('## Part 7');
  const end = typos.indexOf('## Part 8');
  return `# Corrected edition\n\nThis version corrects typos and removes one part.\n\n${typos.slice(0, cut)}${typos.slice(end)}`;
}

export async function benchReanchor(dir: string, summary: Summary, count = 10_000): Promise<void> {
  console.log(`\n7. Re-anchoring ${count.toLocaleString('en')} annotations onto an edited text (~1 MB: new opening, typos, a part removed)`);
  const { file } = studyWithAnnotations(dir, count);
  const source = Study.open(file);
  const pkg = Buffer.from(exportAs(source, 'package', undefined, now()).content, 'base64');
  source.close();
  const times: number[] = [];
  let last;
  for (let round = 0; round < 3; round++) {
    const target = Study.create(path.join(dir, `reanchor-${round}.sourcemark`));
    addArticle(target, 'dossier.md', new TextEncoder().encode(edited(bigArticle())), now());
    const incoming = await readIncoming('colleague.sourcemark.zip', pkg);
    const [s, ms] = timed(() => mergeInto(target, incoming, { now: now(), dryRun: false }));
    times.push(ms);
    last = { s, methods: target.db.prepare('SELECT count(*) FROM annotations').pluck().get() as number };
    target.close();
  }
  const a = last!.s.annotations;
  console.log(`   merge with re-anchoring: ${summary(times)}`);
  console.log(`   placed ${last!.methods.toLocaleString('en')}, unanchored (kept in the list) ${a.unanchored.toLocaleString('en')}, duplicates ${a.duplicates}`);
}

// Benchmark of importing a folder of 1,000 mixed files (issue 8): web pages with their page
// furniture, 20-page PDFs, Word files, EPUB books and Markdown notes, generated here with the
// extractor tests' own generators, then imported one by one through the service as the CLI
// and the app do (classify, then importFile into the folder's collection). Prints files per
// second per kind and overall, the time of one 20-page PDF and the peak memory, each beside
// a baseline measured in the same run. Memory is measured twice: in this process (where tsx,
// which runs the benchmarks, makes loading pdf.js alone cost some hundreds of MB) and in the
// built CLI (dist/cli, plain Node, as shipped) importing the same folder into a fresh study.
// Figures, not pass/fail. On its own: `npx tsx bench/folder-bench.ts`.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { coreXml, makeDocx, p as para } from '../electron/core/documents/__fixtures__/make-docx';
import { makeEpub } from '../electron/core/documents/__fixtures__/make-epub';
import { flow, makePdf, timesWidth, type Run } from '../electron/core/documents/__fixtures__/make-pdf';
import { newsPage } from '../electron/core/documents/__fixtures__/pages';
import { extractDocument, loadPdfjs } from '../electron/core/documents';
import { testService } from '../electron/core/test-support/service';
import { parseMarkdown } from '../electron/core/text/markdown';
import { mb, median, p95, secs } from './stats';

type Kind = 'html' | 'markdown' | 'pdf' | 'docx' | 'epub';
const MIX: Record<Kind, number> = { html: 400, markdown: 300, docx: 100, epub: 100, pdf: 100 };
const LABEL: Record<Kind, string> = { html: 'HTML (news page)', markdown: 'Markdown', pdf: 'PDF (20 pages)', docx: 'DOCX', epub: 'EPUB' };
const EXT: Record<Kind, string> = { html: 'html', markdown: 'md', pdf: 'pdf', docx: 'docx', epub: 'epub' };
const PDF_PAGES = 20;

const WORDS = (
  'council harbour minister report budget quota election border market police village river court ' +
  'statement agreement committee figures percent million residents officials delegation protest ' +
  'hospital school water plant bridge railway farmers season winter spring decision inquiry ' +
  'evidence witness archive letter press release museum library university survey contract'
).split(' ');

/** Deterministic prose: every file gets its own text, so none is a duplicate of another. */
function prose(seed: number) {
  let s = seed * 2654435761 + 1;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const sentence = () => {
    const n = 10 + Math.floor(rand() * 14);
    const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]!);
    return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
  };
  const paragraph = (sentences = 4) => `${Array.from({ length: sentences }, sentence).join(' ')} (${seed}-${Math.floor(rand() * 1e9)})`;
  return { paragraph, paragraphs: (n: number, sentences = 4) => Array.from({ length: n }, () => paragraph(sentences)) };
}

async function generate(kind: Kind, i: number, width: (t: string, s: number) => number, pdfPages = PDF_PAGES): Promise<Uint8Array> {
  const text = prose(i * 10 + Object.keys(MIX).indexOf(kind));
  const title = `Report ${i} on the harbour quotas`;
  const enc = (s: string) => new TextEncoder().encode(s);
  switch (kind) {
    case 'html': {
      const jsonLd = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","author":{"@type":"Person","name":"Maria Lopez"},"datePublished":"2024-03-04T09:30:00+01:00"}</script>`;
      return enc(newsPage({ jsonLd, articleExtra: text.paragraphs(9).map((p) => `<p>${p}</p>`).join('\n') }));
    }
    case 'markdown':
      return enc(`# ${title}\n\n*By Ana Ruiz*\n\n${text.paragraphs(6).join('\n\n')}\n\n- ${text.paragraph(1)}\n- ${text.paragraph(1)}\n\n> ${text.paragraph(2)}\n\n${text.paragraphs(5).join('\n\n')}\n`);
    case 'docx':
      return makeDocx({
        body: [para(title, 'Title'), ...[1, 2, 3].flatMap((n) => [para(`Section ${n}`, 'Heading1'), ...text.paragraphs(4).map((t) => para(t))])].join(''),
        core: coreXml(title, 'Press Office'),
      });
    case 'epub':
      return makeEpub({
        title,
        creators: ['Harbour Office'],
        date: '2023-05-01',
        chapters: [1, 2, 3, 4].map((n) => ({ path: `ch${n}.xhtml`, title: `Chapter ${n}`, body: `<h1>Chapter ${n}</h1>${text.paragraphs(5).map((t) => `<p>${t}</p>`).join('')}` })),
      });
    case 'pdf': {
      const pages: Run[][] = Array.from({ length: pdfPages }, (_, n) => [
        { text: 'Harbour Authority · Annual Report', x: 72, y: 752, size: 9 },
        ...(n === 0 ? [{ text: title, x: 72, y: 712, size: 20 }] : []),
        ...flow(text.paragraphs(n === 0 ? 5 : 6, 3), { x: 72, top: n === 0 ? 680 : 712, width: 440 }, width).runs,
        { text: String(n + 1), x: 300, y: 40, size: 9 },
      ]);
      return makePdf({ pages, title, author: 'Harbour Office' });
    }
  }
}

const rate = (n: number, ms: number) => `${(n / (ms / 1000)).toFixed(1)} files/s`;

/** pdf.js reading the text layer of every page, nothing else: the floor under a PDF import. */
async function pdfTextOnly(bytes: Uint8Array): Promise<number> {
  const pdfjs = await loadPdfjs();
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  let items = 0;
  for (let n = 1; n <= pdf.numPages; n++) items += (await (await pdf.getPage(n)).getTextContent()).items.length;
  await pdf.destroy();
  return items;
}

const CLI = path.resolve(import.meta.dirname, '../dist/cli/sourcemark.cjs');

/** Run the built CLI in plain Node; its wall time and its own peak RSS (reported as it exits). */
async function cliRun(dir: string, args: string[]): Promise<{ ms: number; peak: number; code: number | null }> {
  const preload = path.join(dir, 'peak-rss.cjs');
  const out = path.join(dir, 'peak-rss.txt');
  fs.writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, String(process.resourceUsage().maxRSS * 1024)));\n`);
  const t = performance.now();
  const child = spawn(process.execPath, ['-r', preload, CLI, ...args], { stdio: 'ignore' });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { ms: performance.now() - t, peak: Number(fs.readFileSync(out, 'utf8')), code };
}

/** A report of `pages` pages as the folder's PDFs are made (running header, page numbers), titled
 *  "Report <pages> on the harbour quotas": the reader bench opens a 300-page one. */
export async function reportPdf(pages: number): Promise<Uint8Array> {
  return generate('pdf', pages, await timesWidth(), pages);
}

export async function benchFolder(dir: string): Promise<void> {
  const total = Object.values(MIX).reduce((a, b) => a + b, 0);
  console.log(`\n8. Importing a folder of ${total.toLocaleString('en')} mixed files (${Object.entries(MIX).map(([k, n]) => `${n} ${LABEL[k as Kind]}`).join(', ')})`);
  const folder = path.join(dir, 'press-archive');
  const t0 = performance.now();
  const width = await timesWidth();
  const files: Array<{ kind: Kind; file: string }> = [];
  // Interleaved, as a real folder of mixed files would be read.
  for (let i = 0; i < Math.max(...Object.values(MIX)); i++) {
    for (const [kind, n] of Object.entries(MIX) as Array<[Kind, number]>) {
      if (i >= n) continue;
      fs.mkdirSync(path.join(folder, kind), { recursive: true });
      const file = path.join(folder, kind, `${kind}-${String(i).padStart(4, '0')}.${EXT[kind]}`);
      fs.writeFileSync(file, await generate(kind, i, width));
      files.push({ kind, file });
    }
  }
  const bytesOf = (k: Kind) => files.filter((f) => f.kind === k).reduce((n, f) => n + fs.statSync(f.file).size, 0);
  console.log(`   generating them: ${secs(performance.now() - t0)} (${mb(files.reduce((n, f) => n + fs.statSync(f.file).size, 0))} on disk)`);

  // Baseline: reading the same bytes from disk and hashing them (what any import must do).
  const baseline = new Map<Kind, number>();
  const b0 = performance.now();
  for (const { kind, file } of files) {
    const t = performance.now();
    createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    baseline.set(kind, (baseline.get(kind) ?? 0) + performance.now() - t);
  }
  const baselineAll = performance.now() - b0;
  // Baseline for Markdown: parsing it alone (markdown-it and the block model).
  const mdFiles = files.filter((f) => f.kind === 'markdown').map((f) => fs.readFileSync(f.file, 'utf8'));
  const m0 = performance.now();
  for (const md of mdFiles) parseMarkdown(md);
  const mdParse = performance.now() - m0;

  const service = testService({ dataDir: path.join(dir, 'folder-data'), studyPath: path.join(dir, 'folder.sourcemark') }).start();
  const rssBefore = process.memoryUsage.rss();
  await loadPdfjs(); // the import would load it with its first PDF; here its cost is seen apart
  const rssPdfjs = process.memoryUsage.rss();
  let rssPeak = rssPdfjs;
  const spent = new Map<Kind, number>();
  const pdfTimes: number[] = [];
  const outcomes = new Map<string, number>();
  const i0 = performance.now();
  for (const { kind, file } of files) {
    const t = performance.now();
    const name = path.basename(file);
    const dataBase64 = fs.readFileSync(file).toString('base64');
    if ((await service.classifyFile({ name, dataBase64 })) !== 'document') throw new Error(`${name} was taken for annotations`);
    const r = await service.importFile({ name, dataBase64, collection: 'press-archive' });
    const ms = performance.now() - t;
    outcomes.set(r.status, (outcomes.get(r.status) ?? 0) + 1);
    if (r.status === 'refused') console.log(`   refused ${name}: ${r.reason}`);
    spent.set(kind, (spent.get(kind) ?? 0) + ms);
    if (kind === 'pdf') pdfTimes.push(ms);
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
  }
  const importAll = performance.now() - i0;
  const docs = service.listDocuments().length;
  service.close();

  console.log(`   outcomes: ${[...outcomes].map(([s, n]) => `${n} ${s}`).join(', ')}; ${docs} documents in the study`);
  console.log('   files per second, importing (classify + extract + store)  │ baseline in this run: read + SHA-256 of the same bytes');
  for (const kind of Object.keys(MIX) as Kind[]) {
    const n = MIX[kind];
    const extra = kind === 'markdown' ? `; parsing the Markdown alone ${rate(n, mdParse)}` : '';
    const aim = kind === 'html' || kind === 'markdown' ? '  (aim ≥ 20 files/s)' : '';
    console.log(`   ${LABEL[kind].padEnd(18)} ${String(n).padStart(4)} files, ${mb(bytesOf(kind)).padStart(6)}: ${rate(n, spent.get(kind)!).padStart(15)}  │ ${rate(n, baseline.get(kind)!)}${extra}${aim}`);
  }
  console.log(`   ${'all'.padEnd(18)} ${String(total).padStart(4)} files:          ${rate(total, importAll).padStart(15)}  │ ${rate(total, baselineAll)}  (${secs(importAll)} in all)`);

  // One 20-page PDF: through the service (above), extraction alone, and pdf.js's text layer alone.
  const sample = files.filter((f) => f.kind === 'pdf').slice(0, 10).map((f) => new Uint8Array(fs.readFileSync(f.file)));
  const extractTimes: number[] = [];
  const textTimes: number[] = [];
  for (const bytes of sample) {
    let t = performance.now();
    await extractDocument('report.pdf', bytes);
    extractTimes.push(performance.now() - t);
    t = performance.now();
    await pdfTextOnly(bytes);
    textTimes.push(performance.now() - t);
  }
  console.log(`   one ${PDF_PAGES}-page PDF, imported: median ${secs(median(pdfTimes))}, p95 ${secs(p95(pdfTimes))} (n=${pdfTimes.length}; aim ≤ 0.5 s)`);
  console.log(`      extraction alone (pdf.js + layout): median ${secs(median(extractTimes))}  │ baseline: pdf.js text layer alone, median ${secs(median(textTimes))} (n=${sample.length})`);
  console.log(
    `   memory (RSS) in this process: peak during the import ${mb(rssPeak)} (sampled after each file)  │ baseline: before it ${mb(rssBefore)}, ${mb(rssPdfjs)} once pdf.js was loaded (under tsx)`,
  );
  if (!fs.existsSync(CLI)) {
    console.log(`   the built CLI: not found (${path.relative(process.cwd(), CLI)}); build it with \`node scripts/build.mjs\` for its figures`);
    return;
  }
  const base = await cliRun(dir, ['--version']);
  const cli = await cliRun(dir, ['import', path.join(dir, 'cli.sourcemark'), folder]);
  const built = new Date(fs.statSync(CLI).mtimeMs).toISOString().slice(0, 16).replace('T', ' ');
  console.log(
    `   the built CLI (plain Node; built ${built}) importing the same folder: ${rate(total, cli.ms)} (${secs(cli.ms)}, exit ${cli.code}), peak RSS ${mb(cli.peak)} (aim ≤ 500 MB)  │ baseline: the same CLI printing its version, peak RSS ${mb(base.peak)}`,
  );
}

if (process.argv[1]?.endsWith('folder-bench.ts')) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcemark-folder-bench-'));
  try {
    await benchFolder(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

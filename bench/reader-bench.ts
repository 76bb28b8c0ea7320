// The reader's figures (issue 11), in Chromium through the real web host and core:
//  a. opening the 1 MB article with N annotations until its highlights are painted, beside
//     the same text with none;
//  b. tag key → annotation saved, listed and painted, with N present;
//  c. a ~4.3 MB plain-text book in three layouts (reader-fixtures.ts): click → title shown,
//     click → text painted; Ctrl+End from the top, then how far the last line is from view.
// Each figure is measured for this build and, when BENCH_BASELINE names another build of the
// renderer (a dist/renderer folder), for that one too: each build has its own browser, web
// host and copy of one study, and samples alternate between them, so a busy machine or a
// growing heap weighs on both alike. Timing itself is reader-measure.ts.

import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium } from '../e2e/browser';
import { startWebHost, type WebHost } from '../electron/web/host';
import { testService } from '../electron/core/test-support/service';
import type { SourcemarkService } from '../electron/core/api/service';
import { reportPdf } from './folder-bench';
import { BOOKS, CLEAN_DOSSIER, DOSSIER, cleanDossier, plainTextBook, type BookLayout } from './reader-fixtures';
import { studyWithAnnotations } from './fixtures';
import { endShort, openDocument, timeOpen, timeTag } from './reader-measure';
import { quantile, type Summary } from './stats';

const LAYOUTS = Object.keys(BOOKS) as BookLayout[];

interface Figures {
  open: number[];
  openApi: number[];
  openClean: number[];
  openCleanApi: number[];
  tag: number[];
  tagApi: number[];
  bookTitle: Record<BookLayout, number[]>;
  bookText: Record<BookLayout, number[]>;
  /** Pixels between the book's last line and the visible part after Ctrl+End (0: in view). */
  endShort: Record<BookLayout, number>;
  /** Click → the 300-page PDF's text painted. */
  pdfText: number[];
}

interface Session {
  label: string;
  page: Page;
  browser: Browser;
  host: WebHost;
  service: SourcemarkService;
  figures: Figures;
}

/** The long PDF of issue 8, whose first paint in the reader is reported. */
const PDF_PAGES = 300;
const PDF_TITLE = `Report ${PDF_PAGES} on the harbour quotas`;

const perBook = <T>(make: () => T) => Object.fromEntries(LAYOUTS.map((l) => [l, make()])) as Record<BookLayout, T>;

/** The study once: the big article with N annotations, the clean copy, the books, a small article. */
export async function prepareReaderStudy(dir: string, annotations: number): Promise<string> {
  const { file } = studyWithAnnotations(dir, annotations);
  const service = testService({ dataDir: path.join(dir, 'prep'), studyPath: file }).start();
  for (const [name, text] of [
    ['small.md', '# A small article\n\nBishkek.'],
    ['clean.md', cleanDossier()],
    ...LAYOUTS.map((l) => [`book-${l}.txt`, plainTextBook(l)] as const),
  ] as const) {
    const r = await service.importFile({ name, dataBase64: Buffer.from(text).toString('base64') });
    if (r.status !== 'imported') throw new Error(`could not import ${name}: ${r.status}`);
  }
  const pdf = await service.importFile({ name: 'report-300.pdf', dataBase64: Buffer.from(await reportPdf(PDF_PAGES)).toString('base64') });
  if (pdf.status !== 'imported') throw new Error(`could not import the ${PDF_PAGES}-page PDF: ${pdf.status}`);
  service.setLastDocument({ id: null });
  service.close();
  return file;
}

async function startSession(dir: string, study: string, label: string, rendererDir: string): Promise<Session> {
  const copy = path.join(dir, `reader-${label}.sourcemark`);
  fs.copyFileSync(study, copy);
  const service = testService({ dataDir: path.join(dir, `data-${label}`), studyPath: copy }).start();
  // A named user: the first-run welcome dialog stays away.
  service.setIdentity({ name: 'Bench' } as Parameters<typeof service.setIdentity>[0]);
  const host = await startWebHost({ api: service, rendererDir });
  // The same browser the end-to-end tests find (CHROMIUM_PATH, system, Playwright's, npm's).
  const found = await findChromium();
  const browser = await chromium.launch({ executablePath: found.executablePath, args: found.args, ...(found.env ? { env: { ...process.env, ...found.env } as Record<string, string> } : {}) });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(host.url);
  await page.locator('.library .doc').first().waitFor();
  const skip = page.getByRole('button', { name: 'Skip' });
  if (await skip.isVisible()) await skip.click();
  const figures: Figures = { open: [], openApi: [], openClean: [], openCleanApi: [], tag: [], tagApi: [], bookTitle: perBook(() => []), bookText: perBook(() => []), endShort: perBook(() => NaN), pdfText: [] };
  return { label, page, browser, host, service, figures };
}

async function stopSession(s: Session): Promise<void> {
  await s.browser.close();
  await s.host.close();
  s.service.close();
}

/** Each step once per session, alternating, `rounds` times. */
async function alternate(sessions: Session[], rounds: number, step: (s: Session, round: number) => Promise<void>): Promise<void> {
  for (let i = 0; i < rounds; i++) for (const s of sessions) await step(s, i);
}

/** BENCH_PROFILE_<what>=file.cpuprofile: the renderer's CPU profile over one part, this build's. */
async function profiled<T>(what: 'OPEN' | 'TAG', s: Session, run: () => Promise<T>): Promise<T> {
  const file = process.env[`BENCH_PROFILE_${what}`];
  if (!file) return run();
  const cdp = await s.page.context().newCDPSession(s.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const out = await run();
  fs.writeFileSync(file, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  return out;
}

async function measureAll(sessions: Session[], runs: number): Promise<void> {
  await profiled('OPEN', sessions[0]!, () =>
    alternate(sessions, runs, async ({ page, figures: f }) => {
      const a = await timeOpen(page, DOSSIER, 'highlights');
      f.open.push(a.ms);
      f.openApi.push(a.api);
      const b = await timeOpen(page, CLEAN_DOSSIER, 'text');
      f.openClean.push(b.ms);
      f.openCleanApi.push(b.api);
    }),
  );
  for (const s of sessions) await openDocument(s.page, DOSSIER);
  await profiled('TAG', sessions[0]!, () =>
    alternate(sessions, 5 * runs, async ({ page, figures: f }, i) => {
      const t = await timeTag(page, (i * 37) % 1000);
      f.tag.push(t.ms);
      f.tagApi.push(t.api);
    }),
  );
  // BENCH_BOOKS=0 skips the books (quicker runs while working on the other figures).
  if (process.env.BENCH_BOOKS === '0') return;
  for (const layout of LAYOUTS) {
    await alternate(sessions, runs, async ({ page, figures: f }) => {
      f.bookTitle[layout].push((await timeOpen(page, BOOKS[layout], 'title')).ms);
      f.bookText[layout].push((await timeOpen(page, BOOKS[layout], 'text')).ms);
    });
    for (const { page, figures: f } of sessions) f.endShort[layout] = await endShort(page);
  }
  await alternate(sessions, runs, async ({ page, figures: f }) => {
    f.pdfText.push((await timeOpen(page, PDF_TITLE, 'text')).ms);
  });
}

const pick = quantile;

/** The goals of issue 11, each figure beside its baseline. */
function printTable(annotations: number, now: Figures, base: Figures | null, summary: Summary): void {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const px = (x: number) => `${x} px`;
  const rows: string[][] = [];
  const row = (goal: string, figure: number, baseline: number | null, met: boolean, unit = ms) =>
    rows.push([goal, unit(figure), baseline === null ? '—' : unit(baseline), baseline ? `${(figure / baseline).toFixed(2)}×` : '—', met ? 'yes' : 'NO']);
  const open = pick(now.open, 0.5);
  const clean = pick(now.openClean, 0.5);
  row(`open, ${annotations} annotations → highlights painted: median < 500 ms`, open, base && pick(base.open, 0.5), open < 500);
  rows.push([`  … ≤ 1.5× the same article with none (baseline column: none)`, ms(open), ms(clean), `${(open / clean).toFixed(2)}×`, open <= 1.5 * clean ? 'yes' : 'NO']);
  row('tag key → saved, listed, painted: median < 16 ms', pick(now.tag, 0.5), base && pick(base.tag, 0.5), pick(now.tag, 0.5) < 16);
  row('tag key → saved, listed, painted: p95 < 33 ms', pick(now.tag, 0.95), base && pick(base.tag, 0.95), pick(now.tag, 0.95) < 33);
  if (process.env.BENCH_BOOKS !== '0') {
    for (const l of LAYOUTS) {
      row(`4.3 MB text (${l}): title shown, median`, pick(now.bookTitle[l], 0.5), base && pick(base.bookTitle[l], 0.5), true);
      row(`4.3 MB text (${l}): text painted < 1 s, median`, pick(now.bookText[l], 0.5), base && pick(base.bookText[l], 0.5), pick(now.bookText[l], 0.5) < 1000);
      row(`4.3 MB text (${l}): Ctrl+End reaches the end (px short)`, now.endShort[l], base && base.endShort[l], now.endShort[l] === 0, px);
    }
    row(`${PDF_PAGES}-page PDF: text painted, median (issue 8 reports it)`, pick(now.pdfText, 0.5), base && pick(base.pdfText, 0.5), true);
  }
  const widths = [70, 9, 9, 7, 4];
  const line = (cells: string[]) => `   ${cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[0]!))).join(' ')}`;
  console.log(`\n${line(['goal', 'figure', 'baseline', 'ratio', 'met'])}`);
  for (const r of rows) console.log(line(r));
  for (const [label, f] of [['this build', now], ['baseline', base]] as const) {
    if (!f) continue;
    console.log(`\n   distributions (${label}):`);
    console.log(`   open, ${annotations} annotations:   ${summary(f.open)}`);
    console.log(`     of which getDocument, request → response:   ${summary(f.openApi)}`);
    console.log(`   open, no annotations:        ${summary(f.openClean)}`);
    console.log(`     of which getDocument, request → response:   ${summary(f.openCleanApi)}`);
    console.log(`   tag key:                     ${summary(f.tag)}`);
    console.log(`     of which createAnnotation, request → response: ${summary(f.tagApi)}`);
    if (process.env.BENCH_BOOKS !== '0') for (const l of LAYOUTS) console.log(`   book (${l}), title / text: ${summary(f.bookTitle[l])} / ${summary(f.bookText[l])}`);
  }
}

/** `npm run bench -- reader`: the figures above, for this build and BENCH_BASELINE if given. */
export async function benchReader(dir: string, annotations: number, summary: Summary): Promise<void> {
  console.log(`\nReader (issue 11): the 1 MB article with ${annotations} annotations, the same with none, a 4.3 MB plain-text book`);
  const study = await prepareReaderStudy(dir, annotations);
  const baseDir = process.env.BENCH_BASELINE;
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const sessions = [await startSession(dir, study, 'current', path.resolve('dist/renderer'))];
  if (baseDir) {
    console.log(`   baseline: ${path.resolve(baseDir)} (samples alternate with this build's)`);
    sessions.push(await startSession(dir, study, 'baseline', path.resolve(baseDir)));
  }
  try {
    await measureAll(sessions, runs);
  } finally {
    for (const s of sessions) await stopSession(s);
  }
  printTable(annotations, sessions[0]!.figures, sessions[1]?.figures ?? null, summary);
}

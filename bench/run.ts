// `npm run bench`: figures, not pass/fail.
//  1. importing a 1 MB article (parse + store)
//  2. opening that article with 5,000 annotations in Chromium until the highlights are painted
//  3. from the tag key to the saved, painted annotation with 5,000 present
//  4. gazetteer lookups
//  5. search over a study with 100,000 annotations
//  6. export and import of those 100,000 annotations (package, W3C, CSV, brat, REFI-QDA)
//  7. re-anchoring 10,000 annotations onto an edited text
// `npm run bench -- core` skips the browser parts.
// Run on the built renderer (dist/renderer) through the real web host and core.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { Study } from '../electron/core/store/study';
import { addArticle } from '../electron/core/test-support/documents';
import { parseArticle } from '../electron/core/text/article';
import { startWebHost } from '../electron/web/host';
import { bigArticle, studyWithAnnotations } from './fixtures';
import { benchExchange, benchReanchor } from './exchange-bench';
import { benchGazetteer, benchSearch } from './study-bench';
import { testService } from '../electron/core/test-support/service';

const ANNOTATIONS = Number(process.env.BENCH_ANNOTATIONS ?? 5000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcemark-bench-'));

function summary(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const pick = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return `median ${pick(0.5).toFixed(1)} ms, p95 ${pick(0.95).toFixed(1)} ms, min ${s[0]!.toFixed(1)} ms (n=${s.length})`;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function benchImport(): void {
  const text = bigArticle();
  const bytes = new TextEncoder().encode(text);
  console.log(`\n1. Import of a ${(bytes.length / 1048576).toFixed(2)} MB Markdown article`);
  const parse = Array.from({ length: 5 }, () => time(() => parseArticle('dossier.md', bytes)));
  console.log(`   parse (decode, Markdown, metadata, canonical text, SHA-256): ${summary(parse)}`);
  const full = Array.from({ length: 5 }, (_, i) => {
    const study = Study.create(path.join(dir, `import-${i}.sourcemark`));
    const t = time(() => addArticle(study, 'dossier.md', bytes, new Date().toISOString()));
    study.close();
    return t;
  });
  console.log(`   parse + store in a study (one transaction):                    ${summary(full)}`);
}

/**
 * In the page: run `act`, then resolve at the first frame after the one in which `done`
 * became true (that frame has been painted by then), so the figure is an upper bound.
 * Passed as source text, so the bundler's helpers never reach the page.
 */
async function measureInPage(page: Page, act: string, done: string): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    const check = () => {
      if (${done}) requestAnimationFrame(() => resolve(performance.now() - t0));
      else requestAnimationFrame(check);
    };
    ${act};
    requestAnimationFrame(check);
  })`);
}

async function benchBrowser(): Promise<void> {
  console.log(`\n2–3. Chromium, the 1 MB article with ${ANNOTATIONS} annotations`);
  const { file, documentId } = studyWithAnnotations(dir, ANNOTATIONS);
  const service = testService({ dataDir: path.join(dir, 'data'), studyPath: file }).start();
  await service.importFile({ name: 'small.md', dataBase64: Buffer.from('# A small article\n\nBishkek.').toString('base64') });
  service.setLastDocument({ id: null });

  const api = Array.from({ length: 5 }, () => time(() => service.getDocument({ id: documentId })));
  console.log(`   getDocument (read, re-anchor ${ANNOTATIONS} annotations) in the core: ${summary(api)}`);

  const host = await startWebHost({ api: service, rendererDir: path.resolve('dist/renderer') });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(host.url);
    await page.locator('.library .doc').first().waitFor();
    const open: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.locator('.library .doc', { hasText: 'A small article' }).click();
      await page.locator('.doc-title', { hasText: 'A small article' }).waitFor();
      open.push(
        await measureInPage(
          page,
          `[...document.querySelectorAll('.library .doc')].find((b) => b.textContent.includes('A very long dossier')).click()`,
          `document.querySelector('.doc-title')?.textContent.includes('A very long dossier') && document.querySelectorAll('.reader-text [data-ids]').length > 0`,
        ),
      );
    }
    const segments = await page.locator('.reader-text [data-ids]').count();
    console.log(`   open until highlights are painted (${segments} highlight segments): ${summary(open)}`);

    const tag: number[] = [];
    for (let i = 0; i < 25; i++) {
      await page.locator('.reader-text').focus();
      await page.evaluate(`(() => {
        const paras = document.querySelectorAll('.reader-text p');
        const p = paras[${(i * 37) % 1000} % paras.length];
        const node = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode();
        const range = document.createRange();
        range.setStart(node, 0);
        range.setEnd(node, Math.min(4, node.data.length));
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        p.scrollIntoView({ block: 'center' });
      })()`);
      await page.locator('.tag-bar').waitFor();
      tag.push(
        await measureInPage(
          page,
          `window.__before = document.querySelector('.annotations h2 .muted').textContent; document.querySelector('.reader-text').dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true, cancelable: true }))`,
          `document.querySelector('.annotations h2 .muted').textContent !== window.__before`,
        ),
      );
    }
    console.log(`   tag key → saved, listed and painted:                         ${summary(tag)}`);
    const core = Array.from({ length: 25 }, (_, i) => time(() => service.createAnnotation({ documentId, tag: 'claim', start: 1000 + i * 50, end: 1010 + i * 50 })));
    console.log(`   of which createAnnotation in the core (SQLite insert):       ${summary(core)}`);
  } finally {
    await browser.close();
    await host.close();
    service.close();
  }
}

benchImport();
if (!process.argv.includes('core')) await benchBrowser();
benchGazetteer(summary);
const searchStudy = benchSearch(dir, summary);
await benchExchange(dir, searchStudy);
await benchReanchor(dir, summary);
fs.rmSync(dir, { recursive: true, force: true });

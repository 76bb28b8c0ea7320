// Right-to-left and mixed text in the reader (issue 9): each block takes its direction from
// its text and is aligned to its start; selecting by mouse and by Shift+arrows, tagging,
// highlights and the edge handles are exact over Hebrew, Arabic and Hebrew with English.

import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const HEBREW = 'שלום עולם. הממשלה הודיעה היום על תוכנית חדשה לבדיקת עובדות בעיתונות המקומית.';
const ARABIC = 'مرحبا بالعالم. أعلنت الحكومة اليوم عن خطة جديدة للتحقق من الأخبار في الصحافة المحلية.';
const MIXED = 'לפי דיווח של Reuters מיום 12 במרץ, לפחות 400 איש נהרגו באסון.';
const ENGLISH = 'The English paragraph stays left to right, with one Hebrew word: שלום.';
const TITLE = 'עיתונות ובדיקת עובדות';

async function importRtl(sm: { importFiles(f: string[]): Promise<void> }, page: Page): Promise<void> {
  const file = `${test.info().outputDir}/rtl.md`;
  fs.mkdirSync(test.info().outputDir, { recursive: true });
  fs.writeFileSync(file, `# ${TITLE}\n\n${HEBREW}\n\n${ARABIC}\n\n${MIXED}\n\n${ENGLISH}\n`);
  await sm.importFiles([file]);
  await expect(page.locator('.doc-title')).toHaveText(TITLE);
}

/** The reader's block whose text starts with `start`. */
const block = (page: Page, start: string) => page.locator('.reader-text p, .reader-text h1').filter({ hasText: start }).first();

/** Screen boxes of the characters of `needle` inside a block, in text order. */
async function charBoxes(page: Page, needle: string): Promise<Array<{ left: number; right: number; top: number }>> {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.querySelector('.reader-text')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const i = n.data.indexOf(needle);
      if (i < 0) continue;
      return Array.from({ length: needle.length }, (_, k) => {
        const r = document.createRange();
        r.setStart(n!, i + k);
        r.setEnd(n!, i + k + 1);
        const b = r.getBoundingClientRect();
        return { left: b.left, right: b.right, top: b.top };
      });
    }
    throw new Error(`not found: ${needle}`);
  }, needle);
}

test.beforeEach(async ({ sm, page }) => {
  await importRtl(sm, page);
});

test('each block takes its direction from its text and is aligned to its start', async ({ page }) => {
  for (const [start, dir] of [
    [TITLE, 'rtl'],
    ['שלום עולם', 'rtl'],
    ['مرحبا', 'rtl'],
    ['לפי דיווח', 'rtl'],
    ['The English', 'ltr'],
  ] as const) {
    const b = block(page, start);
    await expect(b).toHaveCSS('direction', dir);
    // The first character sits at the block's starting edge: right for right-to-left.
    const [first] = await charBoxes(page, start.slice(0, 1) + start.slice(1, 3));
    const box = (await b.boundingBox())!;
    if (dir === 'rtl') expect(Math.abs(first!.right - (box.x + box.width))).toBeLessThan(2);
    else expect(Math.abs(first!.left - box.x)).toBeLessThan(2);
  }
  // The final full stop of a right-to-left paragraph ends its line on the left.
  const end = await charBoxes(page, 'המקומית.');
  expect(end.at(-1)!.right).toBeLessThanOrEqual(end.at(-2)!.left + 1);
  // The header quotes the title in its own direction too.
  await expect(page.locator('.doc-title')).toHaveCSS('direction', 'rtl');
});

test('drag-selecting a Hebrew phrase at the line’s edge selects exactly it, and tags it', async ({ sm }) => {
  await sm.dragSelect('שלום עולם');
  await sm.tagWithBar('quote');
  expect((await (await sm.highlightOf('שלום עולם')).allTextContents()).join('')).toBe('שלום עולם');
  // An English word inside a Hebrew sentence.
  await sm.dragSelect('Reuters');
  await sm.tagWithKey('1');
  expect((await (await sm.highlightOf('Reuters')).allTextContents()).join('')).toBe('Reuters');
});

test('Shift+← selects an Arabic phrase (arrows move on screen), and the highlight covers exactly it', async ({ sm, page }) => {
  const phrase = 'مرحبا بالعالم';
  await sm.reader.focus();
  await page.evaluate((phrase) => {
    const walker = document.createTreeWalker(document.querySelector('.reader-text')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const i = n.data.indexOf(phrase);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.collapse(true);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      return;
    }
  }, phrase);
  for (let i = 0; i < phrase.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  expect(await page.evaluate(() => getSelection()!.toString())).toBe(phrase);
  await sm.tagWithKey('2');
  expect((await (await sm.highlightOf(phrase)).allTextContents()).join('')).toBe(phrase);
});

test('the handles of a right-to-left highlight sit at its ends on screen, and Shift+← moves its end forward', async ({ sm, page }) => {
  await sm.selectText('שלום עולם');
  await sm.tagWithKey('2');
  await page.locator('.reader-text p').filter({ hasText: 'The English' }).click(); // leave it…
  await (await sm.highlightOf('שלום עולם')).first().click(); // …and pick it
  await expect(page.locator('.adjust-handle')).toHaveCount(2);
  const chars = await charBoxes(page, 'שלום עולם');
  const start = (await page.locator('.adjust-handle.start').boundingBox())!;
  const end = (await page.locator('.adjust-handle.end').boundingBox())!;
  // The start (ש) is the rightmost letter, the end (ם) the leftmost.
  expect(Math.abs(start.x + start.width / 2 - chars[0]!.right)).toBeLessThan(4);
  expect(Math.abs(end.x + end.width / 2 - chars.at(-1)!.left)).toBeLessThan(4);
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(sm.entry('שלום עולם.')).toHaveCount(1);
});

test('screenshots, wide and at 800×600', async ({ sm, page }) => {
  await sm.selectText('הממשלה הודיעה');
  await sm.tagWithKey('1');
  await sm.selectText('Reuters');
  await sm.tagWithKey('3');
  await sm.selectText('أعلنت الحكومة');
  await sm.tagWithKey('2');
  await sm.selectText('עולם');
  await sm.tagWithKey('4');
  // The panel quotes each annotation in its own direction: the list entry and the inspector.
  for (const quote of [sm.entry('עולם').locator('.ann-quote'), page.locator('.insp-quote')]) {
    await expect(quote).toHaveCSS('direction', 'rtl');
    // Its text ends at the element's right edge (less its padding): right-aligned, not left.
    const gap = await quote.evaluate((el) => {
      const r = document.createRange();
      r.selectNodeContents(el);
      return el.getBoundingClientRect().right - r.getBoundingClientRect().right;
    });
    expect(gap).toBeLessThan(16);
  }
  await expect(sm.entry('Reuters').locator('.ann-quote')).toHaveCSS('direction', 'ltr');
  await page.screenshot({ path: 'test-results/screenshots/rtl.png' });
  await page.setViewportSize({ width: 800, height: 600 });
  await expect(block(page, 'שלום עולם')).toHaveCSS('direction', 'rtl');
  await page.screenshot({ path: 'test-results/screenshots/rtl-800.png' });
});

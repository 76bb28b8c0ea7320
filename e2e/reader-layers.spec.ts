// What the reader draws besides highlights (issues 8 and 10): a PDF's page numbers in the
// margin, at the block where each page starts; and the proposals of the suggestion pass, a
// dotted outline never saved until accepted, reviewed from the keyboard (Enter, Backspace,
// n, p) or by clicking them.

import fs from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { SAMPLE, SAMPLE_TITLE, expect, test } from './fixtures';

/** A three-page report; the last line of page 1 runs on into page 2. */
async function report(): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  doc.setTitle('Harbour Report');
  const pages = [
    ['The harbour council met on Tuesday to set the fishing quotas for the coming year.', '', 'Delegates from the northern ports argued loudly that the figures had been decided', 'before the meeting began, and that their'],
    ['objections were never put to a vote.', '', 'The council answered that every port had been heard in writing.'],
    ['The final page says the harbour will reopen in May, once the dredging is complete.'],
  ];
  for (const lines of pages) {
    const page = doc.addPage([612, 792]);
    lines.forEach((text, i) => text && page.drawText(text, { x: 72, y: 700 - i * 16, size: 12, font }));
  }
  const file = `${test.info().outputDir}/harbour-report.pdf`;
  fs.mkdirSync(test.info().outputDir, { recursive: true });
  fs.writeFileSync(file, await doc.save({ useObjectStreams: false }));
  return file;
}

test('a PDF shows “p. N” in the margin beside the block where each page starts', async ({ sm, page }) => {
  await sm.importFiles([await report()]);
  await expect(page.locator('.doc-title')).toHaveText('Harbour Report');
  const marks = page.locator('.reader-text .page-start');
  await expect(marks).toHaveCount(3);
  await expect(marks.nth(0)).toHaveAttribute('data-page', 'p. 1');
  // (A page starting inside a paragraph marks that paragraph: layers.test.ts.)
  await expect(page.locator('.reader-text [data-page="p. 2"]')).toContainText('objections were never put to a vote');
  await expect(page.locator('.reader-text [data-page="p. 3"]')).toContainText('The final page says');
  // The label sits in the margin, left of the text.
  const label = await page.locator('.reader-text [data-page="p. 3"]').evaluate((el) => {
    const before = getComputedStyle(el, '::before');
    return { content: before.content, left: el.getBoundingClientRect().left, offset: parseFloat(before.insetInlineStart) };
  });
  expect(label.content).toBe('"p. 3"');
  expect(label.offset).toBeLessThan(0);
  await page.screenshot({ path: 'test-results/screenshots/pdf-pages.png' });
});

test('suggestions: dotted, the active one in view; n moves, Backspace rejects, Enter accepts, a click activates', async ({ sm, page }) => {
  await sm.importFiles([SAMPLE]);
  await expect(page.locator('.doc-title')).toHaveText(SAMPLE_TITLE);
  await page.getByRole('button', { name: 'Suggest' }).click();
  const proposals = page.locator('.reader-text [data-suggestion]');
  await expect(proposals.first()).toBeVisible();
  const active = page.locator('.reader-text .sg-active');
  await expect(active.first()).toBeInViewport();
  await expect(proposals.first()).toHaveCSS('outline-style', 'dotted');
  await page.screenshot({ path: 'test-results/screenshots/suggestions.png' });

  // From the keyboard, in the reader with nothing selected.
  await page.locator('.reader-text h2').first().click();
  const first = await active.first().getAttribute('data-suggestion');
  await page.keyboard.press('n');
  await expect(active.first()).not.toHaveAttribute('data-suggestion', first!);
  const second = (await active.first().getAttribute('data-suggestion'))!;
  await page.keyboard.press('Backspace');
  await expect(page.locator(`.reader-text [data-suggestion="${second}"]`)).toHaveCount(0);
  const highlights = page.locator('.reader-text [data-ids]');
  await expect(highlights).toHaveCount(0);
  // Enter accepts: the proposal becomes an annotation, drawn as a highlight.
  const third = (await active.first().getAttribute('data-suggestion'))!;
  await page.keyboard.press('Enter');
  await expect(page.locator(`.reader-text [data-suggestion="${third}"]`)).toHaveCount(0);
  await expect(highlights.first()).toBeVisible();

  // A click on a proposal makes it the active one.
  const other = page.locator('.reader-text [data-suggestion]:not(.sg-active)').last();
  const id = (await other.getAttribute('data-suggestion'))!;
  await other.click();
  await expect(page.locator(`.reader-text .sg-active[data-suggestion="${id}"]`).first()).toBeVisible();
});

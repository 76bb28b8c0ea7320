// The reader (issues 9 and 11): clicks on overlapping highlights cycle through their
// annotations; tagging many paragraphs at once asks first, in the tag bar; Ctrl+End and
// Ctrl+Home reach the ends of a long article.

import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { SAMPLE, SAMPLE_TITLE, expect, test } from './fixtures';

const QUOTE = '"The governor has fled. The authorities are afraid of the ordinary people,"';
const CLAIM = 'The governor has fled';
const FIRST = 'In the major southern city of Osh';
const SEVENTH = 'with another 1,000 supporters outside it.';

/** Select from the start of the paragraph holding `from` to the end of `to`, as a long mouse drag leaves it. */
async function selectAcross(page: Page, from: string, to: string): Promise<void> {
  await page.locator('.reader-text').focus();
  await page.evaluate(
    ({ from, to }) => {
      const walker = document.createTreeWalker(document.querySelector('.reader-text')!, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const a = n.data.indexOf(from);
        if (a >= 0) range.setStart(n, a);
        const b = n.data.indexOf(to);
        if (b >= 0) range.setEnd(n, b + to.length);
      }
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    { from, to },
  );
}

test.describe('in the sample article', () => {
  test.beforeEach(async ({ sm, page }) => {
    await sm.importFiles([SAMPLE]);
    await expect(page.locator('.doc-title')).toHaveText(SAMPLE_TITLE);
  });

  test('clicking where highlights overlap selects each of their annotations in turn', async ({ sm, page }) => {
    await sm.selectText(QUOTE);
    await sm.tagWithKey('2');
    await sm.selectText(CLAIM);
    await sm.tagWithKey('1');
    await page.locator('.reader-text p').filter({ hasText: 'There is now dual power' }).click();
    const quoteId = (await sm.entry(QUOTE).getAttribute('id'))!.slice(4);
    const claimId = (await sm.entry(CLAIM).getAttribute('id'))!.slice(4);
    const overlap = () => page.locator(`.reader-text [data-ids~="${quoteId}"][data-ids~="${claimId}"]`).first();
    // The innermost first, then the next, then round again.
    for (const expected of [CLAIM, QUOTE, CLAIM]) {
      await overlap().click();
      await expect(sm.entry(expected)).toHaveAttribute('aria-selected', 'true');
    }
    // Where only the quote lies, a click always picks the quote.
    await page.locator(`.reader-text [data-ids="${quoteId}"]`).last().click();
    await expect(sm.entry(QUOTE)).toHaveAttribute('aria-selected', 'true');
  });

  test('tagging seven paragraphs asks first in the tag bar; Escape keeps the selection, [Tag] tags', async ({ sm, page }) => {
    await selectAcross(page, FIRST, SEVENTH);
    await expect(sm.tagBar).toBeVisible();
    await page.keyboard.press('1');
    const ask = page.getByRole('alertdialog', { name: 'Confirm tagging' });
    await expect(ask).toContainText('Tag 7 paragraphs as Claim?');
    await expect(ask.getByRole('button', { name: 'Tag', exact: true })).toBeFocused();
    await expect(sm.entries).toHaveCount(0);
    await page.screenshot({ path: 'test-results/screenshots/tag-confirm.png' });

    await page.keyboard.press('Escape');
    await expect(ask).toHaveCount(0);
    await expect(sm.tagBar.locator('button[data-tag=claim]')).toBeVisible();
    await expect(sm.entries).toHaveCount(0);
    expect(await page.evaluate(() => getSelection()!.toString())).toContain(SEVENTH);

    // By mouse this time: the bar's Quote button, then [Tag].
    await sm.tagBar.locator('button[data-tag=quote]').click();
    await ask.getByRole('button', { name: 'Tag', exact: true }).click();
    await expect(sm.entries).toHaveCount(1);
    await expect(sm.entries.locator('.ann-tag')).toHaveText(['Quote']);
    const quote = (await sm.entries.locator('.ann-quote').textContent())!;
    // The highlight is drawn just after the entry is listed: asked until it is there.
    const highlighted = async () => (await (await sm.highlightOf(quote)).allTextContents()).join('');
    await expect.poll(async () => { const t = await highlighted(); return t.startsWith(FIRST) && t.endsWith(SEVENTH); }).toBe(true);
  });

  test('three paragraphs are tagged at once, without a question', async ({ sm, page }) => {
    await selectAcross(page, FIRST, 'surged into the building.');
    await expect(sm.tagBar).toBeVisible();
    await sm.tagWithKey('1');
    await expect(page.getByRole('alertdialog', { name: 'Confirm tagging' })).toHaveCount(0);
  });
});

test('Ctrl+End and Ctrl+Home reach the ends of a long article; Ctrl+Shift+Home selects back to the start', async ({ sm, page }) => {
  const paragraphs = Array.from({ length: 600 }, (_, i) => `Paragraph ${i}: ${'Protesters gathered outside the regional administration. '.repeat(1 + (i % 7))}`);
  const file = `${test.info().outputDir}/long.md`;
  fs.mkdirSync(test.info().outputDir, { recursive: true });
  fs.writeFileSync(file, `# A long article\n\n${paragraphs.join('\n\n')}\n\nThe very last line.\n`);
  await sm.importFiles([file]);
  await expect(page.locator('.doc-title')).toHaveText('A long article');
  await page.locator('.reader-text p').first().click();
  await page.keyboard.press('Control+End');
  const last = page.locator('.reader-text p').last();
  await expect(last).toHaveText('The very last line.');
  await expect(last).toBeInViewport();
  await page.keyboard.press('Control+Shift+Home');
  await expect(page.locator('.reader-text h1')).toBeInViewport();
  const selected = await page.evaluate(() => getSelection()!.toString());
  expect(selected.startsWith('A long article') && selected.endsWith('The very last line.')).toBe(true);
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Control+Home');
  await expect(page.locator('.reader-text h1')).toBeInViewport();
  expect(await page.evaluate(() => getSelection()!.isCollapsed)).toBe(true);
});

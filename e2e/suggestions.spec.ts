// The whole-document suggestion pass on a Wikinews article (one of the eval's development
// articles; issue 10): proposals accepted and rejected one by one, all figures accepted at once and
// that undone in one step; then the map counts the location tags without a place and leads
// to them one by one.

import { expect, test } from './fixtures';

const CRANE = 'resources/samples/wikinews/wikinews-crane.md';
const TITLE = 'At least 107 killed in Mecca crane collapse';

test('suggestions on a Wikinews article: accept, reject, accept all figures, undo and redo', async ({ sm, page }) => {
  await sm.importFiles([CRANE]);
  await expect(page.locator('.doc-title')).toHaveText(TITLE);
  await page.keyboard.press('Control+Shift+g');
  const panel = page.getByRole('complementary', { name: 'Suggestions' });
  await expect(panel.getByRole('heading', { name: /^Suggestions \(\d+\)$/ })).toBeVisible();
  const count = async () => Number(/\((\d+)\)/.exec((await panel.getByRole('heading').first().innerText())!)![1]);
  const before = await count();
  // The quote's speaker is proposed with it, without his title.
  await expect(panel.getByText('Suleiman al-Amr').first()).toBeVisible();

  // One by one, from the keyboard in the reader: accept the active one, reject the next.
  await page.locator('.reader-text p').nth(1).click();
  await page.keyboard.press('Enter');
  await expect.poll(count).toBe(before - 1);
  await page.keyboard.press('Backspace');
  await expect.poll(count).toBe(before - 2);
  await expect(page.locator('.reader-text [data-ids]')).not.toHaveCount(0);

  // Every figure at once, then undone in one step.
  const figures = panel.locator('.suggestion-kind', { hasText: 'Figures' });
  const figureCount = Number(/Figures: (\d+)/.exec(await figures.innerText())![1]);
  expect(figureCount).toBeGreaterThanOrEqual(2); // 107, 238 at least
  await figures.getByRole('button', { name: /^Accept/ }).click();
  await expect.poll(count).toBeLessThanOrEqual(before - 2 - figureCount + 1);
  await panel.getByRole('button', { name: 'Done' }).click();
  await expect.poll(() => sm.entries.count()).toBeGreaterThanOrEqual(figureCount);
  await page.locator('.reader-text p').first().click();
  await page.keyboard.press('Control+z');
  await expect(sm.entries).toHaveCount(1); // only the first proposal accepted stays
  // Redo brings every figure back in one step, and they are saved: reopening shows them.
  await page.keyboard.press('Control+Shift+z');
  await expect(sm.entries).toHaveCount(1 + figureCount);
  await page.reload();
  await expect(page.locator('.doc-title')).toHaveText(TITLE);
  await expect(sm.entries).toHaveCount(1 + figureCount);
});

test('the map counts location tags without a place and leads to each in turn', async ({ sm, page }) => {
  await sm.importFiles([CRANE]);
  await expect(page.locator('.doc-title')).toHaveText(TITLE);
  for (const place of ['Mecca', 'Saudi Arabia']) {
    await sm.selectText(place);
    await sm.tagWithKey('4');
  }
  await page.keyboard.press('Control+Shift+m');
  const map = page.getByRole('dialog', { name: 'Map of locations' });
  await expect(map.getByRole('status')).toContainText('2 location tags without a place');
  await map.getByRole('button', { name: /^Place the next one: “Mecca”/ }).click();
  await expect(map).toHaveCount(0);
  await expect(page.locator('.ann.selected .ann-quote')).toHaveText('Mecca');
  // Placed here, the map counts one fewer and leads to the next.
  const insp = page.getByRole('region', { name: 'Selected annotation' });
  await insp.getByRole('list', { name: 'Places' }).getByRole('button', { name: /^Mecca, Saudi Arabia/ }).click();
  await expect(insp).toContainText('Mecca, Saudi Arabia');
  await page.keyboard.press('Control+Shift+m');
  await expect(map.getByRole('status')).toContainText('1 location at 1 place; 1 location tag without a place');
  await expect(map.getByRole('button', { name: /^Place the next one: “Saudi Arabia”/ })).toBeVisible();
});

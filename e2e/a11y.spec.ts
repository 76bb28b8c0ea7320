import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SAMPLE, expect, test } from './fixtures';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('no serious accessibility violations on the main screens, light and dark', async ({ sm, page }) => {
  expect(await seriousViolations(page)).toEqual([]); // empty study

  await sm.importFiles([SAMPLE]);
  await sm.selectText('At least 400 people');
  await sm.tagWithKey('3');
  await sm.selectText('Osh', 2);
  await sm.tagWithKey('4');
  await sm.entry('At least 400 people').click();
  await page.locator('.filters').getByRole('button', { name: /Quote/ }).click(); // a hidden tag
  await expect(page.locator('.filters [aria-pressed=false]')).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]); // reader, list, inspector, filters

  await page.keyboard.press('Control+Shift+l');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/dark.png' });
});

test('menus and the study dialog work from the keyboard', async ({ sm, page }) => {
  await page.getByRole('button', { name: 'File' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menu', { name: 'File' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'New study…' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New study' });
  await expect(dialog).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  void sm;
});

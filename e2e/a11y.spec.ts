import { seriousViolations } from './axe';
import { SAMPLE, expect, test } from './fixtures';

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
  await page.getByRole('button', { name: 'File', exact: true }).focus();
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

test('no serious accessibility violations in the inspectors, tag manager, search and map', async ({ sm, page }) => {
  test.setTimeout(240_000); // nine axe runs
  await sm.importFiles([SAMPLE]);
  for (const [text, key] of [['protesters took over the regional government in Jalalabad', '1'], ['The police have today demonstrated', '2'], ['At least 400 people', '3'], ['Bishkek', '4']] as const) {
    await sm.selectText(text);
    await sm.tagWithKey(key);
    await expect(page.getByRole('region', { name: 'Selected annotation' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  }
  await page.getByRole('button', { name: 'Edit tags…' }).click();
  for (const tab of ['Tags', 'Verdicts', 'People']) {
    await page.getByRole('tab', { name: tab }).click();
    expect(await seriousViolations(page)).toEqual([]);
  }
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+f');
  await page.getByLabel('Search words').fill('osh');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Map of locations' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

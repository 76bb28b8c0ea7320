// Small windows: at 800×600 the reader keeps a readable column and every button stays in
// reach; at 1024×700 the annotation list shows several entries beside the inspector; the side
// panes resize and collapse, and the layout is remembered.

import { seriousViolations } from './axe';
import { SAMPLE, expect, test } from './fixtures';

const box = async (l: import('@playwright/test').Locator) => (await l.boundingBox())!;

test.describe('at 800×600', () => {
  test.use({ viewport: { width: 800, height: 600 } });

  test('the reader is at least 320 px wide and the top bar and export are in reach', async ({ sm, page }) => {
    await sm.importFiles([SAMPLE]);
    expect((await box(page.locator('.pane-reader'))).width).toBeGreaterThanOrEqual(320);
    for (const name of ['Search…', 'Map', 'Undo', 'Keyboard shortcuts']) {
      const b = await box(page.locator('.topbar').getByRole('button', { name, exact: true }));
      expect(b.x + b.width).toBeLessThanOrEqual(800);
      expect(b.y + b.height).toBeLessThanOrEqual(600);
    }
    // The export dialog fits, its buttons visible without scrolling the page.
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export annotations' });
    const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
    await expect(exportButton).toBeInViewport();
    await page.keyboard.press('Escape');
    await page.screenshot({ path: test.info().outputPath('narrow.png') });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the library collapses and comes back, from the keyboard, and stays as left', async ({ sm, page }) => {
    await sm.importFiles([SAMPLE]);
    const before = (await box(page.locator('.pane-reader'))).width;
    const libraryWidth = async () => (await box(page.locator('.pane-library'))).width;
    await page.keyboard.press('Control+Shift+1');
    await expect.poll(libraryWidth).toBeLessThan(1);
    expect((await box(page.locator('.pane-reader'))).width).toBeGreaterThan(before);
    await page.reload();
    await expect(page.locator('.app[data-ready]')).toBeAttached();
    await expect.poll(libraryWidth).toBeLessThan(1);
    await page.keyboard.press('Control+Shift+1');
    await expect(page.locator('.pane-library .library')).toBeVisible();
  });
});

test.describe('at 1024×700', () => {
  test.use({ viewport: { width: 1024, height: 700 } });

  test('with an annotation selected, the list still shows several entries', async ({ sm, page }) => {
    await sm.importFiles([SAMPLE]);
    for (const [text, key] of [['At least 400 people', '3'], ['Osh', '4'], ['Jalalabad', '4'], ['Bishkek', '4']] as const) {
      await sm.selectText(text);
      await sm.tagWithKey(key);
    }
    await sm.entry('At least 400 people').click();
    // Measured once the inspector is there, sharing the pane with the list.
    await expect(page.getByRole('region', { name: 'Selected annotation' })).toBeVisible();
    const list = await box(page.locator('.ann-list'));
    const entry = await box(sm.entries.first());
    expect(list.height / entry.height).toBeGreaterThanOrEqual(3);
  });

  test('the side pane can be made wider by dragging its handle', async ({ sm, page }) => {
    await sm.importFiles([SAMPLE]);
    const side = page.locator('.pane-side');
    const before = (await box(side)).width;
    const handle = await box(page.getByRole('separator', { name: 'Resize the annotations' }));
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x - 120, handle.y + handle.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await box(side)).width).toBeGreaterThan(before + 60);
  });
});

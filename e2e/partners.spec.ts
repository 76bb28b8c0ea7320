// A colleague's work from other tools, imported through the UI: a brat collection as a zip and
// a QualCoder project (.qdpx), each previewed with its labels mapped to this study's tags, one
// mapping changed by the user before anything is written.

import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const FIX = 'electron/core/formats/__fixtures__';
const read = (p: string) => fs.readFileSync(path.join(FIX, p));

async function preview(page: Page, file: { name: string; buffer: Buffer }) {
  await page.keyboard.press('Control+i');
  const dialog = page.getByRole('dialog', { name: 'Import annotations' });
  await dialog.getByTestId('import-annotations-input').setInputFiles({ ...file, mimeType: 'application/octet-stream' });
  await expect(dialog.getByRole('region', { name: 'What the import will do' })).toBeVisible();
  return dialog;
}

test('a brat collection (zip): labels mapped, one changed by hand, texts and annotations imported', async ({ sm, page }) => {
  const zip = zipSync({ 'protest/protest.ann': new Uint8Array(read('brat/protest.ann')), 'protest/protest.txt': new Uint8Array(read('brat/protest.txt')), 'protest/annotation.conf': new Uint8Array(read('brat/annotation.conf')) });
  const dialog = await preview(page, { name: 'colleague-brat.zip', buffer: Buffer.from(zip) });
  const mapping = dialog.getByRole('table', { name: 'What each incoming label becomes' });
  await expect(mapping.getByLabel('Tag for “Location”')).toHaveValue('location');
  await expect(mapping.getByLabel('Tag for “Place”')).toHaveValue('');
  // Their "Place" is our Location.
  await mapping.getByLabel('Tag for “Place”').selectOption({ label: 'Location' });
  await expect(mapping.getByRole('row', { name: /Place/ })).toContainText('your choice');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await sm.openDocument('protest');
  await expect(sm.entry('Osh').locator('.ann-tag')).toHaveText('Location');
  // Osh, and their discontinuous "Place" (North … Jalal-Abad) now a Location too, as two
  // annotations whose notes name each other; no tag "Place" was made.
  await expect(page.locator('.ann .ann-tag', { hasText: /^Location$/ })).toHaveCount(3);
  await expect(sm.entry('North')).toContainText('Part 1 of 2 of a discontinuous brat annotation');
  await expect(page.locator('.ann .ann-tag', { hasText: /^Place$/ })).toHaveCount(0);
  await expect(sm.entry('The governor has fled').locator('.ann-tag')).toHaveText('Quote');
});

test('a QualCoder project (.qdpx): its codes mapped to our tags, the next file from it remembers the choice', async ({ sm, page }) => {
  const dir = path.join(FIX, 'refi/qualcoder');
  const files: Record<string, Uint8Array> = { 'project.qde': new Uint8Array(fs.readFileSync(path.join(dir, 'project.qde'))) };
  for (const f of fs.readdirSync(path.join(dir, 'sources'))) files[`sources/${f}`] = new Uint8Array(fs.readFileSync(path.join(dir, 'sources', f)));
  const qdpx = Buffer.from(zipSync(files));
  let dialog = await preview(page, { name: 'project.qdpx', buffer: qdpx });
  const mapping = dialog.getByRole('table', { name: 'What each incoming label becomes' });
  await mapping.getByLabel('Tag for “Numbers”').selectOption({ label: 'Figure' });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(sm.libraryDocs).not.toHaveCount(0);
  await expect(page.locator('.ann-tag', { hasText: 'Numbers' })).toHaveCount(0);
  // The same project again: nothing new, and "Numbers" is remembered as Figure.
  dialog = await preview(page, { name: 'project.qdpx', buffer: qdpx });
  await expect(dialog.getByLabel('Tag for “Numbers”')).toHaveValue('figure');
  await expect(dialog.getByRole('row', { name: /Numbers/ })).toContainText('as last time');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

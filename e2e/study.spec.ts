import fs from 'node:fs';
import path from 'node:path';
import { SAMPLE, SAMPLE_TITLE, expect, test } from './fixtures';

test('creates a new study, and opens the previous one again from the recent list', async ({ sm, page, host }) => {
  await sm.importFiles([SAMPLE]);
  await expect(page.locator('.study-name .name')).toHaveText('My study');

  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'New study…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New study' });
  await dialog.getByLabel('Create the study file at').fill(path.join(host.dataDir, 'Team', 'Kyrgyzstan 2005'));
  await dialog.getByRole('button', { name: 'Create' }).click();
  // Only folders that exist: browser mode never creates a tree of folders a request names.
  await expect(dialog.getByRole('alert')).toContainText('Team does not exist; choose an existing folder');
  fs.mkdirSync(path.join(host.dataDir, 'Team'));
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.study-name .name')).toHaveText('Kyrgyzstan 2005');
  await expect(page.getByText('No documents yet.')).toBeVisible();
  expect(fs.existsSync(path.join(host.dataDir, 'Team', 'Kyrgyzstan 2005.sourcemark'))).toBe(true);

  await page.locator('.study-name').click(); // the study name opens the Open dialog too
  const open = page.getByRole('dialog', { name: 'Open study' });
  await open.getByRole('button', { name: host.studyPath }).click();
  await expect(open).toHaveCount(0);
  await expect(page.locator('.study-name .name')).toHaveText('My study');
  await expect(page.locator('.doc-title')).toHaveText(SAMPLE_TITLE);
});

test('a file that is not a study is refused in the dialog, and the open study stays open', async ({ sm, page, host }) => {
  await sm.importFiles([SAMPLE]);
  const notStudy = path.join(host.dataDir, 'notes.sourcemark');
  fs.writeFileSync(notStudy, 'shopping list');
  await page.keyboard.press('Control+Shift+o');
  const open = page.getByRole('dialog', { name: 'Open study' });
  await open.getByLabel('Study file').fill(notStudy);
  await open.getByRole('button', { name: 'Open' }).click();
  await expect(open.getByRole('alert')).toHaveText('Cannot open “notes.sourcemark”: it is not a Sourcemark study (not a SQLite database).');
  expect(fs.readFileSync(notStudy, 'utf8')).toBe('shopping list');
  await open.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.study-name .name')).toHaveText('My study');
  await expect(sm.libraryDocs).toHaveCount(1);
});

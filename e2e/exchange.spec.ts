// Two people, two studies, one article: each annotates, they exchange packages, merge, review
// the conflict, and see how far they agree. Then unanchored work placed by hand.

import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { SAMPLE, SAMPLE_TITLE, expect, test } from './fixtures';
import type { SourcemarkPage } from './pages/sourcemark';

async function setName(page: Page, name: string, email = ''): Promise<void> {
  await page.locator('.identity-button').click();
  const dialog = page.getByRole('dialog', { name: 'Your name' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('E-mail (optional)').fill(email);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.identity-button')).toHaveText(name);
}

async function tag(sm: SourcemarkPage, text: string, key: string, note?: string): Promise<void> {
  await sm.selectText(text);
  await sm.tagWithKey(key);
  if (note) {
    await sm.note.fill(note);
    await sm.note.press('Control+Enter');
    await expect(sm.entry(text).locator('.ann-note')).toHaveText(note);
  }
  await sm.reader.click();
}

async function importAnnotations(page: Page, file: string): Promise<string[]> {
  await page.keyboard.press('Control+i');
  const dialog = page.getByRole('dialog', { name: 'Import annotations' });
  await dialog.getByTestId('import-annotations-input').setInputFiles(file);
  const preview = dialog.getByRole('region', { name: 'What the import will do' });
  await expect(preview).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const lines = await preview.locator('li').allInnerTexts();
  await page.screenshot({ path: path.join(test.info().outputDir, `import-preview-${path.basename(file)}.png`) });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  return lines;
}

async function saveExport(sm: SourcemarkPage, dir: string): Promise<string> {
  const pkg = await sm.export('study', 'exchange package');
  const file = path.join(dir, pkg.name);
  fs.writeFileSync(file, pkg.bytes);
  return file;
}

test('two authors exchange packages, merge, review a conflict and see their agreement', async ({ sm, page, host }) => {
  test.setTimeout(240_000); // two studies, two exports, two imports
  const out = test.info().outputDir;
  fs.mkdirSync(out, { recursive: true });

  // Ana, in her study.
  await setName(page, 'Ana Lima', 'ana@example.org');
  await sm.importFiles([SAMPLE]);
  await tag(sm, 'At least 400 people', '3');
  await tag(sm, 'protesters took over the regional government in Jalalabad', '1');
  await tag(sm, 'Osh', '4');
  const anaFile = path.join(out, 'ana.sourcemark.zip');
  fs.renameSync(await saveExport(sm, out), anaFile);

  // Ben, in a new study of his own: imports Ana's package, then annotates.
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'New study…' }).click();
  const create = page.getByRole('dialog', { name: 'New study' });
  await create.getByLabel('Create the study file at').fill(path.join(host.dataDir, 'Ben'));
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(page.locator('.study-name .name')).toHaveText('Ben');
  await setName(page, 'Ben Okafor');
  const preview = await importAnnotations(page, anaFile);
  expect(preview).toEqual(['Documents: 1 new document (Anti-Government Protests Solidify in South).', 'Annotations: 3 annotations added.']);
  await expect(page.locator('.doc-title')).toHaveText(SAMPLE_TITLE);
  await expect(sm.entries).toHaveCount(3);
  await tag(sm, 'At least 400 people', '3'); // agrees with Ana
  await tag(sm, 'took over the regional government in Jalalabad', '1'); // other boundaries
  await tag(sm, 'Jalalabad', '4'); // only Ben
  // Ben corrects Ana's Osh; Ana will too, later: a conflict.
  await sm.entry('Osh').first().click();
  await sm.note.fill('The city, not the province (Ben)');
  await sm.note.press('Control+Enter');
  const benFile = path.join(out, 'ben.sourcemark.zip');
  fs.renameSync(await saveExport(sm, out), benFile);

  // Back to Ana's study: she edits Osh too, then merges Ben's package.
  await page.locator('.study-name').click();
  await page.getByRole('dialog', { name: 'Open study' }).getByRole('button', { name: host.studyPath }).click();
  await expect(page.locator('.study-name .name')).toHaveText('My study');
  await setName(page, 'Ana Lima', 'ana@example.org');
  await sm.entry('Osh').click();
  await sm.note.fill('Osh city (Ana)');
  await sm.note.press('Control+Enter');
  await expect(sm.entry('Osh').locator('.ann-note')).toHaveText('Osh city (Ana)');
  const merged = await importAnnotations(page, benFile);
  expect(merged).toEqual([
    'Documents: 1 document already here.',
    'Annotations: 3 annotations added, 2 already here.',
    '1 conflict (changed on both sides): the newer version is kept, the other waits for review.',
  ]);
  await expect(sm.entries).toHaveCount(6);

  // The conflict: Ana's edit was the newer one and is kept; she takes Ben's instead.
  await page.getByRole('button', { name: '1 conflict to review' }).click();
  const conflicts = page.getByRole('dialog', { name: 'Conflicts to review' });
  const table = conflicts.getByRole('table', { name: 'The two versions' });
  await expect(table.locator('thead th')).toHaveText(['Field', 'Yours (kept)', 'Theirs — from ben.sourcemark.zip (set aside)']);
  await expect(table.getByRole('row', { name: /Note/ }).locator('td')).toHaveText(['Osh city (Ana)', 'The city, not the province (Ben)']);
  // The differing field is marked (the rest are the same); times keep their seconds.
  await expect(table.getByRole('row', { name: /^Note/ })).toHaveClass('differs');
  await expect(table.getByRole('row', { name: /^Text/ })).not.toHaveClass('differs');
  await expect(table.getByRole('row', { name: /Changed/ }).locator('td').first()).toHaveText(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  await page.screenshot({ path: path.join(out, 'conflicts.png') });
  expect(await seriousViolations(page)).toEqual([]);
  await conflicts.getByRole('button', { name: 'Use this instead' }).click();
  await expect(conflicts.getByText('No conflicts left to review.')).toBeVisible();
  await conflicts.getByRole('button', { name: 'Close dialog' }).click();
  await expect(sm.entry('Osh').locator('.ann-note')).toHaveText('The city, not the province (Ben)');
  await expect(page.locator('.conflicts-button')).toHaveCount(0);
  await sm.entry('Osh').click();
  await expect(page.locator('.annotation-history')).toContainText('Ana Lima, edited by Ben Okafor');

  // How far do they agree?
  await page.getByRole('button', { name: /Compare 2 people/ }).click();
  const view = page.getByRole('dialog', { name: `Agreement: ${SAMPLE_TITLE}` });
  const rows = view.getByRole('table', { name: 'Agreement per tag' }).locator('tbody tr');
  await expect(rows).toHaveCount(4); // claim, figure, location, all tags
  const cells = async (i: number) => (await rows.nth(i).locator('td').allInnerTexts()).map((t) => t.trim());
  expect(await cells(0)).toEqual(['Claim', '1', '1', '0%', '100%', expect.stringMatching(/^0\.\d\d$/)]);
  expect(await cells(1)).toEqual(['Figure', '1', '1', '100%', '100%', '1.00']);
  expect(await cells(2)).toEqual(['Location', '1', '1', '0%', '0%', '0.00']); // Osh is Ana's, Jalalabad Ben's
  const diff = view.getByRole('table', { name: 'Annotations side by side' });
  await expect(diff.locator('tbody tr')).toHaveCount(3); // only the differences
  await expect(diff.locator('.diff-boundary')).toContainText('took over the regional government in Jalalabad');
  await expect(diff.locator('.diff-only-a')).toContainText('Osh');
  await expect(diff.locator('.diff-only-b')).toContainText('Jalalabad');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(out, 'agreement.png') });
  if (process.env.SOURCEMARK_SCREENSHOTS) await page.screenshot({ path: 'docs/agreement.png' });
  // A row leads to the annotation in the text.
  await diff.locator('.diff-only-b .diff-cell').click();
  await expect(view).toHaveCount(0);
  await expect(page.locator('.ann.selected .ann-quote')).toHaveText('Jalalabad');

  // Who contributed.
  await page.locator('.identity-button').click();
  const people = page.getByRole('table', { name: 'Contributors' });
  await expect(people.locator('tbody tr')).toHaveCount(2);
  await expect(people.locator('tbody tr').first()).toContainText('ana@example.org');
});

test('annotations that cannot be placed are listed as unanchored, and can be placed by hand', async ({ sm, page }) => {
  await sm.importFiles([SAMPLE]);
  const out = test.info().outputDir;
  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, 'hypothesis.json');
  const url = 'https://iwpr.net/global-voices/anti-government-protests-solidify-south';
  fs.writeFileSync(
    file,
    JSON.stringify({
      rows: [
        {
          id: 'h1',
          user: 'acct:carla@hypothes.is',
          uri: url,
          text: 'Which building?',
          tags: ['Claim'],
          created: '2026-03-01T12:00:00Z',
          updated: '2026-03-01T12:00:00Z',
          target: [{ source: url, selector: [{ type: 'TextQuoteSelector', exact: 'the building was stormed at noon', prefix: 'x', suffix: 'y' }] }],
        },
      ],
    }),
  );
  const preview = await importAnnotations(page, file);
  expect(preview).toContain('1 annotation could not be placed in the text and will be listed as unanchored.');
  const list = page.getByRole('list', { name: 'Unanchored annotations' });
  await expect(list.locator('li')).toHaveCount(1);
  await expect(list).toContainText('the building was stormed at noon');
  await expect(list).toContainText('by carla, from hypothesis.json');
  await page.screenshot({ path: path.join(out, 'unanchored.png') });
  await list.getByRole('button', { name: 'Place in text…' }).click();
  await sm.selectText('surged into the building');
  await sm.tagBar.getByRole('button', { name: 'Place here' }).click();
  await expect(page.getByRole('list', { name: 'Unanchored annotations' })).toHaveCount(0);
  await expect(sm.entry('surged into the building')).toHaveCount(1);
  await expect(sm.entry('surged into the building').locator('.ann-note')).toHaveText('Which building?');
});

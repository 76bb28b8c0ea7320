// The sharp edges a new user meets outside the happy path: the first-start welcome, dialogs
// that take and return focus, the shortcuts sheet, one notice area, claim sources that are
// citations, and search over the articles' own words.

import { SAMPLE, SAMPLE_TITLE, expect, test } from './fixtures';
import { SourcemarkPage } from './pages/sourcemark';

test('first start asks who is annotating; skipped, work is recorded as "Unknown", not the OS account', async ({ page, host }) => {
  const sm = new SourcemarkPage(page, host);
  await sm.goto({ keepWelcome: true });
  const welcome = page.getByRole('dialog', { name: 'Welcome to Sourcemark' });
  await expect(welcome).toBeVisible();
  await expect(welcome.getByLabel('Name')).toBeFocused();
  await welcome.getByRole('button', { name: 'Skip' }).click();
  await expect(welcome).toHaveCount(0);
  await expect(page.locator('.identity-button')).toHaveText('Set your name');
  await sm.importFiles([SAMPLE]);
  await sm.selectText('At least 400 people');
  await sm.tagWithKey('3');
  await expect(page.locator('.annotation-history')).toContainText('Unknown');
  // Asked once: not again after a reload.
  await page.reload();
  await expect(page.locator('.app[data-ready]')).toBeAttached();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('every dialog takes focus, keeps Tab inside, closes on Esc and gives focus back', async ({ sm, page }) => {
  await sm.importFiles([SAMPLE]);
  for (const name of ['Map']) {
    const opener = page.locator('.topbar').getByRole('button', { name, exact: true });
    await opener.focus();
    await opener.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator(':focus')).toHaveCount(1);
    for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
    await expect(dialog.locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();
  }
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('menuitem', { name: /Tags, Verdicts and People/ }).click();
  const tags = page.getByRole('dialog', { name: 'Tags, verdicts and people' });
  await expect(tags.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(tags).toHaveCount(0);
});

test('the shortcuts sheet opens on ? and F1 and from the Help menu, listing the menus’ commands', async ({ sm, page }) => {
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await sm.reader.or(page.locator('.panes')).first().click();
  await page.keyboard.press('Shift+?');
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('dd', { hasText: 'Import Folder' })).toBeVisible();
  await expect(sheet.getByText('Ctrl+Alt+O')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Help', exact: true }).click();
  await page.getByRole('menuitem', { name: /Keyboard Shortcuts/ }).click();
  await expect(sheet).toBeVisible();
});

test('notices: information goes by itself, errors stay, and a study switch clears them', async ({ sm, page, host }) => {
  await page.clock.install();
  await sm.goto();
  await sm.importFiles([SAMPLE]);
  const info = sm.notices.filter({ hasText: /Imported/ });
  await expect(info).toHaveCount(1);
  await page.clock.runFor(8_000);
  await expect(info).toHaveCount(0);
  await page.locator('[data-testid=import-input]').setInputFiles({ name: 'broken.md', mimeType: 'text/markdown', buffer: Buffer.from([0x61, 0xff, 0xfe]) });
  const error = sm.notices.filter({ hasText: 'broken.md' });
  await expect(error).toHaveCount(1);
  await page.clock.runFor(30_000);
  await expect(error).toHaveCount(1);
  // Open the same study again through the study dialog: the notices belong to the old view.
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'New Study…' }).click();
  const create = page.getByRole('dialog', { name: 'New study' });
  await create.getByLabel('Create the study file at').fill(`${host.dataDir}/Other`);
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(page.locator('.study-name .name')).toHaveText('Other');
  await expect(sm.notices).toHaveCount(0);
});

test('claim sources: an address or a citation, added after typing a rationale without losing either', async ({ sm, page }) => {
  await sm.importFiles([SAMPLE]);
  await sm.selectText('protesters took over the regional government in Jalalabad');
  await sm.tagWithKey('1');
  const claim = page.getByRole('region', { name: 'Selected annotation' });
  await claim.getByLabel('Rationale').fill('Two witnesses agree');
  await claim.getByRole('button', { name: 'Add source' }).click();
  const first = claim.getByLabel('Source 1: address or citation');
  await expect(first).toBeFocused();
  await first.fill('Interview notes, box 4');
  await claim.getByRole('button', { name: 'Add source' }).click();
  await expect(claim.getByLabel('Source 1: address or citation')).toHaveValue('Interview notes, box 4');
  await claim.getByLabel('Source 2: address or citation').fill('https://www.rferl.org/a/1057723.html');
  await claim.getByLabel('Source 2 title').fill('RFE/RL report');
  await claim.getByLabel('Source 2 title').press('Tab');
  await expect(claim.getByLabel('Rationale')).toHaveValue('Two witnesses agree');
  // An address that is not one is shown, not dropped silently.
  await claim.getByRole('button', { name: 'Add source' }).click();
  await claim.getByLabel('Source 3: address or citation').fill('https://not an address');
  await claim.getByLabel('Source 3: address or citation').press('Tab');
  await expect(claim.getByText('Not a web address')).toBeVisible();
  await page.reload();
  await expect(page.locator('.app[data-ready]')).toBeAttached();
  await sm.entry('protesters took over the regional government in Jalalabad').click();
  await expect(claim.getByLabel('Source 1: address or citation')).toHaveValue('Interview notes, box 4');
  await expect(claim.getByLabel('Source 2 title')).toHaveValue('RFE/RL report');
  await expect(claim.getByLabel('Source 3: address or citation')).toHaveCount(0);
});

test('search finds the articles’ own words and opens the document there; a country finds its places', async ({ sm, page }) => {
  await sm.importFiles([SAMPLE]);
  await sm.selectText('Osh');
  await sm.tagWithKey('4');
  await page.getByRole('region', { name: 'Selected annotation' }).locator('.options.places button').first().click();
  await expect(page.getByRole('region', { name: 'Selected annotation' }).locator('.place')).toContainText('Osh (KG)');
  await sm.importFiles(['resources/samples/wikinews/wikinews-crane.md']);
  await page.keyboard.press('Control+Shift+f');
  const panel = page.getByRole('complementary', { name: 'Search' });
  await panel.getByLabel('Search words').fill('governor has fled');
  const hit = panel.getByRole('list', { name: 'Text results' }).locator('li').first();
  await expect(hit).toContainText(SAMPLE_TITLE);
  await hit.locator('button, a').first().click();
  await expect(page.locator('.doc-title')).toHaveText(SAMPLE_TITLE);
  await expect(sm.reader.locator('p', { hasText: 'The governor has fled' })).toBeInViewport();
  await panel.getByLabel('Search words').fill('');
  await panel.getByLabel('Place').fill('Kyrgyzstan');
  await expect(panel.locator('.result')).toHaveText([/Osh/]);
});

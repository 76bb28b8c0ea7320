import fs from 'node:fs';
import path from 'node:path';
import { SAMPLE, SAMPLE_TITLE, expect, test } from './fixtures';

const inspector = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Selected annotation' });

test.beforeEach(async ({ sm }) => {
  await sm.importFiles([SAMPLE]);
  await expect(sm.page.locator('.doc-title')).toHaveText(SAMPLE_TITLE);
});

test('claim: verdict, rationale, source and who checked it; verdict counts in the library and panel', async ({ sm, page }) => {
  await sm.selectText('protesters took over the regional government in Jalalabad');
  await sm.tagWithKey('1');
  const insp = inspector(page);
  await expect(insp.getByRole('radio', { name: 'Unchecked' })).toHaveAttribute('aria-checked', 'true');
  await insp.getByRole('radio', { name: 'True', exact: true }).click();
  await insp.getByLabel('Rationale').fill('RFE/RL and AKIpress reported the takeover on 4 March.');
  await insp.getByLabel('Rationale').press('Tab');
  await insp.getByRole('button', { name: 'Add source' }).click();
  const address = insp.getByLabel('Source 1: address or citation');
  await address.fill('https://not a url');
  await address.press('Tab');
  await expect(insp.getByText('Not a web address')).toBeVisible();
  await address.fill('https://www.rferl.org/a/1057723.html');
  await insp.getByLabel('Source 1 title').fill('RFE/RL report');
  await insp.getByLabel('Source 1 title').press('Tab');
  await insp.getByRole('button', { name: 'Checked by me today' }).click();
  await expect(insp.getByLabel('Checked by')).not.toHaveValue('');

  await expect(page.locator('.library .doc.current .verdict-counts')).toHaveText('1 true');
  await expect(page.locator('.annotations .verdict-row')).toHaveText('1 true');

  await sm.goto(); // everything was saved
  await sm.entry('protesters took over the regional government in Jalalabad').click();
  await expect(insp.getByRole('radio', { name: 'True', exact: true })).toHaveAttribute('aria-checked', 'true');
  await expect(insp.getByLabel('Rationale')).toHaveValue('RFE/RL and AKIpress reported the takeover on 4 March.');
  await expect(insp.getByLabel('Source 1: address or citation')).toHaveValue('https://www.rferl.org/a/1057723.html');
  await expect(insp.getByLabel('Source 1 title')).toHaveValue('RFE/RL report');
});

test('quote: the speaker is suggested, never set until the user says so; people are shared', async ({ sm, page }) => {
  await sm.selectText('The police have today demonstrated in practice that it is ready to switch to the side of the people');
  await sm.tagWithKey('2');
  const insp = inspector(page);
  await expect(insp.getByText('Not set')).toBeVisible();
  const suggestion = insp.getByRole('group', { name: 'Suggested speaker' });
  await expect(suggestion).toContainText('Adakhan Madumarov (opposition leader)');
  await suggestion.getByRole('button', { name: 'Use' }).click();
  await expect(insp.locator('.speaker')).toContainText('Adakhan Madumarov — opposition leader');
  await expect(suggestion).toHaveCount(0);

  // Another quote by him: the suggestion now names the person already in the study.
  await sm.selectText('The people demanding the early resignation of the president include quite a lot of Uzbeks');
  await sm.tagWithKey('2');
  await insp.getByRole('group', { name: 'Suggested speaker' }).getByRole('button', { name: 'Use' }).click();
  await expect(insp.locator('.speaker')).toContainText('Adakhan Madumarov');
  await page.getByRole('button', { name: 'Edit tags…' }).click();
  await page.getByRole('tab', { name: 'People' }).click();
  await expect(page.getByRole('dialog').locator('tbody tr')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0); // and focus is back where it was

  // Pick a person by hand.
  await sm.selectText('There will be police officers stationed on every floor of the building');
  await sm.tagWithKey('2');
  await insp.getByPlaceholder('Find or add a person…').fill('Duyshen Chotonov');
  await insp.getByLabel('Role or affiliation').fill('deputy chairman, Ata Meken');
  await insp.getByRole('button', { name: 'Add “Duyshen Chotonov”' }).click();
  await expect(insp.locator('.speaker')).toContainText('Duyshen Chotonov — deputy chairman, Ata Meken');
  await sm.undo();
  await expect(insp.getByText('Not set')).toBeVisible();
});

test('figure: read when tagged, every part correctable, undoable', async ({ sm, page }) => {
  await sm.selectText('At least 400 people');
  await sm.tagWithKey('3');
  const insp = inspector(page);
  await expect(insp.locator('.fact-summary')).toHaveText('at least 400 people');
  await expect(insp.getByLabel('Value', { exact: true })).toHaveValue('400');
  await expect(insp.getByLabel('Qualifier')).toHaveValue('at least');
  await insp.getByLabel('Value', { exact: true }).fill('450');
  await insp.getByLabel('Value', { exact: true }).press('Enter');
  await insp.getByLabel('As of').fill('2005-03-18');
  await insp.getByLabel('As of').press('Enter');
  await expect(insp.locator('.fact-summary')).toHaveText('at least 450 people (as of 2005-03-18)');
  await sm.entries.first().click(); // out of the field, the annotation still selected
  await sm.undo();
  await expect(insp.locator('.fact-summary')).toHaveText('at least 450 people');
  await sm.undo();
  await expect(insp.locator('.fact-summary')).toHaveText('at least 400 people');
});

test('location: ranked places, a manual pin, and the map of the article’s places', async ({ sm, page }) => {
  const insp = inspector(page);
  const place = async (text: string, occurrence = 0) => {
    await sm.selectText(text, occurrence);
    await sm.tagWithKey('4');
    await insp.locator('.options.places button').first().click();
    await expect(insp.locator('.place')).toBeVisible();
  };
  await sm.selectText('Jalalabad');
  await sm.tagWithKey('4');
  // Jalal-Abad, Kyrgyzstan first: the article is about Kyrgyzstan.
  await expect(insp.locator('.options.places button').first()).toContainText('Jalal-Abad, Kyrgyzstan');
  await insp.locator('.options.places button').first().click();
  await expect(insp.locator('.place')).toContainText('Jalal-Abad (KG)');
  await expect(insp.locator('.place')).toContainText('GeoNames 1528249');

  for (const p of ['Osh', 'Bishkek', 'Uzgen', 'Karakulja', 'Talas', 'Naryn', 'Kochkor']) await place(p);

  // Aksy is not in the gazetteer as a town: pin it by hand.
  await sm.selectText('Aksy');
  await sm.tagWithKey('4');
  await insp.getByRole('button', { name: 'Not listed? Pin it by hand' }).click();
  await insp.getByLabel('Latitude').fill('41.43');
  await insp.getByLabel('Longitude').fill('71.50');
  await insp.getByLabel('Country code').fill('kg');
  await insp.getByRole('button', { name: 'Pin' }).click();
  await expect(insp.locator('.place')).toContainText('Aksy (KG)');
  await expect(insp.locator('.place')).toContainText('pinned by hand');

  await page.getByRole('button', { name: 'Map', exact: true }).click();
  const map = page.getByRole('dialog', { name: 'Map of locations' });
  await expect(map.getByRole('img', { name: 'Map of 9 places' })).toBeVisible();
  await expect(map.locator('.country').first()).toBeVisible();
  await expect(map.getByText('9 locations at 9 places')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/map.png' });
  await map.getByRole('button', { name: 'Osh: 1 annotation' }).click();
  await map.getByRole('button', { name: '“Osh”' }).click();
  await expect(map).toHaveCount(0);
  await expect(page.locator('.hl-selected')).toHaveText('Osh');
});

test('a custom tag with a shortcut, and merging it into another tag', async ({ sm, page }) => {
  await page.getByRole('button', { name: 'Edit tags…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tags, verdicts and people' });
  await dialog.getByLabel('New tag name').fill('Official statement');
  await dialog.getByLabel('New tag parent').selectOption({ label: 'under Quote' });
  await dialog.getByLabel('New tag shortcut key').fill('5');
  await dialog.getByRole('button', { name: 'Add tag' }).click();
  await expect(dialog.locator('tr[data-tag="Official statement"]')).toBeVisible();
  // A key already in use is refused, with the reason.
  await dialog.getByLabel('New tag name').fill('Rumour');
  await dialog.getByLabel('New tag shortcut key').fill('5');
  await dialog.getByRole('button', { name: 'Add tag' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('The key 5 already applies “Official statement”.');
  await page.keyboard.press('Escape');

  await expect(page.locator('.legend')).toContainText('Official statement');
  await sm.selectText('Everyone is entitled to protest');
  await sm.tagWithKey('5');
  await expect(sm.entry('Everyone is entitled to protest').locator('.ann-tag')).toHaveText('Official statement');
  // Its kind comes from its parent: it has a speaker, like a quote.
  await expect(inspector(page).getByRole('group', { name: 'Suggested speaker' })).toContainText('Dosaly Esenaliev');

  await page.getByRole('button', { name: 'Edit tags…' }).click();
  const row = dialog.locator('tr[data-tag="Official statement"]');
  await row.getByRole('button', { name: 'Merge…' }).click();
  await row.getByLabel('Merge Official statement into').selectOption({ label: 'Quote' });
  await row.getByRole('button', { name: 'Merge 1' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Merged “Official statement” into “Quote”: 1 annotation moved.');
  await page.keyboard.press('Escape');
  await expect(sm.entry('Everyone is entitled to protest').locator('.ann-tag')).toHaveText('Quote');
  await expect(page.locator('.legend')).not.toContainText('Official statement');
});

test('a tag set from CSV: a file with a cycle is refused, a good one imported', async ({ page }) => {
  const dir = test.info().outputDir;
  fs.mkdirSync(dir, { recursive: true });
  const bad = path.join(dir, 'cycle.csv');
  fs.writeFileSync(bad, 'name,parent,colour,description\r\nA,B,,\r\nB,A,,\r\n');
  const good = path.join(dir, 'tags.csv');
  fs.writeFileSync(good, 'name,parent,colour,description\r\nProtest,,#117733,Street protests\r\nOccupation,Protest,#882255,Buildings taken over\r\n');
  await page.getByRole('button', { name: 'Edit tags…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tags, verdicts and people' });
  await dialog.getByTestId('tagset-input').setInputFiles(bad);
  await expect(dialog.getByRole('alert')).toHaveText('The parents form a cycle: A → B → A.');
  await expect(dialog.locator('tbody tr')).toHaveCount(4);
  await dialog.getByTestId('tagset-input').setInputFiles(good);
  await expect(dialog.getByRole('status')).toHaveText('tags.csv: 2 tags added, 0 updated.');
  await expect(dialog.locator('tbody tr')).toHaveCount(6);
  await expect(dialog.locator('tr[data-tag="Occupation"] select')).toHaveValue(/tag-/);
});

test('adjusting a highlight’s ends by keyboard and by dragging, each undoable', async ({ sm, page }) => {
  await sm.selectText('400 people');
  await sm.tagWithKey('3');
  await page.locator('.reader-text').click(); // leave the new annotation…
  await (await sm.highlightOf('400 people')).first().click(); // …and pick it
  await expect(page.locator('.adjust-handle')).toHaveCount(2);
  // Alt+Shift+← moves the start back over "least " and "At ".
  for (let i = 0; i < 'At least '.length; i++) await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(sm.entries.locator('.ann-quote')).toHaveText(['At least 400 people']);
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(sm.entries.locator('.ann-quote')).toHaveText(['At least 400 peopl']);
  await sm.undo(); // the whole keyboard gesture is one step
  await expect(sm.entries.locator('.ann-quote')).toHaveText(['400 people']);

  // Drag the end handle to the end of "were".
  const end = page.locator('.adjust-handle.end');
  const from = (await end.boundingBox())!;
  const target = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('.reader-text')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const i = n.data.indexOf(' were holding');
      if (i >= 0) {
        const r = document.createRange();
        r.setStart(n, i + 5);
        r.setEnd(n, i + 5);
        const box = r.getBoundingClientRect();
        return { x: box.left, y: box.top + box.height / 2 };
      }
    }
    throw new Error('not found');
  });
  await page.mouse.move(from.x, from.y + from.height / 2);
  expect(await page.evaluate(([x, y]) => (document.elementFromPoint(x!, y!) as HTMLElement).className, [from.x, from.y + from.height / 2])).toContain('adjust-handle end');
  await page.mouse.down();
  await page.mouse.move(target.x, target.y, { steps: 6 });
  await page.mouse.up();
  await expect(sm.entries.locator('.ann-quote')).toHaveText(['400 people were']);
  await sm.undo();
  await expect(sm.entries.locator('.ann-quote')).toHaveText(['400 people']);
});

test('search finds annotations across documents and opens them', async ({ sm, page }) => {
  await sm.selectText('protesters took over the regional government in Jalalabad');
  await sm.tagWithKey('1');
  await inspector(page).getByRole('radio', { name: 'False', exact: true }).click();
  await sm.importFiles(['resources/samples/wikinews/wikinews-crane.md']);
  await sm.selectText('killing 107 or more');
  await sm.tagWithKey('1');
  await sm.note.fill('Civil Defense toll, check Reuters');
  await sm.note.press('Control+Enter');

  await page.keyboard.press('Control+Shift+f');
  const panel = page.getByRole('complementary', { name: 'Search' });
  await panel.getByLabel('Search words').fill('jalalabad');
  const annotations = panel.getByRole('list', { name: 'Results', exact: true }).locator('.result');
  await expect(annotations).toHaveCount(1);
  await expect(panel.getByRole('list', { name: 'Text results' }).locator('.result')).not.toHaveCount(0); // the article's own words too
  await panel.getByLabel('Search words').fill('reuters');
  await expect(annotations).toHaveText([/killing 107 or more.*Civil Defense toll.*Mecca crane collapse/]);
  await panel.getByLabel('Search words').fill('');
  await panel.getByLabel('Verdict').selectOption({ label: 'False' });
  await expect(panel.getByText('1 annotation')).toBeVisible();
  await annotations.click();
  await expect(page.locator('.doc-title')).toHaveText(SAMPLE_TITLE);
  await expect(page.locator('.hl-selected')).toHaveText('protesters took over the regional government in Jalalabad');
  await page.keyboard.press('Escape');
});

import { SAMPLE, SAMPLE_TITLE, expect, test } from './fixtures';

const QUOTE = '"The governor has fled. The authorities are afraid of the ordinary people,"';
const CLAIM = 'The governor has fled';
const FIGURE = 'At least 400 people';
const PLACE = 'Jalalabad';

test.beforeEach(async ({ sm }) => {
  await sm.importFiles([SAMPLE]);
  await expect(sm.page.locator('.doc-title')).toHaveText(SAMPLE_TITLE);
});

test('tags one span of each kind, by mouse and by keyboard, overlapping, and shows the highlights', async ({ sm, page }) => {
  await sm.dragSelect(QUOTE);
  await sm.tagWithBar('quote'); // mouse: drag across the text, then the floating tag bar
  await sm.selectWithKeyboard(CLAIM);
  await sm.tagWithKey('1'); // keyboard: Shift+→ selection, then the tag key
  await sm.selectWithKeyboard(FIGURE);
  await sm.tagWithKey('3');
  await sm.selectText(PLACE);
  await sm.tagWithKey('4');

  // The list is in text order, each entry with its tag and quoted text.
  await expect(sm.entries.locator('.ann-tag')).toHaveText(['Location', 'Figure', 'Quote', 'Claim']);
  await expect(sm.entries.locator('.ann-quote')).toHaveText([PLACE, FIGURE, QUOTE, CLAIM]);

  // Each highlight covers exactly its text; the claim inside the quote shows both tags.
  for (const text of [PLACE, FIGURE, QUOTE, CLAIM]) {
    const segments = await sm.highlightOf(text);
    expect((await segments.allTextContents()).join('')).toBe(text);
  }
  const overlap = (await sm.highlightOf(CLAIM)).first();
  await expect(overlap).toHaveAttribute('title', 'Claim + Quote');
  await expect(overlap).toHaveClass(/hl-overlap/);
  await expect(page.locator('.library .doc.current .counts .count')).toHaveText(['1', '1', '1', '1']);

  await (await sm.highlightOf(CLAIM)).first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/highlights.png' });
});

test('clicking an entry reveals its highlight; clicking a highlight selects its entry', async ({ sm, page }) => {
  await sm.selectText(FIGURE);
  await sm.tagWithKey('3');
  await sm.selectText('Kochkor district administration');
  await sm.tagWithKey('4');
  await page.locator('.reader-scroll').evaluate((el) => el.scrollTo({ top: 0 }));

  await sm.entry('Kochkor district administration').click();
  await expect(sm.entry('Kochkor district administration')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.hl-flash')).toHaveText('Kochkor district administration');
  await expect(page.locator('.hl-selected')).toBeInViewport();

  await (await sm.highlightOf(FIGURE)).first().click();
  await expect(sm.entry(FIGURE)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.insp-quote')).toHaveText(FIGURE);
});

test('edits a note, changes the tag, deletes; each undone and redone', async ({ sm, page }) => {
  await sm.selectText(CLAIM);
  await sm.tagWithKey('1');
  await sm.note.click();
  await sm.note.fill('Check with the governor’s office.');
  await sm.note.press('Control+Enter'); // saves and leaves the field
  await expect(sm.entry(CLAIM).locator('.ann-note')).toHaveText('Check with the governor’s office.');

  await page.locator('.insp-tags').getByRole('radio', { name: 'Quote' }).click();
  await expect(sm.entry(CLAIM).locator('.ann-tag')).toHaveText('Quote');

  await sm.undo(); // the tag change
  await expect(sm.entry(CLAIM).locator('.ann-tag')).toHaveText('Claim');
  await sm.undo(); // the note
  await expect(sm.entry(CLAIM).locator('.ann-note')).toHaveCount(0);
  await expect(sm.note).toHaveValue('');
  await sm.redo();
  await expect(sm.entry(CLAIM).locator('.ann-note')).toHaveText('Check with the governor’s office.');
  await expect(sm.note).toHaveValue('Check with the governor’s office.');

  // Delete from the list with the Delete key, then bring it back.
  await sm.entry(CLAIM).click();
  await page.keyboard.press('Delete');
  await expect(sm.entries).toHaveCount(0);
  await expect(page.locator('.reader-text [data-ids]')).toHaveCount(0);
  await sm.undo();
  await expect(sm.entries).toHaveCount(1);
  await expect(sm.entry(CLAIM).locator('.ann-note')).toHaveText('Check with the governor’s office.');
  expect((await (await sm.highlightOf(CLAIM)).allTextContents()).join('')).toBe(CLAIM);
  await sm.redo();
  await expect(sm.entries).toHaveCount(0);
});

test('after a restart the library, the open document and every highlight are back in place', async ({ sm, host, page }) => {
  await sm.importFiles(['resources/samples/wikinews/wikinews-crane.md']);
  await sm.openDocument(SAMPLE_TITLE);
  const spans: Array<[string, string]> = [
    [QUOTE, '2'],
    [CLAIM, '1'],
    ['1,500 officers', '3'],
    ['Uzgen', '4'],
  ];
  for (const [text, key] of spans) {
    await sm.selectText(text);
    await sm.tagWithKey(key);
  }
  await sm.entry('Uzgen').click();
  await sm.note.fill('Town in Osh region');
  await sm.note.press('Control+Enter');
  await expect(sm.entry('Uzgen').locator('.ann-note')).toHaveText('Town in Osh region');

  await host.stop();
  await host.start();
  await sm.goto();

  await expect(sm.libraryDocs).toHaveCount(2);
  await expect(page.locator('.doc-title')).toHaveText(SAMPLE_TITLE);
  await expect(sm.entries).toHaveCount(4);
  for (const [text] of spans) {
    expect((await (await sm.highlightOf(text)).allTextContents()).join('')).toBe(text);
  }
  await expect(sm.entry('Uzgen').locator('.ann-note')).toHaveText('Town in Osh region');
});

test('exports the document and the study as W3C Web Annotation JSON-LD, through the export dialog', async ({ sm }) => {
  await sm.selectText(FIGURE);
  await sm.tagWithKey('3');
  await sm.note.fill('IWPR figure');
  await sm.note.press('Control+Enter');
  await expect(sm.entry(FIGURE).locator('.ann-note')).toHaveText('IWPR figure');
  await sm.reader.click();

  const doc = await sm.export('document');
  expect(doc.name).toBe(`${SAMPLE_TITLE}.annotations.jsonld`);
  const collection = JSON.parse(doc.text);
  expect(collection).toMatchObject({ '@context': ['http://www.w3.org/ns/anno.jsonld', { sm: expect.any(String) }], type: 'AnnotationCollection', total: 1 });
  const item = collection.first.items[0];
  expect(item.body).toEqual(
    expect.arrayContaining([
      { type: 'TextualBody', purpose: 'tagging', value: 'figure' },
      { type: 'TextualBody', purpose: 'commenting', value: 'IWPR figure', format: 'text/plain' },
    ]),
  );
  const [quote, position] = item.target.selector;
  expect(quote.exact).toBe(FIGURE);
  expect(position.end - position.start).toBe(FIGURE.length);
  expect(item.target.source.id).toMatch(/^urn:sha256:[0-9a-f]{64}$/);

  const study = await sm.export('study');
  expect(study.name).toBe('My study.annotations.jsonld');
  expect(JSON.parse(study.text).total).toBe(1);
});

test('reveals an annotation deep in a long article', async ({ sm, page }) => {
  const paragraphs = Array.from({ length: 400 }, (_, i) => `Paragraph ${i}: ${'Protesters gathered outside the regional administration. '.repeat(1 + (i % 4))}`);
  paragraphs[380] = 'Paragraph 380: the needle sits in Naryn, far down the page.';
  const file = `${test.info().outputDir}/long.md`;
  await import('node:fs').then((fs) => {
    fs.mkdirSync(test.info().outputDir, { recursive: true });
    fs.writeFileSync(file, `# A long article\n\n${paragraphs.join('\n\n')}\n`);
  });
  await sm.importFiles([file]);
  await expect(page.locator('.doc-title')).toHaveText('A long article');
  await sm.selectText('Paragraph 2:');
  await sm.tagWithKey('1');
  await sm.dragSelect('Naryn');
  await sm.tagWithKey('4');
  await page.locator('.reader-scroll').evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(page.locator('.hl-selected')).not.toBeInViewport();

  await sm.entry('Naryn').click();
  await expect(page.locator('.hl-selected')).toBeInViewport();
  await expect(page.locator('.hl-flash')).toHaveText('Naryn');
  await sm.entry('Paragraph 2:').click();
  await expect(page.locator('.hl-selected')).toHaveText('Paragraph 2:');
  await expect(page.locator('.hl-selected')).toBeInViewport();
});

test('undo reaches a change made in another document, and says so', async ({ sm, page }) => {
  await sm.selectText(FIGURE);
  await sm.tagWithKey('3');
  await sm.importFiles(['resources/samples/wikinews/wikinews-crane.md']);
  await expect(page.locator('.doc-title')).toHaveText('At least 107 killed in Mecca crane collapse');
  const sample = sm.libraryDocs.filter({ hasText: SAMPLE_TITLE });
  await expect(sample.locator('.counts .count')).toHaveText(['1']);
  await page.locator('.reader-text').click();
  await sm.undo();
  await expect(sm.notices.filter({ hasText: `Undid “tag Figure” in “${SAMPLE_TITLE}”.` })).toBeVisible();
  await expect(sample.locator('.counts .count')).toHaveText(['no annotations']);
  await sm.redo();
  await expect(sample.locator('.counts .count')).toHaveText(['1']);
});

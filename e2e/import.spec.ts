import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeDocx, p } from '../electron/core/documents/__fixtures__/make-docx';
import { makeEpub } from '../electron/core/documents/__fixtures__/make-epub';
import { makePdf } from '../electron/core/documents/__fixtures__/make-pdf';
import { newsPage } from '../electron/core/documents/__fixtures__/pages';
import { SAMPLE, SAMPLE_TITLE, expect, test } from './fixtures';

function tempFiles(files: Record<string, Uint8Array | string>): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcemark-files-'));
  return Object.entries(files).map(([name, data]) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, data);
    return p;
  });
}

test('the empty study says what to do next', async ({ sm }) => {
  await expect(sm.page.getByRole('heading', { name: 'Open a document to start' })).toBeVisible();
  await expect(sm.page.getByText('No documents yet.')).toBeVisible();
  await expect(sm.page.getByRole('button', { name: 'Import files…' })).toBeVisible();
});

test('imports the sample article and shows it formatted, with its metadata', async ({ sm, page }) => {
  await sm.importFiles([SAMPLE]);
  await expect(sm.notices.filter({ hasText: 'Imported 1 document.' })).toBeVisible();
  await expect(sm.reader.locator('h2')).toHaveText(SAMPLE_TITLE);
  await expect(sm.reader.locator('strong').first()).toHaveText(SAMPLE_TITLE);
  const text = await sm.reader.innerText();
  expect(text).not.toMatch(/\*\*|##|\]\(#\)|Source URL:/);
  expect(text).toContain('In the major southern city of Osh');

  const header = page.locator('.doc-header');
  await expect(header).toContainText('By IWPR Central Asia');
  await expect(header).toContainText('Kyrgyzstan');
  await expect(header.getByRole('link', { name: /iwpr\.net/ })).toHaveAttribute('href', 'https://iwpr.net/global-voices/anti-government-protests-solidify-south');
  await expect(sm.libraryDocs.first()).toContainText(SAMPLE_TITLE);
  await expect(sm.libraryDocs.first()).toContainText('IWPR Central Asia · Kyrgyzstan');
  await page.screenshot({ path: 'test-results/screenshots/imported-article.png' });
});

test('importing the same text again, under any name, does not duplicate it', async ({ sm }) => {
  await sm.importFiles([SAMPLE, 'resources/samples/wikinews/wikinews-crane.txt']);
  await expect(sm.libraryDocs).toHaveCount(2);
  await sm.importFiles([SAMPLE, 'resources/samples/wikinews/wikinews-crane.md']);
  await expect(sm.libraryDocs).toHaveCount(2);
  const notice = sm.notices.last();
  await expect(notice).toContainText('No new documents. 2 files already in the study.');
  await notice.getByRole('button', { name: 'Details' }).click();
  const report = sm.page.getByRole('dialog', { name: 'Import report' });
  await expect(report.getByRole('row', { name: /anti-government-protests-solidify-in-south\.txt/ })).toContainText(`already present${SAMPLE_TITLE}`);
  await expect(report.getByRole('row', { name: /wikinews-crane\.md/ })).toContainText('already present');
});

test('bad files are refused with the file and the reason named; the rest import', async ({ sm }) => {
  const files = tempFiles({
    'empty.md': '',
    'photo.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
    'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x4f, 0x73, 0x68]),
    'notes.docx': 'PK',
    'crlf.txt': 'A CRLF article\r\n\r\nFirst paragraph.\r\nSecond line.\r\n',
    'utf16.md': new Uint8Array([0xff, 0xfe, ...Buffer.from('# UTF-16 article\n\nIt reads fine.', 'utf16le')]),
  });
  await sm.importFiles(files);
  const notice = sm.notices.filter({ hasText: 'Imported 2 documents.' });
  await expect(notice).toContainText('4 files could not be read.');
  await notice.getByRole('button', { name: 'Details' }).click();
  const report = sm.page.getByRole('dialog', { name: 'Import report' });
  const reason = (file: string) => report.getByRole('row', { name: new RegExp(file.replace('.', '\\.')) });
  await expect(reason('empty.md')).toContainText('the file is empty');
  await expect(reason('photo.md')).toContainText('it is a PNG image');
  await expect(reason('latin1.txt')).toContainText('it is not valid UTF-8 (byte 0xE9 at offset 3)');
  await expect(reason('notes.docx')).toContainText('it is named .docx but is not a Word document');
  await report.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(sm.libraryDocs).toHaveCount(2);
  await sm.openDocument('A CRLF article');
  await expect(sm.reader.locator('p').first()).toHaveText('First paragraph.\nSecond line.', { useInnerText: true });
  await sm.openDocument('UTF-16 article');
});

test('dropping files on the window imports them', async ({ sm, page }) => {
  const text = fs.readFileSync('resources/samples/wikinews/wikinews-iodine.md', 'utf8');
  const dataTransfer = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'wikinews-iodine.md', { type: 'text/markdown' }));
    return dt;
  }, text);
  await page.dispatchEvent('.reader', 'dragover', { dataTransfer });
  await expect(page.locator('.drop-overlay')).toBeVisible();
  await page.dispatchEvent('.reader', 'drop', { dataTransfer });
  await expect(page.locator('.doc-title')).toHaveText('Australian children suffering from iodine deficiency');
  await expect(page.locator('.drop-overlay')).toHaveCount(0);
});

test('a folder of mixed files becomes a collection: web page without its furniture, PDF, Word, EPUB, Markdown', async ({ sm, page }) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcemark-folder-'));
  const dir = path.join(root, 'Council papers');
  fs.mkdirSync(path.join(dir, 'older'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'water-plant.html'), newsPage());
  fs.writeFileSync(path.join(dir, 'minutes.pdf'), await makePdf({ title: 'Council minutes', pages: [[{ text: 'The council met on Tuesday and approved the budget.', x: 72, y: 700 }]] }));
  fs.writeFileSync(path.join(dir, 'release.docx'), makeDocx({ body: p('Press release', 'Heading1') + p('The council announced a new bridge.') }));
  fs.writeFileSync(path.join(dir, 'older', 'history.epub'), makeEpub({ title: 'A Short History', creators: ['Ann Author'], chapters: [{ path: 'ch1.xhtml', title: 'Founding', body: '<h1>Founding</h1><p>The town was founded by the river.</p>' }] }));
  fs.writeFileSync(path.join(dir, 'notes.md'), '# Reporter notes\n\nCall the mayor’s office on Friday.\n');
  fs.writeFileSync(path.join(dir, 'broken.pdf'), '%PDF-1.7\nthis is not really a PDF');
  await sm.importFiles([SAMPLE]);

  await page.locator('[data-testid=import-folder-input]').setInputFiles(dir);
  const notice = sm.notices.filter({ hasText: 'Imported 5 documents.' });
  await expect(notice).toContainText('1 file could not be read.');
  await expect(sm.libraryDocs).toHaveCount(6);

  // The collection is named after the folder; the filter shows only its documents.
  const collection = page.getByLabel('Collection', { exact: true });
  await collection.selectOption({ label: 'Council papers (5)' });
  await expect(sm.libraryDocs).toHaveCount(5);
  await expect(sm.libraryDocs.filter({ hasText: SAMPLE_TITLE })).toHaveCount(0);

  // The web page: the article, not the menu, cookie banner, ads, share bar, comments or footer.
  await sm.openDocument('Council approves water plant after four-year debate');
  await expect(sm.reader).toContainText('We cannot wait for the next drought'); // drawn, then read whole
  const text = await sm.reader.innerText();
  expect(text).toContain('We cannot wait for the next drought');
  for (const furniture of ['We use cookies', 'ADVERTISEMENT', 'Related stories', 'First! Great article', 'All rights reserved', 'SCRIPT_TEXT_MARKER']) expect(text).not.toContain(furniture);
  await expect(page.locator('.doc-header')).toContainText('Maria Lopez');
  await page.screenshot({ path: 'test-results/screenshots/html-article.png' });
  await sm.openDocument('A Short History');
  await expect(sm.reader).toContainText('The town was founded by the river.');
  await sm.openDocument('Council minutes');
  await expect(sm.reader).toContainText('approved the budget');
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
  await expect(sm.page.getByRole('heading', { name: 'Open an article to start' })).toBeVisible();
  await expect(sm.page.getByText('No articles yet.')).toBeVisible();
  await expect(sm.page.getByRole('button', { name: 'Import articles…' })).toBeVisible();
});

test('imports the sample article and shows it formatted, with its metadata', async ({ sm, page }) => {
  await sm.importFiles([SAMPLE]);
  await expect(sm.notices.filter({ hasText: 'Imported 1 article.' })).toBeVisible();
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
  await expect(notice).toContainText('No new articles imported.');
  await expect(notice).toContainText(`anti-government-protests-solidify-in-south.txt is already in the study as “${SAMPLE_TITLE}”.`);
  await expect(notice).toContainText('wikinews-crane.md is already in the study');
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
  const notice = sm.notices.filter({ hasText: 'Imported 2 articles.' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Not imported: empty.md: the file is empty.');
  await expect(notice).toContainText('Not imported: photo.md: it is a PNG image, not a text article.');
  await expect(notice).toContainText('Not imported: latin1.txt: it is not valid UTF-8 (byte 0xE9 at offset 3)');
  await expect(notice).toContainText('Not imported: notes.docx: Sourcemark opens .md, .markdown and .txt files, not .docx.');
  await expect(sm.libraryDocs).toHaveCount(2);
  await sm.openDocument('A CRLF article');
  expect(await sm.reader.locator('p').first().innerText()).toBe('First paragraph.\nSecond line.');
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

import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeDocx, p } from './__fixtures__/make-docx';
import { makeEpub } from './__fixtures__/make-epub';
import { encryptedPdf } from './__fixtures__/make-pdf';
import { extractDocument } from './index';
import { sniffFormat } from './sniff';

const enc = (s: string) => new TextEncoder().encode(s);

describe('the format comes from the content', () => {
  it.each([
    ['PDF', encryptedPdf(), 'pdf'],
    ['PDF after junk bytes', new Uint8Array([...enc('\r\n\u0000junk'), ...encryptedPdf()]), 'pdf'],
    ['an article about %PDF- headers', enc('# PDF\n\nEvery file starts with %PDF-1.7 and so on.'), 'text'],
    ['DOCX', makeDocx({ body: p('x') }), 'docx'],
    ['EPUB', makeEpub({ title: 't', chapters: [{ path: 'a.xhtml', title: 'a', body: '<p>a</p>' }] }), 'epub'],
    ['EPUB without a leading mimetype entry', zipSync({ 'META-INF/container.xml': strToU8('<c/>'), mimetype: strToU8('application/epub+zip') }), 'epub'],
    ['another ZIP', zipSync({ 'a.txt': strToU8('x') }), 'zip'],
    ['a cut-short ZIP', makeDocx({ body: p('x') }).slice(0, 100), 'damaged-zip'],
    ['HTML with a doctype', enc('\ufeff  <!DOCTYPE html><title>x</title>'), 'html'],
    ['HTML after a comment', enc('<!-- saved from url=(0042)https://x.org/ -->\n<html><body>x'), 'html'],
    ['an HTML fragment', enc('<meta charset="utf-8"><p>x</p>'), 'html'],
    ['XHTML', enc('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'), 'html'],
    ['UTF-16 HTML', Uint8Array.from([0xff, 0xfe, ...[...'<html><body>x'].flatMap((c) => [c.charCodeAt(0), 0])]), 'html'],
    ['Markdown that mentions <html>', enc('# Title\n\nUse the `<html>` element.'), 'text'],
    ['plain text', enc('Just words.'), 'text'],
    ['MHTML', enc('MIME-Version: 1.0\nContent-Type: multipart/related; boundary="x"\n'), 'mhtml'],
  ])('%s', (_name, bytes, format) => {
    expect(sniffFormat(bytes)).toBe(format);
  });
});

describe('whatever the extension', () => {
  it.each([
    ['page.txt', enc('<!doctype html><html><body><p>Hello from HTML.</p></body></html>'), 'html'],
    ['README', enc('# Readme\n\nSome **Markdown**.'), 'markdown'],
    ['report.bin', makeDocx({ body: p('Word text.') }), 'docx'],
    ['report.txt', makeDocx({ body: p('Word text.') }), 'docx'],
  ])('%s is read as %s', async (name, bytes, format) => {
    const r = await extractDocument(name, bytes, { htmlMode: 'page' });
    expect(r.ok && r.doc.format).toBe(format);
  });

  it.each([
    ['image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'it is a PNG image, not a text article'],
    ['data.bin', new Uint8Array([1, 2, 0, 3, 4]), 'it contains NUL bytes, so it looks like a binary file or UTF-16 without a byte-order mark'],
    ['archive.zip', zipSync({ 'a.txt': strToU8('x') }), 'it is a ZIP archive, but not a Word document (.docx) or an EPUB book'],
    ['empty.html', new Uint8Array(0), 'the file is empty'],
    ['notes.docx', strToU8('PK'), 'it is named .docx but is not a Word document (it holds text); it may be damaged'],
    ['report.PDF', strToU8('Annual report, draft'), 'it is named .pdf but is not a PDF (it holds text); it may be damaged'],
    ['book.epub', strToU8('<!DOCTYPE html><html><body><p>x</p></body></html>'), 'it is named .epub but is not an EPUB book (it holds a web page); it may be damaged'],
  ])('%s is refused', async (name, bytes, reason) => {
    expect(await extractDocument(name, bytes)).toEqual({ ok: false, reason });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const r = await extractDocument('huge.txt', new Uint8Array(50 * 1024 * 1024 + 1));
    expect(r).toEqual({ ok: false, reason: 'it is 51 MB; the limit is 50 MB' });
  });
});

import { describe, expect, it } from 'vitest';
import { makeEpub, type Chapter } from './__fixtures__/make-epub';
import { extractDocument, type ExtractedDocument } from './index';

async function extract(bytes: Uint8Array, name = 'book.epub'): Promise<ExtractedDocument> {
  const r = await extractDocument(name, bytes);
  if (!r.ok) throw new Error(r.reason);
  return r.doc;
}

const CHAPTERS: Chapter[] = [
  { path: 'cover.xhtml', title: 'Cover', body: '<div class="cover"><img src="cover.jpg" alt="Cover"/></div>' },
  { path: 'ch1.xhtml', title: 'Chapter One', body: '<h1>Chapter One</h1><p>It was a dark&nbsp;and stormy night.</p><p class="empty"/><p>The rain fell.</p>' },
  { path: 'text/chapter two.xhtml', title: 'Chapter Two', body: '<p>No heading opens this chapter.</p><div/><blockquote><p>A quoted letter.</p></blockquote><script>EVIL()</script>' },
  { path: 'ch3.xhtml', title: 'Chapter Three', body: '<h2>Chapter Three</h2><ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr></table>' },
];

describe('an EPUB book', async () => {
  const doc = await extract(makeEpub({ title: 'Stormy Nights', creators: ['Ann Author', 'Bob Editor'], date: '2019-07-01T00:00:00Z', chapters: CHAPTERS }));

  it('is one document: the chapters in spine order, each opening with its title', () => {
    expect(doc.text).toBe(
      [
        'Chapter One',
        'It was a dark\u00a0and stormy night.',
        'The rain fell.',
        'Chapter Two',
        'No heading opens this chapter.',
        'A quoted letter.',
        'Chapter Three',
        'one',
        'two',
        'a',
        'b',
      ].join('\n'),
    );
    expect(doc.blocks[3]).toEqual({ type: 'heading', level: 1, content: [{ text: 'Chapter Two' }] });
  });

  it('reads the OPF metadata', () => {
    expect(doc.metadata).toEqual({ title: 'Stormy Nights', author: 'Ann Author, Bob Editor', published: '2019-07-01', language: 'en' });
    expect(doc.format).toBe('epub');
    expect(doc.mediaType).toBe('application/epub+zip');
    expect(doc.notes).toBeUndefined();
  });
});

describe('damaged and hostile books', () => {
  it('notes a chapter file that is missing', async () => {
    const doc = await extract(makeEpub({ title: 'T', chapters: [CHAPTERS[1]!, { ...CHAPTERS[3]!, missing: true }] }));
    expect(doc.notes).toEqual(['1 chapter file is missing from the book']);
    expect(doc.text).toBe('Chapter One\nIt was a dark\u00a0and stormy night.\nThe rain fell.');
  });

  it.each([
    ['no container', { 'META-INF/container.xml': '' }, 'it is a damaged EPUB book (META-INF/container.xml is missing or unreadable)'],
    ['a container pointing nowhere', { 'META-INF/container.xml': '<container><rootfiles><rootfile full-path="../../etc/passwd"/></rootfiles></container>' }, 'it is a damaged EPUB book (its package file is missing)'],
    ['an empty spine', { 'OEBPS/content.opf': '<package><manifest/><spine/></package>' }, 'it is a damaged EPUB book (its reading order lists no chapters)'],
    ['DRM', { 'META-INF/encryption.xml': '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:CipherData><enc:CipherReference URI="OEBPS/ch1.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>' }, 'it is protected by DRM (its chapters are encrypted)'],
  ])('refuses %s', async (_name, parts, reason) => {
    expect(await extractDocument('x.epub', makeEpub({ title: 'T', chapters: [CHAPTERS[1]!], parts }))).toEqual({ ok: false, reason });
  });

  it('survives malformed paths in the manifest', async () => {
    const opf = `<package><manifest><item id="a" href="%E0%A4%A" media-type="application/xhtml+xml"/><item id="b" href="../../../../ch1.xhtml" media-type="application/xhtml+xml"/><item id="c" href="ch1.xhtml#frag" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="a"/><itemref idref="b"/><itemref idref="c"/><itemref idref="nope"/></spine></package>`;
    const doc = await extract(makeEpub({ title: 'T', chapters: [CHAPTERS[1]!], parts: { 'OEBPS/content.opf': opf } }));
    expect(doc.text).toContain('The rain fell.');
    expect(doc.notes).toEqual(['2 chapter files are missing from the book']);
  });

  it('does not expand a billion-laughs DOCTYPE in the package or a chapter', async () => {
    const laughs = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`;
    const chapter = `<?xml version="1.0"?>${laughs}<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Hello &lol9; world</p></body></html>`;
    const book = makeEpub({ title: 'T', chapters: [CHAPTERS[1]!], parts: { 'OEBPS/ch1.xhtml': chapter } });
    const t0 = performance.now();
    const doc = await extract(book);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(doc.text).toBe('Chapter One\nHello &lol9; world');
  });
});

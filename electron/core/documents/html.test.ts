import { describe, expect, it } from 'vitest';
import { textBlocks } from '../text/model';
import { ARTICLE_PARAGRAPHS, bytesWith, newsPage, windows1251 } from './__fixtures__/pages';
import { extractDocument, NO_ARTICLE_NOTE, type ExtractedDocument, type ExtractOptions } from './index';

const enc = (s: string) => new TextEncoder().encode(s);

async function extract(html: string | Uint8Array, options?: ExtractOptions, name = 'page.html'): Promise<ExtractedDocument> {
  const r = await extractDocument(name, typeof html === 'string' ? enc(html) : html, options);
  if (!r.ok) throw new Error(r.reason);
  return r.doc;
}

const CLUTTER = ['We use cookies', 'Accept all', 'Home', 'Sport', 'ADVERTISEMENT', 'Share:', 'Twitter', 'Related stories', 'Bridge repairs', 'First! Great article', 'All rights reserved'];
const NEVER = ['SCRIPT_TEXT_MARKER', 'STYLE_TEXT_MARKER', 'injected', 'trackPageView', 'openMenu', 'alert('];

describe('a news page, article mode (Readability)', async () => {
  const doc = await extract(newsPage());

  it('keeps the article: headline on top, then its paragraphs in order', () => {
    expect(doc.format).toBe('html');
    expect(doc.htmlMode).toBe('article');
    expect(doc.extractor.name).toBe('@mozilla/readability');
    expect(doc.text.split('\n')[0]).toBe('Council approves water plant after four-year debate');
    let at = 0;
    for (const p of ARTICLE_PARAGRAPHS) {
      const i = doc.text.indexOf(p);
      expect(i).toBeGreaterThan(at);
      at = i;
    }
    expect(doc.notes).toBeUndefined();
  });

  it('drops menu, cookie banner, ads, share bar, related links, comments and footer', () => {
    for (const junk of CLUTTER) expect(doc.text).not.toContain(junk);
  });

  it('never has script or style text', () => {
    for (const s of NEVER) expect(doc.text).not.toContain(s);
  });

  it('keeps safe links (resolved against the canonical URL) and kills javascript: ones', () => {
    const runs = [...textBlocks(doc.blocks)].flatMap((b) => (b.type === 'codeBlock' ? [] : b.content));
    const hrefs = runs.flatMap((r) => ('href' in r && r.href ? [r.href] : []));
    expect(hrefs).toContain('https://daily.example/docs/timetable.pdf');
    expect(hrefs.every((h) => /^(https?:|mailto:)/.test(h))).toBe(true);
    expect(doc.text).toContain('or print this page.');
  });

  it('reads metadata from JSON-LD, the canonical link and the html lang', () => {
    expect(doc.metadata).toEqual({
      title: 'Council approves water plant after four-year debate',
      author: 'Maria Lopez',
      published: '2024-03-04',
      modified: '2024-03-05',
      sourceUrl: 'https://daily.example/news/water-plant?ref=canonical',
      language: 'en',
    });
    expect(doc.encoding).toBe('utf-8');
    expect(doc.mediaType).toBe('text/html');
  });
});

describe('page mode', () => {
  it('keeps the whole page, menus and footer included, but never scripts or styles', async () => {
    const doc = await extract(newsPage(), { htmlMode: 'page' });
    expect(doc.htmlMode).toBe('page');
    expect(doc.extractor.name).toBe('linkedom');
    for (const kept of ['We use cookies', 'Home', 'Council approves', ARTICLE_PARAGRAPHS[4]!, 'First! Great article', 'All rights reserved']) expect(doc.text).toContain(kept);
    for (const s of NEVER) expect(doc.text).not.toContain(s);
    expect(doc.text).not.toContain('Accept all'); // a button is a control, not text
  });

  it('is chosen, with a note, when no article is found', async () => {
    const doc = await extract('<html><head><title>Not found</title></head><body><nav><a href="/">Home</a></nav><h1>Page not found</h1><p>Sorry.</p></body></html>');
    expect(doc.htmlMode).toBe('page');
    expect(doc.notes).toEqual([NO_ARTICLE_NOTE]);
    expect(doc.text).toBe('Home\nPage not found\nSorry.');
    expect(doc.metadata.title).toBe('Not found');
  });
});

describe('metadata sources', () => {
  const ld = (json: string) => newsPage({ jsonLd: `<script type="application/ld+json">${json}</script>` });
  it.each([
    ['author as a string', ld('{"@type":"Article","headline":"H","author":"Jo Bloggs","datePublished":"2020-01-02"}'), { title: 'H', author: 'Jo Bloggs', published: '2020-01-02' }],
    ['authors as an array', ld('{"@type":"NewsArticle","headline":"H","author":[{"name":"A One"},"B Two",{"@type":"Organization","name":"Desk"}]}'), { author: 'A One, B Two, Desk' }],
    ['inside @graph, @type as an array', ld('{"@graph":[{"@type":"WebSite","name":"S"},{"@type":["ReportageNewsArticle"],"headline":"G","datePublished":"12 March 2019"}]}'), { title: 'G', published: '2019-03-12' }],
    ['broken JSON-LD: Open Graph and <title> instead', ld('{"@type": "NewsArticle", headline: oops'), { title: 'Council approves water plant', author: 'Meta Author' }],
    ['no JSON-LD, og:title and article:published_time', newsPage({ jsonLd: '', head: '<meta property="og:title" content="OG headline"><meta property="article:published_time" content="2021-06-07T08:00:00Z">' }), { title: 'OG headline', published: '2021-06-07' }],
  ])('%s', async (_name, html, expected) => {
    const doc = await extract(html);
    expect(doc.metadata).toMatchObject(expected);
  });

  it('takes og:url when there is no absolute canonical link', async () => {
    const doc = await extract(newsPage().replace('https://daily.example/news/water-plant?ref=canonical', '/relative'));
    expect(doc.metadata.sourceUrl).toBe('https://daily.example/news/water-plant');
  });
});

describe('character sets', () => {
  const page = (meta: string, body: string) => `<html><head>${meta}<title>T</title></head><body><p>${body}</p></body></html>`;
  it.each([
    ['windows-1251 by <meta charset>', windows1251(page('<meta charset="windows-1251">', 'Съешь же ещё этих мягких французских булок')), 'windows-1251', 'Съешь же ещё этих мягких французских булок'],
    ['koi8-r… no: windows-1251 by http-equiv', windows1251(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', 'Привет, мир')), 'windows-1251', 'Привет, мир'],
    ['iso-8859-2 (Polish)', bytesWith(page('<meta charset="iso-8859-2">', '{a3}{f3}d{bc}')), 'iso-8859-2', 'Łódź'],
    ['shift_jis', bytesWith(page('<meta charset="Shift_JIS">', '{93 fa 96 7b 8c ea}')), 'shift_jis', '日本語'],
    ['UTF-16LE by its BOM', Uint8Array.from([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...page('', 'Grüße ✓')].map((c) => c.charCodeAt(0))).buffer)]), 'utf-16le', 'Grüße ✓'],
    ['UTF-8 by default', enc(page('', 'naïve café 😀')), 'utf-8', 'naïve café 😀'],
    ['an unknown label falls back to UTF-8, with a note', enc(page('<meta charset="klingon-1">', 'plain')), 'utf-8', 'plain'],
  ])('%s', async (_name, bytes, encoding, text) => {
    const doc = await extract(bytes, { htmlMode: 'page' });
    expect(doc.encoding).toBe(encoding);
    expect(doc.text).toBe(text);
  });

  it('refuses bytes that are not UTF-8 when nothing else is declared, and says where', async () => {
    const r = await extractDocument('x.html', bytesWith('<html><body><p>caf{e9}</p></body></html>'));
    expect(r).toEqual({ ok: false, reason: 'it is not valid UTF-8 (byte 0xE9 at offset 18) and declares no other character set' });
  });
});

describe('hostile and heavy pages', () => {
  it('stays fast with megabytes of inline script and base64 images, and keeps none of it', async () => {
    const script = `<script>var blob = "${'x'.repeat(4 * 1024 * 1024)}";</script>`;
    const image = `<img src="data:image/png;base64,${'A'.repeat(2 * 1024 * 1024)}">`;
    const t0 = performance.now();
    const doc = await extract(newsPage({ head: script, bodyStart: image }));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(doc.text).not.toContain('xxxx');
    expect(doc.text).toContain(ARTICLE_PARAGRAPHS[0]);
  });

  it.each([
    ['upper-case tags', '<p>ok</p><SCRIPT type="text/javascript">EVIL()</SCRIPT><STYLE>p{EVIL:1}</STYLE>'],
    ['a script never closed', '<p>ok</p><script>EVIL()'],
    ['a script inside an SVG', '<p>ok</p><svg><script>EVIL()</script><text>EVIL</text></svg>'],
    ['a comment hiding markup', '<p>ok</p><!-- <p>EVIL</p> -->'],
    ['event handlers and javascript: URLs', '<p onclick="EVIL()">ok</p><a href="javascript:EVIL()"></a><iframe src="javascript:EVIL()"></iframe>'],
  ])('never turns %s into text', async (_name, body) => {
    const doc = await extract(`<html><body>${body}</body></html>`, { htmlMode: 'page' });
    expect(doc.text).toBe('ok');
  });

  it('reads a saved XHTML page whose empty elements are self-closed', async () => {
    const xhtml = '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title/><script src="x.js"/></head><body><p>Text</p><div/><p>More</p></body></html>';
    const doc = await extract(xhtml, { htmlMode: 'page' }, 'saved.xhtml');
    expect(doc.text).toBe('Text\nMore');
  });

  it('ignores a custom element whose name starts like a raw-text one', async () => {
    const doc = await extract('<html><body><style-guide>kept</style-guide><p>after</p></body></html>', { htmlMode: 'page' });
    expect(doc.text).toBe('kept\nafter');
  });

  it('refuses a page with no text', async () => {
    expect(await extractDocument('x.html', enc('<html><body><script>x()</script><img src=a></body></html>'))).toEqual({ ok: false, reason: 'it has no readable text' });
  });

  it('refuses an MHTML archive with advice', async () => {
    const r = await extractDocument('x.mhtml', enc('From: <Saved by Blink>\nMIME-Version: 1.0\nContent-Type: multipart/related;\n\ttype="text/html"\n\n'));
    expect(r.ok === false && r.reason).toMatch(/MHTML web archive/);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../test-support/golden';
import { SAMPLE, sampleBytes, wikinewsFiles } from '../test-support/samples';
import { parseArticle } from './article';
import { looksLikeMarkdown } from './detect';
import { parseDate } from './metadata';

const golden = (name: string) => path.join(__dirname, '__golden__', name);
const enc = (s: string) => new TextEncoder().encode(s);

describe('the sample article (Markdown saved as .txt)', () => {
  const r = parseArticle(SAMPLE, sampleBytes());
  if (!r.ok) throw new Error(r.reason);
  const a = r.article;

  it('is read as Markdown and its metadata is recognised', () => {
    expect(a.format).toBe('markdown');
    expect(a.metadata).toEqual({
      title: 'Anti-Government Protests Solidify in South',
      author: 'IWPR Central Asia',
      location: 'Kyrgyzstan',
      sourceUrl: 'https://iwpr.net/global-voices/anti-government-protests-solidify-south',
    });
  });

  it('has a canonical text without markup or metadata lines', () => {
    expect(a.text).not.toMatch(/\*\*|##|Author:|Source URL|<https/);
    expect(a.text.startsWith('Anti-Government Protests Solidify in South\nIn the major southern city of Osh')).toBe(true);
    expect(a.text.endsWith('Leila Saralaeva an independent journalist in Bishkek.')).toBe(true);
    expectGolden(golden('sample.canonical.txt'), a.text);
    expectGolden(golden('sample.blocks.json'), JSON.stringify(a.blocks, null, 1) + '\n');
  });

  it('is identified by the SHA-256 of its canonical text, whatever the line endings or BOM', () => {
    const crlf = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(Buffer.from(sampleBytes()).toString('utf8').replace(/\n/g, '\r\n'))]);
    const again = parseArticle('copy.md', crlf);
    expect(again.ok && again.article.id).toBe(a.id);
    expect(a.id).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('Wikinews samples', () => {
  const files = wikinewsFiles();
  it.each(files.filter((f) => f.endsWith('.txt')))('%s (plain text) and its .md twin are the same document', (txt) => {
    const plain = parseArticle(txt, sampleBytes(txt));
    const md = parseArticle(txt.replace(/\.txt$/, '.md'), sampleBytes(txt.replace(/\.txt$/, '.md')));
    if (!plain.ok || !md.ok) throw new Error('sample did not parse');
    expect(plain.article.format).toBe('plain');
    expect(md.article.id).toBe(plain.article.id);
    expect(md.article.metadata.sourceUrl).toMatch(/^https:\/\/en\.wikinews\.org\/wiki\//);
    expect(plain.article.metadata.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(plain.article.blocks[0]?.type).toBe('heading');
  });
});

describe('parseArticle refuses what it cannot read', () => {
  it.each([
    ['notes.docx', enc('x'), /opens \.md, \.markdown and \.txt files, not \.docx/],
    ['README', enc('x'), /files without an extension/],
    ['empty.md', enc(''), /empty/],
    ['rules-only.md', enc('---\n\n***\n'), /no readable text/],
    ['image.md', enc('![x](y.png)'), /no readable text/],
    ['binary.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), /PNG/],
  ])('%s', (name, bytes, reason) => {
    const r = parseArticle(name, bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('keeps plain-text line breaks and indentation', () => {
    const r = parseArticle('poem.txt', enc('Title line\n\n  first line\nsecond line\n\n\nlast'));
    expect(r.ok && r.article.text).toBe('Title line\n  first line\nsecond line\nlast');
  });
});

describe('detection and dates', () => {
  it.each([
    ['# Heading\ntext', true],
    ['Some **bold** words', true],
    ['See [this](https://x.org)', true],
    ['Plain prose. With a #hashtag and 3 * 4 = 12.', false],
    ['- one\n- two\n\n> quoted', true],
    ['- just a dash list', false],
  ])('looksLikeMarkdown(%j) = %s', (text, expected) => {
    expect(looksLikeMarkdown(text)).toBe(expected);
  });

  it.each([
    ['Saturday, September 12, 2015', '2015-09-12'],
    ['12 September 2015', '2015-09-12'],
    ['Sept. 3, 2001', '2001-09-03'],
    ['2023-02-23', '2023-02-23'],
    ['March 18', undefined],
    ['The storm came on Friday', undefined],
  ])('parseDate(%j) = %s', (s, iso) => {
    expect(parseDate(s)).toBe(iso);
  });
});

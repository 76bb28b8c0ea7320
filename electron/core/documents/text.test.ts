import { describe, expect, it } from 'vitest';
import { sha256Hex, parseArticle } from '../text/article';
import { parsePlainText } from '../text/plaintext';
import { canonicalText } from '../text/model';
import { SAMPLE, sampleBytes, wikinewsFiles } from '../test-support/samples';
import { extractDocument, type ExtractedDocument } from './index';

const enc = (s: string) => new TextEncoder().encode(s);

async function extract(name: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  const r = await extractDocument(name, bytes);
  if (!r.ok) throw new Error(r.reason);
  return r.doc;
}

/** Greedy wrap at `width` columns, the way fmt and Project Gutenberg's files are made. */
function hardWrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

const PROSE = [
  'It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife.',
  'However little known the feelings or views of such a man may be on his first entering a neighbourhood, this truth is so well fixed in the minds of the surrounding families, that he is considered the rightful property of some one or other of their daughters.',
  '“My dear Mr. Bennet,” said his lady to him one day, “have you heard that Netherfield Park is let at last?” Mr. Bennet replied that he had not, and went back to his newspaper without another word on the subject.',
];

describe('hard-wrapped plain text (Project Gutenberg)', () => {
  const poem = 'The woods are lovely, dark and deep,\nBut I have promises to keep,\nAnd miles to go before I sleep.';
  const source = ['PRIDE AND PREJUDICE', 'Chapter 1', ...PROSE.map((p) => hardWrap(p, 70)), poem, hardWrap(PROSE[0]!, 70)].join('\n\n');

  it('joins width-forced line breaks into paragraphs, keeps a poem’s lines', async () => {
    const doc = await extract('pride.txt', enc(source.replace(/\n/g, '\r\n')));
    expect(doc.format).toBe('plain');
    expect(doc.text).toBe(['PRIDE AND PREJUDICE', 'Chapter 1', ...PROSE, poem, PROSE[0]].join('\n'));
    expect(doc.metadata.title).toBe('PRIDE AND PREJUDICE');
  });

  it.each([60, 66, 72, 78])('reflows text wrapped at %i columns', (width) => {
    const blocks = parsePlainText(PROSE.map((p) => hardWrap(p, width)).join('\n\n'));
    expect(canonicalText(blocks)).toBe(PROSE.join('\n'));
  });

  it('leaves short-line text (verse, addresses) alone', () => {
    const verse = Array.from({ length: 6 }, () => poem).join('\n\n');
    expect(canonicalText(parsePlainText(verse))).toBe(verse.replace(/\n\n/g, '\n'));
  });

  it('keeps list items and indented lines on their own lines', () => {
    const text = [hardWrap(PROSE[1]!, 70), hardWrap(`${PROSE[2]} The list follows:`, 70) + '\n- first item\n- second item', hardWrap(PROSE[0]!, 70) + '\n    an indented line'].join('\n\n');
    expect(canonicalText(parsePlainText(text))).toBe([PROSE[1], `${PROSE[2]} The list follows:`, '- first item', '- second item', PROSE[0], '    an indented line'].join('\n'));
  });
});

describe('titles of plain text', () => {
  it.each([
    ['a sentence ending in a full stop', 'The meeting was held on Monday and lasted all day.\n\nMore text here.'],
    ['a line starting in lower case', 'and so the story begins without a title at all\n\nMore text here.'],
    ['a line ending with a comma', 'Dear Sir,\n\nI write to you about the fence.'],
    ['a long first paragraph', hardWrap(PROSE[1]!, 70) + '\n\n' + hardWrap(PROSE[2]!, 70) + '\n\n' + hardWrap(PROSE[0]!, 70)],
  ])('%s is not the title: the file name is', async (_name, text) => {
    const doc = await extract('field_notes-2024.txt', enc(text));
    expect(doc.metadata.title).toBe('Field notes 2024');
    expect(doc.blocks[0]!.type).toBe('paragraph');
  });
});

describe('Markdown and .txt keep the identity they always had', () => {
  it.each([SAMPLE, ...wikinewsFiles()])('%s', async (name) => {
    const before = parseArticle(name, sampleBytes(name));
    if (!before.ok) throw new Error(before.reason);
    const doc = await extract(name, sampleBytes(name));
    expect(doc.text).toBe(before.article.text);
    expect(sha256Hex(doc.text)).toBe(before.article.id);
    expect(doc.blocks).toEqual(before.article.blocks);
    expect(doc.metadata).toEqual(before.article.metadata);
    expect(doc.format).toBe(before.article.format);
    expect(doc.extractor.name).toBe(doc.format === 'markdown' ? 'markdown-it' : 'sourcemark-plaintext');
  });
});

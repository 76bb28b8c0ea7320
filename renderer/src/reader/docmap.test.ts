import { getSchema } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../electron/core/text/article';
import { canonicalText, type Block } from '../../../electron/core/text/model';
import { blocksToDoc, TextMap } from './docmap';
import { readerSchemaExtensions } from './extensions';
import { sampleBytes } from '../../../electron/core/test-support/samples';

const schema = getSchema(readerSchemaExtensions());
const enc = (s: string) => new TextEncoder().encode(s);

function load(name: string, source: string): { blocks: Block[]; text: string; doc: PMNode } {
  const r = parseArticle(name, enc(source));
  if (!r.ok) throw new Error(r.reason);
  const doc = PMNode.fromJSON(schema, blocksToDoc(r.article.blocks));
  doc.check();
  return { blocks: r.article.blocks, text: r.article.text, doc };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const articles: Array<[string, string]> = [
  ['sample.txt', text(sampleBytes())],
  ['crane.md', text(sampleBytes('wikinews-crane.md'))],
  ['structures.md', '# T😀\n\n> quoted *one*\n>\n> two  \nlines\n\n- a\n  - b 👩‍👩‍👧\n1. c\n\n---\n\n```\ncode\nblock\n```\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\nend e\u0301'],
  ['rtl.md', 'שלום עולם\n\nمرحبا بالعالم\n\nПривет мир'],
  ['poem.txt', 'Title\n\nline one\nline two\n\nlast'],
];

describe('the reader document mirrors the canonical text', () => {
  it('a table: each cell one text unit, empty cells included', () => {
    const blocks: Block[] = [
      { type: 'paragraph', content: [{ text: 'Before' }] },
      { type: 'table', rows: [[[{ text: 'Year' }], [{ text: 'Deaths 😢' }]], [[{ text: '2015' }], []]] },
      { type: 'paragraph', content: [{ text: 'After' }] },
    ];
    const doc = PMNode.fromJSON(schema, blocksToDoc(blocks));
    doc.check();
    expect(new TextMap(doc).text).toBe(canonicalText(blocks));
    expect(canonicalText(blocks)).toBe('Before\nYear\nDeaths 😢\n2015\n\nAfter');
  });

  it.each(articles)('%s', (name, source) => {
    const { text, doc } = load(name, source);
    expect(new TextMap(doc).text).toBe(text);
  });

  it.each(articles)('property: offsets round-trip and ranges read back as the same text (%s)', (name, source) => {
    const { text, doc } = load(name, source);
    const map = new TextMap(doc);
    const cps = Array.from(text);
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (x, y) => {
        const start = x % (cps.length + 1);
        const end = start + (y % (cps.length - start + 1));
        const { from, to } = map.codePointsToPm(start, end);
        expect(map.pmRangeToCodePoints(from, to)).toEqual({ start, end });
        // What ProseMirror itself reads between the positions is the code-point slice
        // (a rule is not text; a hard break is a newline).
        const leafText = (leaf: PMNode) => (leaf.type.name === 'hardBreak' ? '\n' : '');
        expect(doc.textBetween(from, to, '\n', leafText)).toBe(cps.slice(start, end).join(''));
      }),
      { numRuns: 200 },
    );
  });
});

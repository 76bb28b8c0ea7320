// The reader document mirrors the canonical text exactly (properties over real articles),
// with its pieces, chunks and per-block directions.

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
  const doc = blocksToDoc(schema, r.article.blocks);
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
  // One paragraph of 5,000+ characters with line breaks: drawn as pieces (document.ts).
  ['long-poem.txt', `Title\n\n${Array.from({ length: 180 }, (_, i) => `line ${i} of the long poem 😀 שלום`).join('\n')}\n\nlast`],
  // One paragraph of 9,000+ characters and no line break at all: cut after sentences ("soft").
  ['wall.md', `# Wall\n\n${Array.from({ length: 160 }, (_, i) => `Sentence ${i} says *something* 👩‍👩‍👧 long enough.`).join(' ')}\n\nlast`],
];

/** The text between two positions as the canonical text has it: pieces joined "soft" add nothing. */
function readBetween(doc: PMNode, from: number, to: number): string {
  let out = '';
  let join: string | null = null;
  let first = true;
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    if (!first && join !== 'soft') out += '\n';
    first = false;
    join = node.attrs.joined as string | null;
    node.forEach((child, offset) => {
      const at = pos + 1 + offset;
      const a = Math.max(from, at) - at;
      const b = Math.min(to, at + child.nodeSize) - at;
      if (b > a) out += child.isText ? child.text!.slice(a, b) : '\n';
    });
    return false;
  });
  return out;
}

describe('the reader document mirrors the canonical text', () => {
  it('a table: each cell one text unit, empty cells included', () => {
    const blocks: Block[] = [
      { type: 'paragraph', content: [{ text: 'Before' }] },
      { type: 'table', rows: [[[{ text: 'Year' }], [{ text: 'Deaths 😢' }]], [[{ text: '2015' }], []]] },
      { type: 'paragraph', content: [{ text: 'After' }] },
    ];
    const doc = blocksToDoc(schema, blocks);
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
        // What the document holds between the positions is the code-point slice (a rule is
        // not text; a hard break is a newline; soft-joined pieces add nothing).
        expect(readBetween(doc, from, to)).toBe(cps.slice(start, end).join(''));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the reader document: pieces, chunks, directions', () => {
  const long = load('long-poem.txt', articles.find(([n]) => n === 'long-poem.txt')![1]);

  it('cuts a long paragraph at line breaks into joined pieces, the last one not joined', () => {
    const pieces: Array<{ joined: string | null; size: number }> = [];
    long.doc.descendants((n) => {
      if (n.type.name === 'paragraph') pieces.push({ joined: n.attrs.joined as string | null, size: n.textContent.length });
      return !n.isTextblock;
    });
    // Title (a heading), the poem's pieces, "last".
    expect(pieces.length).toBeGreaterThan(4);
    expect(pieces.slice(0, -2).every((p) => p.joined === 'break')).toBe(true);
    expect(pieces.at(-2)!.joined).toBe(null);
    expect(pieces.at(-1)).toEqual({ joined: null, size: 4 });
  });

  it('cuts a long paragraph without breaks after sentences, each piece about 1,500–3,600 characters', () => {
    const wall = load('wall.md', articles.find(([n]) => n === 'wall.md')![1]);
    const pieces: Array<{ joined: string | null; text: string }> = [];
    wall.doc.descendants((n) => {
      if (n.type.name === 'paragraph') pieces.push({ joined: n.attrs.joined as string | null, text: n.textContent });
      return !n.isTextblock;
    });
    const poem = pieces.slice(0, -1);
    expect(poem.length).toBeGreaterThan(2);
    expect(poem.slice(0, -1).every((p) => p.joined === 'soft' && /[.!?]\s$/.test(p.text) && p.text.length >= 3000 && p.text.length < 3700)).toBe(true);
    expect(new TextMap(wall.doc).text).toBe(wall.text);
  });

  it('counts the pieces of one paragraph as one paragraph', () => {
    const map = new TextMap(long.doc);
    const whole = map.codePointsToPm(0, Array.from(long.text).length);
    expect(map.paragraphsBetween(whole.from, whole.to)).toBe(3);
    const poem = long.text.indexOf('line 0');
    const inPoem = map.codePointsToPm(poem, poem + 4000);
    expect(map.paragraphsBetween(inPoem.from, inPoem.to)).toBe(1);
    const caret = map.codePointsToPm(5, 5);
    expect(map.paragraphsBetween(caret.from, caret.to)).toBe(1);
  });

  it('ends a chunk after 24 blocks or about 6,000 characters, and finds the chunk of a position', () => {
    const blocks: Block[] = Array.from({ length: 60 }, (_, i) => ({ type: 'paragraph', content: [{ text: `${i} ${'x'.repeat(i < 30 ? 10 : 1000)}` }] }));
    const doc = blocksToDoc(schema, blocks);
    const sizes: number[] = [];
    doc.forEach((chunk) => sizes.push(chunk.childCount));
    // 24 short blocks; then the 6 left and 5 long ones (≈ 5,100 characters); then 5 long ones at a time.
    expect(sizes).toEqual([24, 11, 5, 5, 5, 5, 5]);
    const map = new TextMap(doc);
    expect(map.chunks).toHaveLength(7);
    for (const [i, c] of map.chunks.entries()) {
      expect(map.chunkAt(c.from)).toBe(i);
      expect(map.chunkAt(c.to)).toBe(i);
    }
  });

  it.each([
    ['שלום עולם.', 'rtl'],
    ['مرحبا بالعالم.', 'rtl'],
    ['Hello world.', null],
    ['Google הודיעה היום.', 'rtl'],
  ])('gives each block the direction of its text (right to left marked, left to right the default): %s', (text, dir) => {
    const doc = blocksToDoc(schema, [{ type: 'paragraph', content: [{ text }] }, { type: 'paragraph', content: [{ text: '— 2015 —' }] }]);
    const dirs: unknown[] = [];
    doc.descendants((n) => {
      if (n.isTextblock) dirs.push(n.attrs.dir);
      return !n.isTextblock;
    });
    // A block without letters follows the one before it.
    expect(dirs).toEqual([dir, dir]);
  });
});

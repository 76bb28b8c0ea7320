// Properties every extractor must keep, whatever the text: the canonical text is exactly
// canonicalText(blocks), has no CR, its length counts code points, code-point offsets round
// trip, PDF page starts are ordered offsets inside the text — and the words survive.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodePointIndex, codePointLength } from '../text/codepoints';
import { canonicalText, textBlocks, type Block } from '../text/model';
import { makeDocx, p } from './__fixtures__/make-docx';
import { makeEpub } from './__fixtures__/make-epub';
import { makePdf, timesWidth, flow } from './__fixtures__/make-pdf';
import { extractDocument, type ExtractedDocument } from './index';

// Letters that start words; then anything: combining marks, astral emoji, ZWJ sequences,
// flags, right-to-left and CJK scripts, typographic punctuation, a no-break space.
const LETTERS = ['a', 'Q', 'é', 'ß', 'ж', 'Ω', '语', '日', 'ש', 'ا', 'ก'];
const REST = [...LETTERS, 'e\u0301', '😀', '👩‍👩‍👧', '🇫🇷', '1', '9', '’', '—', '\u00a0', 'ﬁ'];
const word = fc.tuple(fc.constantFrom(...LETTERS), fc.array(fc.constantFrom(...REST), { maxLength: 6 })).map(([a, b]) => a + b.join(''));
const paragraph = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
const paragraphs = fc.array(paragraph, { minLength: 1, maxLength: 6 });

// Latin-1 only for the PDF (pdf-lib's standard fonts encode WinAnsi), no ligatures.
const pdfWord = fc.tuple(fc.constantFrom('a', 'Q', 'e', 'z', 'M'), fc.array(fc.constantFrom('a', 'b', 'é', 'ñ', 'ü', 'x', '7'), { maxLength: 7 })).map(([a, b]) => a + b.join(''));
const pdfParagraphs = fc.array(fc.array(pdfWord, { minLength: 3, maxLength: 30 }).map((ws) => ws.join(' ') + '.'), { minLength: 1, maxLength: 4 });

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function checkInvariants(doc: ExtractedDocument, seed: number): void {
  expect(doc.text).toBe(canonicalText(doc.blocks));
  expect(doc.text).not.toContain('\r');
  expect(doc.length).toBe(codePointLength(doc.text));
  const cp = new CodePointIndex(doc.text);
  const offsets = [0, doc.length, seed % (doc.length + 1), (seed * 7919) % (doc.length + 1)];
  for (const o of offsets) expect(cp.toCodePoint(cp.toUtf16(o))).toBe(o);
  if (doc.pageStarts) {
    expect(doc.pageStarts[0]).toBe(0);
    for (let i = 1; i < doc.pageStarts.length; i++) expect(doc.pageStarts[i]!).toBeGreaterThanOrEqual(doc.pageStarts[i - 1]!);
    expect(doc.pageStarts.every((o) => o >= 0 && o <= doc.length)).toBe(true);
  }
}

async function extract(name: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  const r = await extractDocument(name, bytes, { htmlMode: 'page' });
  if (!r.ok) throw new Error(r.reason);
  return r.doc;
}

const builders: Array<[string, (ps: string[]) => Uint8Array]> = [
  ['Markdown', (ps) => new TextEncoder().encode(ps.join('\r\n\r\n'))],
  ['plain text (CRLF)', (ps) => new TextEncoder().encode(ps.join('\r\n\r\n') + '\r\n')],
  ['HTML', (ps) => new TextEncoder().encode(`<!doctype html><html><body>${ps.map((x) => `<p>${esc(x)}</p>\r\n`).join('')}</body></html>`)],
  ['DOCX', (ps) => makeDocx({ body: ps.map((x) => p(x)).join('') })],
  ['EPUB', (ps) => makeEpub({ title: 'T', chapters: [{ path: 'a.xhtml', title: 'A', body: ps.map((x) => `<h2>H</h2><p>${esc(x)}</p>`).join('') }] })],
];

describe('the table block in the model', () => {
  it('puts each cell in the canonical text as its own unit, empty cells included', () => {
    const blocks: Block[] = [
      { type: 'paragraph', content: [{ text: 'Before' }] },
      { type: 'table', rows: [[[{ text: 'A' }], []], [[{ text: 'x', bold: true }, { br: true }, { text: 'y' }], [{ text: '2' }]]] },
      { type: 'paragraph', content: [{ text: 'After' }] },
    ];
    expect(canonicalText(blocks)).toBe('Before\nA\n\nx\ny\n2\nAfter');
    expect([...textBlocks(blocks)].map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });
});

describe('every format keeps the text invariants', () => {
  it.each(builders)('%s', async (name, build) => {
    const file = name === 'Markdown' ? 'x.md' : 'x.txt';
    await fc.assert(
      fc.asyncProperty(paragraphs, fc.nat(), async (ps, seed) => {
        const doc = await extract(file, build(ps));
        checkInvariants(doc, seed);
        for (const para of ps) expect(doc.text).toContain(para);
      }),
      { numRuns: 30 },
    );
  });

  it('PDF', async () => {
    const w = await timesWidth();
    await fc.assert(
      fc.asyncProperty(pdfParagraphs, fc.nat(), async (ps, seed) => {
        const runs = flow(ps, { x: 72, top: 700, width: 300, gap: 12 }, w).runs;
        const doc = await extract('x.pdf', await makePdf({ pages: [runs.filter((r) => r.y > 400), runs.filter((r) => r.y <= 400)] }));
        checkInvariants(doc, seed);
        expect(doc.pageStarts).toHaveLength(2);
        expect(doc.text.replace(/\s+/g, ' ')).toBe(ps.join(' '));
      }),
      { numRuns: 10 },
    );
  });
});

// The PDF layout rules on synthetic text positions (no pdf.js): lines, columns, running
// headers and footers, paragraphs, hyphenation, page starts.

import { describe, expect, it } from 'vitest';
import { canonicalText } from '../text/model';
import { readingOrder, type PdfItem, type PdfPage } from './pdf-lines';
import { joinLines, pdfParagraphs } from './pdf-paragraphs';

/** Runs of ~5.5 units per character at size 11, one per line. */
const line = (str: string, x: number, y: number, size = 11): PdfItem => ({ str, x, y, size, width: str.length * size * 0.5 });
const page = (items: PdfItem[]): PdfPage => ({ width: 612, height: 792, items });
const texts = (pages: PdfPage[]) => readingOrder(pages).map((l) => l.text);
const paragraphs = (pages: PdfPage[]) => {
  const r = pdfParagraphs(readingOrder(pages), pages.length);
  return { text: canonicalText(r.blocks), ...r };
};

describe('joining the lines of a paragraph', () => {
  const vocab = { keepsHyphen: (l: string, r: string) => (l === 'well' && r === 'known') || l === 'self' };
  it.each([
    ['plain words', 'the end of a', 'line continues', 'the end of a line continues'],
    ['a word hyphenated by the typesetter', 'an inter-', 'national deal', 'an international deal'],
    ['a compound the document spells with a hyphen', 'was well-', 'known to all', 'was well-known to all'],
    ['a capital after the hyphen', 'the Franco-', 'German border', 'the Franco-German border'],
    ['a number after the hyphen', 'the COVID-', '19 pandemic', 'the COVID-19 pandemic'],
    ['a soft hyphen', 'inter\u00ad', 'national', 'international'],
    ['an unspaced dash', 'it was—', 'as they said—over', 'it was—as they said—over'],
    ['a spaced dash', 'it was –', 'over', 'it was – over'],
    ['Chinese needs no space', '这是一个', '句子', '这是一个句子'],
    ['the Unicode hyphen', 'inter\u2010', 'national', 'international'],
  ])('%s', (_name, a, b, joined) => {
    expect(joinLines(a, b, vocab)).toBe(joined);
  });
});

describe('reading order', () => {
  it('builds lines from runs on one baseline, spaced by their gaps', () => {
    const items = [line('Hello', 72, 700), line('world', 72 + 5 * 5.5 + 3, 700), line('tight', 135, 700), line('ly', 135 + 5 * 5.5, 700)];
    expect(texts([page(items)])).toEqual(['Hello world tightly']);
  });

  it('reads two columns left then right, after a title that spans both', () => {
    const left = Array.from({ length: 8 }, (_, i) => line(`left ${i} words words words`, 72, 680 - i * 14));
    const right = Array.from({ length: 8 }, (_, i) => line(`right ${i} words words words`, 320, 680 - i * 14));
    const title = line('A title that is wide enough to span both of the columns here', 72, 720, 11);
    const items = [title, ...left.flatMap((l, i) => [l, right[i]!])];
    expect(texts([page(items)])).toEqual([title.str, ...left.map((l) => l.str), ...right.map((l) => l.str)]);
  });

  it('keeps a full-width caption between the column blocks above and below it', () => {
    const col = (x: number, y0: number, tag: string) => Array.from({ length: 4 }, (_, i) => line(`${tag} ${i} words words words`, x, y0 - i * 14));
    const items = [...col(72, 700, 'L1'), ...col(320, 700, 'R1'), line('Figure 1: a caption set across the whole width of the page text', 72, 630), ...col(72, 600, 'L2'), ...col(320, 600, 'R2')];
    const t = texts([page(items)]);
    expect(t.map((s) => s.split(' ')[0])).toEqual(['L1', 'L1', 'L1', 'L1', 'R1', 'R1', 'R1', 'R1', 'Figure', 'L2', 'L2', 'L2', 'L2', 'R2', 'R2', 'R2', 'R2']);
  });

  it('does not split a single column of ragged lines', () => {
    const items = ['Short line.', 'A much longer line of text that runs across.', 'Mid length line here.', 'Another long line of words that runs across the page.', 'End.', 'x'].map((s, i) => line(s, 72, 700 - i * 14));
    expect(texts([page(items)])).toEqual(items.map((i) => i.str));
  });

  it('drops running headers, footers and page numbers, but keeps body text', () => {
    const pages = [1, 2, 3].map((n) =>
      page([line('Journal of Tests, Vol. 3', 72, 750, 9), line(`Body text of page ${n}.`, 72, 700), line(`Page ${n} of 3`, 280, 40, 9)]),
    );
    expect(texts(pages)).toEqual(['Body text of page 1.', 'Body text of page 2.', 'Body text of page 3.']);
  });

  it('drops a lone page number even on a one-page document, and keeps a one-off title in the margin', () => {
    expect(texts([page([line('Title In The Margin', 72, 760), line('Body.', 72, 700), line('- 1 -', 300, 30)])])).toEqual(['Title In The Margin', 'Body.']);
  });

  it('orders the runs of a right-to-left line from right to left', () => {
    const rtl = (str: string, x: number) => ({ ...line(str, x, 700), rtl: true });
    expect(texts([page([rtl('שלום', 300), rtl('עולם', 274), rtl('יפה', 254)])])).toEqual(['שלום עולם יפה']);
  });

  it('ignores empty and whitespace-only runs', () => {
    expect(texts([page([line('   ', 72, 700), line('', 80, 690), line('text', 72, 680)])])).toEqual(['text']);
  });
});

describe('paragraphs, headings and page starts', () => {
  // A column 300 units wide: full lines reach ~372.
  const full = (s: string, y: number, x = 72) => ({ ...line(s, x, y), width: 372 - x });
  it('joins full lines, breaks on a short last line, an indent or a larger gap', () => {
    const p = paragraphs([
      page([
        line('Big Heading', 72, 730, 20),
        full('The first paragraph runs over', 700),
        line('two lines.', 72, 686),
        full('A second paragraph, indented', 672, 90),
        full('by a first-line indent, goes', 658),
        line('on.', 72, 644),
        full('After a gap, a third one that', 610),
        line('ends here.', 72, 596),
      ]),
    ]);
    expect(p.text).toBe('Big Heading\nThe first paragraph runs over two lines.\nA second paragraph, indented by a first-line indent, goes on.\nAfter a gap, a third one that ends here.');
    expect(p.blocks[0]).toEqual({ type: 'heading', level: 1, content: [{ text: 'Big Heading' }] });
    expect(p.blocks.slice(1).every((b) => b.type === 'paragraph')).toBe(true);
  });

  it('tells a paragraph gap from a line gap in a short text where gaps are as many as lines', () => {
    // Per page: a line, a blank line's gap, two full lines. The median gap is a paragraph's.
    const p = paragraphs([
      page([full('The council met on Tuesday.', 700), full('Delegates from the ports said', 668), full('the figures had been decided', 654)]),
      page([full('before the meeting began.', 700), full('The council answered them', 668), line('in writing.', 72, 654)]),
    ]);
    expect(p.text).toBe('The council met on Tuesday.\nDelegates from the ports said the figures had been decided before the meeting began.\nThe council answered them in writing.');
  });

  it('runs a paragraph on across a page break and starts the page mid-paragraph', () => {
    const p = paragraphs([page([full('Text that goes on to the next', 700), full('page without a break, inter-', 686)]), page([line('national and all.', 72, 700)])]);
    expect(p.text).toBe('Text that goes on to the next page without a break, international and all.');
    expect(p.pageStarts).toEqual([0, p.text.indexOf('national and all.')]);
  });

  it('asks the document whether a hyphen at a line end belongs to the word', () => {
    const p = paragraphs([
      page([
        line('Both sides co-operate.', 72, 700),
        full('They agreed to co-', 670),
        full('operate and to re-', 656),
        full('port on the state-', 642),
        line('ment of the state-of-the-art.', 72, 628),
      ]),
    ]);
    expect(p.text).toBe('Both sides co-operate.\nThey agreed to co-operate and to report on the statement of the state-of-the-art.');
  });

  it('gives a page without text the start of the next page', () => {
    const p = paragraphs([page([full('The first page has a full line', 700), line('and ends.', 72, 686)]), page([]), page([line('Three.', 72, 700)])]);
    expect(p.text).toBe('The first page has a full line and ends.\nThree.');
    expect(p.pageStarts).toEqual([0, 41, 41]);
  });

  it('joins right-aligned right-to-left lines when the first fills the column', () => {
    const rtl = (str: string, x0: number, y: number) => ({ str, x: x0, y, size: 11, width: 372 - x0, rtl: true });
    const p = paragraphs([page([rtl('שורה ראשונה מלאה', 72, 700), rtl('והמשך.', 300, 686), rtl('פסקה חדשה.', 250, 672)])]);
    expect(p.text).toBe('שורה ראשונה מלאה והמשך.\nפסקה חדשה.');
  });

  it('starts list items on their own line', () => {
    const p = paragraphs([page([full('Things we need:', 700), full('• bread and other things that fill', 686), line('a line', 84, 672), line('• milk', 72, 658)])]);
    expect(p.text).toBe('Things we need:\n• bread and other things that fill a line\n• milk');
  });

  it('starts numbered items after a lead-in and after an item', () => {
    const p = paragraphs([page([full('The steps are as follows:', 700), full('1. mix the flour and the water', 686), full('2. knead it until it is smooth and', 672), line('elastic', 72, 658)])]);
    expect(p.text).toBe('The steps are as follows:\n1. mix the flour and the water\n2. knead it until it is smooth and elastic');
  });

  it('does not split prose at a spaced dash that starts a line', () => {
    const p = paragraphs([page([full('The result is left to rest for', 700), full('– which takes an hour or so – and', 686), line('baked.', 72, 672)])]);
    expect(p.text).toBe('The result is left to rest for – which takes an hour or so – and baked.');
  });
});

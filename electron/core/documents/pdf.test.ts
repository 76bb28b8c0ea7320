// PDFs generated here with pdf-lib, read back through pdf.js: the layout rules on real files.

import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/codepoints';
import { encryptedPdf, flow, hebrewPdf, imageOnlyPdf, makePdf, timesWidth, type Run } from './__fixtures__/make-pdf';
import { extractDocument, NO_TEXT_LAYER, type ExtractedDocument } from './index';

const w = await timesWidth();

async function extract(bytes: Uint8Array, name = 'doc.pdf'): Promise<ExtractedDocument> {
  const r = await extractDocument(name, bytes);
  if (!r.ok) throw new Error(r.reason);
  return r.doc;
}

/** Source paragraphs; "|" marks where the typesetter may hyphenate. */
const para = (n: number) => [
  `Section ${n} opens with a sentence about the inter|national agreement on fishing quotas, which has been debated for many years by the parties.`,
  `A well-known economist said the plan was self-evident, yet its enforce|ment remained unsolved after three decades of negotia|tions between the states.`,
  `Officials of page ${n} declined to comment. The next meeting is scheduled for March, when the delegations return with new instruc|tions.`,
];
const plain = (s: string) => s.replace(/\|/g, '');

/** A page of a journal: running header, body paragraphs with first-line indents, page number. */
function journalPage(n: number, title?: string): Run[] {
  const body = flow(para(n), { x: 72, top: title ? 680 : 712, width: 320, indent: 18, gap: 0 }, w);
  return [
    { text: 'Journal of Tests · Volume 3', x: 72, y: 752, size: 9 },
    ...(title ? [{ text: title, x: 72, y: 712, size: 20 }] : []),
    ...body.runs,
    { text: String(n), x: 300, y: 40, size: 9 },
  ];
}

describe('a multi-page article', async () => {
  const pages = [journalPage(1, 'Fishing Quotas Revisited'), journalPage(2), journalPage(3)];
  const bytes = await makePdf({ pages, title: 'Fishing Quotas Revisited', author: 'Ann Author', created: new Date('2020-05-06T12:00:00Z') });
  const doc = await extract(bytes);

  it('is the title then the paragraphs, hyphenation undone where the typesetter added it', () => {
    const expected = ['Fishing Quotas Revisited', ...[1, 2, 3].flatMap((n) => para(n).map(plain))];
    expect(doc.text.split('\n')).toEqual(expected);
    expect(doc.blocks[0]).toEqual({ type: 'heading', level: 1, content: [{ text: 'Fishing Quotas Revisited' }] });
  });

  it('has no running header and no page numbers', () => {
    expect(doc.text).not.toContain('Journal of Tests');
    expect(doc.text).not.toMatch(/\n\d+\n|\n\d+$/);
  });

  it('knows where each page starts (code points)', () => {
    expect(doc.pageStarts).toHaveLength(3);
    const cp = new CodePointIndex(doc.text);
    expect(doc.pageStarts![0]).toBe(0);
    for (const n of [2, 3]) expect(cp.slice(doc.pageStarts![n - 1]!, cp.length).startsWith(`Section ${n} opens`)).toBe(true);
  });

  it('reads the document information dictionary', () => {
    expect(doc.metadata).toMatchObject({ title: 'Fishing Quotas Revisited', author: 'Ann Author', published: '2020-05-06' });
    expect(doc.format).toBe('pdf');
    expect(doc.mediaType).toBe('application/pdf');
    expect(doc.extractor).toEqual({ name: 'pdfjs-dist', version: '5.6.205' });
  });
});

describe('layouts', () => {
  it('reads two columns left then right, under a title spanning both', async () => {
    const left = flow(para(1), { x: 54, top: 680, width: 240, gap: 10 }, w);
    const right = flow(para(2), { x: 318, top: 680, width: 240, gap: 10 }, w);
    const title = { text: 'A Two-Column Paper About Fishing Quotas', x: 120, y: 720, size: 18 };
    const doc = await extract(await makePdf({ pages: [[title, ...left.runs, ...right.runs]] }));
    expect(doc.text.split('\n')).toEqual([title.text, ...para(1).map(plain), ...para(2).map(plain)]);
  });

  it('reads Hebrew (right to left) in logical order and joins its lines', async () => {
    const lines = ['זהו משפט ארוך בעברית שממלא את כל רוחב השורה עד הסוף', 'והוא ממשיך כאן.', 'פסקה שניה.'];
    const doc = await extract(await hebrewPdf(lines));
    expect(doc.text).toBe(`${lines[0]} ${lines[1]}\n${lines[2]}`);
  });

  it('uses the first heading when the title field holds a file name', async () => {
    const doc = await extract(await makePdf({ pages: [journalPage(1, 'The Real Title')], title: 'Microsoft Word - draft7.docx' }));
    expect(doc.metadata.title).toBe('The Real Title');
  });

  it('falls back to the file name when there is neither', async () => {
    const doc = await extract(await makePdf({ pages: [flow(para(1), { x: 72, top: 700, width: 300 }, w).runs] }), 'annual-report_2023.pdf');
    expect(doc.metadata.title).toBe('Annual report 2023');
  });

  it('extracts a 20-page document in well under half a second', async () => {
    const bytes = await makePdf({ pages: Array.from({ length: 20 }, (_, i) => journalPage(i + 1)) });
    await extract(bytes); // pdf.js is loaded once per process; time the steady state
    const t0 = performance.now();
    const doc = await extract(bytes);
    const ms = performance.now() - t0;
    expect(doc.pageStarts).toHaveLength(20);
    expect(ms).toBeLessThan(500);
  });
});

describe('PDFs that cannot be read', () => {
  it.each([
    ['a scan without a text layer', imageOnlyPdf(), NO_TEXT_LAYER],
    ['an encrypted file', encryptedPdf(), 'it is password-protected (encrypted); remove the password and import it again'],
    ['garbage after the header', new TextEncoder().encode('%PDF-1.7\n' + 'garbage '.repeat(50)), 'it is a damaged PDF file (its structure cannot be read)'],
  ])('%s', async (_name, bytes, reason) => {
    expect(await extractDocument('x.pdf', bytes)).toEqual({ ok: false, reason });
  });

  it('refuses more pages than the limit, before reading them', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    for (let i = 0; i < 2001; i++) doc.addPage([100, 100]);
    const r = await extractDocument('big.pdf', await doc.save());
    expect(r).toEqual({ ok: false, reason: 'it has 2,001 pages; the limit is 2,000' });
  });
});

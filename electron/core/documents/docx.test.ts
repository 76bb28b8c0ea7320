import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { coreXml, endnoteRef, footnoteRef, li, link, makeDocx, p, table } from './__fixtures__/make-docx';
import { extractDocument, type ExtractedDocument } from './index';

async function extract(bytes: Uint8Array, name = 'report.docx'): Promise<ExtractedDocument> {
  const r = await extractDocument(name, bytes);
  if (!r.ok) throw new Error(r.reason);
  return r.doc;
}

describe('a Word document', async () => {
  const doc = await extract(
    makeDocx({
      body:
        p('Annual Report', 'Title') +
        p('Background', 'Heading1') +
        p('The river rose by 2 metres.', undefined, footnoteRef(1)) +
        p('Details', 'Heading2') +
        li('first bullet', 1) +
        li('second bullet', 1) +
        li('step one', 2) +
        li('step two', 2) +
        table([['Station', 'Level'], ['Upper', '3.1 m'], ['Lower', '2.4 m']]) +
        `<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r>${link('the data', 'rIdLink')}<w:r><w:t xml:space="preserve"> and </w:t></w:r>${link('this', 'rIdJs')}<w:r><w:t>.</w:t></w:r>${endnoteRef(2)}</w:p>`,
      footnotes: { 1: 'Measured at the upper station.' },
      endnotes: { 2: 'Data from the river authority.' },
      links: { rIdLink: 'https://rivers.example/data', rIdJs: 'javascript:alert(1)' },
      core: coreXml('River Report 2021', 'Hydrology Unit'),
    }),
  );

  it('keeps headings, lists, the table, links; notes go last under "Notes"', () => {
    expect(doc.text).toBe(
      [
        'Annual Report',
        'Background',
        'The river rose by 2 metres.[1]',
        'Details',
        'first bullet',
        'second bullet',
        'step one',
        'step two',
        'Station', 'Level', 'Upper', '3.1 m', 'Lower', '2.4 m',
        'See the data and this.[2]',
        'Notes',
        '[1] Measured at the upper station.',
        '[2] Data from the river authority.',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => b.type)).toEqual([
      'heading', 'heading', 'paragraph', 'heading', 'bulletList', 'orderedList', 'table', 'paragraph', 'heading', 'paragraph', 'paragraph',
    ]);
    const linkBlock = doc.blocks[7]!;
    expect(linkBlock).toEqual({ type: 'paragraph', content: [{ text: 'See ' }, { text: 'the data', href: 'https://rivers.example/data' }, { text: ' and this.[2]' }] });
  });

  it('reads title, author and dates from docProps/core.xml', () => {
    expect(doc.metadata).toEqual({ title: 'River Report 2021', author: 'Hydrology Unit', published: '2021-04-05', modified: '2022-01-02' });
    expect(doc.format).toBe('docx');
    expect(doc.extractor).toEqual({ name: 'mammoth', version: '1.13.0' });
  });
});

describe('Word documents that cannot be read', () => {
  it('titles a document without properties by its first heading', async () => {
    const doc = await extract(makeDocx({ body: p('Minutes', 'Heading1') + p('Present: all.') }));
    expect(doc.metadata.title).toBe('Minutes');
  });

  it('refuses a zip bomb before inflating it', async () => {
    const bomb = makeDocx({ body: p('x'), parts: { 'word/document.xml': new Uint8Array(8 * 1024 * 1024).fill(0x20) } });
    const r = await extractDocument('bomb.docx', bomb);
    expect(r.ok === false && r.reason).toMatch(/^part "word\/document\.xml" is compressed \d+ to 1, which only a zip bomb does$/);
  });

  it('refuses a container with too many entries', async () => {
    const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8('<w:document/>') };
    for (let i = 0; i < 10_001; i++) files[`junk/${i}`] = new Uint8Array(0);
    const r = await extractDocument('many.docx', zipSync(files, { level: 0 }));
    expect(r).toEqual({ ok: false, reason: 'it holds 10002 files; the limit is 10000 (it may be a zip bomb)' });
  });

  it('refuses a damaged document with a message, not an exception', async () => {
    const r = await extractDocument('bad.docx', makeDocx({ body: '', parts: { 'word/document.xml': '<w:document><w:body><w:p>' } }));
    expect(r.ok).toBe(false);
  });

  it('does not expand entities declared in a DOCTYPE (billion laughs)', async () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`;
    const core = coreXml('Safe &lol9; title', 'x').replace(/^<\?xml[^>]*\?>/, lol);
    const t0 = performance.now();
    const doc = await extract(makeDocx({ body: p('Body text.'), core }));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(doc.metadata.title).toBe('Safe &lol9; title');
  });
});

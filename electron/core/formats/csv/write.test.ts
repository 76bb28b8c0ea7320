// The page column: the page of a PDF where each annotation begins, empty for documents
// without pages; it is the last column, and the reader reads past it.

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fixtureStudy } from '../../test-support/fixture-study';
import { pagedStudy } from '../../test-support/paged';
import { ANNOTATION_CSV_COLUMNS } from './write';

const rows = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });

const paged = await pagedStudy();
const { s: unpaged } = await fixtureStudy();

describe('the CSV page column', () => {
  it('is the last column, after every column the export had before', () => {
    expect(ANNOTATION_CSV_COLUMNS.at(-1)).toBe('page');
    expect(ANNOTATION_CSV_COLUMNS.slice(0, 3)).toEqual(['document_id', 'document', 'tag']);
  });

  it.each<[string, () => string, Record<string, string>]>([
    ['a PDF: the page each annotation begins on', () => paged.s.exportAs({ format: 'csv' }).content, { [paged.ids.page1]: '1', [paged.ids.page3]: '3' }],
    ['a Markdown article: empty', () => unpaged.exportAs({ format: 'csv' }).content, Object.fromEntries(unpaged.study.annotations.listAll().map((a) => [a.id, '']))],
  ])('%s', (_what, csv, pages) => {
    const parsed = rows(csv());
    expect(parsed.errors).toEqual([]);
    expect(Object.fromEntries(parsed.data.map((r) => [r.annotation_id, r.page]))).toEqual(pages);
  });

  it('comes back: the page is read past, the offsets place the annotations where they are', async () => {
    const before = paged.s.study.annotations.listAll();
    const summary = await paged.s.importAnnotations({ name: 'own.csv', dataBase64: Buffer.from(paged.s.exportAs({ format: 'csv' }).content).toString('base64') });
    expect(summary.annotations).toMatchObject({ added: 0, unanchored: 0, reanchored: 0 });
    expect(paged.s.study.annotations.listAll()).toEqual(before);
  });
});

// A study holding a paged document: a three-page PDF report (made with pdf-lib, read back
// through pdf.js as any imported PDF is) in the collection "Reports", with an annotation on
// page 1 and one on page 3, on a fixed clock. The input of the page-number and library
// exchange tests.

import { flow, makePdf, timesWidth, type Run } from '../documents/__fixtures__/make-pdf';
import { testService } from './service';
import { tmpDir } from './tmp';

export const PAGED_NEEDLES = { page1: 'quotas were set by the council', page3: 'the harbour will reopen in May' } as const;

const PARAGRAPHS = [
  ['The fishing quotas were set by the council in a long session that ended after midnight.', 'Fishermen said the figures had been decided before the meeting began.'],
  ['Page two records the objections of the northern ports, each in the words of its delegate.', 'None of them was accepted, and the minutes say so plainly.'],
  ['The final page says the harbour will reopen in May, once the dredging is complete.', 'The council will meet again in the autumn to review the quotas.'],
];

export async function pagedPdf(): Promise<Uint8Array> {
  const w = await timesWidth();
  const pages: Run[][] = PARAGRAPHS.map((paras) => flow(paras, { x: 72, top: 700, width: 440 }, w).runs);
  return makePdf({ pages, title: 'Quota Report', author: 'Harbour Office' });
}

export async function pagedStudy(now: () => string = () => '2026-03-18T09:00:00.000Z') {
  const s = testService({ dataDir: tmpDir(), now }).start();
  const bytes = await pagedPdf();
  const imported = await s.importFile({ name: 'quota-report.pdf', dataBase64: Buffer.from(bytes).toString('base64'), collection: 'Reports' });
  if (!('document' in imported)) throw new Error(imported.status === 'refused' ? imported.reason : `not a document: ${imported.fileName}`);
  const doc = imported.document;
  const text = s.study.documents.content(doc.id)!.text;
  const at = (needle: string) => {
    const u = text.indexOf(needle);
    if (u < 0) throw new Error(`not in the report: ${needle}`);
    const start = Array.from(text.slice(0, u)).length;
    return { start, end: start + Array.from(needle).length };
  };
  const onPage1 = s.createAnnotation({ documentId: doc.id, tag: 'claim', ...at(PAGED_NEEDLES.page1) });
  const onPage3 = s.createAnnotation({ documentId: doc.id, tag: 'figure', ...at(PAGED_NEEDLES.page3), note: 'Check the harbour notice.' });
  return { s, doc, bytes, text, source: s.study.sources.get(doc.id)!, ids: { page1: onPage1.id, page3: onPage3.id } };
}

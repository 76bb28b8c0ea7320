// Annotation CSV: the format's reader and writer side by side. Recognised by content: a
// first line naming the document, start, end and tag columns.

import type { Format } from '../format';
import { csvHeaderFits, readCsv } from './read';
import { annotationsToCsv } from './write';

export { ANNOTATION_CSV_COLUMNS, annotationsToCsv } from './write';

function detect(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8');
  const nl = head.search(/\r?\n/);
  return nl > 0 && csvHeaderFits(head.slice(0, nl));
}

export const csvFormat: Format = {
  id: 'csv',
  label: 'CSV (one row per annotation)',
  offsets: 'Unicode code points (the text column, when there, is checked)',
  reader: { detect, read: readCsv },
  writer: { fileName: (base) => `${base}.annotations.csv`, mediaType: 'text/csv', write: annotationsToCsv },
};

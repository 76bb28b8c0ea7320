// Annotations as CSV, one row per annotation, for spreadsheets: RFC 4180 (CRLF, quotes where
// needed), UTF-8 with a byte-order mark (so Excel reads it as UTF-8), and cells a spreadsheet
// would run as a formula written with a leading apostrophe.

import Papa from 'papaparse';
import { ExportIndex, type ExportData } from './export-data';
import { protectCell } from './tagset-csv';
import type { Format } from './format';

export const ANNOTATION_CSV_COLUMNS = [
  'document_id', 'document', 'tag', 'start', 'end', 'text', 'note', 'verdict', 'speaker', 'value', 'unit', 'place', 'country', 'geonames_id',
  'author', 'created', 'modified', 'annotation_id',
] as const;

export function annotationsToCsv(data: ExportData): string {
  const ix = new ExportIndex(data);
  const rows = data.documents.flatMap(({ summary, annotations }) =>
    annotations.map((a) => {
      const speaker = ix.speaker(a);
      const figure = ix.figure(a);
      const place = ix.place(a);
      const value = figure?.value === null || !figure ? '' : figure.valueMax !== null ? `${figure.value}-${figure.valueMax}` : String(figure.value);
      return [
        summary.id, summary.title, ix.tagName(a), String(a.start), String(a.end), a.exact, a.note, ix.verdict(a)?.label ?? '',
        speaker ? (speaker.role ? `${speaker.name} (${speaker.role})` : speaker.name) : '', value, figure?.unit ?? '',
        place?.name ?? '', place?.country ?? '', place?.geonamesId ? String(place.geonamesId) : '', a.author, a.created, a.modified, a.id,
      ].map(protectCell);
    }),
  );
  return '\uFEFF' + Papa.unparse({ fields: [...ANNOTATION_CSV_COLUMNS], data: rows }, { newline: '\r\n' }) + '\r\n';
}

export const csvFormat: Format = {
  id: 'csv',
  label: 'CSV (one row per annotation)',
  offsets: 'Unicode code points',
  writer: { fileName: (base) => `${base}.annotations.csv`, mediaType: 'text/csv', write: annotationsToCsv },
};

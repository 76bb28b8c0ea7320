// Annotations as CSV, one row per annotation, for spreadsheets: RFC 4180 (CRLF, quotes where
// needed), UTF-8 with a byte-order mark (so Excel reads it as UTF-8), and cells a spreadsheet
// would run as a formula written with a leading apostrophe. Every fact has its column, so the
// file comes back whole (csv/read.ts): a range is "400-500"; sources are one "address title"
// per line of their cell; a speaker is "Name (role)". `page` is the page of a PDF where the
// annotation begins (empty for documents without pages); it is last, so the columns before
// it keep their places for anyone who reads them by position.

import Papa from 'papaparse';
import { ExportIndex, type ExportData } from '../export-data';
import { sourceText, speakerText } from '../facts-text';
import { protectCell } from '../tagset-csv';
import { pageAt } from '../../text/pages';

export const ANNOTATION_CSV_COLUMNS = [
  'document_id', 'document', 'tag', 'start', 'end', 'text', 'note', 'verdict', 'speaker', 'value', 'unit', 'place', 'country', 'geonames_id',
  'author', 'created', 'modified', 'annotation_id',
  'qualifier', 'as_of', 'lat', 'lon', 'rationale', 'sources', 'checked_by', 'checked_on', 'page',
] as const;

const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

export function annotationsToCsv(data: ExportData): string {
  const ix = new ExportIndex(data);
  const rows = data.documents.flatMap(({ summary, annotations, source }) =>
    annotations.map((a) => {
      const speaker = ix.speaker(a);
      const figure = ix.figure(a);
      const place = ix.place(a);
      const claim = ix.kind(a) === 'claim' ? a.fields.claim : undefined;
      const value = figure?.value === null || !figure ? '' : figure.valueMax !== null ? `${figure.value}-${figure.valueMax}` : String(figure.value);
      return [
        summary.id, summary.title, ix.tagName(a), String(a.start), String(a.end), a.exact, a.note, ix.verdict(a)?.label ?? '',
        speaker ? speakerText(speaker) : '', value, figure?.unit ?? '',
        place?.name ?? '', place?.country ?? '', place?.geonamesId ? String(place.geonamesId) : '', a.author, a.created, a.modified, a.id,
        figure?.qualifier ?? '', figure?.asOf ?? '', num(place?.lat), num(place?.lon),
        claim?.rationale ?? '', (claim?.sources ?? []).map(sourceText).join('\n'), claim?.checkedBy ?? '', claim?.checkedAt ?? '',
        num(pageAt(source?.pageStarts, a.start)),
      ].map(protectCell);
    }),
  );
  return '\uFEFF' + Papa.unparse({ fields: [...ANNOTATION_CSV_COLUMNS], data: rows }, { newline: '\r\n' }) + '\r\n';
}

// Annotations from CSV: Sourcemark's own export, or a spreadsheet anyone made, with the
// columns document (or document_id), start, end and tag (or label), and optionally text,
// note, verdict, speaker, place, country, geonames_id, lat, lon, value, unit, qualifier, as_of,
// rationale, sources, checked_by, checked_on, author, created, modified, annotation_id (a
// page column, as our export writes, is read past: the offsets place an annotation).
// Headers are matched without case; commas, semicolons or tabs separate cells. A CSV carries
// no texts: a row's document is the study's document with that id, or with that title or
// file name (resolved when it is merged). A place named without an id or coordinates is the
// gazetteer's when it is a confident match. Offsets are Unicode code points; the text column,
// when there, is the quote the merge checks them against (placing the annotation by it when
// they disagree).

import Papa from 'papaparse';
import type { AnnotationFields, FigureFields } from '../../domain/fields';
import { QUALIFIERS, type Qualifier } from '../../domain/kinds';
import { InputError } from '../../input/errors';
import { decodeUtf8 } from '../../input/json';
import { parseSource, parseSpeaker } from '../facts-text';
import { checked, foreignDate, Vocabulary } from '../foreign';
import { uuidV5 } from '../ids';
import type { Incoming, IncomingDocument, ReadLimits } from '../incoming';
import { geonamesPlace, placeByName } from '../places';
import { unprotectCell } from '../tagset-csv';

const ALIASES: Record<string, string> = { label: 'tag', document_title: 'document', title: 'document', file: 'document', doc: 'document', quote: 'text', comment: 'note', checked_at: 'checked_on', id: 'annotation_id' };

/** A header's column name in our terms. */
const column = (h: string) => {
  const k = h.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return ALIASES[k] ?? k;
};

/** True when the first line names an annotation CSV's columns (the reader says which it lacks). */
export function csvHeaderFits(firstLine: string): boolean {
  const cols = new Set(firstLine.replace(/^\uFEFF/, '').split(/[,;\t]/).map((c) => column(c.replace(/^"|"$/g, ''))));
  return cols.has('start') && cols.has('end') && (cols.has('tag') || cols.has('document') || cols.has('document_id'));
}

const NUM = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

function figureOf(value: string, unit: string, qualifier: string, asOf: string, written: string): FigureFields | undefined {
  const m = /^(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)(?:\s*[-–]\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?))?$/i.exec(value);
  if (!m) return undefined;
  const q = qualifier.toLowerCase();
  return {
    written: written.trim().slice(0, 200),
    value: Number(m[1]),
    valueMax: m[2] !== undefined ? Number(m[2]) : null,
    qualifier: (QUALIFIERS as readonly string[]).includes(q) ? (q as Qualifier) : null,
    unit: unit || null,
    asOf: /^\d{4}(-\d{2}(-\d{2})?)?$/.test(asOf) ? asOf : null,
  };
}

export function readCsv(origin: string, bytes: Uint8Array, limits: ReadLimits): Incoming {
  if (bytes.length > limits.jsonBytes) throw new InputError(`it is larger than the ${Math.round(limits.jsonBytes / 1048576)} MB an import may be`);
  const parsed = Papa.parse<Record<string, string>>(decodeUtf8(bytes, 'it'), { header: true, skipEmptyLines: 'greedy', transformHeader: column });
  const fatal = parsed.errors.find((e) => e.type !== 'FieldMismatch' && e.code !== 'UndetectableDelimiter');
  if (fatal) throw new InputError(`it is not valid CSV (row ${(fatal.row ?? 0) + 2}: ${fatal.message})`);
  const cols = new Set(parsed.meta.fields ?? []);
  const missing = ['start', 'end', 'tag'].filter((c) => !cols.has(c)).concat(cols.has('document') || cols.has('document_id') ? [] : ['document']);
  if (missing.length) throw new InputError(`its header lacks the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`);
  if (parsed.data.length > limits.annotations) throw new InputError(`it holds ${parsed.data.length} rows; the limit is ${limits.annotations}`);
  const vocab = new Vocabulary();
  const documents = new Map<string, IncomingDocument>();
  const annotations = parsed.data.map((row, i) => {
    const where = `row ${i + 2}`;
    const get = (c: string) => unprotectCell(row[c] ?? '').trim();
    const raw = (c: string) => unprotectCell(row[c] ?? '');
    const idCell = get('document_id').toLowerCase();
    const title = get('document');
    const ref = /^[0-9a-f]{64}$/.test(idCell) ? idCell : title ? `title:${title}` : null;
    if (!ref) throw new InputError(`${where} does not say which document it is about`);
    if (!documents.has(ref)) documents.set(ref, { ref, text: null, blocks: null, meta: title ? { title, fileName: '', format: 'plain', author: null, location: null, sourceUrl: null, published: null, importedAt: limits.now } : null });
    const start = get('start');
    const end = get('end');
    if (!/^\d+$/.test(start) || !/^\d+$/.test(end) || Number(end) <= Number(start)) throw new InputError(`${where} has impossible offsets ${JSON.stringify(start)}–${JSON.stringify(end)}`);
    const tagName = get('tag');
    if (!tagName) throw new InputError(`${where} has no tag`);
    const exact = raw('text');
    const fields: AnnotationFields = {};
    const verdict = get('verdict');
    const sources = raw('sources').split('\n').map((l) => parseSource(l)).filter((x) => x !== null);
    if (verdict || get('rationale') || sources.length || get('checked_by')) {
      const on = get('checked_on');
      fields.claim = { verdict: verdict ? vocab.verdict(verdict) : null, rationale: raw('rationale'), sources, checkedBy: get('checked_by') || null, checkedAt: /^\d{4}(-\d{2}(-\d{2})?)?$/.test(on) ? on : null };
    }
    if (get('speaker')) {
      const p = parseSpeaker(get('speaker'));
      fields.quote = { speakerId: vocab.person(p.name, p.role) };
    }
    const figure = get('value') ? figureOf(get('value'), get('unit'), get('qualifier'), get('as_of'), exact) : undefined;
    if (figure) fields.figure = figure;
    const place = get('place');
    const gn = Number(get('geonames_id'));
    const lat = NUM.test(get('lat')) ? Number(get('lat')) : null;
    const lon = NUM.test(get('lon')) ? Number(get('lon')) : null;
    const country = /^[A-Z]{2}$/.test(get('country')) ? get('country') : null;
    if (Number.isSafeInteger(gn) && gn > 0) fields.location = { ...geonamesPlace(gn, { name: place, country, lat, lon }), ...(lat !== null && lon !== null ? { lat, lon } : {}) };
    else if (place && lat !== null && lon !== null) fields.location = { name: place.slice(0, 300), country, lat, lon, geonamesId: null, manual: true };
    // A place by name alone: the gazetteer's when it is sure, else the name without a pin.
    else if (place) fields.location = placeByName(place, country) ?? { name: place.slice(0, 300), country, lat: null, lon: null, geonamesId: null, manual: true };
    const givenId = get('annotation_id');
    const created = foreignDate(get('created'), where, limits.now, 'created');
    return checked(
      {
        id: givenId && givenId.length <= 200 ? givenId : uuidV5(`csv/${ref}/${start}/${end}/${tagName}/${i}`),
        documentRef: ref,
        tagId: null,
        tagName,
        start: Number(start),
        end: Number(end),
        exact,
        prefix: '',
        suffix: '',
        note: raw('note'),
        fields,
        author: get('author') || (limits.user ?? 'Unknown'),
        created,
        modified: foreignDate(get('modified'), where, created, 'modified'),
      },
      where,
    );
  });
  const out: Incoming = { origin, kind: 'csv', tool: cols.has('annotation_id') && cols.has('document_id') ? 'csv:Sourcemark' : 'csv', documents: [...documents.values()], annotations, tags: [], verdicts: [], people: [], tombstones: [], contributors: [], changes: [] };
  return vocab.into(out);
}

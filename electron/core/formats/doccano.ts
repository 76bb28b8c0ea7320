// doccano sequence-labelling export, read only: JSONL, one document a line (or a JSON array
// of the same objects): its `text`, and its spans as `label` (or `labels`): [[start, end,
// "LABEL"], …], or as `entities`: [{ id, label, start_offset, end_offset }] with
// `relations`: [{ from_id, to_id, type }] (a quote related to a person → the quote's
// speaker; other relations → a line of the first span's note). Labels of a whole document
// (text classification) are not spans: the preview counts them. Offsets are Unicode code
// points (doccano is Python and counts as Python's strings do); doccano's files carry no
// quotes, so a span past the end of its text refuses the file, naming the line.

import { InputError } from '../input/errors';
import { decodeUtf8, parseJsonText } from '../input/json';
import { checked, Vocabulary } from './foreign';
import type { Format } from './format';
import { uuidV5 } from './ids';
import { emptyIncoming, type Incoming, type ReadLimits } from './incoming';
import { isObj, looksLikeJson, peekJson, type Json } from './json-file';
import { SourceText } from './text-source';

interface Span {
  id: string;
  start: unknown;
  end: unknown;
  label: string;
}

const isRecord = (v: unknown): v is Json => isObj(v) && typeof v.text === 'string' && (Array.isArray(v.label) || Array.isArray(v.labels) || Array.isArray(v.entities));

/** The records of a JSONL or JSON file, each with the line (or item) it came from. */
function records(text: string, maxBytes: number): Array<{ rec: Json; where: string }> {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[')) {
    const all = parseJsonText(text, 'it', { bytes: maxBytes, depth: 64 });
    if (!Array.isArray(all)) throw new InputError('it is not a list of doccano records');
    return all.map((rec, i) => ({ rec: rec as Json, where: `item ${i + 1}` }));
  }
  const out: Array<{ rec: Json; where: string }> = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `line ${i + 1}`;
    let rec: unknown;
    try {
      rec = parseJsonText(line, where, { bytes: maxBytes, depth: 64 });
    } catch (e) {
      throw e instanceof InputError ? new InputError(`${where} is not a JSON record (${e.message.replace(/^line \d+ /, '')})`) : e;
    }
    out.push({ rec: rec as Json, where });
  });
  return out;
}

function spansOf(rec: Json, where: string): { spans: Span[]; docLabels: number } {
  const spans: Span[] = [];
  let docLabels = 0;
  for (const [k, e] of (Array.isArray(rec.entities) ? rec.entities : []).entries()) {
    if (!isObj(e) || typeof e.label !== 'string') throw new InputError(`${where}: entity ${k + 1} has no label`);
    spans.push({ id: String(e.id ?? k), start: e.start_offset, end: e.end_offset, label: e.label });
  }
  for (const [k, l] of ((Array.isArray(rec.label) ? rec.label : Array.isArray(rec.labels) ? rec.labels : []) as unknown[]).entries()) {
    if (typeof l === 'string') docLabels++;
    else if (Array.isArray(l) && l.length === 3 && typeof l[2] === 'string') spans.push({ id: `l${k}`, start: l[0], end: l[1], label: l[2] });
    else throw new InputError(`${where}: label ${k + 1} is not [start, end, "label"]`);
  }
  return { spans, docLabels };
}

const isQuote = (l: string) => /^quot(e|ation)s?$/i.test(l);
const isPerson = (l: string) => /^(person|per|speaker)$/i.test(l);

export function readDoccano(origin: string, bytes: Uint8Array, limits: ReadLimits): Incoming {
  if (bytes.length > limits.jsonBytes) throw new InputError(`it is larger than the ${Math.round(limits.jsonBytes / 1048576)} MB an import may be`);
  const vocab = new Vocabulary();
  const out: Incoming = { ...emptyIncoming(origin, 'doccano'), tool: 'doccano', notices: [] };
  let docLabels = 0;
  for (const { rec, where } of records(decodeUtf8(bytes, 'it'), limits.jsonBytes)) {
    if (!isRecord(rec)) throw new InputError(`${where} is not a doccano record (it needs "text" and "label" or "entities")`);
    const src = new SourceText(rec.text as string);
    const found = spansOf(rec, where);
    docLabels += found.docLabels;
    if (!src.text.trim()) {
      if (found.spans.length) throw new InputError(`${where} has labels on an empty text`);
      continue;
    }
    const meta = isObj(rec.meta) ? rec.meta : {};
    const title = String(meta.title ?? meta.name ?? rec.title ?? `doccano ${rec.id ?? where}`).slice(0, 2000);
    out.documents.push(src.document({ title, fileName: `${title}.txt`.slice(0, 1024), author: null, location: null, sourceUrl: null, published: null, importedAt: limits.now }));
    const placed = new Map(found.spans.map((sp) => [sp.id, { sp, p: src.place(sp.start, sp.end, 'code points', null, `${where}, the span “${sp.label}” ${JSON.stringify(sp.start)}–${JSON.stringify(sp.end)}`), notes: [] as string[], speaker: null as string | null }]));
    for (const r of Array.isArray(rec.relations) ? rec.relations : []) {
      if (!isObj(r)) continue;
      const from = placed.get(String(r.from_id));
      const to = placed.get(String(r.to_id));
      if (!from || !to) throw new InputError(`${where}: a relation refers to an entity the line does not hold`);
      if (isQuote(from.sp.label) && isPerson(to.sp.label)) from.speaker = to.p.exact;
      else if (isQuote(to.sp.label) && isPerson(from.sp.label)) to.speaker = from.p.exact;
      else from.notes.push(`${String(r.type ?? 'Related to')}: ${to.p.exact}`);
    }
    const author = typeof rec.user === 'string' ? rec.user : typeof rec.annotator === 'string' ? rec.annotator : (limits.user ?? 'Unknown');
    for (const { sp, p, notes, speaker } of placed.values()) {
      out.annotations.push(
        checked(
          { id: uuidV5(`doccano/${src.id}/${sp.id}/${p.start}/${p.end}/${sp.label}`), documentRef: src.id, tagId: null, tagName: sp.label, start: p.start, end: p.end, exact: p.exact, prefix: p.prefix, suffix: p.suffix, note: notes.join('\n'), fields: speaker ? { quote: { speakerId: vocab.person(speaker) } } : {}, author, created: limits.now, modified: limits.now },
          where,
        ),
      );
    }
    if (out.annotations.length > limits.annotations) throw new InputError(`it holds more than ${limits.annotations} annotations, the limit`);
  }
  if (docLabels) out.notices!.push(`${docLabels} label${docLabels === 1 ? '' : 's'} of whole documents (classification, not spans) left out.`);
  const seen = new Set<string>();
  out.documents = out.documents.filter((d) => !seen.has(d.ref) && seen.add(d.ref));
  return vocab.into(out);
}

/** The first record decides: JSON with "text" and "label" or "entities" (a JSONL line, or a list's first item). */
function detect(bytes: Uint8Array): boolean {
  if (!looksLikeJson(bytes)) return false;
  const head = Buffer.from(bytes.subarray(0, 64)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('[')) {
    const all = peekJson(bytes);
    return Array.isArray(all) && all.length > 0 && isRecord(all[0]);
  }
  const text = Buffer.from(bytes.subarray(0, 1 << 22)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  try {
    return isRecord(JSON.parse(text.split('\n', 1)[0]!));
  } catch {
    return false;
  }
}

export const doccanoFormat: Format = {
  id: 'doccano',
  label: 'doccano JSONL (sequence labelling)',
  offsets: 'Unicode code points',
  reader: { detect, read: readDoccano },
};

// Label Studio JSON export (and JSON-MIN) of text tasks, read only. Each task's text
// (data.text, or the data field its regions read) is a document; each annotation's
// results become annotations:
//   labels regions (value.start, end, text, labels) → one annotation per label
//   a textarea result for a region (same id) → its note; choices for a region → its verdict
//     when the control is a verdict or rating, else a line of its note
//   relations: a quote region related to a person region → the quote's speaker; others →
//     a line of the first region's note
//   completed_by → the author; created_at, updated_at → the dates
// Predictions, cancelled annotations and choices about a whole task are not annotations of
// words: the preview says how many were left out.
// Offsets: code points since Label Studio's 2022 fix, JavaScript UTF-16 units before it. The
// file does not say which, so it is measured: the unit in which the regions read their own
// value.text (text-source.ts). A region that does not read its text is placed by that text.

import { InputError } from '../input/errors';
import { checked, foreignDate, Vocabulary } from './foreign';
import type { Format } from './format';
import { uuidV5 } from './ids';
import { emptyIncoming, type Incoming, type ReadLimits } from './incoming';
import { isObj, jsonOf, peekJson, type Json } from './json-file';
import { measureUnit, SourceText } from './text-source';

const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const s = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);

/** The tasks of a full export, or a JSON-MIN export shaped like one. */
function tasksOf(doc: unknown): Json[] | null {
  if (!Array.isArray(doc) || !doc.length || !doc.every(isObj)) return null;
  const tasks = doc as Json[];
  if (tasks.every((t) => isObj(t.data) && (Array.isArray(t.annotations) || Array.isArray(t.completions) || Array.isArray(t.predictions)))) return tasks;
  // JSON-MIN: { text, <control>: [{ start, end, text, labels }], annotator, annotation_id, … }
  const regions = (t: Json) => Object.entries(t).filter(([, v]) => Array.isArray(v) && v.length && v.every((r) => isObj(r) && 'start' in r && Array.isArray(r.labels)));
  if (!tasks.every((t) => typeof t.text === 'string' && regions(t).length)) return null;
  return tasks.map((t) => ({
    id: t.id,
    data: { text: t.text },
    annotations: [{ id: t.annotation_id ?? t.id, completed_by: t.annotator, created_at: t.created_at, updated_at: t.updated_at, result: regions(t).flatMap(([from, rs]) => (rs as Json[]).map((r, k) => ({ id: `${from}-${k}`, type: 'labels', from_name: from, value: r }))) }],
  }));
}

function authorOf(by: unknown, fallback: string): string {
  if (typeof by === 'number') return `Label Studio user ${by}`;
  if (typeof by === 'string' && by.trim()) return by.trim();
  if (isObj(by)) return s(by.email) ?? ([s(by.first_name), s(by.last_name)].filter(Boolean).join(' ') || (by.id !== undefined ? `Label Studio user ${s(by.id)}` : fallback));
  return fallback;
}

/** The data field holding the task's text: `text`, else the one its regions read. */
function textField(data: Json, results: Json[]): string | null {
  if (typeof data.text === 'string') return data.text;
  const strings = Object.values(data).filter((v): v is string => typeof v === 'string' && v.length > 0);
  const quote = results.map((x) => (isObj(x.value) && typeof x.value.text === 'string' ? x.value.text : null)).find((q) => q);
  const hit = quote ? strings.find((t) => t.includes(quote)) : undefined;
  return hit ?? strings.sort((a, b) => b.length - a.length)[0] ?? null;
}

const isQuote = (labels: string[]) => labels.some((l) => /^quot(e|ation)s?$/i.test(l));
const isPerson = (labels: string[]) => labels.some((l) => /^(person|per|speaker)$/i.test(l));

export function readLabelStudio(origin: string, bytes: Uint8Array, limits: ReadLimits): Incoming {
  const tasks = tasksOf(jsonOf(bytes, limits.jsonBytes));
  if (!tasks) throw new InputError('it is JSON, but not a Label Studio export of tasks');
  const vocab = new Vocabulary();
  const out: Incoming = { ...emptyIncoming(origin, 'labelstudio'), tool: 'labelstudio', notices: [] };
  let predictions = 0;
  let cancelled = 0;
  let skippedResults = 0;
  const prepared = tasks.map((task, n) => {
    const anns = arr(task.annotations ?? task.completions).filter(isObj);
    predictions += arr(task.predictions).length;
    const kept = anns.filter((a) => a.was_cancelled !== true);
    cancelled += anns.length - kept.length;
    const results = kept.flatMap((a) => arr(a.result).filter(isObj));
    const raw = textField(task.data as Json, results);
    if (raw === null) throw new InputError(`task ${s(task.id) ?? n + 1} has no text`);
    if (/^https?:\/\/\S+$/.test(raw.trim()) && results.length) throw new InputError(`task ${s(task.id) ?? n + 1}'s text is only its web address (${raw.trim().slice(0, 80)}); export the tasks with their text`);
    return { task, n, anns: kept, src: new SourceText(raw) };
  });
  const regionsOf = (r: Json) => r.type === 'labels' || (isObj(r.value) && Array.isArray(r.value.labels) && 'start' in r.value);
  const unit = measureUnit(
    prepared.flatMap(({ anns, src }) =>
      anns.flatMap((a) => arr(a.result).filter(isObj).filter(regionsOf).flatMap((r) => {
        const v = r.value as Json;
        return typeof v.start === 'number' && typeof v.end === 'number' && typeof v.text === 'string' ? [{ src, start: v.start, end: v.end, quote: v.text }] : [];
      })),
    ),
  );
  if (unit !== 'code points') out.notices!.push('Its offsets count JavaScript UTF-16 units (an export from before Label Studio’s 2022 fix); they were converted.');

  for (const { task, n, anns, src } of prepared) {
    const taskName = `task ${s(task.id) ?? n + 1}`;
    const data = task.data as Json;
    const title = (s(data.title) ?? s(data.headline) ?? s(data.name) ?? `Task ${s(task.id) ?? n + 1}`).slice(0, 2000);
    if (!src.text.trim()) continue;
    out.documents.push(src.document({ title, fileName: `${title}.txt`.slice(0, 1024), author: null, location: null, sourceUrl: s(data.url) && /^https?:\/\//.test(s(data.url)!) ? s(data.url) : null, published: null, importedAt: limits.now }));
    for (const a of anns) {
      const annId = s(a.id) ?? String(anns.indexOf(a));
      const results = arr(a.result).filter(isObj);
      const author = authorOf(a.completed_by, limits.user ?? 'Unknown');
      const created = foreignDate(a.created_at, `${taskName}, annotation ${annId}`, limits.now, 'created_at');
      const modified = foreignDate(a.updated_at ?? a.created_at, `${taskName}, annotation ${annId}`, created, 'updated_at');
      const regions = new Map<string, { labels: string[]; place: ReturnType<SourceText['place']>; notes: string[]; verdict: string | null; where: string; speaker: string | null }>();
      for (const r of results.filter(regionsOf)) {
        const v = r.value as Json;
        const where = `${taskName}, annotation ${annId}, region ${s(r.id) ?? '?'}`;
        const labels = arr(v.labels).map(String).filter((l) => l.trim());
        if (!labels.length) throw new InputError(`${where} has no label`);
        regions.set(s(r.id) ?? `${regions.size}`, { labels, place: src.place(v.start, v.end, unit, typeof v.text === 'string' ? v.text : null, where), notes: [], verdict: null, where, speaker: null });
      }
      for (const r of results.filter((x) => !regionsOf(x))) {
        const target = regions.get(s(r.id) ?? '');
        const v = isObj(r.value) ? r.value : {};
        if (r.type === 'relation') {
          const from = regions.get(s(r.from_id) ?? '');
          const to = regions.get(s(r.to_id) ?? '');
          if (!from || !to) throw new InputError(`${taskName}, annotation ${annId}: a relation refers to a region the annotation does not hold`);
          if (isQuote(from.labels) && isPerson(to.labels)) from.speaker = to.place.exact;
          else if (isQuote(to.labels) && isPerson(from.labels)) to.speaker = from.place.exact;
          else from.notes.push(`${arr(r.labels).map(String).join(', ') || 'Related to'}: ${to.place.exact}`);
        } else if (target && r.type === 'textarea') target.notes.push(...arr(v.text).map(String));
        else if (target && r.type === 'choices') {
          const choices = arr(v.choices).map(String);
          if (/verdict|rating|factual|truth/i.test(s(r.from_name) ?? '') && choices[0]) target.verdict = choices[0];
          else target.notes.push(`${s(r.from_name) ?? 'choice'}: ${choices.join(', ')}`);
        } else skippedResults++;
      }
      for (const [rid, g] of regions) {
        const fields = {
          ...(g.verdict ? { claim: { verdict: vocab.verdict(g.verdict), rationale: '', sources: [], checkedBy: null, checkedAt: null } } : {}),
          ...(g.speaker ? { quote: { speakerId: vocab.person(g.speaker) } } : {}),
        };
        for (const label of g.labels) {
          const p = g.place;
          out.annotations.push(checked({ id: uuidV5(`labelstudio/${src.id}/${annId}/${rid}/${label}`), documentRef: src.id, tagId: null, tagName: label, start: p.start, end: p.end, exact: p.exact, prefix: p.prefix, suffix: p.suffix, note: g.notes.join('\n'), fields, author, created, modified }, g.where));
        }
      }
      if (out.annotations.length > limits.annotations) throw new InputError(`it holds more than ${limits.annotations} annotations, the limit`);
    }
  }
  if (predictions) out.notices!.push(`${predictions} prediction${predictions === 1 ? '' : 's'} (a model’s output, not people’s annotations) left out.`);
  if (cancelled) out.notices!.push(`${cancelled} cancelled annotation${cancelled === 1 ? '' : 's'} left out.`);
  if (skippedResults) out.notices!.push(`${skippedResults} result${skippedResults === 1 ? '' : 's'} about whole tasks or of other kinds (not words of the text) left out.`);
  const seen = new Set<string>();
  out.documents = out.documents.filter((d) => !seen.has(d.ref) && seen.add(d.ref));
  return vocab.into(out);
}

export const labelStudioFormat: Format = {
  id: 'labelstudio',
  label: 'Label Studio JSON export (text tasks)',
  offsets: 'Unicode code points (since 2022) or UTF-16 units (older exports), measured per file from value.text',
  reader: { detect: (bytes) => tasksOf(peekJson(bytes)) !== null, read: readLabelStudio },
};

// brat standoff (https://brat.nlplab.org/standoff.html): per document a .txt (the canonical
// text) and an .ann. T lines carry the tag as the entity type and code-point offsets, split
// into fragments at line breaks (brat spans do not cross them); A lines the verdicts; N lines
// GeoNames references; "#" AnnotatorNotes the note and the other facts. An annotation.conf
// declares the types so brat opens the collection as it is.

import { ExportIndex, type ExportData } from './export-data';
import { safeFileName, typeName } from './ids';
import { strToU8, zipSync } from 'fflate';
import type { Format } from './format';

export interface BratFile {
  name: string;
  content: string;
}

const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();

/** Offsets of the non-empty line pieces of [start, end) in `cps` (an array of code points). */
function fragments(cps: readonly string[], start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || cps[i] === '\n') {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  return out;
}

export function toBrat(data: ExportData): BratFile[] {
  const ix = new ExportIndex(data);
  const files: BratFile[] = [];
  const used = new Set<string>();
  const types = new Set<string>();
  const verdicts = new Set<string>();
  for (const { summary, text, annotations } of data.documents) {
    let base = safeFileName(summary.title).replace(/\s+/g, '_');
    for (let n = 2; used.has(base); n++) base = `${safeFileName(summary.title).replace(/\s+/g, '_')}_${n}`;
    used.add(base);
    const cps = Array.from(text);
    const lines: string[] = [];
    let t = 0;
    let attr = 0;
    let norm = 0;
    let note = 0;
    for (const a of annotations) {
      const frags = fragments(cps, a.start, a.end);
      if (!frags.length) continue;
      const id = `T${++t}`;
      const type = typeName(ix.tagName(a));
      types.add(type);
      const covered = frags.map(([s, e]) => cps.slice(s, e).join('')).join(' ');
      lines.push(`${id}\t${type} ${frags.map(([s, e]) => `${s} ${e}`).join(';')}\t${covered}`);
      const verdict = ix.verdict(a);
      if (verdict) {
        const value = typeName(verdict.label);
        verdicts.add(value);
        lines.push(`A${++attr}\tVerdict ${id} ${value}`);
      }
      const place = ix.place(a);
      if (place?.geonamesId) lines.push(`N${++norm}\tReference ${id} GeoNames:${place.geonamesId}\t${oneLine(place.name)}`);
      const speaker = ix.speaker(a);
      const figure = ix.figure(a);
      const facts = [
        a.note,
        speaker ? `speaker: ${speaker.name}${speaker.role ? ` (${speaker.role})` : ''}` : '',
        figure && figure.value !== null ? `value: ${[figure.qualifier, figure.valueMax !== null ? `${figure.value}-${figure.valueMax}` : figure.value, figure.unit].filter((x) => x !== null && x !== '').join(' ')}` : '',
        place && !place.geonamesId && place.lat !== null ? `place: ${place.name} (${place.lat}, ${place.lon})` : '',
      ].filter(Boolean);
      if (facts.length) lines.push(`#${++note}\tAnnotatorNotes ${id}\t${oneLine(facts.join('; '))}`);
    }
    files.push({ name: `${base}.txt`, content: text }, { name: `${base}.ann`, content: lines.length ? lines.join('\n') + '\n' : '' });
  }
  const conf = [
    '[entities]',
    ...[...types].sort(),
    '',
    '[relations]',
    '',
    '[events]',
    '',
    '[attributes]',
    ...(verdicts.size ? [`Verdict\tArg:<ENTITY>, Value:${[...verdicts].sort().join('|')}`] : []),
    '',
  ].join('\n');
  files.push({ name: 'annotation.conf', content: conf });
  return files;
}

export const bratFormat: Format = {
  id: 'brat',
  label: 'brat standoff (.ann + .txt)',
  offsets: 'Unicode code points over the .txt',
  writer: {
    fileName: (base) => `${base}.brat.zip`,
    mediaType: 'application/zip',
    write: (data) => zipSync(Object.fromEntries(toBrat(data).map((f) => [f.name, strToU8(f.content)]))),
  },
};

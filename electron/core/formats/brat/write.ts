// brat standoff export (https://brat.nlplab.org/standoff.html): per document a .txt (the
// canonical text) and an .ann. T lines carry the tag as the entity type and code-point
// offsets, split into fragments at line breaks (brat spans do not cross them); A lines the
// verdicts; N lines GeoNames references; "#" AnnotatorNotes lines the note (one per line of
// it) and the other facts, one per line, each after its key (fact-lines.ts: "speaker: …",
// "value: …", "place: …"…). annotation.conf declares the types
// (a child tag indented under its parent), visual.conf their names and colours,
// kb_shortcuts.conf their keys, so brat opens the collection as it is and it comes back whole.

import type { Tag } from '../../domain/types';
import { ExportIndex, type ExportData } from '../export-data';
import { factLines } from '../fact-lines';
import { safeFileName, typeName } from '../ids';

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

/** The configuration files: types with their hierarchy, names, colours and keys. */
function configuration(tags: readonly Tag[], used: ReadonlySet<string>, verdicts: ReadonlySet<string>): BratFile[] {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const shown = tags.filter((t) => used.has(t.id));
  // Parents of used tags are declared too (brat: "!" marks a type not used for annotation).
  for (const t of [...shown]) for (let p = t.parentId ? byId.get(t.parentId) : undefined; p && !shown.includes(p); p = p.parentId ? byId.get(p.parentId) : undefined) shown.push(p);
  const declared = new Set(shown.map((t) => t.id));
  const entity = (t: Tag, depth: number): string[] => [
    `${'\t'.repeat(depth)}${used.has(t.id) ? '' : '!'}${typeName(t.name)}`,
    ...shown.filter((c) => c.parentId === t.id).sort((a, b) => a.name.localeCompare(b.name)).flatMap((c) => entity(c, depth + 1)),
  ];
  const roots = shown.filter((t) => !t.parentId || !declared.has(t.parentId)).sort((a, b) => typeName(a.name).localeCompare(typeName(b.name)));
  const conf = [
    '[entities]',
    ...roots.flatMap((t) => entity(t, 0)),
    '',
    '[relations]',
    '',
    '[events]',
    '',
    '[attributes]',
    ...(verdicts.size ? [`Verdict\tArg:<ENTITY>, Value:${[...verdicts].sort().join('|')}`] : []),
    '',
  ].join('\n');
  const sorted = [...shown].sort((a, b) => typeName(a.name).localeCompare(typeName(b.name)));
  const visual = ['[labels]', ...sorted.map((t) => `${typeName(t.name)} | ${oneLine(t.name)}`), '', '[drawing]', ...sorted.map((t) => `${typeName(t.name)}\tbgColor:${t.color}`), ''].join('\n');
  const keys = sorted.filter((t) => t.shortcut).map((t) => `${t.shortcut!.toUpperCase()} ${typeName(t.name)}`);
  return [{ name: 'annotation.conf', content: conf }, { name: 'visual.conf', content: visual }, ...(keys.length ? [{ name: 'kb_shortcuts.conf', content: keys.join('\n') + '\n' }] : [])];
}

export function toBrat(data: ExportData): BratFile[] {
  const ix = new ExportIndex(data);
  const files: BratFile[] = [];
  const used = new Set<string>();
  const usedTags = new Set<string>();
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
      usedTags.add(a.tag);
      const covered = frags.map(([s, e]) => cps.slice(s, e).join('')).join(' ');
      lines.push(`${id}\t${typeName(ix.tagName(a))} ${frags.map(([s, e]) => `${s} ${e}`).join(';')}\t${covered}`);
      const verdict = ix.verdict(a);
      if (verdict) {
        const value = typeName(verdict.label);
        verdicts.add(value);
        lines.push(`A${++attr}\tVerdict ${id} ${value}`);
      }
      const place = ix.place(a);
      if (place?.geonamesId) lines.push(`N${++norm}\tReference ${id} GeoNames:${place.geonamesId}\t${oneLine(place.name)}`);
      for (const l of factLines(a, ix, { verdict: false, geonames: false })) lines.push(`#${++note}\tAnnotatorNotes ${id}\t${l}`);
    }
    files.push({ name: `${base}.txt`, content: text }, { name: `${base}.ann`, content: lines.length ? lines.join('\n') + '\n' : '' });
  }
  files.push(...configuration(data.tags, usedTags, verdicts));
  return files;
}

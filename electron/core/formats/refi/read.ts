// REFI-QDA import: a project (.qdpx, or a bare project.qde) or a codebook (.qdc), as
// QualCoder, MAXQDA, ATLAS.ti and NVivo write them (schema: QDA-XML 1.0, REFI-QDA 1.5).
//   Codes (nested, with colours and descriptions) → tags, hierarchy kept
//   TextSource (and a PDF's text Representation) → a document: its text from PlainTextContent
//     or from the archive (internal://…, in sources/ or Sources/); external texts are left out
//   PlainTextSelection → one annotation per Coding (one without codings: tag "Uncoded")
//   its Description and the Notes it refers to (NoteRef) → its note; a Sourcemark project's
//     descriptions also carry the facts (fact-lines.ts)
//   creatingUser/modifyingUser → the author, by the project's Users
// Positions: §10.2 counts code points from 0 between "the first and the last character";
// exporters differ on whether the end is inclusive and a few count UTF-16 units, so the
// reading is measured on the selections whose name is their text (QualCoder names them so)
// and defaults to code points, end exclusive. A CRLF in a source counts as two characters.
// Sources of other kinds (pictures, audio, video), codings of whole sources, and cases,
// variables, sets, links and graphs are not annotations of words: the preview's notices
// list what was left out.

import { InputError } from '../../input/errors';
import { FactDraft } from '../fact-lines';
import { checked, foreignDate, toolName, Vocabulary } from '../foreign';
import { uuidV5 } from '../ids';
import { emptyIncoming, type Incoming, type IncomingAnnotation, type ReadLimits } from '../incoming';
import { SourceText, type OffsetUnit } from '../text-source';
import { attr, kid, kids, type XmlElement } from '../xml';

/** What the project says, with the texts of its sources resolved. */
export interface Project {
  root: XmlElement;
  /** The text of a source or note by its path (internal://…); null when the archive lacks it. */
  fileText(path: string): string | null;
  /** True when the file is a bare .qde/.qdc (no archive of sources). */
  bare: boolean;
}

interface Reading {
  unit: OffsetUnit;
  /** 1 when the end position is the last character (inclusive), 0 when it is the one after. */
  endShift: number;
  /** Whether names are the selections' text (then one that differs is the quote to place by). */
  namesAreQuotes: boolean;
}

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
const nameMatches = (name: string, text: string | null) => text !== null && (text === name || (Array.from(name).length === 60 && text.startsWith(name)));

interface SourceItem {
  el: XmlElement;
  src: SourceText;
  title: string;
}

function measure(sources: readonly SourceItem[]): Reading {
  const readings: Reading[] = [
    { unit: 'code points', endShift: 0, namesAreQuotes: false },
    { unit: 'code points', endShift: 1, namesAreQuotes: false },
    { unit: 'UTF-16 units', endShift: 0, namesAreQuotes: false },
    { unit: 'UTF-16 units', endShift: 1, namesAreQuotes: false },
  ];
  const scores = readings.map(() => 0);
  let named = 0;
  for (const { el, src } of sources) {
    for (const sel of kids(el, 'PlainTextSelection')) {
      const name = attr(sel, 'name') ?? '';
      const start = Number(attr(sel, 'startPosition'));
      const end = Number(attr(sel, 'endPosition'));
      if (Array.from(name).length < 2 || !Number.isInteger(start) || !Number.isInteger(end)) continue;
      named++;
      readings.forEach((r, i) => {
        if (nameMatches(name, src.read(start, end + r.endShift, r.unit))) scores[i]!++;
      });
    }
  }
  const best = scores.indexOf(Math.max(...scores));
  const pick = scores[0]! > 0 || scores[best] === 0 ? 0 : best;
  return { ...readings[pick]!, namesAreQuotes: named > 0 && scores[pick]! >= 0.8 * named };
}

function users(root: XmlElement): Map<string, string> {
  const out = new Map<string, string>();
  for (const u of kids(kid(root, 'Users') ?? root, 'User')) {
    const guid = attr(u, 'guid');
    if (guid) out.set(guid.toLowerCase(), attr(u, 'name') || attr(u, 'id') || guid);
  }
  return out;
}

/** Codes → tags (by GUID), nested codes under their parent. */
function codes(parent: XmlElement | undefined, vocab: Vocabulary, out: Map<string, { id: string; name: string }>, parentGuid: string | null, depth = 0): void {
  if (!parent || depth > 64) return;
  for (const c of kids(parent, 'Code')) {
    const guid = attr(c, 'guid');
    const name = attr(c, 'name')?.trim();
    if (!guid || !name) throw new InputError(`its code on line ${c.line} has no ${guid ? 'name' : 'GUID'}`);
    const id = vocab.tag(`refi:${guid.toLowerCase()}`, { name, color: attr(c, 'color') ?? null, parentKey: parentGuid ? `refi:${parentGuid.toLowerCase()}` : null, description: kid(c, 'Description')?.text.trim() ?? '' });
    out.set(guid.toLowerCase(), { id, name: name.slice(0, 200) });
    codes(c, vocab, out, guid, depth + 1);
  }
}

/** A project or a codebook as an import brings it. */
export function readProject(origin: string, project: Project, limits: ReadLimits): Incoming {
  const { root } = project;
  const vocab = new Vocabulary();
  const notices: string[] = [];
  const codeBook = root.name.toLowerCase() === 'codebook' ? root : kid(root, 'CodeBook');
  const byGuid = new Map<string, { id: string; name: string }>();
  codes(codeBook ? kid(codeBook, 'Codes') : undefined, vocab, byGuid, null);
  const origin_ = attr(root, 'origin') ?? null;
  const out: Incoming = { ...emptyIncoming(origin, 'refi'), tool: toolName('refi', origin_), notices };
  if (root.name.toLowerCase() === 'codebook') {
    if (!byGuid.size) throw new InputError('its codebook holds no codes');
    return vocab.into(out);
  }
  if (root.name.toLowerCase() !== 'project') throw new InputError(`it is XML, but not a REFI-QDA project or codebook (its root is <${root.name}>)`);
  const ourOwn = /^sourcemark\b/i.test(origin_ ?? '');
  const who = users(root);
  const person = (guid: string | undefined) => (guid ? who.get(guid.toLowerCase()) : undefined) ?? limits.user ?? 'Unknown';
  const notes = new Map<string, string>();
  for (const n of kids(kid(root, 'Notes') ?? root, 'Note')) {
    const path = attr(n, 'plainTextPath');
    const text = kid(n, 'PlainTextContent')?.text ?? (path ? project.fileText(path) : null) ?? kid(n, 'Description')?.text ?? '';
    const guid = attr(n, 'guid');
    if (guid) notes.set(guid.toLowerCase(), [attr(n, 'name'), text.trim()].filter(Boolean).join(': '));
  }

  const sourcesEl = kid(root, 'Sources');
  const items: SourceItem[] = [];
  const skipped: string[] = [];
  for (const el of sourcesEl?.children ?? []) {
    const kind = el.name.toLowerCase();
    const textEl = kind === 'textsource' ? el : kind === 'pdfsource' ? kid(el, 'Representation') : undefined;
    const title = attr(el, 'name') || attr(el, 'guid') || 'Source';
    if (!textEl) {
      skipped.push(`${title} (${el.name.replace(/Source$/, '').toLowerCase()})`);
      continue;
    }
    const path = attr(textEl, 'plainTextPath');
    const raw = kid(textEl, 'PlainTextContent')?.text ?? (path ? project.fileText(path) : null);
    if (raw === null) {
      skipped.push(`${title} (its text${path ? ` ${path}` : ''} is not in ${project.bare ? 'the .qde file; import the .qdpx' : 'the project'})`);
      continue;
    }
    items.push({ el: textEl, src: new SourceText(raw), title });
    if (kids(el, 'Coding').length || kids(textEl, 'Coding').length) notices.push(`“${title}” is coded as a whole; codes of whole documents are not annotations and were left out.`);
  }
  if (skipped.length) notices.push(`${skipped.length} source${skipped.length === 1 ? '' : 's'} left out (not plain text Sourcemark can read): ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ', …' : ''}.`);
  if (!items.length && skipped.length && sourcesEl && sourcesEl.children.some((c) => kids(c, 'PlainTextSelection').length)) {
    throw new InputError(`none of its sources' texts are in it (${skipped[0]})`);
  }
  const unkept = ['Cases', 'Variables', 'Sets', 'Links', 'Graphs'].filter((part) => (kid(root, part)?.children.length ?? 0) > 0);
  if (unkept.length) notices.push(`Its ${unkept.map((p) => p.toLowerCase()).join(', ')} are not something Sourcemark keeps; they were left out.`);
  const reading = measure(items);
  if (reading.unit !== 'code points' || reading.endShift) notices.push(`Its positions were read as ${reading.unit}${reading.endShift ? ', end inclusive' : ''}: that is how its selections read their names.`);

  for (const { el, src, title } of items) {
    if (!src.text.trim()) continue;
    const description = kid(el, 'Description')?.text.trim() ?? '';
    out.documents.push(src.document({ title: title.replace(/\.txt$/i, ''), fileName: title, author: null, location: null, sourceUrl: ourOwn && /^https?:\/\/\S+$/.test(description) ? description : null, published: null, importedAt: foreignDate(attr(el, 'creationDateTime'), `source “${title}”`, limits.now) }));
    for (const sel of kids(el, 'PlainTextSelection')) {
      const guid = attr(sel, 'guid') ?? uuidV5(`refi/${src.id}/${sel.line}`);
      const where = `its selection ${guid} (line ${sel.line})`;
      const name = attr(sel, 'name') ?? '';
      const start = Number(attr(sel, 'startPosition'));
      const end = Number(attr(sel, 'endPosition')) + reading.endShift;
      const quote = reading.namesAreQuotes && Array.from(name).length >= 2 && Array.from(name).length !== 60 ? name : null;
      const placed = src.place(start, end, reading.unit, quote && !nameMatches(name, src.read(start, end, reading.unit)) ? quote : null, where);
      const draft = new FactDraft(vocab);
      const description = (kid(sel, 'Description')?.text ?? '').replace(/^\s*\n|\n\s*$/g, '');
      if (ourOwn) for (const line of description ? description.split('\n') : []) draft.line(line, placed.exact);
      else if (description.trim()) draft.notes.push(description.trim());
      for (const ref of kids(sel, 'NoteRef')) {
        const note = notes.get((attr(ref, 'targetGUID') ?? '').toLowerCase());
        if (note === undefined) throw new InputError(`${where} refers to a note the project does not hold`);
        if (note) draft.notes.push(note);
      }
      const { note, fields } = draft.result();
      const author = person(attr(sel, 'modifyingUser') ?? attr(sel, 'creatingUser'));
      const created = foreignDate(attr(sel, 'creationDateTime'), where, limits.now, 'creationDateTime');
      const modified = foreignDate(attr(sel, 'modifiedDateTime'), where, created, 'modifiedDateTime');
      const codings = kids(sel, 'Coding').map((c) => attr(kid(c, 'CodeRef') ?? c, 'targetGUID') ?? '');
      const tags = codings.length ? codings.map((g) => {
        const code = byGuid.get(g.toLowerCase());
        if (!code) throw new InputError(`${where} is coded with ${g || 'a code'}, which the codebook does not define`);
        return code;
      }) : [{ id: vocab.tag('refi:uncoded', { name: 'Uncoded' }), name: 'Uncoded' }];
      tags.forEach((tag, k) => {
        const id = k === 0 && isUuid(guid) ? guid.toLowerCase() : uuidV5(`refi/${guid}/${tag.id}`);
        const a: IncomingAnnotation = { id, documentRef: src.id, tagId: tag.id, tagName: tag.name, start: placed.start, end: placed.end, exact: placed.exact, prefix: placed.prefix, suffix: placed.suffix, note, fields, author, created, modified };
        out.annotations.push(checked(a, where));
      });
      if (out.annotations.length > limits.annotations) throw new InputError(`it holds more than ${limits.annotations} annotations, the limit`);
    }
  }
  const seen = new Set<string>();
  out.documents = out.documents.filter((d) => !seen.has(d.ref) && seen.add(d.ref));
  return vocab.into(out);
}

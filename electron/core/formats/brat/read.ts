// brat standoff import: an .ann with its .txt (given beside it), or a zip or folder of such
// pairs, with brat's configuration when it is there (names, colours, keys, hierarchy). The
// .txt is the document, read as brat reads it (UTF-8, universal newlines: a CRLF is one
// character), so offsets are code points over it; the document is imported, or matched by the
// SHA-256 of its text. What each line becomes (standoff.ts parses them):
//   T  an annotation of its type; each span's text is checked against the reference text. A
//      discontinuous span whose gaps are only spaces and line breaks (what our export writes
//      for a span across lines) is one annotation over the whole; one with words in its gaps
//      ("North … America") becomes one annotation per fragment, each noting that it is part k
//      of n, so no annotation covers words that were not annotated.
//   A/M "Verdict" (or Rating) → the claim's verdict; any other attribute → a line of the note
//   N  GeoNames → the place (from the gazetteer); Wikidata, Wikipedia and others → the note
//   #  the note; lines with a key ("speaker: …", "value: …") → that fact (see write.ts)
//   R/E a quote related to a person entity (a relation, or an event argument) → its speaker;
//      other relations and events → a line of the first argument's (trigger's) note
//   *  equivalences → a line of each member's note

import { InputError } from '../../input/errors';
import { decodeUtf8 } from '../../input/json';
import { FactDraft } from '../fact-lines';
import { geonamesIdOf } from '../facts-text';
import { checked, Vocabulary } from '../foreign';
import { uuidV5 } from '../ids';
import { emptyIncoming, type Companion, type Incoming, type ReadLimits } from '../incoming';
import { geonamesPlace } from '../places';
import { SourceText } from '../text-source';
import { parseAnn, type Standoff, type TextBound } from './ann';
import { readConfig, type BratConfig } from './config';

export interface BratPair {
  /** The .ann's path (names it in messages). */
  name: string;
  ann: Uint8Array;
  txt: Uint8Array;
}

const isQuote = (type: string, cfg: BratConfig) => /^quot(e|ation)s?$/i.test(cfg.name(type));
const isPerson = (type: string, cfg: BratConfig) => /^(person|per|speaker|people)$/i.test(cfg.name(type));

/** The tag of a type, with its parents as brat's configuration declares them. */
function defineType(type: string, cfg: BratConfig, vocab: Vocabulary, depth = 0): string {
  const parent = depth < 32 ? cfg.parent(type) : null;
  if (parent) defineType(parent, cfg, vocab, depth + 1);
  return vocab.tag(`brat:${type}`, { name: cfg.name(type), color: cfg.color(type), shortcut: cfg.key(type), parentKey: parent ? `brat:${parent}` : null });
}

/** What the lines other than T say about each text-bound annotation. */
function collectFacts(so: Standoff, src: SourceText, cfg: BratConfig, vocab: Vocabulary): Map<string, { t: TextBound; f: FactDraft }> {
  const drafts = new Map([...so.spans.values()].map((t) => [t.id, { t, f: new FactDraft(vocab) }]));
  const text = (id: string): string => {
    const t = so.spans.get(id) ?? so.spans.get(so.events.get(id)?.trigger ?? '');
    return t ? t.frags.map(([s, e]) => src.read(s, e, 'code points') ?? '').join(' ') : id;
  };
  const owner = (id: string) => drafts.get(id) ?? drafts.get(so.events.get(id)?.trigger ?? '');
  for (const a of so.attributes) {
    const d = owner(a.target);
    if (!d) continue;
    if (/^(verdict|rating|factuality|truth)$/i.test(a.name) && a.value && so.spans.has(a.target)) d.f.setVerdict(a.value);
    else d.f.notes.push(a.value ? `${a.name}: ${a.value}` : a.name);
  }
  for (const x of so.normalizations) {
    const d = drafts.get(x.target);
    if (!d) continue;
    const gn = geonamesIdOf(`${x.resource}:${x.entry}`);
    if (gn) d.f.fields.location = geonamesPlace(gn, { name: x.text || text(x.target) });
    else if (/^wikidata$/i.test(x.resource)) d.f.notes.push(`Wikidata: https://www.wikidata.org/wiki/${x.entry}${x.text ? ` (${x.text})` : ''}`);
    else d.f.notes.push(`${x.resource}: ${x.entry}${x.text ? ` (${x.text})` : ''}`);
  }
  for (const note of so.notes) owner(note.target)?.f.line(note.text, text(note.target));
  const speakerOf = (quoteId: string, personId: string) => {
    const d = drafts.get(quoteId);
    if (d) d.f.fields.quote = { speakerId: vocab.person(text(personId)) };
  };
  for (const r of so.relations) {
    const [a, b] = [r.args[0]?.[1] ?? '', r.args[1]?.[1] ?? ''];
    const ta = so.spans.get(a);
    const tb = so.spans.get(b);
    if (ta && tb && isQuote(ta.type, cfg) && isPerson(tb.type, cfg)) speakerOf(a, b);
    else if (ta && tb && isQuote(tb.type, cfg) && isPerson(ta.type, cfg)) speakerOf(b, a);
    else owner(a)?.f.notes.push(`${cfg.name(r.type)}: ${text(b)}`);
  }
  for (const e of so.events.values()) {
    const trigger = so.spans.get(e.trigger)!;
    const person = isQuote(trigger.type, cfg) ? e.args.find(([, id]) => so.spans.has(id) && isPerson(so.spans.get(id)!.type, cfg)) : undefined;
    if (person) speakerOf(e.trigger, person[1]);
    else drafts.get(e.trigger)?.f.notes.push(`${cfg.name(e.type)}: ${e.args.map(([role, id]) => `${role} ${text(id)}`).join(', ')}`);
  }
  for (const q of so.equivalences) for (const id of q.ids) owner(id)?.f.notes.push(`${q.type}: ${q.ids.filter((x) => x !== id).map(text).join(', ')}`);
  return drafts;
}

/** One pair's annotations and document; `vocab` collects tags, verdicts and people across pairs. */
function readPair(pair: BratPair, cfg: BratConfig, vocab: Vocabulary, limits: ReadLimits, out: Incoming, notices: string[]): void {
  const txtName = pair.name.replace(/\.ann$/i, '.txt');
  // brat reads the .txt with universal newlines: its offsets count a CRLF as one character.
  const src = new SourceText(decodeUtf8(pair.txt, txtName).replace(/\r\n?/g, '\n'));
  const so = parseAnn(decodeUtf8(pair.ann, pair.name), pair.name);
  const drafts = collectFacts(so, src, cfg, vocab);
  const docRef = src.id;
  const fileName = txtName.replace(/^.*\//, '');
  if (!src.text.trim()) {
    if (drafts.size) throw new InputError(`${txtName} is empty, so the annotations of ${pair.name} have nothing to point at`);
    notices.push(`${txtName} is empty and was left out.`);
    return;
  }
  out.documents.push(src.document({ title: fileName.replace(/\.txt$/i, ''), fileName, author: null, location: null, sourceUrl: null, published: null, importedAt: limits.now }));
  let split = 0;
  for (const { t, f } of drafts.values()) {
    const where = `${pair.name}, line ${t.line}`;
    const { note, fields } = f.result();
    const base = { tagId: defineType(t.type, cfg, vocab), tagName: cfg.name(t.type), fields, author: limits.user ?? 'Unknown', created: limits.now, modified: limits.now, documentRef: docRef };
    const first = t.frags[0]!;
    const last = t.frags[t.frags.length - 1]!;
    const id = uuidV5(`brat/${docRef}/${t.id}`);
    if (t.frags.length === 1) {
      const p = src.place(first[0], first[1], 'code points', t.text, where);
      out.annotations.push(checked({ ...base, id, start: p.start, end: p.end, exact: p.exact, prefix: p.prefix, suffix: p.suffix, note }, where));
      continue;
    }
    const pieces = t.frags.map(([s, e]) => src.place(s, e, 'code points', null, where));
    const joined = pieces.map((p) => p.exact).join(' ');
    const ordered = t.frags.every(([s, e], k) => s < e && (k === 0 || s >= t.frags[k - 1]![1]));
    const blankGaps = ordered && t.frags.every((g, k) => k === 0 || /^\s*$/.test(src.read(t.frags[k - 1]![1], g[0], 'code points') ?? ''));
    if ((t.text !== null && t.text !== joined) || blankGaps) {
      // The fragments do not read the reference text: it is placed by that text (or listed
      // as unanchored). Fragments apart only by spaces and line breaks: one span over them.
      const whole = src.place(first[0], last[1], 'code points', null, where);
      const q = t.text !== null && t.text !== joined ? { exact: t.text, prefix: '', suffix: '' } : whole;
      out.annotations.push(checked({ ...base, id, start: whole.start, end: whole.end, exact: q.exact, prefix: q.prefix, suffix: q.suffix, note }, where));
      continue;
    }
    split++;
    pieces.forEach((p, k) => {
      const part = `Part ${k + 1} of ${pieces.length} of a discontinuous brat annotation (${t.id}: “${joined}”)`;
      out.annotations.push(checked({ ...base, id: uuidV5(`brat/${docRef}/${t.id}/${k}`), start: p.start, end: p.end, exact: p.exact, prefix: p.prefix, suffix: p.suffix, note: note ? `${part}\n${note}` : part }, where));
    });
  }
  if (split) notices.push(`${pair.name}: ${split} discontinuous annotation${split === 1 ? '' : 's'} with words between the fragments ${split === 1 ? 'was' : 'were'} split into one annotation per fragment.`);
}

/** Pairs of one import: a zip's or folder's, or an .ann with the .txt given beside it. */
export function readBratPairs(origin: string, pairs: readonly BratPair[], configFiles: readonly Companion[], limits: ReadLimits): Incoming {
  const cfg = readConfig(configFiles);
  const vocab = new Vocabulary();
  const notices: string[] = [];
  const out: Incoming = { ...emptyIncoming(origin, 'brat'), tool: 'brat', notices };
  for (const pair of pairs) {
    readPair(pair, cfg, vocab, limits, out, notices);
    if (out.annotations.length > limits.annotations) throw new InputError(`it holds more than ${limits.annotations} annotations, the limit`);
  }
  const seen = new Set<string>();
  out.documents = out.documents.filter((d) => !seen.has(d.ref) && seen.add(d.ref));
  return vocab.into(out);
}

// Everything an import can bring, in one shape, whatever file it came from: a Sourcemark
// exchange package, another study file, or W3C Web Annotation JSON-LD (ours or another
// tool's, such as Hypothesis). Readers check what they read and refuse a malformed file
// with the reason; they never touch the study.

import { z } from 'zod';
import { Author, firstIssue, ForeignDateTime, LIMITS, Note } from '../domain/entities';
import { AnnotationFieldsSchema } from '../fields';
import { uuidV5 } from '../formats/ids';
import { readPackage, type ExchangePackage, type PackageDocument } from '../formats/package';
import { InputError } from '../input/errors';
import { DEFAULT_JSON_LIMITS, parseJsonBytes } from '../input/json';
import { nodeIsolate } from '../isolation/node-isolate';
import { BudgetExceeded, type Isolate } from '../isolation/protocol';
import type { Block } from '../text/model';
import type { Annotation, Person } from '../types';

export interface IncomingDocument {
  /** How annotations refer to it: the text's SHA-256, or a web address (W3C targets). */
  ref: string;
  /** Known when the file carries the text (packages, studies). */
  text: string | null;
  blocks: Block[] | null;
  meta: Omit<PackageDocument, 'id' | 'text' | 'blocks'> | null;
}

/** An annotation as the file gives it: its document by reference, its tag by id and name, its place maybe unknown. */
export type IncomingAnnotation = Omit<Annotation, 'documentId' | 'tag' | 'start' | 'end'> & {
  documentRef: string;
  /** The tag by id when the file knows ours, and by name always. */
  tagId: string | null;
  tagName: string;
  start: number | null;
  end: number | null;
};

/** The vocabulary and history travel as a package holds them; documents and annotations by reference. */
export type Incoming = Pick<ExchangePackage, 'tags' | 'verdicts' | 'people' | 'tombstones' | 'contributors' | 'changes'> & {
  origin: string;
  kind: 'package' | 'study' | 'w3c';
  documents: IncomingDocument[];
  annotations: IncomingAnnotation[];
};

export const MAX_JSON_BYTES = DEFAULT_JSON_LIMITS.bytes;
export const MAX_ANNOTATIONS = 1_000_000;

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** Which reader a file needs, from its first bytes (not its name). */
export function sniff(bytes: Uint8Array): Incoming['kind'] | null {
  if (bytes.length >= 16 && Buffer.from(bytes.subarray(0, 16)).toString('latin1') === SQLITE_MAGIC) return 'study';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'package';
  const head = Buffer.from(bytes.subarray(0, 64)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'w3c';
  return null;
}

export interface ReadOptions {
  jsonBytes?: number;
  annotations?: number;
  /** Where another study is read (a child process by default). */
  isolate?: Isolate;
  /** The time a study source may take to read, in ms (default: 30 s + 1 s per MB). */
  budgetMs?: number;
  /** Now, for refusing dates in the future. */
  now?: string;
}

let defaultIsolate: Isolate | undefined;

export async function readIncoming(origin: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<Incoming> {
  const now = options.now ?? new Date().toISOString();
  let incoming: Incoming;
  switch (sniff(bytes)) {
    case 'package':
      incoming = fromPackage(origin, bytes);
      break;
    case 'study':
      incoming = await fromStudy(origin, bytes, options);
      break;
    case 'w3c':
      incoming = fromW3C(origin, bytes, options.jsonBytes ?? MAX_JSON_BYTES, options.annotations ?? MAX_ANNOTATIONS, now);
      break;
    default:
      throw new InputError('it is not a Sourcemark package, a study file or W3C Web Annotation JSON');
  }
  checkDates(incoming, now);
  return incoming;
}

/** A date more than a day ahead of this machine's clock would win every conflict: refused. */
function checkDates(incoming: Incoming, now: string): void {
  const limit = new Date(Date.parse(now) + 86_400_000).toISOString();
  const late = (d: string) => d > limit;
  const a = incoming.annotations.find((x) => late(x.created) || late(x.modified));
  if (a) throw new InputError(`annotation ${a.id} is dated in the future (${late(a.modified) ? a.modified : a.created})`);
  const t = incoming.tombstones.find((x) => late(x.deleted));
  if (t) throw new InputError(`the deletion of ${t.id} is dated in the future (${t.deleted})`);
  const c = incoming.changes.find((x) => late(x.at));
  if (c) throw new InputError(`a change to ${c.annotationId} is dated in the future (${c.at})`);
}

function fromPackage(origin: string, bytes: Uint8Array): Incoming {
  const pkg = readPackage(bytes);
  const tagNames = new Map(pkg.tags.map((t) => [t.id, t.name]));
  return {
    origin,
    kind: 'package',
    documents: pkg.documents.map((d) => ({ ref: d.id, text: d.text, blocks: d.blocks, meta: { title: d.title, fileName: d.fileName, format: d.format, author: d.author, location: d.location, sourceUrl: d.sourceUrl, published: d.published, importedAt: d.importedAt } })),
    annotations: pkg.annotations.map((a) => ({ ...a, documentRef: a.documentId, tagId: a.tag, tagName: tagNames.get(a.tag) ?? a.tag })),
    tags: pkg.tags,
    verdicts: pkg.verdicts,
    people: pkg.people,
    tombstones: pkg.tombstones,
    contributors: pkg.contributors,
    changes: pkg.changes,
  };
}

/** Another study, read in a child process with a time budget: no file can hang the app. */
async function fromStudy(origin: string, bytes: Uint8Array, options: ReadOptions): Promise<Incoming> {
  const isolate = options.isolate ?? (defaultIsolate ??= nodeIsolate());
  const budget = options.budgetMs ?? 30_000 + Math.ceil(bytes.length / 1048576) * 1000;
  let reply;
  try {
    reply = await isolate({ task: 'readStudy', input: { origin, bytes } }, budget);
  } catch (e) {
    if (e instanceof BudgetExceeded) throw new InputError(`reading it took longer than ${budget < 1000 ? `${budget} ms` : `${Math.round(budget / 1000)} s`}, so it was stopped (a study built to hang Sourcemark looks like this)`);
    throw e;
  }
  if (!reply.ok) {
    if (reply.input) throw new InputError(reply.message);
    throw new Error(reply.message);
  }
  return reply.value as Incoming;
}

// ---- W3C Web Annotation (and Hypothesis) ----------------------------------------------

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The annotations of a collection, a page, a list, a single annotation or a Hypothesis export. */
function annotationItems(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc.flatMap(annotationItems);
  if (!isObj(doc)) return [];
  if (Array.isArray(doc.annotations)) return doc.annotations; // Hypothesis export
  if (Array.isArray(doc.rows)) return doc.rows; // Hypothesis search API
  const type = list(doc.type).map(String);
  if (type.includes('AnnotationCollection')) return annotationItems(doc.first).concat(Array.isArray(doc.items) ? doc.items : []);
  if (type.includes('AnnotationPage')) return list(doc.items).concat(isObj(doc.next) ? annotationItems(doc.next) : []);
  if (type.includes('Annotation') || 'target' in doc) return [doc];
  return [];
}

function stableId(raw: string | null, fallback: string): string {
  const m = raw && /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(raw);
  return m ? m[1]!.toLowerCase() : uuidV5(`w3c/${raw ?? fallback}`);
}

function authorOf(a: Json): string {
  const c = list(a.creator)[0] ?? a.user;
  if (typeof c === 'string') return c.replace(/^acct:/, '').replace(/@hypothes\.is$/, '');
  if (isObj(c)) return str(c.name) ?? str(c.nickname) ?? str(c.id) ?? 'Unknown';
  return 'Unknown';
}

/** The limits every annotation from a file meets, the same as the API's. */
const ForeignFacts = z.object({
  tagName: z.string().min(1).max(LIMITS.name),
  exact: z.string().max(LIMITS.quote),
  prefix: z.string().max(LIMITS.context),
  suffix: z.string().max(LIMITS.context),
  note: Note,
  author: Author,
  created: ForeignDateTime,
  modified: ForeignDateTime,
});

function checked(a: IncomingAnnotation, n: number): IncomingAnnotation {
  const r = ForeignFacts.safeParse(a);
  if (!r.success) throw new InputError(`annotation ${n + 1} cannot be used (${firstIssue(r.error)})`);
  return { ...a, created: r.data.created, modified: r.data.modified };
}

function fromW3C(origin: string, bytes: Uint8Array, jsonBytes: number, maxAnnotations: number, now: string): Incoming {
  const parsed = parseJsonBytes(bytes, 'it', { ...DEFAULT_JSON_LIMITS, bytes: jsonBytes });
  const items = annotationItems(parsed);
  if (!items.length) throw new InputError('it holds no Web Annotations');
  if (items.length > maxAnnotations) throw new InputError(`it holds ${items.length} annotations; the limit is ${maxAnnotations}`);
  const documents = new Map<string, IncomingDocument>();
  const people = new Map<string, Person>();
  const annotations = items.map((item, n): IncomingAnnotation => {
    if (!isObj(item)) throw new InputError(`item ${n + 1} is not an annotation object`);
    const target = list(item.target).find((t) => isObj(t) || typeof t === 'string');
    if (!target) throw new InputError(`annotation ${n + 1} has no target`);
    const src = typeof target === 'string' ? target : (target.source ?? item.uri);
    const ref = typeof src === 'string' ? src : isObj(src) ? (str(src.id) ?? str(src.via)) : null;
    if (!ref) throw new InputError(`annotation ${n + 1} does not say which document it is about`);
    const docRef = ref.replace(/^urn:sha256:/, '');
    if (!documents.has(docRef)) {
      const title = isObj(src) ? str(src.title) : isObj(item.document) ? str(list(item.document.title)[0]) : null;
      const via = isObj(src) ? str(src.via) : null;
      documents.set(docRef, { ref: docRef, text: null, blocks: null, meta: title || via ? { title: title ?? docRef, fileName: '', format: 'markdown', author: null, location: null, sourceUrl: via ?? (/^https?:/.test(ref) ? ref : null), published: null, importedAt: now } : null });
    }
    const selectors = isObj(target) ? list(target.selector) : [];
    const quote = selectors.find((s) => isObj(s) && s.type === 'TextQuoteSelector') as Json | undefined;
    const pos = selectors.find((s) => isObj(s) && s.type === 'TextPositionSelector') as Json | undefined;
    if (!quote && !pos) throw new InputError(`annotation ${n + 1} has neither a TextQuoteSelector nor a TextPositionSelector`);
    const start = pos && Number.isInteger(pos.start) ? (pos.start as number) : null;
    const end = pos && Number.isInteger(pos.end) ? (pos.end as number) : null;
    if (start !== null && end !== null && (start < 0 || end <= start)) throw new InputError(`annotation ${n + 1} has an impossible position ${start}–${end}`);

    const bodies = list(item.body).concat(typeof item.bodyValue === 'string' ? [{ type: 'TextualBody', value: item.bodyValue }] : []);
    const tagging = bodies.filter(isObj).find((b) => list(b.purpose).includes('tagging'));
    const hypothesisTags = list(item.tags).map(String);
    // The comment: a commenting body, or (Hypothesis) a textual body with no purpose.
    const notes = bodies.filter(isObj).filter((b) => b.type === 'TextualBody' && str(b.value) && (list(b.purpose).includes('commenting') || b.purpose === undefined));
    const facts = isObj(item['sm:facts']) ? item['sm:facts'] : null;
    const fields = facts ? AnnotationFieldsSchema.safeParse(facts.fields) : null;
    if (facts && isObj(facts.speaker)) {
      const p = facts.speaker;
      if (str(p.id) && str(p.name)) people.set(str(p.id)!, { id: str(p.id)!, name: str(p.name)!, role: str(p.role) ?? '' });
    }
    const tagName = (facts ? str(facts.tagName) : null) ?? str(tagging?.value) ?? hypothesisTags[0] ?? 'Comment';
    return checked({
      id: stableId(str(item.id), `${origin}/${n}`),
      documentRef: docRef,
      tagId: facts ? str(facts.tag) : null,
      tagName,
      start,
      end,
      exact: quote ? (str(quote.exact) ?? '') : '',
      prefix: quote ? (str(quote.prefix) ?? '') : '',
      suffix: quote ? (str(quote.suffix) ?? '') : '',
      note: notes.map((b) => str(b.value)).join('\n\n') || (typeof item.text === 'string' ? item.text : ''),
      fields: fields?.success ? fields.data : {},
      author: authorOf(item),
      created: str(item.created) ?? now,
      modified: str(item.modified) ?? str(item.updated) ?? str(item.created) ?? now,
    }, n);
  });
  return { origin, kind: 'w3c', documents: [...documents.values()], annotations, tags: [], verdicts: [], people: [...people.values()], tombstones: [], contributors: [], changes: [] };
}

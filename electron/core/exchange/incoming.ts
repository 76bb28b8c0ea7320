// Everything an import can bring, in one shape, whatever file it came from: a Sourcemark
// exchange package, another study file, or W3C Web Annotation JSON-LD (ours or another
// tool's, such as Hypothesis). Readers check what they read and refuse a malformed file
// with the reason; they never touch the study.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AnnotationFieldsSchema } from '../fields';
import { uuidV5 } from '../formats/ids';
import { PackageError, readPackage, type ExchangePackage, type PackageDocument } from '../formats/package';
import { Study } from '../store/study';
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

export class ImportError extends Error {}

export const MAX_JSON_BYTES = 200 * 1024 * 1024;
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

export interface Limits {
  jsonBytes: number;
  annotations: number;
}
const LIMITS: Limits = { jsonBytes: MAX_JSON_BYTES, annotations: MAX_ANNOTATIONS };

export function readIncoming(origin: string, bytes: Uint8Array, limits: Limits = LIMITS): Incoming {
  switch (sniff(bytes)) {
    case 'package':
      return fromPackage(origin, bytes);
    case 'study':
      return fromStudyBytes(origin, bytes);
    case 'w3c':
      return fromW3C(origin, bytes, limits);
    default:
      throw new ImportError('it is not a Sourcemark package, a study file or W3C Web Annotation JSON');
  }
}

function fromPackage(origin: string, bytes: Uint8Array): Incoming {
  let pkg;
  try {
    pkg = readPackage(bytes);
  } catch (e) {
    if (e instanceof PackageError) throw new ImportError(e.message);
    throw e;
  }
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

/** Read another study without changing it: a copy is opened (and upgraded if older). */
function fromStudyBytes(origin: string, bytes: Uint8Array): Incoming {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcemark-import-'));
  const copy = path.join(dir, 'incoming.sourcemark');
  fs.writeFileSync(copy, bytes);
  let study: Study | undefined;
  try {
    try {
      study = Study.open(copy);
    } catch (e) {
      throw new ImportError((e as Error).message.replace(/“incoming\.sourcemark”/, `“${origin}”`));
    }
    const docs = study.documents.list();
    const tagNames = new Map(study.tags.list().map((t) => [t.id, t.name]));
    const s = study;
    return {
      origin,
      kind: 'study',
      documents: docs.map((d) => {
        const content = s.documents.content(d.id)!;
        return { ref: d.id, text: content.text, blocks: content.blocks, meta: { title: d.title, fileName: d.fileName, format: d.format, author: d.author, location: d.location, sourceUrl: d.sourceUrl, published: d.published, importedAt: d.importedAt } };
      }),
      annotations: study.annotations.listAll().map((a) => ({ ...a, documentRef: a.documentId, tagId: a.tag, tagName: tagNames.get(a.tag) ?? a.tag })),
      tags: study.tags.list(),
      verdicts: study.verdicts.list(),
      people: study.people.list(),
      tombstones: study.annotations.tombstones(),
      contributors: study.exchange.contributors().map(({ annotations: _n, ...c }) => c),
      changes: study.exchange.changes(),
    };
  } finally {
    study?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
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

function fromW3C(origin: string, bytes: Uint8Array, limits: Limits): Incoming {
  if (bytes.length > limits.jsonBytes) throw new ImportError(`it is larger than ${(limits.jsonBytes / 1048576).toFixed(0)} MB, too large to import`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ImportError(`it is not valid JSON (${(e as Error).message})`);
  }
  const items = annotationItems(parsed);
  if (!items.length) throw new ImportError('it holds no Web Annotations');
  if (items.length > limits.annotations) throw new ImportError(`it holds ${items.length} annotations; the limit is ${limits.annotations}`);
  const documents = new Map<string, IncomingDocument>();
  const people = new Map<string, Person>();
  const now = new Date().toISOString();
  const annotations = items.map((item, n): IncomingAnnotation => {
    if (!isObj(item)) throw new ImportError(`item ${n + 1} is not an annotation object`);
    const target = list(item.target).find((t) => isObj(t) || typeof t === 'string');
    if (!target) throw new ImportError(`annotation ${n + 1} has no target`);
    const src = typeof target === 'string' ? target : (target.source ?? item.uri);
    const ref = typeof src === 'string' ? src : isObj(src) ? (str(src.id) ?? str(src.via)) : null;
    if (!ref) throw new ImportError(`annotation ${n + 1} does not say which document it is about`);
    const docRef = ref.replace(/^urn:sha256:/, '');
    if (!documents.has(docRef)) {
      const title = isObj(src) ? str(src.title) : isObj(item.document) ? str(list(item.document.title)[0]) : null;
      const via = isObj(src) ? str(src.via) : null;
      documents.set(docRef, { ref: docRef, text: null, blocks: null, meta: title || via ? { title: title ?? docRef, fileName: '', format: 'markdown', author: null, location: null, sourceUrl: via ?? (/^https?:/.test(ref) ? ref : null), published: null, importedAt: now } : null });
    }
    const selectors = isObj(target) ? list(target.selector) : [];
    const quote = selectors.find((s) => isObj(s) && s.type === 'TextQuoteSelector') as Json | undefined;
    const pos = selectors.find((s) => isObj(s) && s.type === 'TextPositionSelector') as Json | undefined;
    if (!quote && !pos) throw new ImportError(`annotation ${n + 1} has neither a TextQuoteSelector nor a TextPositionSelector`);
    const start = pos && Number.isInteger(pos.start) ? (pos.start as number) : null;
    const end = pos && Number.isInteger(pos.end) ? (pos.end as number) : null;
    if (start !== null && end !== null && (start < 0 || end <= start)) throw new ImportError(`annotation ${n + 1} has an impossible position ${start}–${end}`);

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
    return {
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
    };
  });
  return { origin, kind: 'w3c', documents: [...documents.values()], annotations, tags: [], verdicts: [], people: [...people.values()], tombstones: [], contributors: [], changes: [] };
}

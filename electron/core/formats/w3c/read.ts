// W3C Web Annotation JSON-LD from any tool (and Hypothesis exports): collections, pages,
// lists and single annotations. A file's annotations are checked against the same field
// limits as the API's; its documents are known by reference (urn:sha256 or a web address).

import { z } from 'zod';
import { Author, firstIssue, ForeignDateTime, LIMITS, Note } from '../../domain/entities';
import { AnnotationFieldsSchema } from '../../domain/fields';
import type { Person } from '../../domain/types';
import { InputError } from '../../input/errors';
import { DEFAULT_JSON_LIMITS, parseJsonBytes } from '../../input/json';
import { uuidV5 } from '../ids';
import type { Incoming, IncomingAnnotation, IncomingDocument, ReadLimits } from '../incoming';

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

export function readW3C(origin: string, bytes: Uint8Array, { jsonBytes, annotations: maxAnnotations, now }: ReadLimits): Incoming {
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

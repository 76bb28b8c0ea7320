// W3C Web Annotation JSON-LD from any tool (and Hypothesis exports): collections, pages,
// lists and single annotations. Facts come from the bodies by purpose (bodies.ts), so a file
// without Sourcemark's private `sm:` keys keeps its verdicts, places, sources, speakers and
// figure readings; our own files add `sm:facts` for a lossless copy and `sm:tags` for the
// tags' colours, keys and parents. An annotation with several targets, or several tags, is
// one annotation per target and tag. Offsets (TextPositionSelector) count code points; the
// quote (TextQuoteSelector) is always checked against the text when the import places it;
// either selector alone is enough; other selectors (the page FragmentSelector our exports add
// for PDFs) are read past. Documents are known by reference (urn:sha256 or address).

import { z } from 'zod';
import { TagSchema } from '../../domain/entities';
import type { AnnotationFields } from '../../domain/fields';
import { safeParseFields } from '../../domain/quick-check';
import { tagKind } from '../../domain/kinds';
import type { Tag } from '../../domain/types';
import { InputError } from '../../input/errors';
import { checked, foreignDate, toolName, Vocabulary } from '../foreign';
import { uuidV5 } from '../ids';
import type { Incoming, IncomingAnnotation, IncomingDocument, ReadLimits } from '../incoming';
import { jsonOf } from '../json-file';
import { isObj, list, readBodies, str } from './bodies';

type Json = Record<string, unknown>;

/** The annotations of a collection, a page, a list, a single annotation or a Hypothesis export. */
export function annotationItems(doc: unknown): unknown[] {
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

function authorOf(a: Json, fallback: string): string {
  const c = list(a.creator)[0] ?? a.user;
  if (typeof c === 'string') return c.replace(/^acct:/, '').replace(/@hypothes\.is$/, '');
  if (isObj(c)) return str(c.name) ?? str(c.nickname) ?? str(c.id) ?? fallback;
  return fallback;
}

/** Our own collection's tags (colours, keys, parents, descriptions), checked like a package's. */
function ownTags(doc: unknown): Tag[] {
  if (!isObj(doc) || !Array.isArray(doc['sm:tags'])) return [];
  const r = z.array(TagSchema).max(10_000).safeParse(doc['sm:tags']);
  return r.success ? r.data : [];
}

function toolOf(doc: unknown): string {
  if (isObj(doc) && (Array.isArray(doc.rows) || Array.isArray(doc.annotations))) return 'hypothesis';
  const gen = isObj(doc) ? list(doc.generator)[0] : undefined;
  return toolName('w3c', typeof gen === 'string' ? gen : isObj(gen) ? str(gen.name) : null);
}

interface Target {
  ref: string;
  title: string | null;
  via: string | null;
  start: number | null;
  end: number | null;
  exact: string;
  prefix: string;
  suffix: string;
}

function readTarget(t: unknown, item: Json, where: string): Target {
  const src = typeof t === 'string' ? t : isObj(t) ? (t.source ?? item.uri) : null;
  const ref = typeof src === 'string' ? src : isObj(src) ? (str(src.id) ?? str(src.via)) : null;
  if (!ref) throw new InputError(`${where} does not say which document it is about`);
  const selectors = isObj(t) ? list(t.selector) : [];
  const quote = selectors.find((s) => isObj(s) && s.type === 'TextQuoteSelector') as Json | undefined;
  const pos = selectors.find((s) => isObj(s) && s.type === 'TextPositionSelector') as Json | undefined;
  if (!quote && !pos) throw new InputError(`${where} has neither a TextQuoteSelector nor a TextPositionSelector`);
  const start = pos && Number.isInteger(pos.start) ? (pos.start as number) : null;
  const end = pos && Number.isInteger(pos.end) ? (pos.end as number) : null;
  if (start !== null && end !== null && (start < 0 || end <= start)) throw new InputError(`${where} has an impossible position ${start}–${end}`);
  const title = isObj(src) ? str(src.title) : isObj(item.document) ? str(list(item.document.title)[0]) : null;
  return {
    ref: ref.replace(/^urn:sha256:/, ''),
    title,
    via: isObj(src) ? str(src.via) : /^https?:/.test(ref) ? ref : null,
    start,
    end,
    exact: quote ? (str(quote.exact) ?? '') : '',
    prefix: quote ? (str(quote.prefix) ?? '') : '',
    suffix: quote ? (str(quote.suffix) ?? '') : '',
  };
}

export function readW3C(origin: string, bytes: Uint8Array, { jsonBytes, annotations: maxAnnotations, now, user }: ReadLimits): Incoming {
  const parsed = jsonOf(bytes, jsonBytes);
  const items = annotationItems(parsed);
  if (!items.length) throw new InputError('it holds no Web Annotations');
  if (items.length > maxAnnotations) throw new InputError(`it holds ${items.length} annotations; the limit is ${maxAnnotations}`);
  const tags = ownTags(parsed);
  const isFigure = (name: string) => name.toLowerCase() === 'figure' || tagKind(tags.find((t) => t.name.toLowerCase() === name.toLowerCase())?.id ?? '', tags) === 'figure';
  const vocab = new Vocabulary();
  const documents = new Map<string, IncomingDocument>();
  const annotations: IncomingAnnotation[] = [];
  items.forEach((item, n) => {
    const where = `annotation ${n + 1}`;
    if (!isObj(item)) throw new InputError(`item ${n + 1} is not an annotation object`);
    const targets = list(item.target).filter((t) => isObj(t) || typeof t === 'string');
    if (!targets.length) throw new InputError(`${where} has no target`);
    const read = targets.map((t, k) => readTarget(t, item, targets.length > 1 ? `${where} (target ${k + 1})` : where));
    for (const t of read) {
      if (documents.has(t.ref)) continue;
      documents.set(t.ref, { ref: t.ref, text: null, blocks: null, meta: t.title || t.via ? { title: t.title ?? t.ref, fileName: '', format: 'markdown', author: null, location: null, sourceUrl: t.via, published: null, importedAt: now } : null });
    }
    const bodies = list(item.body).concat(typeof item.bodyValue === 'string' ? [{ type: 'TextualBody', value: item.bodyValue }] : []);
    const said = readBodies(bodies, item.motivation, vocab, read[0]!.exact, isFigure);
    const facts = isObj(item['sm:facts']) ? item['sm:facts'] : null;
    let fields: AnnotationFields = said.fields;
    if (facts) {
      const own = safeParseFields(facts.fields);
      if (own.success) fields = { ...own.data, ...(own.data.claim && said.fields.claim ? { claim: { ...own.data.claim, verdict: said.fields.claim.verdict } } : {}) };
      if (isObj(facts.speaker) && str(facts.speaker.name) && fields.quote) {
        fields = { ...fields, quote: { speakerId: vocab.person(str(facts.speaker.name)!, str(facts.speaker.role) ?? '') } };
      }
    }
    const names = facts && str(facts.tagName) ? [str(facts.tagName)!] : said.tags.length ? said.tags : list(item.tags).map(String).filter(Boolean);
    const tagNames = names.length ? names : ['Comment'];
    const id = stableId(str(item.id), `${origin}/${n}`);
    const base = {
      note: said.note || (typeof item.text === 'string' ? item.text : ''),
      fields,
      author: authorOf(item, user ?? 'Unknown'),
      created: foreignDate(item.created, where, now, 'created'),
      modified: foreignDate(item.modified ?? item.updated ?? item.created, where, now, 'modified'),
    };
    read.forEach((t, k) => {
      tagNames.forEach((tagName, j) => {
        annotations.push(
          checked(
            {
              ...base,
              id: k === 0 && j === 0 ? id : uuidV5(`${id}#${k}/${j}`),
              documentRef: t.ref,
              tagId: facts && str(facts.tag) ? str(facts.tag) : null,
              tagName,
              start: t.start,
              end: t.end,
              exact: t.exact,
              prefix: t.prefix,
              suffix: t.suffix,
            },
            where,
          ),
        );
      });
    });
  });
  if (annotations.length > maxAnnotations) throw new InputError(`it holds ${annotations.length} annotations; the limit is ${maxAnnotations}`);
  const incoming: Incoming = { origin, kind: 'w3c', tool: toolOf(parsed), documents: [...documents.values()], annotations, tags, verdicts: [], people: [], tombstones: [], contributors: [], changes: [] };
  const filled = vocab.into(incoming);
  return { ...filled, tags };
}

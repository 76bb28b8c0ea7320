// Merging imported work into a study, in one transaction, losing nothing:
// - documents match by content hash; a document whose text differs (a corrected version,
//   matched by its source address or title) receives the annotations re-anchored by quote
// - annotations match by id; the same span, tag and facts under another id is a duplicate;
//   an annotation changed on both sides keeps the newer version and records a conflict;
//   deletions travel as tombstones; what cannot be placed is kept as unanchored
// - tags, verdicts and people match by id, then by name; new ones are added
// A dry run does all of it and rolls back, so the preview is exactly what an import does.

import { anchor, quoteAt } from '../anchoring/anchor';
import type { AnnotationFields } from '../fields';
import { TAG_PALETTE } from '../ops/tagset';
import type { Study } from '../store/study';
import { sha256Hex } from '../text/article';
import { CodePointIndex } from '../text/codepoints';
import { canonicalText } from '../text/model';
import type { Annotation, Conflict } from '../types';
import { ImportError, type Incoming, type IncomingAnnotation, type IncomingDocument } from './incoming';

export interface ImportSummary {
  origin: string;
  kind: Incoming['kind'];
  documents: { added: string[]; matched: number; reanchored: string[] };
  annotations: {
    added: number;
    changed: number;
    unchanged: number;
    duplicates: number;
    conflicts: number;
    deleted: number;
    deletedHere: number;
    unanchored: number;
    reanchored: number;
  };
  tags: string[];
  verdicts: string[];
  people: string[];
}

class DryRun extends Error {
  constructor(readonly summary: ImportSummary) {
    super('dry run');
  }
}

const sameContent = (a: Annotation, b: Annotation) =>
  a.tag === b.tag && a.start === b.start && a.end === b.end && a.note === b.note && JSON.stringify(a.fields) === JSON.stringify(b.fields);

export function mergeInto(study: Study, incoming: Incoming, opts: { now: string; dryRun: boolean }): ImportSummary {
  try {
    return study.write(() => {
      const summary = merge(study, incoming, opts.now);
      if (opts.dryRun) throw new DryRun(summary);
      return summary;
    });
  } catch (e) {
    if (e instanceof DryRun) return e.summary;
    throw e;
  }
}

function merge(study: Study, incoming: Incoming, now: string): ImportSummary {
  const summary: ImportSummary = {
    origin: incoming.origin,
    kind: incoming.kind,
    documents: { added: [], matched: 0, reanchored: [] },
    annotations: { added: 0, changed: 0, unchanged: 0, duplicates: 0, conflicts: 0, deleted: 0, deletedHere: 0, unanchored: 0, reanchored: 0 },
    tags: [],
    verdicts: [],
    people: [],
  };

  // ---- documents ----------------------------------------------------------------------
  const local = study.documents.list();
  /** incoming ref → local document id, and whether positions still hold there. */
  const docMap = new Map<string, { id: string; sameText: boolean }>();
  const unknown: string[] = [];
  const findEdited = (d: IncomingDocument) =>
    local.find((l) => (d.meta?.sourceUrl && l.sourceUrl === d.meta.sourceUrl) || (d.meta && d.meta.fileName && l.title === d.meta.title && l.fileName === d.meta.fileName)) ??
    (/^https?:/.test(d.ref) ? local.find((l) => l.sourceUrl === d.ref) : undefined);
  for (const d of incoming.documents) {
    if (d.text !== null) {
      if (sha256Hex(d.text) !== d.ref) throw new ImportError(`the text of “${d.meta?.title ?? d.ref}” does not match its identity (the file was changed by hand)`);
      if (d.blocks && canonicalText(d.blocks) !== d.text) throw new ImportError(`the structure of “${d.meta?.title ?? d.ref}” does not match its text`);
    }
    if (study.documents.exists(d.ref)) {
      docMap.set(d.ref, { id: d.ref, sameText: true });
      summary.documents.matched++;
      continue;
    }
    const edited = findEdited(d);
    if (edited) {
      docMap.set(d.ref, { id: edited.id, sameText: false });
      summary.documents.reanchored.push(edited.title);
      continue;
    }
    if (d.text !== null && d.meta) {
      study.documents.insert(
        { id: d.ref, fileName: d.meta.fileName, format: d.meta.format, encoding: 'utf-8', metadata: { title: d.meta.title, ...(d.meta.author ? { author: d.meta.author } : {}), ...(d.meta.location ? { location: d.meta.location } : {}), ...(d.meta.sourceUrl ? { sourceUrl: d.meta.sourceUrl } : {}), ...(d.meta.published ? { published: d.meta.published } : {}) }, blocks: d.blocks ?? [], text: d.text, length: new CodePointIndex(d.text).length },
        d.meta.importedAt,
      );
      docMap.set(d.ref, { id: d.ref, sameText: true });
      summary.documents.added.push(d.meta.title);
      continue;
    }
    unknown.push(d.meta?.title && d.meta.title !== d.ref ? `“${d.meta.title}” (${d.ref})` : d.ref);
  }
  if (unknown.length) {
    throw new ImportError(`it annotates ${unknown.length === 1 ? 'a document' : `${unknown.length} documents`} not in this study: ${unknown.slice(0, 3).join(', ')}${unknown.length > 3 ? ', …' : ''}. Import the article${unknown.length === 1 ? '' : 's'} first`);
  }

  // ---- vocabulary -------------------------------------------------------------------
  const tagMap = new Map<string, string>();
  const localTags = () => study.tags.list();
  const tagFor = (id: string | null, name: string, source?: { color: string; description: string }): string => {
    const key = id ?? `name:${name.toLowerCase()}`;
    const known = tagMap.get(key);
    if (known) return known;
    const tags = localTags();
    const hit = (id && tags.find((t) => t.id === id)) || tags.find((t) => t.name.toLowerCase() === name.toLowerCase());
    let resolved = hit?.id;
    if (!resolved) {
      const used = new Set(tags.map((t) => t.color.toUpperCase()));
      const color = source?.color ?? TAG_PALETTE.find((c) => !used.has(c)) ?? TAG_PALETTE[0]!;
      resolved = study.tags.create({ name: name.trim() || 'Imported', color, shortcut: null, parentId: null, description: source?.description ?? '' }).id;
      summary.tags.push(name);
    }
    tagMap.set(key, resolved);
    return resolved;
  };
  for (const t of incoming.tags) tagFor(t.id, t.name, t);
  // Parents of tags the file brought, where ours have none.
  for (const t of incoming.tags) {
    if (!t.parentId) continue;
    const mine = study.tags.get(tagMap.get(t.id)!);
    const parent = tagMap.get(t.parentId);
    if (mine && parent && !mine.builtin && !mine.parentId && summary.tags.includes(t.name)) study.tags.update(mine.id, { ...mine, parentId: parent });
  }

  const verdictMap = new Map<string, string>();
  if (incoming.verdicts.length) {
    const list = study.verdicts.list();
    let changed = false;
    for (const v of incoming.verdicts) {
      const hit = list.find((x) => x.id === v.id) ?? list.find((x) => x.label.toLowerCase() === v.label.toLowerCase());
      if (hit) verdictMap.set(v.id, hit.id);
      else {
        const id = list.some((x) => x.id === v.id) ? `${v.id}-imported` : v.id;
        list.push({ ...v, id });
        verdictMap.set(v.id, id);
        summary.verdicts.push(v.label);
        changed = true;
      }
    }
    if (changed) study.verdicts.replace(list);
  }

  const personMap = new Map<string, string>();
  for (const p of incoming.people) {
    const mine = study.people.get(p.id);
    if (mine) personMap.set(p.id, mine.id);
    else {
      const existed = study.people.findByName(p.name).find((x) => x.role.toLowerCase() === p.role.toLowerCase());
      if (existed) personMap.set(p.id, existed.id);
      else {
        study.people.insert(p, now);
        summary.people.push(p.name);
        personMap.set(p.id, p.id);
      }
    }
  }
  const mapFields = (f: AnnotationFields): AnnotationFields => {
    const out: AnnotationFields = { ...f };
    if (f.claim?.verdict) {
      const v = verdictMap.get(f.claim.verdict) ?? (study.verdicts.exists(f.claim.verdict) ? f.claim.verdict : null);
      out.claim = { ...f.claim, verdict: v };
    }
    if (f.quote?.speakerId) {
      const p = personMap.get(f.quote.speakerId) ?? (study.people.get(f.quote.speakerId) ? f.quote.speakerId : null);
      out.quote = { speakerId: p };
    }
    return out;
  };

  // ---- deletions that travelled with the file -----------------------------------------
  const conflict = (kept: Annotation, other: Conflict['other']) => {
    study.exchange.addConflict(kept, other, incoming.origin, now);
    summary.annotations.conflicts++;
  };
  for (const t of incoming.tombstones) {
    const mine = study.annotations.get(t.id);
    const docId = docMap.get(t.documentId)?.id ?? t.documentId;
    if (mine) {
      if (mine.modified <= t.deleted) {
        study.annotations.delete(mine, t.deleted, t.author);
        summary.annotations.deleted++;
      } else conflict(mine, { deleted: t.deleted, by: t.author });
    } else if (study.documents.exists(docId) && !study.annotations.isDeleted(t.id)) study.annotations.addTombstone({ ...t, documentId: docId });
  }

  // ---- annotations ------------------------------------------------------------------
  const indexes = new Map<string, CodePointIndex>();
  const indexOf = (id: string) => {
    let idx = indexes.get(id);
    if (!idx) indexes.set(id, (idx = new CodePointIndex(study.documents.content(id)!.text)));
    return idx;
  };
  /** Existing annotations by document and span, for duplicate detection. */
  const spans = new Map<string, Annotation[]>();
  /** New annotations, written together at the end (with their search index in one go). */
  const toInsert: Annotation[] = [];
  const pending = new Set<string>();
  const spanKey = (a: Pick<Annotation, 'documentId' | 'start' | 'end' | 'tag'>) => `${a.documentId}:${a.start}:${a.end}:${a.tag}`;
  /** What the study holds now, read once (point lookups per annotation cost more). */
  const existing = new Map<string, Annotation>();
  for (const a of study.annotations.listAll()) {
    existing.set(a.id, a);
    const k = spanKey(a);
    spans.set(k, [...(spans.get(k) ?? []), a]);
  }
  const add = (a: Annotation) => {
    toInsert.push(a);
    pending.add(a.id);
  };
  const incomingTombs = new Set(incoming.tombstones.map((t) => t.id));
  const theirHistory = new Map<string, Set<string>>();
  for (const c of incoming.changes) {
    let set = theirHistory.get(c.annotationId);
    if (!set) theirHistory.set(c.annotationId, (set = new Set()));
    set.add(c.at);
  }

  for (const inc of incoming.annotations) {
    if (incomingTombs.has(inc.id)) continue;
    const target = docMap.get(inc.documentRef);
    if (!target) throw new ImportError(`annotation ${inc.id} refers to a document the file does not describe`);
    const idx = indexOf(target.id);
    if (target.sameText && inc.start !== null && inc.end !== null && (inc.end > idx.length || inc.start >= inc.end)) {
      throw new ImportError(`annotation ${inc.id} lies outside its document (${inc.start}–${inc.end} of ${idx.length} characters)`);
    }
    const tag = tagFor(inc.tagId, inc.tagName);
    const quote = quotePart(inc, idx, target.sameText);
    // On a different text the old position is only a hint (it ranks repeated phrases by nearness).
    const placed = anchor(idx, quote, inc.start !== null && inc.end !== null ? { start: inc.start, end: inc.end } : undefined);
    const fields = mapFields(inc.fields);
    if (placed.status === 'orphan') {
      const deleted = study.annotations.deletedAt(inc.id);
      if (deleted !== undefined && inc.modified <= deleted) summary.annotations.deletedHere++;
      else if (!study.exchange.hasOrphan(inc.id) && !existing.has(inc.id) && !pending.has(inc.id)) {
        study.exchange.addOrphan({ id: inc.id, documentId: target.id, tag, ...quote, note: inc.note, fields, author: inc.author, created: inc.created, modified: inc.modified, origin: incoming.origin, imported: now });
        summary.annotations.unanchored++;
      }
      continue;
    }
    if (!target.sameText || placed.method !== 'position') summary.annotations.reanchored += target.sameText ? 0 : 1;
    const a: Annotation = {
      id: inc.id,
      documentId: target.id,
      tag,
      start: placed.start,
      end: placed.end,
      ...quoteAt(idx, placed.start, placed.end),
      note: inc.note,
      fields,
      author: inc.author,
      created: inc.created,
      modified: inc.modified,
    };
    if (pending.has(a.id)) continue; // the file holds it twice
    const mine = existing.get(a.id);
    if (mine) {
      if (sameContent(mine, a)) {
        summary.annotations.unchanged++;
        continue;
      }
      // One version descends from the other when it has seen the other's last change (an
      // unedited annotation is seen by every later version of it). Otherwise both sides
      // changed it: the newer is kept and the other recorded.
      const ours = new Set(study.exchange.history(a.id).map((c) => c.at));
      const theyHaveMine = mine.modified === mine.created || (theirHistory.get(a.id)?.has(mine.modified) ?? false);
      const weHaveTheirs = a.modified === a.created || ours.has(a.modified);
      const newer = theyHaveMine && !weHaveTheirs ? a : weHaveTheirs && !theyHaveMine ? mine : a.modified > mine.modified ? a : mine;
      if (newer === a) {
        study.annotations.update(a);
        existing.set(a.id, a);
        summary.annotations.changed++;
      }
      if (!theyHaveMine && !weHaveTheirs) conflict(newer, newer === a ? mine : a);
      continue;
    }
    const deleted = study.annotations.deletedAt(a.id);
    if (deleted !== undefined) {
      if (a.modified > deleted) {
        add(a); // edited after we deleted it: it comes back, flagged
        conflict(a, { deleted });
        summary.annotations.added++;
      } else summary.annotations.deletedHere++;
      continue;
    }
    // The same work under another id (imported twice by different routes). Another person's
    // identical annotation is not a duplicate: it is their agreement, and the compare view counts it.
    if ((spans.get(spanKey(a)) ?? []).some((x) => x.author === a.author && x.note === a.note && JSON.stringify(x.fields) === JSON.stringify(a.fields))) {
      summary.annotations.duplicates++;
      continue;
    }
    // Only what the study held before counts: the file's own annotations are all kept.
    add(a);
    summary.annotations.added++;
  }
  study.annotations.insertMany(toInsert);
  for (const a of toInsert) study.exchange.recordChange({ annotationId: a.id, documentId: a.documentId, action: 'create', author: a.author, at: a.created });

  // ---- who contributed ----------------------------------------------------------------
  for (const c of incoming.contributors) study.exchange.mergeContributor(c);
  // Their history of what we now hold (or deleted); ids of annotations we never kept are left out.
  for (const c of incoming.changes) {
    const docId = docMap.get(c.documentId)?.id;
    if (docId && (study.annotations.get(c.annotationId) || study.annotations.isDeleted(c.annotationId))) study.exchange.recordChange({ ...c, documentId: docId });
  }
  const span = new Map<string, { firstSeen: string; lastSeen: string }>();
  for (const a of incoming.annotations) {
    const r = span.get(a.author);
    if (!r) span.set(a.author, { firstSeen: a.created, lastSeen: a.modified });
    else {
      if (a.created < r.firstSeen) r.firstSeen = a.created;
      if (a.modified > r.lastSeen) r.lastSeen = a.modified;
    }
  }
  for (const [name, r] of span) study.exchange.mergeContributor({ name, email: null, orcid: null, ...r });
  return summary;
}

/** The quote to look for; from the position when the file gave only that (same text). */
function quotePart(inc: IncomingAnnotation, idx: CodePointIndex, sameText: boolean): { exact: string; prefix: string; suffix: string } {
  if (inc.exact) return { exact: inc.exact, prefix: inc.prefix, suffix: inc.suffix };
  if (sameText && inc.start !== null && inc.end !== null) {
    if (inc.end > idx.length) throw new ImportError(`annotation ${inc.id} lies outside its document (${inc.start}–${inc.end} of ${idx.length})`);
    return quoteAt(idx, inc.start, inc.end);
  }
  throw new ImportError(`annotation ${inc.id} has no quote to place it by`);
}

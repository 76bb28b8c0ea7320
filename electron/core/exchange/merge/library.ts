// Stage 6: the library around the documents. Collections merge by name (ignoring case): a
// collection this study lacks is created, and a document the file files in one goes there
// when it is in no collection here; nothing is taken out of a collection. The record of the
// file a document came from is added where this study has none (only for the same text: page
// starts count its code points, checked against it in documents.ts). The bytes never travel;
// only the facts about them.

import type { Study } from '../../store/study';
import type { MergeContext, Plan } from './plan';

const cleanName = (name: string) => name.replace(/\s+/g, ' ').trim();

function planCollections(ctx: MergeContext): void {
  const { study, incoming, plan, summary, docMap, leftOut } = ctx;
  if (!incoming.collections?.length) return;
  const known = new Set(study.collections.list().map((c) => c.name.toLowerCase()));
  const inCollection = new Map(study.documents.heads().map((d) => [d.id, d.collectionId !== null]));
  const deleting = new Set(plan.documentDeletions.map((t) => t.id));
  const byName = new Map<string, Plan['collections'][number]>();
  for (const c of incoming.collections) {
    const name = cleanName(c.name);
    const key = name.toLowerCase();
    let entry = byName.get(key);
    if (!entry) {
      byName.set(key, (entry = { name, created: c.created, documents: [] }));
      plan.collections.push(entry);
      if (!known.has(key)) summary.collections.push(name);
    }
    for (const ref of c.documents) {
      const id = leftOut.has(ref) ? undefined : docMap.get(ref)?.id;
      if (!id || deleting.has(id) || inCollection.get(id)) continue;
      inCollection.set(id, true); // a document is in one collection: the first that names it
      entry.documents.push(id);
      summary.documents.filed++;
    }
  }
  // A collection this study has already, and nothing to put in it: nothing to write.
  plan.collections = plan.collections.filter((c) => c.documents.length || !known.has(c.name.toLowerCase()));
}

function planSources(ctx: MergeContext): void {
  const { study, incoming, plan, summary, docMap } = ctx;
  const planned = new Set<string>();
  for (const d of incoming.documents) {
    const target = d.source ? docMap.get(d.ref) : undefined;
    if (!d.source || !target?.sameText || planned.has(target.id) || study.sources.get(target.id)) continue;
    planned.add(target.id);
    plan.sources.push({ documentId: target.id, source: d.source });
    // A new document brings its file's record with it; only one added to a document already
    // here is news worth a line in the preview.
    if (!ctx.newTexts.has(target.id)) summary.documents.sources++;
  }
}

export function planLibrary(ctx: MergeContext): void {
  planCollections(ctx);
  planSources(ctx);
}

/**
 * Writing the library's part of a plan, after the documents and annotations: file records,
 * collections, deletions lifted, documents to the trash (as the app deletes them, so they can
 * be restored), deletions that travel on. Runs inside the caller's write transaction.
 */
export function applyLibrary(study: Study, plan: Plan): void {
  for (const { documentId, source } of plan.sources) study.sources.put(documentId, source);
  for (const c of plan.collections) {
    const collection = study.collections.ensure(c.name, c.created);
    if (c.documents.length) study.documents.moveTo(c.documents, collection.id);
  }
  for (const id of plan.liftedTombstones) study.trash.liftTombstone(id);
  for (const t of plan.documentDeletions) study.trash.moveToTrash(t.id, t.deleted, t.author);
  for (const t of plan.documentTombstones) study.trash.addTombstone(t);
}

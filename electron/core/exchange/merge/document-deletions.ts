// Deleted documents, both ways, as annotation deletions go (deletions.ts). A document the
// file's study deleted goes to the trash here, as if deleted here (restorable, and its
// tombstone travels on), unless someone worked on it here after the deletion: then it is
// kept, and the summary says so. A deletion of a document this study never had is kept so
// it travels on. The other way: the file's copy of a document deleted here is left out,
// with its annotations, unless they worked on it after our deletion; then it comes back,
// or, when it waits in our trash with our own annotations, it is left out until the user
// restores it (an import never empties the trash behind the user's back).

import type { IncomingDocument } from '../read';
import type { MergeContext } from './plan';

const lastWork = new WeakMap<MergeContext, Map<string, string>>();

/** The last time the file's study worked on a document: annotations made, changed or deleted. */
function theirLastWork(ctx: MergeContext, ref: string): string {
  let last = lastWork.get(ctx);
  if (!last) {
    const m = new Map<string, string>();
    const later = (doc: string, t: string) => {
      if (t > (m.get(doc) ?? '')) m.set(doc, t);
    };
    for (const a of ctx.incoming.annotations) later(a.documentRef, a.modified);
    for (const c of ctx.incoming.changes) later(c.documentId, c.at);
    for (const t of ctx.incoming.tombstones) later(t.documentId, t.deleted);
    lastWork.set(ctx, (last = m));
  }
  return last.get(ref) ?? '';
}

/**
 * Called for each incoming document this study does not hold: true when it was deleted here
 * and stays out (the caller skips it). A deletion their later work undoes is lifted.
 */
export function leftOutHere(ctx: MergeContext, d: IncomingDocument): boolean {
  const { study, summary, plan } = ctx;
  const tomb = study.trash.tombstone(d.ref);
  if (!tomb) return false;
  const title = d.meta?.title ?? tomb.title;
  if (theirLastWork(ctx, d.ref) <= tomb.deleted) summary.documents.deletedHere.push(title);
  else if (study.trash.holds(d.ref)) summary.documents.deletedHereChanged.push(title);
  else {
    plan.liftedTombstones.push(d.ref);
    return false;
  }
  ctx.leftOut.add(d.ref);
  return true;
}

/** Stage 1b, after the documents are matched: the file's deleted documents. */
export function planDocumentDeletions(ctx: MergeContext): void {
  const { study, incoming, plan, summary, docMap } = ctx;
  if (!incoming.documentTombstones?.length) return;
  // The file still holds the document (imported again after its deletion), or an edited copy
  // of it that takes its annotations: not deleted there after all.
  const held = new Set([...docMap.keys(), ...[...docMap.values()].map((m) => m.id)]);
  const seen = new Set<string>();
  for (const t of incoming.documentTombstones) {
    if (held.has(t.id) || seen.has(t.id)) continue;
    seen.add(t.id);
    const mine = study.documents.get(t.id);
    if (mine) {
      if ((study.documents.lastWorkedOn(t.id) ?? '') <= t.deleted) {
        plan.documentDeletions.push({ ...t, title: mine.title });
        summary.documents.deleted.push(mine.title);
      } else summary.documents.kept.push(mine.title);
    } else if (!study.trash.tombstone(t.id)) plan.documentTombstones.push(t);
  }
}

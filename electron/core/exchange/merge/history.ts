// Stage 5: who did what. The creation of each annotation the import adds, the file's own
// history of annotations this study now holds (or deleted), and the contributors: the
// file's records and everyone who authored an incoming annotation, over the dates they span.

import type { Annotation } from '../../domain/types';
import type { MergeContext } from './plan';

export function planHistory(ctx: MergeContext): void {
  const { incoming, plan, docMap, existing, deletedAt, study } = ctx;
  const held = new Map<string, Annotation>();
  for (const a of plan.inserts) {
    plan.changes.push({ annotationId: a.id, documentId: a.documentId, action: 'create', author: a.author, at: a.created });
    held.set(a.id, a);
  }
  for (const c of incoming.changes) {
    const docId = docMap.get(c.documentId)?.id;
    if (!docId) continue;
    const mine = held.get(c.annotationId);
    // The file's record of a creation added just above is that same row (the study keeps one).
    if (mine && c.action === 'create' && c.at === mine.created && c.author === mine.author) continue;
    const known = mine !== undefined || existing.has(c.annotationId) || deletedAt.has(c.annotationId) || study.annotations.isDeleted(c.annotationId);
    if (known) plan.changes.push({ ...c, documentId: docId });
  }
  plan.contributors.push(...incoming.contributors);
  const span = new Map<string, { firstSeen: string; lastSeen: string }>();
  for (const a of incoming.annotations) {
    const r = span.get(a.author);
    if (!r) span.set(a.author, { firstSeen: a.created, lastSeen: a.modified });
    else {
      if (a.created < r.firstSeen) r.firstSeen = a.created;
      if (a.modified > r.lastSeen) r.lastSeen = a.modified;
    }
  }
  for (const [name, r] of span) if (name) plan.contributors.push({ name, email: null, orcid: null, ...r });
}

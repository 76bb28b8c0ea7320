// Stage 3: deletions that travelled with the file. An annotation we hold that they deleted
// goes, unless we changed it after their deletion (then it stays and the deletion waits for
// review); a deletion of something we never had is kept, so it travels on.

import type { Annotation, Conflict, ConflictSide } from '../../domain/types';
import type { MergeContext } from './plan';

export function addConflict(ctx: MergeContext, kept: Annotation, other: Conflict['other'], keptFrom: ConflictSide): void {
  ctx.plan.conflicts.push({ kept, other, keptFrom });
  ctx.summary.annotations.conflicts++;
}

export function planDeletions(ctx: MergeContext): void {
  const { incoming, plan, summary, existing, deletedAt, docMap, study } = ctx;
  for (const t of incoming.tombstones) {
    const mine = existing.get(t.id);
    const docId = docMap.get(t.documentId)?.id ?? t.documentId;
    if (mine) {
      if (mine.modified <= t.deleted) {
        plan.deletions.push({ annotation: mine, deleted: t.deleted, author: t.author });
        existing.delete(t.id);
        deletedAt.set(t.id, t.deleted);
        summary.annotations.deleted++;
      } else addConflict(ctx, mine, { deleted: t.deleted, by: t.author }, 'here');
    } else if (!deletedAt.has(t.id) && (study.documents.exists(docId) || ctx.newTexts.has(docId))) {
      plan.tombstones.push({ ...t, documentId: docId });
      deletedAt.set(t.id, t.deleted);
    }
  }
}

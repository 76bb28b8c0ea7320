// Writing a plan: every row the stages decided on, in an order the foreign keys accept
// (documents and tags before the annotations that use them). Runs inside the caller's
// write transaction; it decides nothing.

import type { Study } from '../../store/study';
import { applyLibrary } from './library';
import type { Plan } from './plan';

export function applyPlan(study: Study, plan: Plan, origin: string, now: string): void {
  for (const { doc, importedAt } of plan.documents) study.documents.insert(doc, importedAt);
  for (const t of plan.tags) study.tags.insertImported(t);
  for (const { id, parentId } of plan.tagParents) study.tags.setParent(id, parentId);
  if (plan.verdicts) study.verdicts.replace(plan.verdicts);
  for (const p of plan.people) study.people.insert(p, now);
  for (const d of plan.deletions) study.annotations.delete(d.annotation, d.deleted, d.author);
  for (const t of plan.tombstones) study.annotations.addTombstone(t);
  // Stamped when written: a plan made at the preview may be written later (merge/index.ts).
  for (const o of plan.orphans) study.review.addOrphan({ ...o, imported: now });
  for (const a of plan.updates) study.annotations.update(a);
  study.annotations.insertMany(plan.inserts);
  for (const c of plan.conflicts) study.review.addConflict(c.kept, c.other, c.keptFrom, origin, now);
  study.provenance.recordChanges(plan.changes);
  for (const c of plan.contributors) study.provenance.mergeContributor(c);
  applyLibrary(study, plan);
}

// Writing a large plan without holding the study's write lock for seconds: the additions
// the annotations need (documents, tags, verdicts, people) first, then the annotations and
// their history in slices of about a tenth of a second each, then the rest (deletions,
// conflicts, unanchored, contributors) with the import's completion. Every step is
// journalled (store/imports.ts); if any fails, or the program dies, the journal undoes the
// steps before it, so the import is still all or nothing.

import { randomUUID } from 'node:crypto';
import type { Study } from '../../store/study';
import { applyLibrary } from './library';
import type { Plan } from './plan';

export interface SliceOptions {
  /** How long one transaction may write before it commits and lets others in. */
  sliceMs: number;
}

/** Write items in transactions of about `sliceMs` each, in runs of a few hundred. */
function inSlices<T>(study: Study, importId: string, items: readonly T[], sliceMs: number, writeRun: (run: readonly T[]) => void): void {
  let i = 0;
  while (i < items.length) {
    study.write(() => {
      const started = performance.now();
      do {
        const run = items.slice(i, i + 500);
        writeRun(run);
        i += run.length;
      } while (i < items.length && performance.now() - started < sliceMs);
      study.imports.heartbeat(importId);
    });
  }
}

export function applyInSlices(study: Study, plan: Plan, origin: string, now: string, { sliceMs }: SliceOptions): void {
  const id = randomUUID();
  const journal = study.imports;
  study.write(() => {
    journal.begin(id, origin, now);
    for (const { doc, importedAt } of plan.documents) {
      study.documents.insert(doc, importedAt);
      journal.record(id, 'document', doc.id);
    }
    for (const t of plan.tags) {
      study.tags.insertImported(t);
      journal.record(id, 'tag', t.id);
    }
    for (const { id: tagId, parentId } of plan.tagParents) study.tags.setParent(tagId, parentId);
    if (plan.verdicts) {
      journal.record(id, 'verdicts', 'verdicts', study.verdicts.list());
      study.verdicts.replace(plan.verdicts);
    }
    for (const p of plan.people) {
      study.people.insert(p, now);
      journal.record(id, 'person', p.id);
    }
  });
  try {
    inSlices(study, id, plan.inserts, sliceMs, (run) => {
      journal.recordInserts(id, run.map((a) => a.id));
      study.annotations.insertMany(run);
    });
    inSlices(study, id, plan.updates, sliceMs, (run) => {
      for (const a of run) {
        journal.record(id, 'update', a.id, study.annotations.get(a.id) ?? null);
        study.annotations.update(a);
      }
    });
    inSlices(study, id, plan.changes, sliceMs, (run) => {
      journal.recordNewChanges(id, run);
      study.provenance.recordChanges(run);
    });
    study.write(() => {
      for (const d of plan.deletions) study.annotations.delete(d.annotation, d.deleted, d.author);
      for (const t of plan.tombstones) study.annotations.addTombstone(t);
      for (const o of plan.orphans) study.review.addOrphan({ ...o, imported: now });
      for (const c of plan.conflicts) study.review.addConflict(c.kept, c.other, c.keptFrom, origin, now);
      for (const c of plan.contributors) study.provenance.mergeContributor(c);
      applyLibrary(study, plan);
      journal.finish(id);
    });
  } catch (e) {
    study.write(() => journal.undo(id));
    throw e;
  }
}

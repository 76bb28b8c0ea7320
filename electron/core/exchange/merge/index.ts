// Merging imported work into a study, losing nothing, in six stages over a shared context
// (documents and their deletions, vocabulary, deletions, annotations, history, the library:
// collections and file records) that only read the study and build a plan; then the plan
// is written in one transaction. A preview is the plan alone.
// The plan is made from a consistent snapshot without holding the write lock; if another
// program wrote to the study meanwhile, it is made again under the lock before writing. A
// preview's plan may be handed to the import that follows it (planMerge): it is written as it
// was shown while the study is as it was then, and made afresh otherwise.

import type { Study } from '../../store/study';
import { CodePointIndex } from '../../text/codepoints';
import type { Incoming } from '../read';
import { planAnnotations } from './annotations';
import { applyPlan } from './apply';
import { applyInSlices } from './chunked';
import { planDeletions } from './deletions';
import { planDocumentDeletions } from './document-deletions';
import { planDocuments } from './documents';
import { planHistory } from './history';
import { planLibrary } from './library';
import { localState } from './local';
import { emptyPlan, emptySummary, type ImportSummary, type MergeContext, type TagChoices } from './plan';
import { planVocabulary } from './vocabulary';

export type { ImportSummary, LabelMapping, TagChoices } from './plan';

export interface MergeOptions {
  now: string;
  dryRun: boolean;
  /** The user's edits to the label mapping shown in the preview. */
  choices?: TagChoices;
  /** Plans with more rows than this are written in short journalled transactions. */
  sliceAbove?: number;
  sliceMs?: number;
}

/** Rows a plan writes; small plans go in one transaction. */
const planRows = (p: MergeContext['plan']) => p.inserts.length + p.updates.length + p.changes.length;

function makePlan(study: Study, incoming: Incoming, now: string, choices: TagChoices): MergeContext {
  const indexes = new Map<string, CodePointIndex>();
  const ctx: MergeContext = {
    study,
    incoming,
    now,
    choices,
    summary: emptySummary(incoming),
    plan: emptyPlan(),
    docMap: new Map(),
    leftOut: new Set(),
    tagMap: new Map(),
    verdictMap: new Map(),
    personMap: new Map(),
    // Only what the file names (local.ts): the stages look these up by id.
    ...localState(study, incoming),
    newTexts: new Map(),
    index(id) {
      let idx = indexes.get(id) ?? ctx.newTexts.get(id);
      if (!idx) indexes.set(id, (idx = new CodePointIndex(study.documents.content(id)!.text)));
      return idx;
    },
  };
  planDocuments(ctx);
  planDocumentDeletions(ctx);
  planVocabulary(ctx);
  planDeletions(ctx);
  planAnnotations(ctx);
  planHistory(ctx);
  planLibrary(ctx);
  return ctx;
}

/** A preview's plan, and the study's version it was made on. */
export interface PlannedMerge {
  readonly incoming: Incoming;
  readonly summary: ImportSummary;
  readonly ctx: MergeContext;
  readonly version: string;
}

export function planMerge(study: Study, incoming: Incoming, options: Omit<MergeOptions, 'dryRun'>): PlannedMerge {
  const version = study.version();
  const ctx = study.read(() => makePlan(study, incoming, options.now, options.choices ?? {}));
  return { incoming, summary: ctx.summary, ctx, version };
}

export function mergeInto(study: Study, incoming: Incoming, options: MergeOptions, planned?: PlannedMerge): ImportSummary {
  const choices = options.choices ?? {};
  const version = study.dataVersion();
  let ctx = planned && planned.incoming === incoming && planned.version === study.version() ? planned.ctx : study.read(() => makePlan(study, incoming, options.now, choices));
  if (options.dryRun) return ctx.summary;
  const sliceAbove = options.sliceAbove ?? 5000;
  if (planRows(ctx.plan) <= sliceAbove) {
    study.write(() => {
      if (study.dataVersion() !== version) ctx = makePlan(study, incoming, options.now, choices);
      applyPlan(study, ctx.plan, incoming.origin, options.now);
    });
    return ctx.summary;
  }
  // Large: planned afresh if needed, then written in slices that let other programs in.
  if (study.dataVersion() !== version) ctx = study.read(() => makePlan(study, incoming, options.now, choices));
  applyInSlices(study, ctx.plan, incoming.origin, options.now, { sliceMs: options.sliceMs ?? 100 });
  return ctx.summary;
}

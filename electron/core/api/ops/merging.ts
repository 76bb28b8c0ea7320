// Import and merge as the user meets them: a preview that says what an import will do (and
// what each incoming label becomes, which the user may change: `choices`), the import itself
// (one transaction; the choices are remembered for the tool that wrote the file), and the
// review of what a merge set aside: unanchored annotations to place or discard, and
// conflicts to settle. A file may come with companions (the .txt of a brat .ann).

import { createHash } from 'node:crypto';
import { quoteAt } from '../../anchoring/anchor';
import { z } from 'zod';
import { AnnotationId, DocumentId, Offset, TagId } from '../../domain/entities';
import { AppError } from '../../domain/errors';
import { readIncoming, resolveDocumentTitles } from '../../exchange/read';
import { InputError } from '../../input/errors';
import { mergeInto, planMerge, type ImportSummary, type PlannedMerge, type TagChoices } from '../../exchange/merge';
import type { Study } from '../../store/study';
import { TagAliases } from '../../store/aliases';
import type { Annotation, Conflict, Orphan } from '../../domain/types';
import { checkRange, recordChange } from './annotations';
import type { Ctx } from './context';
import { fits } from '../../anchoring/fits';

/** What a preview or an import may add to the file: the user's label mapping, and files that came with it. */
export interface ImportOptions {
  choices?: TagChoices;
  companions?: ReadonlyArray<{ name: string; dataBase64: string }>;
}

/**
 * The last preview's plan, per study: the import of the same file with the same choices that
 * follows it writes what the preview showed, without reading and planning it again, while the
 * study is as it was (merge/index.ts checks).
 */
const previews = new WeakMap<Study, { key: string; planned: PlannedMerge }>();

function fileKey(name: string, bytes: Uint8Array, options: ImportOptions): string {
  const h = createHash('sha256').update(name).update('\0').update(bytes).update('\0').update(JSON.stringify(options.choices ?? {}));
  for (const c of options.companions ?? []) h.update('\0').update(c.name).update('\0').update(c.dataBase64);
  return h.digest('hex');
}

async function read(ctx: Ctx, name: string, bytes: Uint8Array, dryRun: boolean, options: ImportOptions): Promise<ImportSummary> {
  try {
    const key = fileKey(name, bytes, options);
    const merge = { now: ctx.now(), choices: options.choices ?? {}, sliceAbove: ctx.sliceImports ? 5000 : Infinity };
    const shown = previews.get(ctx.study);
    previews.delete(ctx.study);
    if (!dryRun && shown?.key === key) return mergeInto(ctx.study, shown.planned.incoming, { ...merge, dryRun }, shown.planned);
    const companions = (options.companions ?? []).map((c) => ({ name: c.name, bytes: new Uint8Array(Buffer.from(c.dataBase64, 'base64')) }));
    const read = await readIncoming(name, bytes, { now: ctx.now(), user: ctx.user, companions, ...(ctx.isolate ? { isolate: ctx.isolate } : {}) });
    const incoming = resolveDocumentTitles(read, ctx.study.documents.heads());
    if (!dryRun) return mergeInto(ctx.study, incoming, { ...merge, dryRun });
    const planned = planMerge(ctx.study, incoming, merge);
    previews.set(ctx.study, { key, planned });
    return planned.summary;
  } catch (e) {
    if (e instanceof InputError) throw new AppError('bad_input', `“${name}” cannot be imported: ${e.message}. Nothing was changed.`);
    throw e;
  }
}

/** Everything an import would do, without doing it. */
export function previewImport(ctx: Ctx, name: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportSummary> {
  return read(ctx, name, bytes, true, options);
}

export async function importAnnotations(ctx: Ctx, name: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportSummary> {
  const summary = await read(ctx, name, bytes, false, options);
  const chosen = summary.labels.filter((l) => options.choices && l.key in options.choices);
  ctx.study.write(() => {
    ctx.study.provenance.touch(ctx.identity, ctx.now());
    // The user's mapping, remembered for the next file from the same tool.
    if (chosen.length) new TagAliases(ctx.study.db).remember(summary.tool, chosen.map((l) => ({ label: l.name, tagId: l.target.tagId })), ctx.now());
  });
  return summary;
}

// Through the browser host a file travels as base64 inside JSON (its body limit is 80 MB).
const MAX_BASE64 = 79_000_000;
const Companion = z.object({ name: z.string().min(1).max(1024), dataBase64: z.string().max(MAX_BASE64) });
const ExchangeFile = z
  .object({
    name: z.string().min(1).max(1024),
    dataBase64: z.string().max(MAX_BASE64),
    /** Incoming label key (LabelMapping.key) → an existing tag's id, or null for a new tag. */
    choices: z.record(z.string().min(1).max(300), TagId.nullable()).refine((c) => Object.keys(c).length <= 10_000, 'at most 10,000 label choices').optional(),
    /** Files that came with it: the .txt of a brat .ann (and brat's .conf files). */
    companions: z.array(Companion).max(10_000).optional(),
  })
  .refine((f) => f.dataBase64.length + (f.companions ?? []).reduce((n, c) => n + c.dataBase64.length, 0) <= MAX_BASE64, { message: 'the files together are larger than 59 MB', path: ['companions'] });

export const mergingRequests = {
  listContributors: z.object({}),
  annotationHistory: z.object({ id: AnnotationId }),
  /** A file of annotations (any format the registry reads), with its companions; what it would do, nothing written. */
  previewImport: ExchangeFile,
  importAnnotations: ExchangeFile,
  listOrphans: z.object({ documentId: DocumentId.optional() }),
  placeOrphan: z.object({ id: z.string().min(1).max(200), start: Offset, end: Offset }),
  discardOrphan: z.object({ id: z.string().min(1).max(200) }),
  listConflicts: z.object({}),
  resolveConflict: z.object({ id: z.number().int().min(1), keep: z.enum(['kept', 'other']) }),
};
type Req<K extends keyof typeof mergingRequests> = z.infer<(typeof mergingRequests)[K]>;

export function listOrphans(ctx: Ctx, documentId?: string): Orphan[] {
  return ctx.study.review.orphans(documentId);
}

function orphan(ctx: Ctx, id: string): Orphan {
  const o = ctx.study.review.orphan(id);
  if (!o) throw new AppError('not_found', 'That unanchored annotation is no longer in the list.');
  return o;
}

/** Give an unanchored annotation a place in the text (the user's selection); it keeps its id and facts. */
export function placeOrphan(ctx: Ctx, { id, start, end }: Req<'placeOrphan'>): Annotation {
  return ctx.study.write(() => {
    const o = orphan(ctx, id);
    const idx = ctx.index(o.documentId);
    checkRange(idx, start, end);
    if (!ctx.study.tags.get(o.tag)) throw new AppError('bad_input', 'Its tag has been deleted; add the tag again first.');
    const when = ctx.now();
    const { origin: _o, imported: _i, ...rest } = o;
    const a: Annotation = { ...rest, start, end, ...quoteAt(idx, start, end), modified: when };
    ctx.study.annotations.insert(a);
    ctx.study.review.removeOrphan(id);
    recordChange(ctx, a, 'edit', when);
    return a;
  });
}

export function discardOrphan(ctx: Ctx, id: string): Orphan {
  return ctx.study.write(() => {
    const o = orphan(ctx, id);
    ctx.study.review.removeOrphan(id);
    ctx.study.annotations.addTombstone({ id, documentId: o.documentId, deleted: ctx.now(), author: ctx.user });
    return o;
  });
}

export function listConflicts(ctx: Ctx): Conflict[] {
  return ctx.study.review.conflicts();
}

/** Settle a conflict: keep the version the merge kept, or take the one it set aside. */
export function resolveConflict(ctx: Ctx, { id, keep }: Req<'resolveConflict'>): Conflict[] {
  ctx.study.write(() => {
    const c = ctx.study.review.conflict(id);
    if (!c) throw new AppError('not_found', 'That conflict has already been settled.');
    if (keep === 'other') {
      const current = ctx.study.annotations.get(c.annotationId);
      const when = ctx.now();
      if ('deleted' in c.other) {
        if (current) {
          ctx.study.annotations.delete(current, when, ctx.user);
          recordChange(ctx, current, 'delete', when);
        }
      } else {
        const other = c.other;
        const idx = ctx.index(other.documentId);
        if (!fits(other, idx)) throw new AppError('bad_input', 'The other version no longer fits the text.');
        if (!ctx.study.tags.get(other.tag)) throw new AppError('bad_input', 'The other version’s tag has been deleted.');
        const next = { ...other, modified: when };
        if (current) ctx.study.annotations.update(next);
        else ctx.study.annotations.insert(next);
        recordChange(ctx, next, 'edit', when);
      }
    }
    ctx.study.review.resolveConflict(id);
  });
  return ctx.study.review.conflicts();
}

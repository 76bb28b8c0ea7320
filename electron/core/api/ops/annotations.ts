// Annotation operations: open a document with its placed annotations, create, edit (tag,
// note, facts, span), delete and restore. Each write is one transaction.

import { randomUUID } from 'node:crypto';
import { quoteAt } from '../../anchoring/anchor';
import { z } from 'zod';
import { AnnotationFieldsSchema } from '../../domain/fields';
import { AnnotationId, AnnotationSchema, DocumentId, Note, Offset, TagId } from '../../domain/entities';
import { AppError } from '../../domain/errors';
import { EMPTY_CLAIM, type AnnotationFields } from '../../domain/fields';
import { tagKind } from '../../domain/kinds';
import { figureReading } from './facts';
import type { CodePointIndex } from '../../text/codepoints';
import type { Annotation, Change, DocumentDetail } from '../../domain/types';
import type { Ctx } from './context';
import { MAX_BATCH } from './limits';
import { fits, fitsRange } from '../../anchoring/fits';

export function getDocument(ctx: Ctx, id: string): DocumentDetail {
  const { study } = ctx;
  const summary = study.documents.get(id);
  const content = study.documents.content(id);
  if (!summary || !content) throw new AppError('not_found', 'That document is no longer in this study.');
  // A document's id is the SHA-256 of its text and every write checks the span against that
  // text (anchoring/fits.ts), so stored positions hold by construction: nothing to re-anchor,
  // and no quote context to send (half of what 10,000 annotations would weigh).
  return { summary, source: study.sources.get(id), blocks: content.blocks, annotations: study.annotations.listedByDocument(id), orphans: study.review.orphans(id) };
}

function requireTag(ctx: Ctx, tag: string): void {
  if (!ctx.study.tags.get(tag)) throw new AppError('bad_input', `There is no tag “${tag}” in this study.`);
}

/** Facts may only point at verdicts and people the study has. */
function requireReferences(ctx: Ctx, fields: AnnotationFields): void {
  const verdict = fields.claim?.verdict;
  if (verdict && !ctx.study.verdicts.exists(verdict)) throw new AppError('bad_input', `There is no verdict “${verdict}” in this study.`);
  const speaker = fields.quote?.speakerId;
  if (speaker && !ctx.study.people.get(speaker)) throw new AppError('bad_input', 'That speaker is no longer in this study.');
}

export function checkRange(idx: CodePointIndex, start: number, end: number): void {
  if (!fitsRange({ start, end }, idx)) {
    throw new AppError('bad_input', `The range ${start}–${end} is outside the document (0–${idx.length}).`);
  }
}

export const annotationRequests = {
  getDocument: z.object({ id: DocumentId }),
  createAnnotation: z.object({ documentId: DocumentId, tag: TagId, start: Offset, end: Offset, note: Note.optional() }),
  /** Any of tag, note, facts (replaced whole) and span; the rest stays. */
  updateAnnotation: z.object({
    id: AnnotationId,
    tag: TagId.optional(),
    note: Note.optional(),
    fields: AnnotationFieldsSchema.optional(),
    start: Offset.optional(),
    end: Offset.optional(),
  }),
  deleteAnnotation: z.object({ id: AnnotationId }),
  /** Undo of a delete: the same annotation, same id, comes back. */
  restoreAnnotation: z.object({ annotation: AnnotationSchema }),
  /** Many at once (undo and redo of "accept all"): one transaction, all or none. */
  deleteAnnotations: z.object({ ids: z.array(AnnotationId).min(1).max(MAX_BATCH) }),
  restoreAnnotations: z.object({ annotations: z.array(AnnotationSchema).min(1).max(MAX_BATCH) }),
};
type Req<K extends keyof typeof annotationRequests> = z.infer<(typeof annotationRequests)[K]>;

export function createAnnotation(ctx: Ctx, { documentId, tag, start, end, note }: Req<'createAnnotation'>): Annotation {
  requireTag(ctx, tag);
  const idx = ctx.index(documentId);
  checkRange(idx, start, end);
  // Whitespace at the edges of a selection is never meant: trim it.
  while (start < end && /\s/u.test(idx.slice(start, start + 1))) start++;
  while (end > start && /\s/u.test(idx.slice(end - 1, end))) end--;
  if (start === end) throw new AppError('bad_input', 'Select some text to tag, not only spaces.');
  const when = ctx.now();
  const quote = quoteAt(idx, start, end);
  const a: Annotation = {
    id: randomUUID(),
    documentId,
    tag,
    start,
    end,
    ...quote,
    note: note ?? '',
    fields: initialFields(ctx, tag, { exact: quote.exact, end }, idx),
    author: ctx.user,
    created: when,
    modified: when,
  };
  ctx.study.write(() => {
    ctx.study.annotations.insert(a);
    recordChange(ctx, a, 'create', when);
  });
  return a;
}

/**
 * Facts a new annotation starts with: a figure is read at once (the user corrects it); a claim
 * starts unchecked; speakers and places wait for the user.
 */
function initialFields(ctx: Ctx, tag: string, span: { exact: string; end: number }, idx: CodePointIndex): AnnotationFields {
  const kind = tagKind(tag, ctx.study.tags.list());
  if (kind === 'figure') return { figure: figureReading(span, idx) };
  if (kind === 'claim') return { claim: { ...EMPTY_CLAIM, verdict: ctx.study.verdicts.exists('unchecked') ? 'unchecked' : null } };
  return {};
}

/** Who changed what is part of the study: the change log and the contributor list. */
export function recordChange(ctx: Ctx, a: Annotation, action: Change['action'], at: string): void {
  ctx.study.provenance.recordChange({ annotationId: a.id, documentId: a.documentId, action, author: ctx.user, at });
  ctx.study.provenance.touch(ctx.identity, at);
}

function existing(ctx: Ctx, id: string): Annotation {
  const a = ctx.study.annotations.get(id);
  if (!a) throw new AppError('not_found', 'That annotation no longer exists.');
  return a;
}

/** Change any of tag, note, facts and span; what is not given stays as it is. */
export function updateAnnotation(ctx: Ctx, req: Req<'updateAnnotation'>): Annotation {
  if (req.tag !== undefined) requireTag(ctx, req.tag);
  if (req.fields !== undefined) requireReferences(ctx, req.fields);
  return ctx.study.write(() => {
    const a = existing(ctx, req.id);
    let span = {};
    if (req.start !== undefined || req.end !== undefined) {
      const start = req.start ?? a.start;
      const end = req.end ?? a.end;
      const idx = ctx.index(a.documentId);
      checkRange(idx, start, end);
      span = { start, end, ...quoteAt(idx, start, end) };
    }
    const next: Annotation = {
      ...a,
      ...span,
      tag: req.tag ?? a.tag,
      note: req.note ?? a.note,
      fields: req.fields ?? a.fields,
      modified: ctx.now(),
    };
    // Retagged with no facts of the new kind yet: start them as a new annotation would.
    if (req.fields === undefined && req.tag !== undefined) next.fields = { ...initialFields(ctx, next.tag, next, ctx.index(next.documentId)), ...next.fields };
    ctx.study.annotations.update(next);
    recordChange(ctx, next, 'edit', next.modified);
    return next;
  });
}

export function deleteAnnotation(ctx: Ctx, id: string): Annotation {
  existing(ctx, id);
  return deleteAnnotations(ctx, [id])[0]!;
}

/**
 * Undo or redo of many: those already gone (a merge may have deleted one) are done already,
 * so a step is never lost for one of them.
 */
export function deleteAnnotations(ctx: Ctx, ids: readonly string[]): Annotation[] {
  return ctx.study.write(() => {
    const when = ctx.now();
    return ids.flatMap((id) => {
      const a = ctx.study.annotations.get(id);
      if (!a) return [];
      ctx.study.annotations.delete(a, when, ctx.user);
      recordChange(ctx, a, 'delete', when);
      return [a];
    });
  });
}

/** Undo of a delete: the same annotation (same id) comes back, if it still fits its text. */
export function restoreAnnotation(ctx: Ctx, annotation: Req<'restoreAnnotation'>['annotation']): Annotation {
  if (ctx.study.annotations.get(annotation.id)) throw new AppError('conflict', 'That annotation already exists.');
  return restoreAnnotations(ctx, [annotation])[0]!;
}

/**
 * Every one is checked before any is written: all come back, or none. One already back
 * (restored another way) is left as it is.
 */
export function restoreAnnotations(ctx: Ctx, all: ReadonlyArray<Req<'restoreAnnotation'>['annotation']>): Annotation[] {
  const list = all.filter((a) => !ctx.study.annotations.get(a.id));
  const restored = list.map((annotation) => {
    requireTag(ctx, annotation.tag);
    requireReferences(ctx, annotation.fields);
    const idx = ctx.index(annotation.documentId);
    if (!fits(annotation, idx)) throw new AppError('bad_input', 'That annotation does not match its document’s text.');
    return { ...annotation, ...quoteAt(idx, annotation.start, annotation.end) } as Annotation;
  });
  ctx.study.write(() => {
    const when = ctx.now();
    for (const a of restored) {
      ctx.study.annotations.insert(a);
      recordChange(ctx, a, 'restore', when);
    }
  });
  return restored;
}

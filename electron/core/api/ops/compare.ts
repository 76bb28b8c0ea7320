// The agreement view's data: who annotated a document, and for two of them (the two most
// active unless chosen) per-tag agreement and the side-by-side rows; every other pair in brief.

import { annotators, comparePair, type PairAgreement } from '../../agreement/agreement';
import { z } from 'zod';
import { DocumentId } from '../../domain/entities';
import { AppError } from '../../domain/errors';
import type { Ctx } from './context';

export interface Comparison {
  documentId: string;
  annotators: Array<{ name: string; count: number }>;
  /** The chosen pair in full; null when fewer than two people annotated the document. */
  pair: PairAgreement | null;
  /** Every pair, in brief. */
  pairs: Array<Pick<PairAgreement, 'a' | 'b' | 'f1Exact' | 'f1Overlap' | 'meanKappa'>>;
}

export const compareRequests = {
  compareAnnotators: z.object({ documentId: DocumentId, a: z.string().min(1).max(200).optional(), b: z.string().min(1).max(200).optional() }),
};

export function compareAnnotators(ctx: Ctx, { documentId, a, b }: z.infer<typeof compareRequests.compareAnnotators>): Comparison {
  const summary = ctx.study.documents.get(documentId);
  if (!summary) throw new AppError('not_found', 'That document is no longer in this study.');
  const spans = ctx.study.annotations.listByDocument(documentId);
  const people = annotators(spans);
  const tags = ctx.study.tags.list().map((t) => t.id);
  const names = people.map((p) => p.name);
  for (const n of [a, b]) if (n && !names.includes(n)) throw new AppError('bad_input', `${n} has no annotations in this document.`);
  const first = a ?? names.find((n) => n !== b);
  const second = b ?? names.find((n) => n !== first);
  if (first && second && first === second) throw new AppError('bad_input', 'Choose two different people to compare.');
  const pairs: Comparison['pairs'] = [];
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) {
      const { a: x, b: y, f1Exact, f1Overlap, meanKappa } = comparePair(summary.length, names[i]!, names[j]!, spans, tags);
      pairs.push({ a: x, b: y, f1Exact, f1Overlap, meanKappa });
    }
  return { documentId, annotators: people, pair: first && second ? comparePair(summary.length, first, second, spans, tags) : null, pairs };
}

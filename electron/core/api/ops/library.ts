// The library: documents renamed, moved between collections, deleted (to the trash, with a
// tombstone for colleagues) and restored; collections created, renamed and deleted; whether
// the study keeps the original files. Each change is one transaction.

import { z } from 'zod';
import { DocumentId } from '../../domain/entities';
import { AppError } from '../../domain/errors';
import type { Collection, DocumentSummary } from '../../domain/types';
import type { Ctx } from './context';

const CollectionId = z.string().min(1).max(64);
const CollectionName = z.string().min(1).max(200);

export const libraryRequests = {
  listDocuments: z.object({}),
  renameDocument: z.object({ id: DocumentId, title: z.string().min(1).max(2000) }),
  /** To the trash: restoreDocument brings it back with every annotation. */
  deleteDocument: z.object({ id: DocumentId }),
  restoreDocument: z.object({ id: DocumentId }),
  moveDocuments: z.object({ ids: z.array(DocumentId).min(1).max(100_000), collectionId: CollectionId.nullable() }),
  listCollections: z.object({}),
  createCollection: z.object({ name: CollectionName }),
  renameCollection: z.object({ id: CollectionId, name: CollectionName }),
  deleteCollection: z.object({ id: CollectionId }),
  setKeepOriginals: z.object({ keep: z.boolean() }),
};
type Req<K extends keyof typeof libraryRequests> = z.infer<(typeof libraryRequests)[K]>;

function existing(ctx: Ctx, id: string): DocumentSummary {
  const d = ctx.study.documents.get(id);
  if (!d) throw new AppError('not_found', 'That document is no longer in this study.');
  return d;
}

export function renameDocument(ctx: Ctx, { id, title }: Req<'renameDocument'>): DocumentSummary {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (!clean) throw new AppError('bad_input', 'A document needs a title.');
  existing(ctx, id);
  ctx.study.write(() => ctx.study.documents.rename(id, clean));
  return existing(ctx, id);
}

export function deleteDocument(ctx: Ctx, { id }: Req<'deleteDocument'>): { id: string; title: string; annotations: number } {
  const d = existing(ctx, id);
  ctx.study.write(() => ctx.study.trash.moveToTrash(id, ctx.now(), ctx.user));
  return { id, title: d.title, annotations: d.annotationCount };
}

export function restoreDocument(ctx: Ctx, { id }: Req<'restoreDocument'>): DocumentSummary {
  ctx.study.write(() => ctx.study.trash.restore(id));
  return existing(ctx, id);
}

export function moveDocuments(ctx: Ctx, { ids, collectionId }: Req<'moveDocuments'>): DocumentSummary[] {
  if (collectionId && !ctx.study.collections.get(collectionId)) throw new AppError('not_found', 'That collection no longer exists.');
  ctx.study.write(() => ctx.study.documents.moveTo(ids, collectionId));
  return ctx.study.documents.list();
}

export function createCollection(ctx: Ctx, { name }: Req<'createCollection'>): Collection[] {
  ctx.study.write(() => ctx.study.collections.create(name, ctx.now()));
  return ctx.study.collections.list();
}

export function renameCollection(ctx: Ctx, { id, name }: Req<'renameCollection'>): Collection[] {
  ctx.study.write(() => ctx.study.collections.rename(id, name));
  return ctx.study.collections.list();
}

/** The collection goes; its documents stay in the study, in no collection. */
export function deleteCollection(ctx: Ctx, { id }: Req<'deleteCollection'>): Collection[] {
  ctx.study.write(() => ctx.study.collections.delete(id));
  return ctx.study.collections.list();
}

export function setKeepOriginals(ctx: Ctx, { keep }: Req<'setKeepOriginals'>): boolean {
  ctx.study.write(() => ctx.study.setKeepOriginals(keep));
  return keep;
}

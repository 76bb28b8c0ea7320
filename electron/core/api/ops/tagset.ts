// The study's vocabulary: its tags (own tags, hierarchy, rename, merge, CSV), its verdict
// list and its people. Every change is one transaction and refuses rather than loses data.

import { z } from 'zod';
import { Color, Name, Shortcut, TagId } from '../../domain/entities';
import { nextTagColor } from '../../domain/palette';
import { AppError } from '../../domain/errors';
import { parseTagSetCsv, tagSetToCsv } from '../../formats/tagset-csv';
import type { TagInput } from '../../store/tags';
import type { ExportFile } from './export';
import type { Person, Tag, Verdict } from '../../domain/types';
import type { Ctx } from './context';
import { safeFileName } from '../../formats/ids';

const TagFields = {
  color: Color.optional(),
  shortcut: Shortcut.nullable().optional(),
  parentId: TagId.nullable().optional(),
  description: z.string().max(2000).optional(),
};

export const tagSetRequests = {
  createTag: z.object({ name: Name, ...TagFields }),
  updateTag: z.object({ id: TagId, name: Name.optional(), ...TagFields }),
  deleteTag: z.object({ id: TagId }),
  mergeTags: z.object({ from: TagId, into: TagId }),
  exportTagSet: z.object({}),
  importTagSet: z.object({ content: z.string().max(5_000_000) }),
  saveVerdicts: z.object({ verdicts: z.array(z.object({ id: z.string().min(1).max(64), label: z.string().max(100), color: Color })).max(50) }),
  listPeople: z.object({}),
  savePerson: z.object({ id: z.string().min(1).max(64).optional(), name: Name, role: z.string().max(300) }),
};
type Req<K extends keyof typeof tagSetRequests> = z.infer<(typeof tagSetRequests)[K]>;

function input(req: { name: string; color?: string | undefined; shortcut?: string | null | undefined; parentId?: string | null | undefined; description?: string | undefined }, tags: readonly Tag[]): TagInput {
  return {
    name: req.name,
    color: req.color ?? nextTagColor(tags.map((t) => t.color), tags.length),
    shortcut: req.shortcut ? req.shortcut.toLowerCase() : null,
    parentId: req.parentId ?? null,
    description: req.description ?? '',
  };
}

export function createTag(ctx: Ctx, req: Req<'createTag'>): Tag[] {
  const { tags } = ctx.study;
  ctx.study.write(() => tags.create(input(req, tags.list())));
  return tags.list();
}

export function updateTag(ctx: Ctx, req: Req<'updateTag'>): Tag[] {
  const { tags } = ctx.study;
  ctx.study.write(() => {
    const tag = tags.get(req.id);
    if (!tag) throw new AppError('not_found', 'That tag no longer exists.');
    tags.update(req.id, {
      name: req.name ?? tag.name,
      color: req.color ?? tag.color,
      shortcut: req.shortcut === undefined ? tag.shortcut : req.shortcut ? req.shortcut.toLowerCase() : null,
      parentId: req.parentId === undefined ? tag.parentId : req.parentId,
      description: req.description ?? tag.description,
    });
  });
  return tags.list();
}

export function deleteTag(ctx: Ctx, id: string): Tag[] {
  ctx.study.write(() => ctx.study.tags.delete(id));
  return ctx.study.tags.list();
}

export function mergeTags(ctx: Ctx, { from, into }: Req<'mergeTags'>): { moved: number; tags: Tag[] } {
  const moved = ctx.study.write(() => ctx.study.tags.merge(from, into, ctx.now()));
  return { moved, tags: ctx.study.tags.list() };
}

export function exportTagSet(ctx: Ctx): ExportFile {
  return { fileName: `${safeFileName(ctx.study.meta.name)} tags.csv`, mimeType: 'text/csv', content: tagSetToCsv(ctx.study.tags.list()), encoding: 'utf8' };
}

/** Add the file's new tags and update the ones it names; never removes a tag. */
export function importTagSet(ctx: Ctx, content: string): { created: number; updated: number; tags: Tag[] } {
  const { tags } = ctx.study;
  const rows = parseTagSetCsv(content, tags.list());
  let created = 0;
  let updated = 0;
  ctx.study.write(() => {
    const find = (name: string) => tags.list().find((t) => t.name.toLowerCase() === name.toLowerCase());
    // First create or update without parents (a parent may come later in the file)…
    for (const r of rows) {
      const tag = find(r.name);
      const base = { name: tag?.builtin ? tag.name : r.name, description: r.description, shortcut: r.shortcut ?? tag?.shortcut ?? null };
      if (tag) {
        tags.update(tag.id, { ...base, color: r.color ?? tag.color, parentId: tag.builtin ? null : tag.parentId });
        updated++;
      } else {
        tags.create({ ...base, color: r.color ?? nextTagColor(tags.list().map((t) => t.color), tags.list().length), parentId: null });
        created++;
      }
    }
    // …then link the hierarchy.
    for (const r of rows) {
      const tag = find(r.name)!;
      const parent = r.parent ? find(r.parent)! : null;
      if (tag.builtin && parent) throw new AppError('bad_input', `The built-in tag “${tag.name}” stays at the top level; remove its parent in the file.`);
      if ((parent?.id ?? null) !== tag.parentId) tags.update(tag.id, { ...tag, parentId: parent?.id ?? null });
    }
  });
  return { created, updated, tags: tags.list() };
}

export function saveVerdicts(ctx: Ctx, verdicts: readonly Verdict[]): Verdict[] {
  ctx.study.write(() => ctx.study.verdicts.replace(verdicts));
  return ctx.study.verdicts.list();
}

export function savePerson(ctx: Ctx, req: Req<'savePerson'>): Person {
  return ctx.study.write(() => (req.id ? ctx.study.people.update(req.id, req.name, req.role) : ctx.study.people.create(req.name, req.role, ctx.now())));
}

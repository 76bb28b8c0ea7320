// The study's vocabulary: its tags (own tags, hierarchy, rename, merge, CSV), its verdict
// list and its people. Every change is one transaction and refuses rather than loses data.

import type { Request } from '../contract';
import { AppError } from '../errors';
import { parseTagSetCsv, tagSetToCsv } from '../formats/tagset-csv';
import type { TagInput } from '../store/tags';
import type { ExportFile } from '../contract';
import type { Person, Tag, Verdict } from '../types';
import type { Ctx } from './context';
import { safeFileName } from '../formats/ids';

/** Colours for new tags, distinguishable with the built-ins (Okabe–Ito, then Tol's muted). */
export const TAG_PALETTE = ['#E69F00', '#56B4E9', '#F0E442', '#332288', '#117733', '#882255', '#44AA99', '#999933', '#AA4499', '#661100'];

function nextColor(tags: readonly Tag[]): string {
  const used = new Set(tags.map((t) => t.color.toUpperCase()));
  return TAG_PALETTE.find((c) => !used.has(c)) ?? TAG_PALETTE[tags.length % TAG_PALETTE.length]!;
}

function input(req: { name: string; color?: string | undefined; shortcut?: string | null | undefined; parentId?: string | null | undefined; description?: string | undefined }, tags: readonly Tag[]): TagInput {
  return {
    name: req.name,
    color: req.color ?? nextColor(tags),
    shortcut: req.shortcut ? req.shortcut.toLowerCase() : null,
    parentId: req.parentId ?? null,
    description: req.description ?? '',
  };
}

export function createTag(ctx: Ctx, req: Request<'createTag'>): Tag[] {
  const { tags } = ctx.study;
  ctx.study.write(() => tags.create(input(req, tags.list())));
  return tags.list();
}

export function updateTag(ctx: Ctx, req: Request<'updateTag'>): Tag[] {
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

export function mergeTags(ctx: Ctx, { from, into }: Request<'mergeTags'>): { moved: number; tags: Tag[] } {
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
        tags.create({ ...base, color: r.color ?? nextColor(tags.list()), parentId: null });
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

export function savePerson(ctx: Ctx, req: Request<'savePerson'>): Person {
  return ctx.study.write(() => (req.id ? ctx.study.people.update(req.id, req.name, req.role) : ctx.study.people.create(req.name, req.role, ctx.now())));
}

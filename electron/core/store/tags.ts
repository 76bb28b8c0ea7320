// The study's tag set: the four built-ins and the study's own tags, with a hierarchy
// (parent), a colour, a shortcut key and a description. Rename and merge never lose an
// annotation; the built-ins can be recoloured and described but not removed or merged away.

import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { AppError } from '../domain/errors';
import type { Tag } from '../domain/types';

interface Row {
  id: string;
  name: string;
  color: string;
  shortcut: string | null;
  builtin: number;
  parent_id: string | null;
  description: string;
}

export interface TagInput {
  name: string;
  color: string;
  shortcut: string | null;
  parentId: string | null;
  description: string;
}

const toTag = (r: Row): Tag => ({
  id: r.id,
  name: r.name,
  color: r.color,
  shortcut: r.shortcut,
  builtin: r.builtin === 1,
  parentId: r.parent_id,
  description: r.description,
});

export class TagRepo {
  constructor(private readonly db: Database) {}

  list(): Tag[] {
    return (this.db.prepare('SELECT id, name, color, shortcut, builtin, parent_id, description FROM tags ORDER BY position, name').all() as Row[]).map(toTag);
  }

  get(id: string): Tag | undefined {
    return this.list().find((t) => t.id === id);
  }

  usage(id: string): number {
    return this.db.prepare('SELECT count(*) FROM annotations WHERE tag_id = ?').pluck().get(id) as number;
  }

  /** Refuses names, shortcuts and parents that would make the set ambiguous or circular. */
  private check(input: TagInput, id: string | null): void {
    const tags = this.list();
    const name = input.name.trim();
    if (!name) throw new AppError('bad_input', 'A tag needs a name.');
    const clash = tags.find((t) => t.id !== id && t.name.toLowerCase() === name.toLowerCase());
    if (clash) throw new AppError('conflict', `There is already a tag named “${clash.name}”.`);
    if (input.shortcut) {
      const taken = tags.find((t) => t.id !== id && t.shortcut === input.shortcut);
      if (taken) throw new AppError('conflict', `The key ${input.shortcut} already applies “${taken.name}”.`);
    }
    if (input.parentId) {
      if (!tags.some((t) => t.id === input.parentId)) throw new AppError('bad_input', 'The parent tag does not exist.');
      const byId = new Map(tags.map((t) => [t.id, t]));
      for (let p: string | null = input.parentId; p; p = byId.get(p)?.parentId ?? null) {
        if (p === id) throw new AppError('bad_input', `“${name}” cannot be placed under its own descendant.`);
      }
    }
  }

  create(input: TagInput): Tag {
    this.check(input, null);
    const id = `tag-${randomUUID()}`;
    const position = (this.db.prepare('SELECT coalesce(max(position), 0) + 1 FROM tags').pluck().get() as number) ?? 1;
    this.db
      .prepare('INSERT INTO tags (id, name, color, shortcut, builtin, position, parent_id, description) VALUES (?, ?, ?, ?, 0, ?, ?, ?)')
      .run(id, input.name.trim(), input.color, input.shortcut, position, input.parentId, input.description);
    return this.get(id)!;
  }

  /** A tag an import brings, already checked against the study's tags by the merge plan. */
  insertImported(t: Tag): void {
    const position = (this.db.prepare('SELECT coalesce(max(position), 0) + 1 FROM tags').pluck().get() as number) ?? 1;
    this.db
      .prepare('INSERT INTO tags (id, name, color, shortcut, builtin, position, parent_id, description) VALUES (?, ?, ?, ?, 0, ?, NULL, ?)')
      .run(t.id, t.name, t.color, t.shortcut, position, t.description);
  }

  setParent(id: string, parentId: string): void {
    this.db.prepare('UPDATE tags SET parent_id = ? WHERE id = ? AND builtin = 0').run(parentId, id);
  }

  update(id: string, input: TagInput): Tag {
    const tag = this.get(id);
    if (!tag) throw new AppError('not_found', 'That tag no longer exists.');
    if (tag.builtin && input.parentId) throw new AppError('bad_input', `The built-in tag “${tag.name}” stays at the top level.`);
    this.check(input, id);
    this.db
      .prepare('UPDATE tags SET name = ?, color = ?, shortcut = ?, parent_id = ?, description = ? WHERE id = ?')
      .run(input.name.trim(), input.color, input.shortcut, input.parentId, input.description, id);
    return this.get(id)!;
  }

  /** Delete a tag nobody uses; its children move up to its parent. */
  delete(id: string): void {
    const tag = this.get(id);
    if (!tag) throw new AppError('not_found', 'That tag no longer exists.');
    if (tag.builtin) throw new AppError('bad_input', `The built-in tag “${tag.name}” cannot be deleted.`);
    const n = this.usage(id);
    if (n) throw new AppError('conflict', `“${tag.name}” is used by ${n} annotation${n === 1 ? '' : 's'}; merge it into another tag instead.`);
    this.db.prepare('UPDATE tags SET parent_id = ? WHERE parent_id = ?').run(tag.parentId, id);
    this.db.prepare('DELETE FROM tags WHERE id = ?').run(id);
  }

  /** Move every annotation of `from` to `into`, then remove `from` (its children move to `into`). */
  merge(from: string, into: string, modified: string): number {
    if (from === into) throw new AppError('bad_input', 'A tag cannot be merged into itself.');
    const a = this.get(from);
    const b = this.get(into);
    if (!a || !b) throw new AppError('not_found', 'That tag no longer exists.');
    if (a.builtin) throw new AppError('bad_input', `The built-in tag “${a.name}” cannot be merged away; merge the other tag into it instead.`);
    const byId = new Map(this.list().map((t) => [t.id, t]));
    for (let p: string | null = b.parentId; p; p = byId.get(p)?.parentId ?? null) {
      if (p === from) throw new AppError('bad_input', `“${a.name}” cannot be merged into its own descendant “${b.name}”.`);
    }
    const moved = this.db.prepare('UPDATE annotations SET tag_id = ?, modified = ? WHERE tag_id = ?').run(into, modified, from).changes;
    this.db.prepare('UPDATE tags SET parent_id = ? WHERE parent_id = ?').run(into, from);
    this.db.prepare('DELETE FROM tags WHERE id = ?').run(from);
    return moved;
  }
}

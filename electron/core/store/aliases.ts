// Remembered label mappings: when a user maps another tool's label to one of the study's
// tags in an import preview ("PER" from Label Studio → Quote), the choice is kept per tool,
// so the next file from that tool maps the same way without asking. A tag's removal takes
// its aliases with it (the foreign key cascades).

import type { Database } from 'better-sqlite3';

export interface TagAlias {
  /** The incoming label's name, as the file spells it (matched without case). */
  label: string;
  tagId: string;
}

export class TagAliases {
  constructor(private readonly db: Database) {}

  /** The remembered mappings of one tool: label (lower case) → tag id. */
  forTool(tool: string): Map<string, string> {
    const rows = this.db.prepare('SELECT label, tag_id FROM tag_aliases WHERE tool = ?').raw().all(tool) as Array<[string, string]>;
    return new Map(rows);
  }

  /** Remember (or replace) mappings, in the caller's transaction; unknown tags are skipped. */
  remember(tool: string, aliases: readonly TagAlias[], now: string): void {
    const put = this.db.prepare(
      'INSERT INTO tag_aliases (tool, label, tag_id, updated) SELECT ?, ?, id, ? FROM tags WHERE id = ? ON CONFLICT (tool, label) DO UPDATE SET tag_id = excluded.tag_id, updated = excluded.updated',
    );
    for (const a of aliases) put.run(tool, a.label.trim().toLowerCase(), now, a.tagId);
  }

  forget(tool: string, label: string): void {
    this.db.prepare('DELETE FROM tag_aliases WHERE tool = ? AND label = ?').run(tool, label.trim().toLowerCase());
  }
}

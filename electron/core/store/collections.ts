// Collections: named groups of documents, by default the folder a document came from. A
// document is in at most one; deleting a collection keeps its documents (they fall out of
// it). Names are unique whatever their case.

import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { AppError } from '../domain/errors';
import type { Collection } from '../domain/types';

export class CollectionRepo {
  constructor(private readonly db: Database) {}

  list(): Collection[] {
    return this.db
      .prepare(
        `SELECT c.id, c.name, c.created, (SELECT count(*) FROM documents d WHERE d.collection_id = c.id) AS documentCount
           FROM collections c ORDER BY c.name COLLATE NOCASE`,
      )
      .all() as Collection[];
  }

  get(id: string): Collection | undefined {
    return this.list().find((c) => c.id === id);
  }

  byName(name: string): Collection | undefined {
    return this.list().find((c) => c.name.toLowerCase() === name.trim().toLowerCase());
  }

  /** The collection of that name, created if there is none. */
  ensure(name: string, now: string): Collection {
    return this.byName(name) ?? this.create(name, now);
  }

  create(name: string, now: string, id = randomUUID()): Collection {
    const clean = name.replace(/\s+/g, ' ').trim();
    if (!clean) throw new AppError('bad_input', 'A collection needs a name.');
    if (this.byName(clean)) throw new AppError('conflict', `There is already a collection named “${clean}”.`);
    this.db.prepare('INSERT INTO collections (id, name, created) VALUES (?, ?, ?)').run(id, clean, now);
    return this.get(id)!;
  }

  rename(id: string, name: string): Collection {
    const clean = name.replace(/\s+/g, ' ').trim();
    if (!clean) throw new AppError('bad_input', 'A collection needs a name.');
    const clash = this.byName(clean);
    if (clash && clash.id !== id) throw new AppError('conflict', `There is already a collection named “${clean}”.`);
    if (this.db.prepare('UPDATE collections SET name = ? WHERE id = ?').run(clean, id).changes === 0) throw new AppError('not_found', 'That collection no longer exists.');
    return this.get(id)!;
  }

  delete(id: string): void {
    if (this.db.prepare('DELETE FROM collections WHERE id = ?').run(id).changes === 0) throw new AppError('not_found', 'That collection no longer exists.');
  }
}

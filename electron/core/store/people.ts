// People kept in the study: the speakers of quotes, one record per person across documents.

import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { AppError } from '../domain/errors';
import type { Person } from '../domain/types';

export class PeopleRepo {
  constructor(private readonly db: Database) {}

  list(): Person[] {
    return this.db.prepare('SELECT id, name, role FROM people ORDER BY name COLLATE NOCASE, role').all() as Person[];
  }

  get(id: string): Person | undefined {
    return this.db.prepare('SELECT id, name, role FROM people WHERE id = ?').get(id) as Person | undefined;
  }

  /** People whose name matches exactly (ignoring case and spacing). */
  findByName(name: string): Person[] {
    const key = name.replace(/\s+/g, ' ').trim();
    return this.db.prepare('SELECT id, name, role FROM people WHERE name = ? COLLATE NOCASE').all(key) as Person[];
  }

  create(name: string, role: string, created: string): Person {
    const clean = name.replace(/\s+/g, ' ').trim();
    if (!clean) throw new AppError('bad_input', 'A person needs a name.');
    const same = this.findByName(clean).find((p) => p.role.toLowerCase() === role.trim().toLowerCase());
    if (same) return same;
    const id = `person-${randomUUID()}`;
    this.db.prepare('INSERT INTO people (id, name, role, created) VALUES (?, ?, ?, ?)').run(id, clean, role.trim(), created);
    return { id, name: clean, role: role.trim() };
  }

  /** Keep a person from another study under their own id (exchange is lossless). */
  insert(p: Person, created: string): void {
    this.db.prepare('INSERT INTO people (id, name, role, created) VALUES (?, ?, ?, ?)').run(p.id, p.name, p.role, created);
  }

  update(id: string, name: string, role: string): Person {
    const clean = name.replace(/\s+/g, ' ').trim();
    if (!clean) throw new AppError('bad_input', 'A person needs a name.');
    if (!this.db.prepare('UPDATE people SET name = ?, role = ? WHERE id = ?').run(clean, role.trim(), id).changes) {
      throw new AppError('not_found', 'That person is no longer in this study.');
    }
    return { id, name: clean, role: role.trim() };
  }
}

// The study's verdict list for claims. Editing it may rename, recolour, reorder and add
// verdicts; removing one that a claim still carries is refused (nothing is orphaned).

import type { Database } from 'better-sqlite3';
import { AppError } from '../domain/errors';
import type { Verdict } from '../domain/types';

export class VerdictRepo {
  constructor(private readonly db: Database) {}

  list(): Verdict[] {
    return this.db.prepare('SELECT id, label, color FROM verdicts ORDER BY position').all() as Verdict[];
  }

  exists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM verdicts WHERE id = ?').get(id) !== undefined;
  }

  /** Replace the list (in the caller's transaction). */
  replace(next: readonly Verdict[]): void {
    const labels = new Set<string>();
    for (const v of next) {
      const key = v.label.trim().toLowerCase();
      if (!key) throw new AppError('bad_input', 'Every verdict needs a label.');
      if (labels.has(key)) throw new AppError('conflict', `The verdict “${v.label.trim()}” appears twice.`);
      labels.add(key);
    }
    if (!next.length) throw new AppError('bad_input', 'The verdict list cannot be empty.');
    const keep = new Set(next.map((v) => v.id));
    const removed = this.list().filter((v) => !keep.has(v.id));
    for (const v of removed) {
      const n = this.db.prepare('SELECT count(*) FROM annotations WHERE verdict_id = ?').pluck().get(v.id) as number;
      if (n) throw new AppError('conflict', `“${v.label}” is the verdict of ${n} claim${n === 1 ? '' : 's'}; give them another verdict before removing it.`);
    }
    const del = this.db.prepare('DELETE FROM verdicts WHERE id = ?');
    for (const v of removed) del.run(v.id);
    // Two passes so swapping labels never trips the UNIQUE constraint.
    const park = this.db.prepare("UPDATE verdicts SET label = 'parked:' || id WHERE id = ?");
    for (const v of next) park.run(v.id);
    const put = this.db.prepare(
      'INSERT INTO verdicts (id, label, color, position) VALUES (@id, @label, @color, @position) ON CONFLICT(id) DO UPDATE SET label = @label, color = @color, position = @position',
    );
    next.forEach((v, i) => put.run({ id: v.id, label: v.label.trim(), color: v.color, position: i + 1 }));
  }
}

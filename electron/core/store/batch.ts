// Writing many rows with few statements: one INSERT of up to a thousand rows at a time. Each
// statement has a fixed cost (more on a table with triggers, where every statement keeps a
// statement journal of the pages it changes), so an import of 100,000 rows runs a hundred
// statements, not 100,000.

import type { Database, Statement } from 'better-sqlite3';

/** Rows per statement, and parameters: well below SQLite's limit of 32,766. */
const MAX_ROWS = 1000;
const MAX_PARAMETERS = 16_000;

export class BatchInsert<T> {
  private readonly statements = new Map<number, Statement>();
  private readonly perStatement: number;

  /**
   * @param head the statement up to VALUES, e.g. `INSERT OR IGNORE INTO t (a, b)`
   * @param width the number of values per row
   * @param values appends one row's values to `out`, in the column order of `head`
   */
  constructor(
    private readonly db: Database,
    private readonly head: string,
    private readonly width: number,
    private readonly values: (row: T, out: unknown[]) => void,
  ) {
    this.perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / width)));
  }

  private statement(rows: number): Statement {
    let s = this.statements.get(rows);
    if (!s) {
      const one = `(${new Array(this.width).fill('?').join(', ')})`;
      this.statements.set(rows, (s = this.db.prepare(`${this.head} VALUES ${new Array(rows).fill(one).join(', ')}`)));
    }
    return s;
  }

  /** Insert every row, in order; runs in the caller's transaction. */
  run(rows: readonly T[]): void {
    // Full statements, then the rest in tens and ones: a few prepared statements serve every size.
    let i = 0;
    for (const size of [this.perStatement, 100, 10, 1]) {
      if (size > this.perStatement) continue;
      for (; rows.length - i >= size; i += size) {
        const args: unknown[] = [];
        for (let k = i; k < i + size; k++) this.values(rows[k]!, args);
        this.statement(size).run(args);
      }
    }
  }
}

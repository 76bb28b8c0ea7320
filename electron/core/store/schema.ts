// The known schema of each study format, and the check that a file holds exactly that. A
// study may come from a stranger, and SQLite runs what its schema says: a planted trigger
// fires on our writes, a view replacing a table runs on our reads, altered table SQL changes
// defaults and checks. So before anything reads a study's data or writes to it, every table,
// index, trigger and view is compared by type, name, table and SQL with what our own
// migrations create for that version, built in memory; anything else is refused. The SQL
// text read from a file is only compared as a string, never prepared or run
// (architecture.test.ts keeps it so).

import type { Database as Db } from 'better-sqlite3';
import { connect } from './connection';
import { APPLICATION_ID } from './header';
import { MIGRATIONS } from './migrations';

export interface SchemaEntry {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const expected = new Map<number, SchemaEntry[]>();

export function readSchema(db: Db): SchemaEntry[] {
  return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name').all() as SchemaEntry[];
}

/** What our migrations create for a version, from an in-memory database (cached). */
export function expectedSchema(version: number): SchemaEntry[] {
  let schema = expected.get(version);
  if (!schema) {
    const db = connect(':memory:');
    try {
      db.transaction(() => {
        db.pragma(`application_id = ${APPLICATION_ID | 0}`);
        for (const m of MIGRATIONS) if (m.version <= version) m.up(db);
      })();
      schema = readSchema(db);
    } finally {
      db.close();
    }
    expected.set(version, schema);
  }
  return schema;
}

const describe = (e: SchemaEntry) => `${e.type} “${e.name}”`;

/** The first way a file's schema differs from its version's, or null when it is exactly it. */
export function schemaDifference(actual: readonly SchemaEntry[], version: number): string | null {
  const want = new Map(expectedSchema(version).map((e) => [`${e.type}:${e.name}`, e]));
  for (const e of actual) {
    const w = want.get(`${e.type}:${e.name}`);
    if (!w) return `it holds an unexpected ${describe(e)}`;
    if (w.tbl_name !== e.tbl_name || w.sql !== e.sql) return `its ${describe(e)} is not as Sourcemark defines it`;
    want.delete(`${e.type}:${e.name}`);
  }
  const missing = want.values().next().value;
  return missing ? `its ${describe(missing)} is missing` : null;
}

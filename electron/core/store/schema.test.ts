// The schema each study format defines is fixed once released: the files of every study
// written by that version are checked against it. A golden file per version catches any
// edit to a released migration's SQL (which would make those studies look altered).

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../test-support/golden';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { expectedSchema, schemaDifference, type SchemaEntry } from './schema';

export function renderSchema(entries: readonly SchemaEntry[]): string {
  return entries.map((e) => `-- ${e.type} ${e.name} on ${e.tbl_name}\n${e.sql ?? '(created by SQLite)'};\n`).join('\n');
}

describe('the schema of each study format', () => {
  it.each(MIGRATIONS.map((m) => m.version))('format %i is as released', (version) => {
    expectGolden(path.join(__dirname, '__golden__', `schema-v${version}.sql`), renderSchema(expectedSchema(version)));
  });

  it('a file holding exactly its version’s schema passes; any difference is named', () => {
    const schema = expectedSchema(LATEST_VERSION);
    expect(schemaDifference(schema, LATEST_VERSION)).toBeNull();
    expect(schemaDifference([...schema, { type: 'view', name: 'v', tbl_name: 'v', sql: 'CREATE VIEW v AS SELECT 1' }], LATEST_VERSION)).toBe('it holds an unexpected view “v”');
    expect(schemaDifference(schema.slice(1), LATEST_VERSION)).toMatch(/is missing$/);
    const altered = schema.map((e) => (e.name === 'annotations' ? { ...e, sql: e.sql + ' ' } : e));
    expect(schemaDifference(altered, LATEST_VERSION)).toBe('its table “annotations” is not as Sourcemark defines it');
  });
});

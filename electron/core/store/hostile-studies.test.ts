// Studies written by someone hostile: each is refused before SQLite runs anything it holds,
// whether opened as the study or imported from, and no file on disk changes (the crafted
// one, and a victim study beside it that planted SQL would attack).

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors';
import { fixtureStudy } from '../test-support/fixture-study';
import { alterSchemaSql, craftStudy, digest } from '../test-support/hostile';
import { tmpDir } from '../test-support/tmp';
import Database from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { APPLICATION_ID, migrate } from './open';
import { Study } from './study';
import { testService } from '../test-support/service';

const dir = tmpDir();
const victim = path.join(dir, 'victim.sourcemark');
const { s: source } = await fixtureStudy();
fs.writeFileSync(victim, Buffer.from(source.study.db.serialize()));
const quoted = victim.replaceAll("'", "''");

const cases: Array<[string, (db: import('better-sqlite3').Database) => void, RegExp]> = [
  [
    'the search trigger’s stored SQL with statements appended after END (the ATTACH attack)',
    (db) => alterSchemaSql(db, 'annotations_index_insert', (sql) => `${sql}; ATTACH '${quoted}' AS v; DELETE FROM v.annotations;`),
    /trigger “annotations_index_insert” is not as Sourcemark defines it/,
  ],
  ['a planted trigger', (db) => db.exec('CREATE TRIGGER evil AFTER INSERT ON documents BEGIN DELETE FROM annotations; END;'), /unexpected trigger “evil”/],
  [
    'a table replaced by a never-ending recursive view',
    (db) => db.exec('DROP TABLE people; CREATE VIEW people AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n AS id, n AS name, n AS role, n AS created FROM r;'),
    /unexpected view “people”|table “people” is missing/,
  ],
  ['an extra table', (db) => db.exec('CREATE TABLE notes (x TEXT)'), /unexpected table “notes”/],
  ['a table’s DEFAULT altered', (db) => alterSchemaSql(db, 'annotations', (sql) => sql.replace("note        TEXT NOT NULL DEFAULT ''", "note        TEXT NOT NULL DEFAULT (load_extension('x'))")), /table “annotations” is not as Sourcemark defines it/],
  ['an index dropped', (db) => db.exec('DROP INDEX annotations_by_tag'), /index “annotations_by_tag” is missing/],
  ['a table dropped', (db) => db.exec('DROP TABLE tags'), /“(tags|sqlite_autoindex_tags_1)” is missing/],
];

function refusalOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('a hostile study is refused untouched', () => {
  it.each(cases)('%s', async (name, edit, reason) => {
    const file = craftStudy(path.join(dir, `${name.slice(0, 24).replace(/\W+/g, '-')}.sourcemark`), edit);
    const before = { file: digest(file), victim: digest(victim) };
    // Opened as the study…
    const e = refusalOf(() => Study.open(file));
    expect(e.code).toBe('study_unreadable');
    expect(e.message).toMatch(reason);
    // …or imported from: a clear refusal, nothing written to the open study.
    const target = testService({ dataDir: tmpDir() }).start();
    await expect(target.importAnnotations({ name: 'colleague.sourcemark', dataBase64: fs.readFileSync(file).toString('base64') })).rejects.toThrow(reason);
    expect(target.study.annotations.listAll()).toEqual([]);
    target.close();
    expect({ file: digest(file), victim: digest(victim) }).toEqual(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('a SQLite file with our application id and version but no tables is left byte-for-byte as it was', async () => {
    const file = path.join(dir, 'spoofed.sourcemark');
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID | 0}`);
    db.pragma(`user_version = ${LATEST_VERSION}`);
    db.close();
    const before = digest(file);
    expect(refusalOf(() => Study.open(file)).message).toMatch(/is missing/);
    expect(digest(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it.each(MIGRATIONS.slice(0, -1).map((m) => m.version))('a study of format %i is checked against that format’s schema, upgraded, and opens again', async (version) => {
    const file = path.join(dir, `format-${version}.sourcemark`);
    const db = new Database(file);
    db.transaction(() => {
      db.pragma(`application_id = ${APPLICATION_ID | 0}`);
      migrate(db, version);
    })();
    db.close();
    const study = Study.open(file);
    expect(study.formatVersion()).toBe(LATEST_VERSION);
    study.close();
    expect(() => Study.open(file).close()).not.toThrow();
  });

  it('a study source that takes longer than its budget is stopped, with a message', async () => {
    const { readIncoming } = await import('../exchange/read');
    await expect(readIncoming('slow.sourcemark', fs.readFileSync(victim), { budgetMs: 1 })).rejects.toThrow(/took longer than 1 ms, so it was stopped/);
  });
});

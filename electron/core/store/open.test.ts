import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors';
import { tmpDir } from '../test-support/tmp';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { APPLICATION_ID, migrate } from './open';
import { Study } from './study';

const digest = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');

function newStudyFile(dir: string, name = 'study.sourcemark'): string {
  const file = path.join(dir, name);
  Study.create(file).close();
  return file;
}

function refusal(file: string): AppError {
  try {
    Study.open(file).close();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected the study to be refused');
}

describe('creating and opening', () => {
  it('creates a study with the built-in tags, format version and identity', () => {
    const dir = tmpDir();
    const s = Study.create(path.join(dir, 'Osh 2005.sourcemark'));
    expect(s.meta.name).toBe('Osh 2005');
    expect(s.meta.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(s.formatVersion()).toBe(LATEST_VERSION);
    expect(s.tags.list().map((t) => [t.id, t.shortcut])).toEqual([['claim', '1'], ['quote', '2'], ['figure', '3'], ['location', '4']]);
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(s.db.pragma('foreign_keys', { simple: true })).toBe(1);
    s.close();
    const again = Study.open(path.join(dir, 'Osh 2005.sourcemark'));
    expect(again.meta).toEqual(s.meta);
    again.close();
  });

  it('refuses to create over an existing file and leaves it alone', () => {
    const dir = tmpDir();
    const file = path.join(dir, 'notes.sourcemark');
    fs.writeFileSync(file, 'precious');
    expect(() => Study.create(file)).toThrow(/already exists/);
    expect(fs.readFileSync(file, 'utf8')).toBe('precious');
  });

  it('opens a study whose header is still in the write-ahead log after a crash', () => {
    const dir = tmpDir();
    const live = path.join(dir, 'live.sourcemark');
    const db = new Database(live);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.transaction(() => {
      db.pragma(`application_id = ${APPLICATION_ID | 0}`);
      for (const m of MIGRATIONS) {
        m.up(db);
        db.pragma(`user_version = ${m.version}`);
      }
    })();
    // Copy the files while the connection is open: the copy looks like a crashed session.
    const crashed = path.join(dir, 'crashed.sourcemark');
    fs.copyFileSync(live, crashed);
    fs.copyFileSync(`${live}-wal`, `${crashed}-wal`);
    db.close();
    expect(fs.readFileSync(crashed).readInt32BE(68)).not.toBe(APPLICATION_ID);
    const s = Study.open(crashed);
    expect(s.tags.list()).toHaveLength(4);
    s.close();
  });
});

describe('refusing files that are not usable studies, byte-for-byte untouched', () => {
  const dir = tmpDir();
  const cases: Array<[string, () => string, RegExp]> = [
    ['an empty file', () => (fs.writeFileSync(path.join(dir, 'empty.sourcemark'), ''), path.join(dir, 'empty.sourcemark')), /it is empty/],
    ['a text file', () => (fs.writeFileSync(path.join(dir, 'a.sourcemark'), 'hello world'), path.join(dir, 'a.sourcemark')), /not a SQLite database/],
    [
      'another application’s SQLite database',
      () => {
        const f = path.join(dir, 'other.db');
        const db = new Database(f);
        db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
        db.close();
        return f;
      },
      /SQLite database, but not a Sourcemark study/,
    ],
    [
      'a study from a newer version',
      () => {
        const f = newStudyFile(dir, 'newer.sourcemark');
        const db = new Database(f);
        db.pragma(`user_version = ${LATEST_VERSION + 1}`);
        db.pragma('journal_mode = DELETE');
        db.close();
        return f;
      },
      new RegExp(`newer version of Sourcemark \\(study format ${LATEST_VERSION + 1}; this version reads up to ${LATEST_VERSION}\\)`),
    ],
    [
      'a damaged study',
      () => {
        const f = newStudyFile(dir, 'damaged.sourcemark');
        const s = Study.open(f);
        s.db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) INSERT INTO study_meta SELECT 'filler-' || i, hex(randomblob(500)) FROM n`);
        s.close();
        const buf = fs.readFileSync(f);
        buf.fill(0xa5, 4096 + 8, 4096 * 3); // overwrite the contents of pages 2 and 3
        fs.writeFileSync(f, buf);
        return f;
      },
      /damaged/,
    ],
    [
      'a truncated study',
      () => {
        const f = newStudyFile(dir, 'truncated.sourcemark');
        const buf = fs.readFileSync(f);
        fs.writeFileSync(f, buf.subarray(0, 4096 + 100));
        return f;
      },
      /damaged/,
    ],
  ];

  it.each(cases)('%s', (_name, make, reason) => {
    const file = make();
    const before = digest(file);
    const e = refusal(file);
    expect(e.code).toBe('study_unreadable');
    expect(e.message).toMatch(reason);
    expect(e.message).toContain(path.basename(file));
    expect(digest(file)).toBe(before);
  });

  it('a missing file or a folder', () => {
    expect(refusal(path.join(dir, 'nope.sourcemark')).code).toBe('not_found');
    expect(refusal(dir).message).toMatch(/folder/);
  });
});

describe('migrations', () => {
  it('format 1 from an empty database', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['annotations', 'documents', 'study_meta', 'tags', 'tombstones']);
    db.close();
  });

  it('are numbered 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });
});

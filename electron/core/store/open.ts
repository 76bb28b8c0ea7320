// Opening and creating study files. A file is inspected from its 100-byte SQLite header
// before SQLite touches it, then read-only: its schema must be exactly the one its format
// version defines (schema.ts) and it must pass SQLite's quick check. Only then is it opened
// for writing (and upgraded, if older). A file that is not a study, is damaged, was altered,
// or comes from a newer version is refused and left byte-for-byte as it was.

import fs from 'node:fs';
import path from 'node:path';
import type { Database as Db } from 'better-sqlite3';
import { AppError } from '../domain/errors';
import { configureWriter, connect, DEFAULT_BUSY_MS } from './connection';
import { APPLICATION_ID, classify, inspectHeader, readHeader, type HeaderCheck } from './header';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { readSchema, schemaDifference } from './schema';

export { APPLICATION_ID, STUDY_EXTENSION, inspectHeader, type HeaderCheck } from './header';
export { setNativeBinding } from './connection';

export interface OpenOptions {
  /** How long a write waits for another program before reporting "busy". */
  busyMs?: number;
}

/**
 * After a crash the newest header may still sit in the write-ahead log beside the file;
 * a read-only connection sees it without changing the file.
 */
function inspectThroughWal(file: string): HeaderCheck | undefined {
  const wal = `${file}-wal`;
  if (!fs.existsSync(wal) || fs.statSync(wal).size === 0) return undefined;
  let db: Db | undefined;
  try {
    db = connect(file, { readonly: true, fileMustExist: true });
    const appId = (db.pragma('application_id', { simple: true }) as number) >>> 0;
    return classify(appId, db.pragma('user_version', { simple: true }) as number);
  } catch {
    return undefined;
  } finally {
    db?.close();
  }
}

function refuse(file: string, reason: string): never {
  throw new AppError('study_unreadable', `Cannot open “${path.basename(file)}”: ${reason}.`);
}

/**
 * Read-only: the schema is exactly its version's, and SQLite's quick check passes. The
 * schema is checked first, so the quick check (and every later query) only ever runs over
 * tables, indexes and triggers that we defined.
 */
function verify(file: string, version: number): void {
  let db: Db | undefined;
  try {
    db = connect(file, { readonly: true, fileMustExist: true });
    const difference = schemaDifference(readSchema(db), version);
    if (difference) refuse(file, `${difference}, so it may have been altered by another program. Sourcemark does not open altered studies`);
    const rows = db.pragma('quick_check(5)') as Array<{ quick_check: string }>;
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    if (problems.length) refuse(file, `it is damaged (${problems[0]})`);
  } catch (e) {
    if (e instanceof AppError) throw e;
    refuse(file, `it is damaged (${(e as Error).message})`);
  } finally {
    db?.close();
  }
}

function applyMigrations(db: Db, targetVersion: number): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > targetVersion) continue;
    m.up(db);
    db.pragma(`user_version = ${m.version}`);
  }
}

/** Apply every migration newer than the file's version, all in one transaction. */
export function migrate(db: Db, targetVersion = LATEST_VERSION): void {
  db.transaction(() => applyMigrations(db, targetVersion)).immediate();
}

/** Check a study file without opening it for writing; its format version if it is one. */
export function checkStudyFile(file: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError('not_found', `There is no study file at ${file}.`);
  }
  if (stat.isDirectory()) refuse(file, 'it is a folder, not a study file');
  let header = inspectHeader(readHeader(file));
  if (header.kind === 'refused') header = inspectThroughWal(file) ?? header;
  if (header.kind === 'refused') refuse(file, header.reason);
  verify(file, header.version);
  return header.version;
}

/** Open an existing study for reading and writing, upgrading its format if it is older. */
export function openStudyFile(file: string, options: OpenOptions = {}): Db {
  const version = checkStudyFile(file);
  const db = connect(file, { fileMustExist: true });
  try {
    configureWriter(db, options.busyMs ?? DEFAULT_BUSY_MS);
    if (version < LATEST_VERSION) {
      // Keep the old file as it was, for the previous version of the app.
      db.prepare('VACUUM INTO ?').run(`${file}.format${version}.bak`);
      migrate(db);
      db.pragma('wal_checkpoint(TRUNCATE)');
    }
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Open a study that has been checked, read-only (an import source). */
export function openCheckedReadOnly(file: string): Db {
  return connect(file, { readonly: true, fileMustExist: true });
}

/** Create a new, empty study. Refuses to touch an existing file or to invent folders. */
export function createStudyFile(file: string, meta: { id: string; name: string; created: string }, options: OpenOptions & { makeFolder?: boolean } = {}): Db {
  if (fs.existsSync(file)) {
    throw new AppError('conflict', `A file named “${path.basename(file)}” already exists in ${path.dirname(file)}.`);
  }
  const dir = path.dirname(file);
  if (options.makeFolder) fs.mkdirSync(dir, { recursive: true });
  else if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new AppError('not_found', `The folder ${dir} does not exist; choose an existing folder for the new study.`);
  }
  const db = connect(file);
  try {
    configureWriter(db, options.busyMs ?? DEFAULT_BUSY_MS);
    // One transaction: a crash leaves either no study or a complete one.
    db.transaction(() => {
      db.pragma(`application_id = ${APPLICATION_ID | 0}`);
      applyMigrations(db, LATEST_VERSION);
      const put = db.prepare('INSERT INTO study_meta (key, value) VALUES (?, ?)');
      put.run('id', meta.id);
      put.run('name', meta.name);
      put.run('created', meta.created);
    }).immediate();
    // Put the header in the main file now, so the file identifies itself even after a crash.
    db.pragma('wal_checkpoint(TRUNCATE)');
    return db;
  } catch (e) {
    db.close();
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    throw e;
  }
}

// Opening and creating study files. A file is inspected from its 100-byte SQLite header
// before SQLite touches it, then checked read-only; only a file that passes is opened for
// writing. A file that is not a study, is damaged, or comes from a newer version is refused
// and left byte-for-byte as it was.

import fs from 'node:fs';
import path from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3';
import { AppError } from '../errors';
import { LATEST_VERSION, MIGRATIONS } from './migrations';

/** PRAGMA application_id of every study file: "SMK1". */
export const APPLICATION_ID = 0x534d4b31;
export const STUDY_EXTENSION = '.sourcemark';

let nativeBinding: string | undefined;
/** Electron loads a private build of better-sqlite3's addon (see scripts/native-electron.mjs). */
export function setNativeBinding(file: string | undefined): void {
  nativeBinding = file;
}

function connect(file: string, options: Database.Options = {}): Db {
  return new Database(file, { ...options, ...(nativeBinding ? { nativeBinding } : {}) });
}

export type HeaderCheck =
  | { kind: 'study'; version: number }
  | { kind: 'refused'; reason: string };

const SQLITE_MAGIC = 'SQLite format 3\u0000';

function classify(appId: number, version: number): HeaderCheck {
  if (appId !== APPLICATION_ID) {
    return { kind: 'refused', reason: 'it is a SQLite database, but not a Sourcemark study' };
  }
  if (version > LATEST_VERSION) {
    return {
      kind: 'refused',
      reason: `it was written by a newer version of Sourcemark (study format ${version}; this version reads up to ${LATEST_VERSION}). Update Sourcemark to open it`,
    };
  }
  if (version < 1) return { kind: 'refused', reason: 'it is an unfinished study (its creation was interrupted)' };
  return { kind: 'study', version };
}

/** Classify a file from its header alone. */
export function inspectHeader(header: Buffer): HeaderCheck {
  if (header.length === 0) return { kind: 'refused', reason: 'it is empty' };
  if (header.length < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    return { kind: 'refused', reason: 'it is not a Sourcemark study (not a SQLite database)' };
  }
  return classify(header.readInt32BE(68) >>> 0, header.readInt32BE(60));
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

function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(100);
    const n = fs.readSync(fd, buf, 0, 100, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

function refuse(file: string, reason: string): never {
  throw new AppError('study_unreadable', `Cannot open “${path.basename(file)}”: ${reason}.`);
}

/** Read-only integrity check; SQLite errors become a "damaged" refusal. */
function checkIntegrity(file: string): void {
  let db: Db | undefined;
  try {
    db = connect(file, { readonly: true, fileMustExist: true });
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

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
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

/** Open an existing study for reading and writing, upgrading its format if it is older. */
export function openStudyFile(file: string): Db {
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
  checkIntegrity(file);

  const db = connect(file, { fileMustExist: true });
  try {
    configure(db);
    if (header.version < LATEST_VERSION) {
      // Keep the old file as it was, for the previous version of the app.
      db.prepare('VACUUM INTO ?').run(`${file}.format${header.version}.bak`);
      migrate(db);
      db.pragma('wal_checkpoint(TRUNCATE)');
    }
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Create a new, empty study. Refuses to touch an existing file. */
export function createStudyFile(file: string, meta: { id: string; name: string; created: string }): Db {
  if (fs.existsSync(file)) {
    throw new AppError('conflict', `A file named “${path.basename(file)}” already exists in ${path.dirname(file)}.`);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = connect(file);
  try {
    configure(db);
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

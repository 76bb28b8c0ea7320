// The one way this app opens a SQLite connection. Every connection is hardened before its
// first query: the schema is not trusted (functions with side effects cannot run from
// triggers, views or defaults), and better-sqlite3's defensive mode stays on (no writes to
// sqlite_master, no journal tampering). Writers wait briefly for another writer and then
// report "busy" so a host can wait without blocking its thread.

import Database, { type Database as Db } from 'better-sqlite3';

let nativeBinding: string | undefined;
/** Electron loads a private build of better-sqlite3's addon (see scripts/native-electron.mjs). */
export function setNativeBinding(file: string | undefined): void {
  nativeBinding = file;
}
export function getNativeBinding(): string | undefined {
  return nativeBinding;
}

/** How long a write waits for another program's write before it reports "busy". */
export const DEFAULT_BUSY_MS = 150;

export function connect(file: string | Buffer, options: Database.Options = {}): Db {
  const db = new Database(file as string, { ...options, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    db.unsafeMode(false);
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

/** Settings of a connection that writes: WAL, foreign keys, a short wait for other writers. */
export function configureWriter(db: Db, busyMs = DEFAULT_BUSY_MS): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyMs))}`);
  // A big merge dirties pages all over the annotations' indexes (their keys are random ids):
  // room for them in memory (64 MB, used only as needed) and fewer, larger checkpoints.
  db.pragma('cache_size = -65536');
  db.pragma('wal_autocheckpoint = 10000');
}

/** SQLite's "another connection holds the write lock". */
export function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED');
}

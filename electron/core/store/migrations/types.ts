import type { Database } from 'better-sqlite3';

/** One step of the study format. `up` runs inside the caller's transaction. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

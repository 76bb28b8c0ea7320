// Study format 5.
// - bulk_ids: the annotations a bulk insert is adding; the search-index trigger skips them
//   and the bulk insert indexes them in one statement (FTS5 is far faster in bulk), so the
//   trigger never has to be dropped and re-created (a schema change) for an import
// - imports / import_journal: a large import is written in short transactions (so another
//   program's writes wait a fraction of a second, not the whole import); what each step
//   added or replaced is journalled, and an import that did not finish (a crash, a kill)
//   is undone from the journal, so imports stay all or nothing.

import { FACTS } from './003-search';
import type { Migration } from './types';

/** The per-row search-index trigger of format 5: every insert but a bulk insert's. */
export const INDEX_INSERT_TRIGGER = `CREATE TRIGGER annotations_index_insert AFTER INSERT ON annotations
  WHEN NOT EXISTS (SELECT 1 FROM bulk_ids WHERE id = new.id) BEGIN
  INSERT INTO annotation_fts (exact, note, facts) VALUES (new.exact, new.note, ${FACTS('new')});
  INSERT INTO annotation_fts_map (annotation_id, fts_rowid) VALUES (new.id, last_insert_rowid());
END`;

export const migration005: Migration = {
  version: 5,
  name: 'collections',
  up(db) {
    db.exec(`
      CREATE TABLE bulk_ids (
        n  INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE
      ) STRICT;
      DROP TRIGGER annotations_index_insert;
      ${INDEX_INSERT_TRIGGER};

      CREATE TABLE imports (
        id        TEXT PRIMARY KEY,
        origin    TEXT NOT NULL,
        started   TEXT NOT NULL,
        host      TEXT NOT NULL,      -- the machine and process writing it, to tell a live
        pid       INTEGER NOT NULL,   -- import from one that died half-way
        heartbeat TEXT NOT NULL
      ) STRICT;

      CREATE TABLE import_journal (
        import_id TEXT NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
        seq       INTEGER NOT NULL,
        kind      TEXT NOT NULL CHECK (kind IN ('document', 'tag', 'person', 'verdicts', 'annotation', 'update', 'change')),
        key       TEXT NOT NULL,
        old       TEXT,               -- JSON of what the step replaced, to put it back
        PRIMARY KEY (import_id, seq)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};

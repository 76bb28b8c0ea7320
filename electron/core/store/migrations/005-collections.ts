// Study format 5.
// - bulk_ids: the annotations a bulk insert is adding; the search-index trigger skips them
//   and the bulk insert indexes them in one statement (FTS5 is far faster in bulk), so the
//   trigger never has to be dropped and re-created (a schema change) for an import
// - imports / import_journal: a large import is written in short transactions (so another
//   program's writes wait a fraction of a second, not the whole import); what each step
//   added or replaced is journalled, and an import that did not finish (a crash, a kill)
//   is undone from the journal, so imports stay all or nothing.
// - tag_aliases: the label mappings a user chose in import previews, per tool that wrote the
//   file, applied to the next file from that tool (store/aliases.ts)
// - collections: named groups of documents (by default the folder they were imported from)
// - document_sources: the file a document was extracted from (format, name, size, SHA-256,
//   extractor and version, HTML mode, PDF page starts, extraction notes); originals: the
//   file's bytes, kept unless the study says not to, so it can be proved and re-extracted
// - document_tombstones / trash: a deleted document travels to colleagues as a tombstone,
//   and waits in the trash (with its annotations) until it is restored
// - text_fts: full-text search over the articles' text, one row per line of the canonical
//   text with its code-point start, so a hit opens the document at its place

import { FACTS } from './003-search';
import type { Database } from 'better-sqlite3';
import { codePointLength } from '../../text/codepoints';
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

      CREATE TABLE collections (
        id      TEXT PRIMARY KEY,
        name    TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        created TEXT NOT NULL
      ) STRICT;
      ALTER TABLE documents ADD COLUMN collection_id TEXT REFERENCES collections(id) ON DELETE SET NULL;
      CREATE INDEX documents_by_collection ON documents (collection_id);

      CREATE TABLE originals (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        bytes  BLOB NOT NULL
      ) STRICT;

      CREATE TABLE document_sources (
        document_id       TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        format            TEXT NOT NULL CHECK (format IN ('markdown', 'plain', 'html', 'pdf', 'docx', 'epub')),
        media_type        TEXT NOT NULL,
        file_name         TEXT NOT NULL,
        size              INTEGER NOT NULL CHECK (size >= 0),
        sha256            TEXT NOT NULL CHECK (length(sha256) = 64),   -- of the original file
        extractor         TEXT NOT NULL,
        extractor_version TEXT NOT NULL,
        html_mode         TEXT CHECK (html_mode IN ('article', 'page')),
        page_starts       TEXT CHECK (page_starts IS NULL OR json_valid(page_starts)),
        notes             TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(notes))
      ) STRICT;
      CREATE INDEX document_sources_by_sha256 ON document_sources (sha256);

      CREATE TABLE document_tombstones (
        id      TEXT PRIMARY KEY,
        title   TEXT NOT NULL,
        deleted TEXT NOT NULL,
        author  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE trash (
        document_id TEXT PRIMARY KEY,
        title       TEXT NOT NULL,
        deleted     TEXT NOT NULL,
        snapshot    TEXT NOT NULL CHECK (json_valid(snapshot))
      ) STRICT;

      CREATE VIRTUAL TABLE text_fts USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2');
      CREATE TABLE text_fts_map (
        fts_rowid   INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL,
        start       INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX text_fts_map_by_document ON text_fts_map (document_id);
      CREATE TRIGGER documents_text_unindex AFTER DELETE ON documents BEGIN
        DELETE FROM text_fts WHERE rowid IN (SELECT fts_rowid FROM text_fts_map WHERE document_id = old.id);
        DELETE FROM text_fts_map WHERE document_id = old.id;
      END;

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

      CREATE TABLE tag_aliases (
        tool    TEXT NOT NULL,        -- the tool that wrote the file ("brat", "refi:QualCoder")
        label   TEXT NOT NULL,        -- its label's name, lower case
        tag_id  TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        updated TEXT NOT NULL,
        PRIMARY KEY (tool, label)
      ) STRICT, WITHOUT ROWID;
    `);
    // Index the text the study already has.
    const docs = db.prepare('SELECT id, text FROM documents').all() as Array<{ id: string; text: string }>;
    for (const d of docs) indexText(db, d.id, d.text);
  },
};

/** One search row per line of a document's canonical text, with its code-point start. */
export function indexText(db: Database, documentId: string, text: string): void {
  const put = db.prepare('INSERT INTO text_fts (text) VALUES (?)');
  const map = db.prepare('INSERT INTO text_fts_map (fts_rowid, document_id, start) VALUES (?, ?, ?)');
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) map.run(put.run(line).lastInsertRowid, documentId, start);
    start += codePointLength(line) + 1;
  }
}


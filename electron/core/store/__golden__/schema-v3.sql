-- index annotations_by_document on annotations
CREATE INDEX annotations_by_document ON annotations (document_id, start, end);

-- index annotations_by_place on annotations
CREATE INDEX annotations_by_place ON annotations (json_extract(fields, '$.location.name') COLLATE NOCASE, document_id, start)
        WHERE json_extract(fields, '$.location.name') IS NOT NULL;

-- index annotations_by_speaker on annotations
CREATE INDEX annotations_by_speaker ON annotations (speaker_id) WHERE speaker_id IS NOT NULL;

-- index annotations_by_speaker_position on annotations
CREATE INDEX annotations_by_speaker_position ON annotations (speaker_id, document_id, start) WHERE speaker_id IS NOT NULL;

-- index annotations_by_tag on annotations
CREATE INDEX annotations_by_tag ON annotations (tag_id);

-- index annotations_by_tag_position on annotations
CREATE INDEX annotations_by_tag_position ON annotations (tag_id, document_id, start);

-- index annotations_by_verdict on annotations
CREATE INDEX annotations_by_verdict ON annotations (verdict_id) WHERE verdict_id IS NOT NULL;

-- index annotations_by_verdict_position on annotations
CREATE INDEX annotations_by_verdict_position ON annotations (verdict_id, document_id, start) WHERE verdict_id IS NOT NULL;

-- index people_by_name on people
CREATE INDEX people_by_name ON people (name COLLATE NOCASE);

-- index sqlite_autoindex_annotation_fts_map_1 on annotation_fts_map
(created by SQLite);

-- index sqlite_autoindex_annotation_fts_map_2 on annotation_fts_map
(created by SQLite);

-- index sqlite_autoindex_annotations_1 on annotations
(created by SQLite);

-- index sqlite_autoindex_documents_1 on documents
(created by SQLite);

-- index sqlite_autoindex_people_1 on people
(created by SQLite);

-- index sqlite_autoindex_study_meta_1 on study_meta
(created by SQLite);

-- index sqlite_autoindex_tags_1 on tags
(created by SQLite);

-- index sqlite_autoindex_tags_2 on tags
(created by SQLite);

-- index sqlite_autoindex_tombstones_1 on tombstones
(created by SQLite);

-- index sqlite_autoindex_verdicts_1 on verdicts
(created by SQLite);

-- index sqlite_autoindex_verdicts_2 on verdicts
(created by SQLite);

-- table annotation_fts on annotation_fts
CREATE VIRTUAL TABLE annotation_fts USING fts5 (exact, note, facts, tokenize = 'unicode61 remove_diacritics 2');

-- table annotation_fts_config on annotation_fts_config
CREATE TABLE 'annotation_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table annotation_fts_content on annotation_fts_content
CREATE TABLE 'annotation_fts_content'(id INTEGER PRIMARY KEY, c0, c1, c2);

-- table annotation_fts_data on annotation_fts_data
CREATE TABLE 'annotation_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table annotation_fts_docsize on annotation_fts_docsize
CREATE TABLE 'annotation_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table annotation_fts_idx on annotation_fts_idx
CREATE TABLE 'annotation_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table annotation_fts_map on annotation_fts_map
CREATE TABLE annotation_fts_map (
        annotation_id TEXT PRIMARY KEY,
        fts_rowid     INTEGER NOT NULL UNIQUE
      ) STRICT;

-- table annotations on annotations
CREATE TABLE annotations (
        id          TEXT PRIMARY KEY,                         -- UUID
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        tag_id      TEXT NOT NULL REFERENCES tags(id),
        start       INTEGER NOT NULL CHECK (start >= 0),      -- code points
        end         INTEGER NOT NULL CHECK (end > start),
        exact       TEXT NOT NULL,
        prefix      TEXT NOT NULL,
        suffix      TEXT NOT NULL,
        note        TEXT NOT NULL DEFAULT '',
        author      TEXT NOT NULL,
        created     TEXT NOT NULL,
        modified    TEXT NOT NULL
      , fields TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields)), verdict_id TEXT GENERATED ALWAYS AS (json_extract(fields, '$.claim.verdict')) VIRTUAL, speaker_id TEXT GENERATED ALWAYS AS (json_extract(fields, '$.quote.speakerId')) VIRTUAL) STRICT;

-- table documents on documents
CREATE TABLE documents (
        id          TEXT PRIMARY KEY CHECK (length(id) = 64),  -- SHA-256 hex of text
        title       TEXT NOT NULL,
        file_name   TEXT NOT NULL,
        format      TEXT NOT NULL CHECK (format IN ('markdown', 'plain')),
        encoding    TEXT NOT NULL,
        author      TEXT,
        location    TEXT,
        source_url  TEXT,
        published   TEXT,
        text        TEXT NOT NULL,                             -- canonical text
        length      INTEGER NOT NULL CHECK (length >= 0),      -- in code points
        structure   TEXT NOT NULL,                             -- JSON: Block[]
        imported_at TEXT NOT NULL
      ) STRICT;

-- table people on people
CREATE TABLE people (
        id      TEXT PRIMARY KEY,
        name    TEXT NOT NULL CHECK (length(trim(name)) > 0),
        role    TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL
      ) STRICT;

-- table study_meta on study_meta
CREATE TABLE study_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

-- table tags on tags
CREATE TABLE tags (
        id       TEXT PRIMARY KEY,
        name     TEXT NOT NULL UNIQUE,
        color    TEXT NOT NULL,
        shortcut TEXT,
        builtin  INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
        position INTEGER NOT NULL
      , parent_id TEXT REFERENCES tags(id), description TEXT NOT NULL DEFAULT '') STRICT;

-- table tombstones on tombstones
CREATE TABLE tombstones (
        id          TEXT PRIMARY KEY,                         -- the deleted annotation's id
        document_id TEXT NOT NULL,
        deleted     TEXT NOT NULL,
        author      TEXT NOT NULL
      ) STRICT;

-- table verdicts on verdicts
CREATE TABLE verdicts (
        id       TEXT PRIMARY KEY,
        label    TEXT NOT NULL UNIQUE COLLATE NOCASE,
        color    TEXT NOT NULL,
        position INTEGER NOT NULL
      ) STRICT;

-- trigger annotations_index_delete on annotations
CREATE TRIGGER annotations_index_delete AFTER DELETE ON annotations BEGIN 
  DELETE FROM annotation_fts WHERE rowid = (SELECT fts_rowid FROM annotation_fts_map WHERE annotation_id = old.id);
  DELETE FROM annotation_fts_map WHERE annotation_id = old.id; END;

-- trigger annotations_index_insert on annotations
CREATE TRIGGER annotations_index_insert AFTER INSERT ON annotations BEGIN 
  INSERT INTO annotation_fts (exact, note, facts) VALUES (new.exact, new.note, trim(
  coalesce(json_extract(new.fields, '$.location.name'), '') || ' ' ||
  coalesce((SELECT name || ' ' || role FROM people WHERE id = json_extract(new.fields, '$.quote.speakerId')), '') || ' ' ||
  coalesce(json_extract(new.fields, '$.claim.rationale'), '') || ' ' ||
  coalesce((SELECT group_concat(json_extract(s.value, '$.title'), ' ') FROM json_each(new.fields, '$.claim.sources') s), '') || ' ' ||
  coalesce(json_extract(new.fields, '$.figure.unit'), '')));
  INSERT INTO annotation_fts_map (annotation_id, fts_rowid) VALUES (new.id, last_insert_rowid()); END;

-- trigger annotations_index_update on annotations
CREATE TRIGGER annotations_index_update AFTER UPDATE ON annotations BEGIN 
  DELETE FROM annotation_fts WHERE rowid = (SELECT fts_rowid FROM annotation_fts_map WHERE annotation_id = old.id);
  DELETE FROM annotation_fts_map WHERE annotation_id = old.id; 
  INSERT INTO annotation_fts (exact, note, facts) VALUES (new.exact, new.note, trim(
  coalesce(json_extract(new.fields, '$.location.name'), '') || ' ' ||
  coalesce((SELECT name || ' ' || role FROM people WHERE id = json_extract(new.fields, '$.quote.speakerId')), '') || ' ' ||
  coalesce(json_extract(new.fields, '$.claim.rationale'), '') || ' ' ||
  coalesce((SELECT group_concat(json_extract(s.value, '$.title'), ' ') FROM json_each(new.fields, '$.claim.sources') s), '') || ' ' ||
  coalesce(json_extract(new.fields, '$.figure.unit'), '')));
  INSERT INTO annotation_fts_map (annotation_id, fts_rowid) VALUES (new.id, last_insert_rowid()); END;

-- trigger people_index_update on people
CREATE TRIGGER people_index_update AFTER UPDATE OF name, role ON people BEGIN
        UPDATE annotations SET fields = fields WHERE speaker_id = new.id;
      END;

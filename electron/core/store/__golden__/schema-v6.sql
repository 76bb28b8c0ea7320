-- index annotations_by_document on annotations
CREATE INDEX annotations_by_document ON annotations (document_id, start, end);

-- index annotations_by_document_tag_verdict on annotations
CREATE INDEX annotations_by_document_tag_verdict ON annotations (document_id, tag_id, verdict_id);

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

-- index conflicts_open on conflicts
CREATE INDEX conflicts_open ON conflicts (document_id) WHERE resolved = 0;

-- index document_sources_by_sha256 on document_sources
CREATE INDEX document_sources_by_sha256 ON document_sources (sha256);

-- index documents_by_collection on documents
CREATE INDEX documents_by_collection ON documents (collection_id);

-- index orphans_by_document on orphans
CREATE INDEX orphans_by_document ON orphans (document_id);

-- index people_by_name on people
CREATE INDEX people_by_name ON people (name COLLATE NOCASE);

-- index sqlite_autoindex_annotation_fts_map_1 on annotation_fts_map
(created by SQLite);

-- index sqlite_autoindex_annotation_fts_map_2 on annotation_fts_map
(created by SQLite);

-- index sqlite_autoindex_annotations_1 on annotations
(created by SQLite);

-- index sqlite_autoindex_bulk_ids_1 on bulk_ids
(created by SQLite);

-- index sqlite_autoindex_collections_1 on collections
(created by SQLite);

-- index sqlite_autoindex_collections_2 on collections
(created by SQLite);

-- index sqlite_autoindex_contributors_1 on contributors
(created by SQLite);

-- index sqlite_autoindex_document_sources_1 on document_sources
(created by SQLite);

-- index sqlite_autoindex_document_tombstones_1 on document_tombstones
(created by SQLite);

-- index sqlite_autoindex_documents_1 on documents
(created by SQLite);

-- index sqlite_autoindex_imports_1 on imports
(created by SQLite);

-- index sqlite_autoindex_originals_1 on originals
(created by SQLite);

-- index sqlite_autoindex_orphans_1 on orphans
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

-- index sqlite_autoindex_trash_1 on trash
(created by SQLite);

-- index sqlite_autoindex_verdicts_1 on verdicts
(created by SQLite);

-- index sqlite_autoindex_verdicts_2 on verdicts
(created by SQLite);

-- index text_fts_map_by_document on text_fts_map
CREATE INDEX text_fts_map_by_document ON text_fts_map (document_id);

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

-- table bulk_ids on bulk_ids
CREATE TABLE bulk_ids (
        n  INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE
      ) STRICT;

-- table changes on changes
CREATE TABLE changes (
        annotation_id TEXT NOT NULL,
        document_id   TEXT NOT NULL,
        action        TEXT NOT NULL CHECK (action IN ('create', 'edit', 'delete', 'restore')),
        author        TEXT NOT NULL,
        at            TEXT NOT NULL,
        PRIMARY KEY (annotation_id, at, action, author)
      ) STRICT, WITHOUT ROWID;

-- table collections on collections
CREATE TABLE collections (
        id      TEXT PRIMARY KEY,
        name    TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        created TEXT NOT NULL
      ) STRICT;

-- table conflicts on conflicts
CREATE TABLE conflicts (
        id            INTEGER PRIMARY KEY,
        annotation_id TEXT NOT NULL,
        document_id   TEXT NOT NULL,
        kept          TEXT NOT NULL CHECK (json_valid(kept)),   -- the version in the study
        other         TEXT NOT NULL CHECK (json_valid(other)),  -- the version set aside
        origin        TEXT NOT NULL,
        recorded      TEXT NOT NULL,
        resolved      INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1))
      , kept_from TEXT NOT NULL DEFAULT 'unknown' CHECK (kept_from IN ('here', 'theirs', 'unknown'))) STRICT;

-- table contributors on contributors
CREATE TABLE contributors (
        name       TEXT PRIMARY KEY,
        email      TEXT,
        orcid      TEXT,
        first_seen TEXT NOT NULL,
        last_seen  TEXT NOT NULL
      ) STRICT;

-- table document_sources on document_sources
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

-- table document_tombstones on document_tombstones
CREATE TABLE document_tombstones (
        id      TEXT PRIMARY KEY,
        title   TEXT NOT NULL,
        deleted TEXT NOT NULL,
        author  TEXT NOT NULL
      ) STRICT;

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
      , collection_id TEXT REFERENCES collections(id) ON DELETE SET NULL) STRICT;

-- table import_journal on import_journal
CREATE TABLE import_journal (
        import_id TEXT NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
        seq       INTEGER NOT NULL,
        kind      TEXT NOT NULL CHECK (kind IN ('document', 'tag', 'person', 'verdicts', 'annotation', 'update', 'change')),
        key       TEXT NOT NULL,
        old       TEXT,               -- JSON of what the step replaced, to put it back
        PRIMARY KEY (import_id, seq)
      ) STRICT, WITHOUT ROWID;

-- table imports on imports
CREATE TABLE imports (
        id        TEXT PRIMARY KEY,
        origin    TEXT NOT NULL,
        started   TEXT NOT NULL,
        host      TEXT NOT NULL,      -- the machine and process writing it, to tell a live
        pid       INTEGER NOT NULL,   -- import from one that died half-way
        heartbeat TEXT NOT NULL
      ) STRICT;

-- table originals on originals
CREATE TABLE originals (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        bytes  BLOB NOT NULL
      ) STRICT;

-- table orphans on orphans
CREATE TABLE orphans (
        id          TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        tag_id      TEXT NOT NULL,
        exact       TEXT NOT NULL,
        prefix      TEXT NOT NULL,
        suffix      TEXT NOT NULL,
        note        TEXT NOT NULL,
        fields      TEXT NOT NULL CHECK (json_valid(fields)),
        author      TEXT NOT NULL,
        created     TEXT NOT NULL,
        modified    TEXT NOT NULL,
        origin      TEXT NOT NULL,     -- the file it came from
        imported    TEXT NOT NULL
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

-- table tag_aliases on tag_aliases
CREATE TABLE tag_aliases (
        tool    TEXT NOT NULL,        -- the tool that wrote the file ("brat", "refi:QualCoder")
        label   TEXT NOT NULL,        -- its label's name, lower case
        tag_id  TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        updated TEXT NOT NULL,
        PRIMARY KEY (tool, label)
      ) STRICT, WITHOUT ROWID;

-- table tags on tags
CREATE TABLE tags (
        id       TEXT PRIMARY KEY,
        name     TEXT NOT NULL UNIQUE,
        color    TEXT NOT NULL,
        shortcut TEXT,
        builtin  INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
        position INTEGER NOT NULL
      , parent_id TEXT REFERENCES tags(id), description TEXT NOT NULL DEFAULT '') STRICT;

-- table text_fts on text_fts
CREATE VIRTUAL TABLE text_fts USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2');

-- table text_fts_config on text_fts_config
CREATE TABLE 'text_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table text_fts_content on text_fts_content
CREATE TABLE 'text_fts_content'(id INTEGER PRIMARY KEY, c0);

-- table text_fts_data on text_fts_data
CREATE TABLE 'text_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table text_fts_docsize on text_fts_docsize
CREATE TABLE 'text_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table text_fts_idx on text_fts_idx
CREATE TABLE 'text_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table text_fts_map on text_fts_map
CREATE TABLE text_fts_map (
        fts_rowid   INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL,
        start       INTEGER NOT NULL
      ) STRICT;

-- table tombstones on tombstones
CREATE TABLE tombstones (
        id          TEXT PRIMARY KEY,                         -- the deleted annotation's id
        document_id TEXT NOT NULL,
        deleted     TEXT NOT NULL,
        author      TEXT NOT NULL
      ) STRICT;

-- table trash on trash
CREATE TABLE trash (
        document_id TEXT PRIMARY KEY,
        title       TEXT NOT NULL,
        deleted     TEXT NOT NULL,
        snapshot    TEXT NOT NULL CHECK (json_valid(snapshot))
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
CREATE TRIGGER annotations_index_insert AFTER INSERT ON annotations
  WHEN NOT EXISTS (SELECT 1 FROM bulk_ids WHERE id = new.id) BEGIN
  INSERT INTO annotation_fts (exact, note, facts) VALUES (new.exact, new.note, trim(
  coalesce(json_extract(new.fields, '$.location.name'), '') || ' ' ||
  coalesce((SELECT name || ' ' || role FROM people WHERE id = json_extract(new.fields, '$.quote.speakerId')), '') || ' ' ||
  coalesce(json_extract(new.fields, '$.claim.rationale'), '') || ' ' ||
  coalesce((SELECT group_concat(json_extract(s.value, '$.title'), ' ') FROM json_each(new.fields, '$.claim.sources') s), '') || ' ' ||
  coalesce(json_extract(new.fields, '$.figure.unit'), '')));
  INSERT INTO annotation_fts_map (annotation_id, fts_rowid) VALUES (new.id, last_insert_rowid());
END;

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

-- trigger documents_text_unindex on documents
CREATE TRIGGER documents_text_unindex AFTER DELETE ON documents BEGIN
        DELETE FROM text_fts WHERE rowid IN (SELECT fts_rowid FROM text_fts_map WHERE document_id = old.id);
        DELETE FROM text_fts_map WHERE document_id = old.id;
      END;

-- trigger people_index_update on people
CREATE TRIGGER people_index_update AFTER UPDATE OF name, role ON people BEGIN
        UPDATE annotations SET fields = fields WHERE speaker_id = new.id;
      END;

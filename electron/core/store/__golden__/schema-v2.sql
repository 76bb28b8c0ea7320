-- index annotations_by_document on annotations
CREATE INDEX annotations_by_document ON annotations (document_id, start, end);

-- index annotations_by_speaker on annotations
CREATE INDEX annotations_by_speaker ON annotations (speaker_id) WHERE speaker_id IS NOT NULL;

-- index annotations_by_tag on annotations
CREATE INDEX annotations_by_tag ON annotations (tag_id);

-- index annotations_by_verdict on annotations
CREATE INDEX annotations_by_verdict ON annotations (verdict_id) WHERE verdict_id IS NOT NULL;

-- index people_by_name on people
CREATE INDEX people_by_name ON people (name COLLATE NOCASE);

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

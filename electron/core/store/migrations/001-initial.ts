// Study format 1: documents (canonical text + structure), the tag set, annotations with both
// selectors, and tombstones for deleted annotations.

import type { Migration } from './types';

export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE study_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

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

      CREATE TABLE tags (
        id       TEXT PRIMARY KEY,
        name     TEXT NOT NULL UNIQUE,
        color    TEXT NOT NULL,
        shortcut TEXT,
        builtin  INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
        position INTEGER NOT NULL
      ) STRICT;

      INSERT INTO tags (id, name, color, shortcut, builtin, position) VALUES
        ('claim',    'Claim',    '#D55E00', '1', 1, 1),
        ('quote',    'Quote',    '#0072B2', '2', 1, 2),
        ('figure',   'Figure',   '#009E73', '3', 1, 3),
        ('location', 'Location', '#CC79A7', '4', 1, 4);

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
      ) STRICT;
      CREATE INDEX annotations_by_document ON annotations (document_id, start, end);

      CREATE TABLE tombstones (
        id          TEXT PRIMARY KEY,                         -- the deleted annotation's id
        document_id TEXT NOT NULL,
        deleted     TEXT NOT NULL,
        author      TEXT NOT NULL
      ) STRICT;
    `);
  },
};

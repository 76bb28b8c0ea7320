// Study format 4: what exchanging work needs to keep.
// - orphans: imported annotations whose quote could not be found in the document's text;
//   kept with their quote and context, shown in the Unanchored list, never dropped
// - conflicts: an annotation changed on both sides; the newer version is kept, the other
//   recorded here for review
// - contributors: who has worked in the study (name, e-mail, ORCID)
// - changes: who created, edited or deleted each annotation, and when (it travels in packages)
// - an index that lets the library count a document's annotations without reading them

import type { Migration } from './types';

export const migration004: Migration = {
  version: 4,
  name: 'exchange',
  up(db) {
    db.exec(`
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
      CREATE INDEX orphans_by_document ON orphans (document_id);

      CREATE TABLE conflicts (
        id            INTEGER PRIMARY KEY,
        annotation_id TEXT NOT NULL,
        document_id   TEXT NOT NULL,
        kept          TEXT NOT NULL CHECK (json_valid(kept)),   -- the version in the study
        other         TEXT NOT NULL CHECK (json_valid(other)),  -- the version set aside
        origin        TEXT NOT NULL,
        recorded      TEXT NOT NULL,
        resolved      INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1))
      ) STRICT;
      CREATE INDEX conflicts_open ON conflicts (document_id) WHERE resolved = 0;

      CREATE TABLE contributors (
        name       TEXT PRIMARY KEY,
        email      TEXT,
        orcid      TEXT,
        first_seen TEXT NOT NULL,
        last_seen  TEXT NOT NULL
      ) STRICT;
      INSERT INTO contributors (name, first_seen, last_seen)
        SELECT author, min(created), max(modified) FROM annotations GROUP BY author;

      CREATE TABLE changes (
        annotation_id TEXT NOT NULL,
        document_id   TEXT NOT NULL,
        action        TEXT NOT NULL CHECK (action IN ('create', 'edit', 'delete', 'restore')),
        author        TEXT NOT NULL,
        at            TEXT NOT NULL,
        PRIMARY KEY (annotation_id, at, action, author)
      ) STRICT, WITHOUT ROWID;
      -- The library's per-document counts (annotations, per tag, per verdict) from the index alone.
      CREATE INDEX annotations_by_document_tag_verdict ON annotations (document_id, tag_id, verdict_id);

      -- What earlier formats knew: each annotation's creation, its last edit, each deletion.
      INSERT INTO changes SELECT id, document_id, 'create', author, created FROM annotations;
      INSERT INTO changes SELECT id, document_id, 'edit', author, modified FROM annotations WHERE modified > created;
      INSERT INTO changes SELECT id, document_id, 'delete', author, deleted FROM tombstones;
    `);
  },
};

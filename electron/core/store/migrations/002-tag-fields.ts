// Study format 2: what each tag means.
// - tags get a parent (a hierarchy) and a description; the study defines its own tags
// - verdicts: the study's editable verdict list for claims
// - people: speakers of quotes, shared across documents
// - annotations.fields: the tag's facts as JSON (claim / quote / figure / location), with
//   generated columns so verdicts and speakers can be counted, searched and kept consistent

import type { Migration } from './types';

export const migration002: Migration = {
  version: 2,
  name: 'tag fields',
  up(db) {
    db.exec(`
      ALTER TABLE tags ADD COLUMN parent_id TEXT REFERENCES tags(id);
      ALTER TABLE tags ADD COLUMN description TEXT NOT NULL DEFAULT '';
      UPDATE tags SET description = CASE id
        WHEN 'claim' THEN 'A statement that can be checked: verdict, rationale and sources.'
        WHEN 'quote' THEN 'Words attributed to someone: the speaker.'
        WHEN 'figure' THEN 'A number: its value, qualifier and unit.'
        WHEN 'location' THEN 'A place: resolved against the gazetteer or pinned by hand.'
        ELSE description END;

      CREATE TABLE verdicts (
        id       TEXT PRIMARY KEY,
        label    TEXT NOT NULL UNIQUE COLLATE NOCASE,
        color    TEXT NOT NULL,
        position INTEGER NOT NULL
      ) STRICT;
      INSERT INTO verdicts (id, label, color, position) VALUES
        ('unchecked',    'Unchecked',    '#8A8A8A', 1),
        ('in-progress',  'In progress',  '#56B4E9', 2),
        ('true',         'True',         '#009E73', 3),
        ('mostly-true',  'Mostly true',  '#7FBF7F', 4),
        ('misleading',   'Misleading',   '#E69F00', 5),
        ('false',        'False',        '#D55E00', 6),
        ('unverifiable', 'Unverifiable', '#CC79A7', 7);

      CREATE TABLE people (
        id      TEXT PRIMARY KEY,
        name    TEXT NOT NULL CHECK (length(trim(name)) > 0),
        role    TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL
      ) STRICT;
      CREATE INDEX people_by_name ON people (name COLLATE NOCASE);

      ALTER TABLE annotations ADD COLUMN fields TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields));
      ALTER TABLE annotations ADD COLUMN verdict_id TEXT GENERATED ALWAYS AS (json_extract(fields, '$.claim.verdict')) VIRTUAL;
      ALTER TABLE annotations ADD COLUMN speaker_id TEXT GENERATED ALWAYS AS (json_extract(fields, '$.quote.speakerId')) VIRTUAL;
      CREATE INDEX annotations_by_verdict ON annotations (verdict_id) WHERE verdict_id IS NOT NULL;
      CREATE INDEX annotations_by_speaker ON annotations (speaker_id) WHERE speaker_id IS NOT NULL;
      CREATE INDEX annotations_by_tag ON annotations (tag_id);
    `);
  },
};

// Study format 3: full-text search over annotations (SQLite FTS5). The index holds each
// annotation's quoted text, its note and the words of its facts (place, speaker and role,
// rationale, sources, unit); triggers keep it in step with every write, whichever code makes
// it, and a renamed person re-indexes their quotes. A map table ties FTS rows to annotation
// ids (annotation rowids may change on VACUUM; FTS rowids do not).

import type { Migration } from './types';

/** The facts' searchable words, from an annotations row `r` (SQL expression). */
export const FACTS = (r: string) => `trim(
  coalesce(json_extract(${r}.fields, '$.location.name'), '') || ' ' ||
  coalesce((SELECT name || ' ' || role FROM people WHERE id = json_extract(${r}.fields, '$.quote.speakerId')), '') || ' ' ||
  coalesce(json_extract(${r}.fields, '$.claim.rationale'), '') || ' ' ||
  coalesce((SELECT group_concat(json_extract(s.value, '$.title'), ' ') FROM json_each(${r}.fields, '$.claim.sources') s), '') || ' ' ||
  coalesce(json_extract(${r}.fields, '$.figure.unit'), ''))`;

const INDEX_ROW = (r: string) => `
  INSERT INTO annotation_fts (exact, note, facts) VALUES (${r}.exact, ${r}.note, ${FACTS(r)});
  INSERT INTO annotation_fts_map (annotation_id, fts_rowid) VALUES (${r}.id, last_insert_rowid());`;

const UNINDEX_ROW = (r: string) => `
  DELETE FROM annotation_fts WHERE rowid = (SELECT fts_rowid FROM annotation_fts_map WHERE annotation_id = ${r}.id);
  DELETE FROM annotation_fts_map WHERE annotation_id = ${r}.id;`;


export const migration003: Migration = {
  version: 3,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE annotation_fts USING fts5 (exact, note, facts, tokenize = 'unicode61 remove_diacritics 2');
      CREATE TABLE annotation_fts_map (
        annotation_id TEXT PRIMARY KEY,
        fts_rowid     INTEGER NOT NULL UNIQUE
      ) STRICT;

      CREATE TRIGGER annotations_index_insert AFTER INSERT ON annotations BEGIN ${INDEX_ROW('new')} END;
      CREATE TRIGGER annotations_index_delete AFTER DELETE ON annotations BEGIN ${UNINDEX_ROW('old')} END;
      CREATE TRIGGER annotations_index_update AFTER UPDATE ON annotations BEGIN ${UNINDEX_ROW('old')} ${INDEX_ROW('new')} END;
      CREATE TRIGGER people_index_update AFTER UPDATE OF name, role ON people BEGIN
        UPDATE annotations SET fields = fields WHERE speaker_id = new.id;
      END;

      -- Filters with the (document, start) order of results, so a page of hits is read from the
      -- index alone and only its own rows are fetched.
      CREATE INDEX annotations_by_place ON annotations (json_extract(fields, '$.location.name') COLLATE NOCASE, document_id, start)
        WHERE json_extract(fields, '$.location.name') IS NOT NULL;
      CREATE INDEX annotations_by_tag_position ON annotations (tag_id, document_id, start);
      CREATE INDEX annotations_by_verdict_position ON annotations (verdict_id, document_id, start) WHERE verdict_id IS NOT NULL;
      CREATE INDEX annotations_by_speaker_position ON annotations (speaker_id, document_id, start) WHERE speaker_id IS NOT NULL;
    `);
    // Index what the study already has.
    const rows = db.prepare('SELECT id FROM annotations').pluck().all() as string[];
    const touch = db.prepare('UPDATE annotations SET fields = fields WHERE id = ?');
    for (const id of rows) touch.run(id);
  },
};

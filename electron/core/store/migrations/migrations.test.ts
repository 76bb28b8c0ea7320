// Each study format is tested from the one before: a study written by the previous version
// opens, keeps every document and annotation, and gains the new format's parts.

import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tmpDir } from '../../test-support/tmp';
import { LATEST_VERSION } from '.';
import { APPLICATION_ID, migrate } from '../open';
import { Study } from '../study';

/** A study as format 1 wrote it: one document, three annotations and a tombstone. */
function formatOneStudy(file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = DELETE');
  db.pragma(`application_id = ${APPLICATION_ID | 0}`);
  migrate(db, 1);
  db.exec(`
    INSERT INTO study_meta VALUES ('id', 'c0ffee00-0000-4000-8000-000000000000'), ('name', 'Old'), ('created', '2025-01-01T00:00:00.000Z');
    INSERT INTO documents VALUES ('${'a'.repeat(64)}', 'Osh report', 'osh.md', 'markdown', 'utf-8', 'IWPR', 'Kyrgyzstan', NULL, NULL,
      'At least 400 people held the building in Osh.', 45, '[{"type":"paragraph","content":[{"text":"At least 400 people held the building in Osh."}]}]', '2025-01-01T00:00:00.000Z');
    INSERT INTO annotations VALUES
      ('11111111-1111-4111-8111-111111111111', '${'a'.repeat(64)}', 'figure', 0, 19, 'At least 400 people', '', ' held the building in Osh.', 'count', 'ana', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
      ('22222222-2222-4222-8222-222222222222', '${'a'.repeat(64)}', 'location', 41, 44, 'Osh', 'held the building in ', '.', '', 'ana', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),
      ('33333333-3333-4333-8333-333333333333', '${'a'.repeat(64)}', 'claim', 0, 44, 'At least 400 people held the building in Osh', '', '.', 'check', 'ben', '2025-01-02T00:00:00.000Z', '2025-01-03T00:00:00.000Z');
    INSERT INTO tombstones VALUES ('44444444-4444-4444-8444-444444444444', '${'a'.repeat(64)}', '2025-01-04T00:00:00.000Z', 'ben');
  `);
  db.close();
}

/** A format-1 study in a new file, migrated to `version`. */
function formatOneAt(version: number, dir = tmpDir()): Database.Database {
  const file = path.join(dir, 'study.sourcemark');
  formatOneStudy(file);
  const db = new Database(file);
  migrate(db, version);
  return db;
}

describe('format 1 → 2 (tag fields)', () => {
  it('adds the verdict list, people, tag descriptions and empty facts, keeping every annotation', () => {
    const db = formatOneAt(2, tmpDir());
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    const all = (sql: string) => db.prepare(sql).raw().all();
    expect(all('SELECT tag_id, exact, note, author, fields FROM annotations ORDER BY tag_id')).toEqual([
      ['claim', 'At least 400 people held the building in Osh', 'check', 'ben', '{}'],
      ['figure', 'At least 400 people', 'count', 'ana', '{}'],
      ['location', 'Osh', '', 'ana', '{}'],
    ]);
    expect(all('SELECT id FROM verdicts ORDER BY position').flat()).toEqual(['unchecked', 'in-progress', 'true', 'mostly-true', 'misleading', 'false', 'unverifiable']);
    expect(all("SELECT id, parent_id, description != '' FROM tags ORDER BY position")).toEqual([
      ['claim', null, 1],
      ['quote', null, 1],
      ['figure', null, 1],
      ['location', null, 1],
    ]);
    expect(all('SELECT count(*) FROM people')).toEqual([[0]]);
    expect(all('SELECT count(*) FROM tombstones')).toEqual([[1]]);
    db.close();
  });
});

describe('an old study opened by this version', () => {
  it('is upgraded to the latest format in one step, keeping the old file beside it', () => {
    const file = path.join(tmpDir(), 'old.sourcemark');
    formatOneStudy(file);
    const s = Study.open(file);
    expect(s.formatVersion()).toBe(LATEST_VERSION);
    expect(s.annotations.listAll().map((a) => [a.tag, a.exact, a.fields])).toEqual([
      ['claim', 'At least 400 people held the building in Osh', {}],
      ['figure', 'At least 400 people', {}],
      ['location', 'Osh', {}],
    ]);
    expect(s.annotations.isDeleted('44444444-4444-4444-8444-444444444444')).toBe(true);
    expect(s.documents.list()[0]).toMatchObject({ annotationCount: 3, tagCounts: { claim: 1, figure: 1, location: 1 }, verdictCounts: {} });
    s.close();
    // The backup is the old file, still format 1.
    const bak = new Database(`${file}.format1.bak`, { readonly: true });
    expect(bak.pragma('user_version', { simple: true })).toBe(1);
    bak.close();
  });
});

describe('format 2 → 3 (search)', () => {
  it('indexes the annotations the study already has, and keeps the index in step', () => {
    const dir = tmpDir();
    const db = formatOneAt(2, dir);
    db.exec(`
      INSERT INTO people VALUES ('person-1', 'Ishengul Boljurova', 'deputy chair', '2025-01-05T00:00:00.000Z');
      UPDATE annotations SET fields = '{"location":{"name":"Osh","country":"KG","lat":40.5,"lon":72.8,"geonamesId":1527534,"manual":false}}' WHERE tag_id = 'location';
      UPDATE annotations SET tag_id = 'quote', fields = '{"quote":{"speakerId":"person-1"}}' WHERE tag_id = 'claim';
    `);
    migrate(db, 3);
    const find = (q: string) =>
      db.prepare(`SELECT m.annotation_id FROM annotation_fts f JOIN annotation_fts_map m ON m.fts_rowid = f.rowid WHERE annotation_fts MATCH ? ORDER BY 1`).pluck().all(q);
    expect(find('count')).toEqual(['11111111-1111-4111-8111-111111111111']); // a note
    expect(find('osh')).toEqual(['22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333']); // quoted text or place
    expect(find('boljurova')).toEqual(['33333333-3333-4333-8333-333333333333']); // a speaker
    db.prepare("UPDATE people SET name = 'I. Boljurova-Karaeva' WHERE id = 'person-1'").run();
    expect(find('karaeva')).toEqual(['33333333-3333-4333-8333-333333333333']);
    db.prepare("DELETE FROM annotations WHERE id = '33333333-3333-4333-8333-333333333333'").run();
    expect(find('karaeva')).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM annotation_fts_map').pluck().get()).toBe(2);
    db.close();
  });
});

describe('format 3 → 4 (exchange)', () => {
  it('lists the authors the study already has as contributors, seeds the history, and adds empty orphan and conflict lists', () => {
    const db = formatOneAt(3, tmpDir());
    migrate(db, 4);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    const all = (sql: string) => db.prepare(sql).raw().all();
    expect(all('SELECT name, email, orcid, first_seen, last_seen FROM contributors ORDER BY name')).toEqual([
      ['ana', null, null, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'],
      ['ben', null, null, '2025-01-02T00:00:00.000Z', '2025-01-03T00:00:00.000Z'],
    ]);
    expect(all('SELECT action, author FROM changes ORDER BY at, action')).toEqual([
      ['create', 'ana'],
      ['create', 'ana'],
      ['create', 'ben'],
      ['edit', 'ben'],
      ['delete', 'ben'],
    ]);
    expect(all('SELECT (SELECT count(*) FROM orphans), (SELECT count(*) FROM conflicts)')).toEqual([[0, 0]]);
    db.close();
  });
});

describe('format 4 → 5 (bulk index, import journal)', () => {
  it('indexes every insert but a bulk insert’s, and adds an empty import journal', () => {
    const db = formatOneAt(4, tmpDir());
    migrate(db, 5);
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    const indexed = () => db.prepare('SELECT annotation_id FROM annotation_fts_map ORDER BY 1').pluck().all();
    const before = indexed();
    const add = (id: string) =>
      db.prepare(`INSERT INTO annotations (id, document_id, tag_id, start, end, exact, prefix, suffix, note, author, created, modified)
        VALUES (?, '${'a'.repeat(64)}', 'claim', 0, 5, 'At le', '', '', '', 'ana', '2025-02-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z')`).run(id);
    add('55555555-5555-4555-8555-555555555555');
    expect(indexed()).toEqual([...before, '55555555-5555-4555-8555-555555555555'].sort());
    db.prepare("INSERT INTO bulk_ids (id) VALUES ('66666666-6666-4666-8666-666666666666')").run();
    add('66666666-6666-4666-8666-666666666666');
    expect(indexed()).not.toContain('66666666-6666-4666-8666-666666666666');
    expect(db.prepare('SELECT (SELECT count(*) FROM imports), (SELECT count(*) FROM import_journal)').raw().get()).toEqual([0, 0]);
    db.close();
  });
});

describe('format 5 → 6 (conflict sides)', () => {
  it('keeps the conflicts a study already has, their side unknown; new ones say whose was kept', () => {
    const db = formatOneAt(5, tmpDir());
    const version = (note: string) => JSON.stringify({ id: '22222222-2222-4222-8222-222222222222', note });
    db.prepare(`INSERT INTO conflicts (annotation_id, document_id, kept, other, origin, recorded) VALUES ('22222222-2222-4222-8222-222222222222', '${'a'.repeat(64)}', ?, ?, 'ben.sourcemark.zip', '2025-03-01T00:00:00.000Z')`)
      .run(version('Osh city'), version('Osh province'));
    migrate(db, 6);
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(db.prepare('SELECT origin, kept_from FROM conflicts').raw().all()).toEqual([['ben.sourcemark.zip', 'unknown']]);
    expect(() => db.prepare("UPDATE conflicts SET kept_from = 'mine'").run()).toThrow(/CHECK constraint/);
    db.close();
  });
});

// Bulk insertion (imports) must leave exactly what one-by-one insertion leaves, search index
// included, and a failure half-way must leave nothing, trigger included.

import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addArticle } from '../test-support/documents';
import { SAMPLE, sampleBytes } from '../test-support/samples';
import { tmpDir } from '../test-support/tmp';
import type { Annotation } from '../domain/types';
import { Study } from './study';

function studyWithDoc(name: string) {
  const s = Study.create(path.join(tmpDir(), `${name}.sourcemark`));
  const document = addArticle(s, SAMPLE, sampleBytes(), '2026-01-01T00:00:00.000Z');
  const person = s.write(() => s.people.create('Adakhan Madumarov', 'opposition leader', '2026-01-01T00:00:00.000Z'));
  return { s, documentId: document.id, person };
}

function annotations(documentId: string, speakerId: string, n: number): Annotation[] {
  return Array.from({ length: n }, (_, i) => ({
    id: randomUUID(),
    documentId,
    tag: ['claim', 'quote', 'figure', 'location'][i % 4]!,
    start: i,
    end: i + 10,
    exact: `quoted words ${i}`,
    prefix: '',
    suffix: '',
    note: i % 3 ? '' : `note ${i}`,
    fields:
      i % 4 === 1
        ? { quote: { speakerId } }
        : i % 4 === 3
          ? { location: { name: 'Osh', country: 'KG', lat: 40.5, lon: 72.8, geonamesId: 1527534, manual: false } }
          : { claim: { verdict: 'true', rationale: 'RFE/RL', sources: [{ url: 'https://example.org', title: 'A source' }], checkedBy: null, checkedAt: null } },
    author: 'ana',
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  }));
}

const indexOf = (s: Study) =>
  s.db.prepare('SELECT m.annotation_id AS id, f.exact, f.note, f.facts FROM annotation_fts f JOIN annotation_fts_map m ON m.fts_rowid = f.rowid ORDER BY m.annotation_id').all();
const triggers = (s: Study) => s.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all();

describe('insertMany', () => {
  it('writes the same rows and search index as inserting one by one', () => {
    const one = studyWithDoc('one');
    const many = studyWithDoc('many');
    const list = annotations(one.documentId, one.person.id, 120);
    many.s.db.prepare('UPDATE people SET id = ? WHERE id = ?').run(one.person.id, many.person.id);
    one.s.write(() => list.forEach((a) => one.s.annotations.insert(a)));
    many.s.write(() => many.s.annotations.insertMany(list));
    expect(many.s.annotations.listAll()).toEqual(one.s.annotations.listAll());
    expect(indexOf(many.s)).toEqual(indexOf(one.s));
    expect(indexOf(many.s).find((r) => (r as { note: string }).note === 'note 9')).toMatchObject({ facts: 'Adakhan Madumarov opposition leader' });
    expect(triggers(many.s)).toEqual(triggers(one.s));
    // And later single inserts are indexed by the trigger as before.
    const [extra] = annotations(one.documentId, one.person.id, 1);
    many.s.write(() => many.s.annotations.insert({ ...extra!, id: randomUUID(), note: 'after the bulk' }));
    expect(many.s.db.prepare("SELECT count(*) FROM annotation_fts WHERE annotation_fts MATCH 'bulk'").pluck().get()).toBe(1);
  });

  it('a failure half-way leaves no rows, no index entries, and the trigger in place', () => {
    const { s, documentId, person } = studyWithDoc('fail');
    const before = triggers(s);
    const list = annotations(documentId, person.id, 100);
    list[70] = { ...list[70]!, documentId: 'f'.repeat(64) }; // no such document
    expect(() => s.write(() => s.annotations.insertMany(list))).toThrow(/FOREIGN KEY/);
    expect(s.annotations.listAll()).toEqual([]);
    expect(indexOf(s)).toEqual([]);
    expect(triggers(s)).toEqual(before);
  });
});

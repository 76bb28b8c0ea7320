// Packages and JSON written by someone hostile: bombs, nesting, broken text, dates that
// would win every conflict, fields over the API's limits, paths that climb out. Each is
// refused quickly with a sentence naming the file, and the study does not change.

import fs from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixtureStudy } from '../test-support/fixture-study';
import { digest, repackage, zipBomb, zipWithEntry } from '../test-support/hostile';
import { tmpDir } from '../test-support/tmp';
import { testService } from '../test-support/service';

const { s, doc } = await fixtureStudy();
const pkg = Buffer.from(s.exportAs({ format: 'package' }).content, 'base64');
const w3c = JSON.parse(s.exportAs({ format: 'w3c' }).content);
const entry = (name: string) => JSON.parse(Buffer.from(unzipSync(pkg)[name]!).toString('utf8'));
const annotations = entry('annotations.json') as Array<Record<string, unknown>>;
const json = (v: unknown) => JSON.stringify(v);
const bomb = zipBomb(40, 100);
const withFirst = (patch: Record<string, unknown>) => json({ ...w3c, first: { ...w3c.first, items: [{ ...w3c.first.items[0], ...patch }] } });
// Format 2's entries: deleted documents, collections, and the file a document came from.
const docEntry = `documents/${doc.id}.json`;
const withSource = (patch: Record<string, unknown>) => repackage(pkg, { [docEntry]: json({ ...entry(docEntry), source: { ...entry(docEntry).source, ...patch } }) });
const deletion = (patch: Record<string, unknown>) => repackage(pkg, { 'document-tombstones.json': json([{ id: doc.id, title: 'Osh', deleted: '2026-03-18T10:00:00.000Z', author: 'Mallory', ...patch }]) });
const collection = (patch: Record<string, unknown>) => repackage(pkg, { 'collections.json': json([{ name: 'Reports', created: '2026-03-18T10:00:00.000Z', documents: [doc.id], ...patch }]) });

const cases: Array<[string, () => Uint8Array | string, RegExp]> = [
  ['a zip bomb (4 MB → 4 GB)', () => bomb, /as only a zip bomb (is|does)/],
  ['a bomb of modest entries (each under the ratio limit, together far over)', () => zipBomb(300, 1), /as only a zip bomb does/],
  ['an entry that lies about its size', () => zipWithEntry('manifest.json', Buffer.alloc(5 * 1048576, 0x20), { declaredSize: 100 }), /damaged or larger than it declares/],
  ['an entry whose path climbs out of the archive', () => zipWithEntry('../../etc/evil.json', Buffer.from('{}')), /path leaves the archive/],
  ['JSON nested a million deep', () => '['.repeat(1_000_000) + ']'.repeat(1_000_000), /nested more than 64 levels deep/],
  ['a package entry nested deep', () => repackage(pkg, { 'tags.json': '['.repeat(200) + ']'.repeat(200) }), /tags\.json is nested more than 64 levels/],
  ['a tombstone dated “zzzz-not-a-date”', () => repackage(pkg, { 'tombstones.json': json([{ ...entry('tombstones.json')[0], deleted: 'zzzz-not-a-date' }]) }), /tombstones\.json does not match the package format \(0\.deleted: a date is ISO 8601/],
  ['an annotation modified “zzzz”', () => repackage(pkg, { 'annotations.json': json([{ ...annotations[0], modified: 'zzzz' }]) }), /0\.modified: a date is ISO 8601/],
  ['an annotation dated far in the future', () => repackage(pkg, { 'annotations.json': json([{ ...annotations[0], modified: '2999-01-01T00:00:00Z' }]) }), /dated in the future \(2999-01-01/],
  ['a W3C note over 100,000 characters', () => withFirst({ body: [{ type: 'TextualBody', purpose: 'commenting', value: 'x'.repeat(100_001) }] }), /annotation 1 cannot be used \(note: /],
  ['a package note over 100,000 characters', () => repackage(pkg, { 'annotations.json': json([{ ...annotations[0], note: 'x'.repeat(100_001) }]) }), /0\.note/],
  ['an author name over 200 characters', () => withFirst({ creator: { type: 'Person', name: 'A'.repeat(201) } }), /annotation 1 cannot be used \(author/],
  ['a W3C date that is not a date', () => withFirst({ created: 'yesterday' }), /annotation 1 cannot be used \(created: a date is ISO 8601/],
  ['an unpaired surrogate in W3C JSON', () => withFirst({ body: [{ type: 'TextualBody', purpose: 'commenting', value: 'broken \\ud800 text' }] }).replace('\\\\ud800', '\\ud800'), /broken text \(an unpaired UTF-16 surrogate\) at first\.items\[0\]\.body\[0\]\.value/],
  ['JSON that is not UTF-8', () => Buffer.concat([Buffer.from('{"type": "Annotation", "x": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]), /is not UTF-8 text/],
  ['an annotation id that is not a UUID in a package', () => repackage(pkg, { 'annotations.json': json([{ ...annotations[0], id: 'x'.repeat(300) }]) }), /0\.id/],
  ['a document deletion dated far in the future', () => deletion({ deleted: '2999-01-01T00:00:00Z' }), /the deletion of document “Osh” is dated in the future \(2999-01-01/],
  ['a document deletion of a path, not a document', () => deletion({ id: '../../etc/passwd' }), /document-tombstones\.json does not match the package format \(0\.id: a document id is 64 hex digits/],
  ['a document deletion whose title is over 2,000 characters', () => deletion({ title: 'x'.repeat(2001) }), /document-tombstones\.json does not match the package format \(0\.title/],
  ['a collection without a name', () => collection({ name: '   ' }), /collections\.json does not match the package format \(0\.name: a collection needs a name/],
  ['a collection holding a path, not a document', () => collection({ documents: ['../../etc/passwd'] }), /collections\.json does not match the package format \(0\.documents\.0/],
  ['a collection dated “soon”', () => collection({ created: 'soon' }), /0\.created: a date is ISO 8601/],
  ['a document of a format Sourcemark does not know', () => repackage(pkg, { [docEntry]: json({ ...entry(docEntry), format: 'exe' }) }), /does not match the package format \(format/],
  ['a source whose pages go backwards', () => withSource({ pageStarts: [0, 50, 10] }), /\(source\.pageStarts: page starts go up, page by page\)/],
  ['a source whose pages start beyond the text', () => withSource({ pageStarts: [0, 99_999_999] }), /the pages of “.*” start beyond its text \(at 99999999\)/],
  ['a source with a negative size', () => withSource({ size: -1 }), /source\.size/],
  ['a source whose SHA-256 is not one', () => withSource({ sha256: 'not-a-hash' }), /source\.sha256: a SHA-256 is 64 hex digits/],
  ['a source with ten thousand notes', () => withSource({ notes: Array.from({ length: 10_000 }, () => 'n') }), /source\.notes/],
];

describe('hostile exchange files', () => {
  const dir = tmpDir();
  const victim = path.join(dir, 'victim.sourcemark');
  fs.writeFileSync(victim, Buffer.from(s.study.db.serialize()));

  it.each(cases)('%s: refused quickly, nothing changed', async (_what, make, reason) => {
    const bytes = make();
    const target = testService({ dataDir: tmpDir() }).start();
    await target.importFile({ name: 'osh.txt', dataBase64: Buffer.from(s.study.documents.content(doc.id)!.text).toString('base64') });
    const library = () => ({ documents: target.study.documents.list(), collections: target.study.collections.list(), trash: target.study.trash.tombstones() });
    const before = { annotations: target.study.annotations.listAll(), tags: target.study.tags.list(), victim: digest(victim), ...library() };
    const started = performance.now();
    for (const call of [target.previewImport, target.importAnnotations]) {
      await expect(call.call(target, { name: 'their-file', dataBase64: Buffer.from(bytes).toString('base64') })).rejects.toThrow(reason);
    }
    // Each refusal comes from a limit checked up front, not from running out of something.
    expect(performance.now() - started).toBeLessThan(15_000);
    expect({ annotations: target.study.annotations.listAll(), tags: target.study.tags.list(), victim: digest(victim), ...library() }).toEqual(before);
    target.close();
  });

  it('a refusal names the file, says nothing changed, and in the message a user reads', async () => {
    await expect(s.importAnnotations({ name: 'evil.json', dataBase64: Buffer.from('['.repeat(100_000)).toString('base64') })).rejects.toThrow(
      /^“evil\.json” cannot be imported: it is nested more than 64 levels deep, more than any annotation file needs\. Nothing was changed\.$/,
    );
  });

  it('dates from other time zones are compared as moments, not as text', async () => {
    const t = testService({ dataDir: tmpDir() }).start();
    await t.importFile({ name: 'osh.txt', dataBase64: Buffer.from(s.study.documents.content(doc.id)!.text).toString('base64') });
    const item = { ...w3c.first.items[0], created: '2026-03-18T12:00:00+03:00', modified: '2026-03-18T12:00:00+03:00' };
    await t.importAnnotations({ name: 'tz.jsonld', dataBase64: Buffer.from(json({ ...w3c, first: { ...w3c.first, items: [item] } })).toString('base64') });
    expect(t.study.annotations.listAll()[0]).toMatchObject({ created: '2026-03-18T09:00:00.000Z', modified: '2026-03-18T09:00:00.000Z' });
  });

  it('accepts the study’s own export of a note at the limit (its import and its API agree)', async () => {
    const t = testService({ dataDir: tmpDir() }).start();
    await t.importFile({ name: 'osh.txt', dataBase64: Buffer.from(s.study.documents.content(doc.id)!.text).toString('base64') });
    const id = t.study.documents.list()[0]!.id;
    t.createAnnotation({ documentId: id, tag: 'claim', start: 0, end: 5, note: 'n'.repeat(100_000) });
    const out = t.exportAs({ format: 'w3c' });
    const again = testService({ dataDir: tmpDir() }).start();
    await again.importFile({ name: 'osh.txt', dataBase64: Buffer.from(s.study.documents.content(doc.id)!.text).toString('base64') });
    await expect(again.importAnnotations({ name: 'own.jsonld', dataBase64: Buffer.from(out.content).toString('base64') })).resolves.toMatchObject({ annotations: { added: 1 } });
  });

  it('strToU8 sanity', async () => expect(strToU8('a')).toHaveLength(1));
});

// Every importer refuses a bad file with a reason and changes nothing: wrong format, broken
// JSON, a damaged or hand-edited package, offsets out of range, an unknown document, a
// damaged or newer study, a file far too large.

import fs from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors';
import { fixtureStudy } from '../test-support/fixture-study';
import { tmpDir } from '../test-support/tmp';
import { InputError } from '../input/errors';
import { readIncoming } from './read';
import { testService } from '../test-support/service';

const { s, doc } = await fixtureStudy();
const pkg = Buffer.from(s.exportAs({ format: 'package' }).content, 'base64');
const w3c = JSON.parse(s.exportAs({ format: 'w3c' }).content);
const files = unzipSync(pkg);
const b64 = (b: Uint8Array | string) => Buffer.from(b).toString('base64');
const json = (v: unknown) => JSON.stringify(v);
/** The package with one entry replaced (or removed, with undefined). */
function repack(name: string, content: string | undefined): Uint8Array {
  const next = { ...files };
  if (content === undefined) delete next[name];
  else next[name] = strToU8(content);
  return zipSync(next);
}
const entry = (name: string) => JSON.parse(Buffer.from(files[name]!).toString('utf8'));
const textName = Object.keys(files).find((n) => n.endsWith('.txt'))!;

function newerStudy(): Uint8Array {
  const dir = tmpDir();
  const t = testService({ dataDir: dir, studyPath: path.join(dir, 'newer.sourcemark') }).start();
  t.study.db.pragma('user_version = 99');
  t.study.db.pragma('wal_checkpoint(TRUNCATE)');
  const bytes = fs.readFileSync(t.study.file);
  t.close();
  return bytes;
}

const cases: Array<[string, Uint8Array | string, RegExp]> = [
  ['an article, not annotations', 'Just some text.\n', /not a Sourcemark package, a study file or W3C/],
  ['random bytes', new Uint8Array([0, 1, 2, 3, 4, 5]), /not a Sourcemark package/],
  ['broken JSON', '{"type": "AnnotationCollection", "first": {', /not valid JSON/],
  ['JSON with no annotations', json({ hello: 'world' }), /holds no Web Annotations/],
  ['an annotation with no target', json({ type: 'Annotation', body: 'x' }), /has no target/],
  ['an annotation with no selectors', json({ type: 'Annotation', target: { source: `urn:sha256:${doc.id}` } }), /neither a TextQuoteSelector nor a TextPositionSelector/],
  [
    'an impossible position',
    json({ type: 'Annotation', target: { source: `urn:sha256:${doc.id}`, selector: { type: 'TextPositionSelector', start: 10, end: 5 } } }),
    /impossible position 10–5/,
  ],
  [
    'offsets beyond the text',
    json({ ...w3c, first: { ...w3c.first, items: [{ ...w3c.first.items[0], target: { ...w3c.first.items[0].target, selector: [{ type: 'TextPositionSelector', start: 999999, end: 1000000 }] } }] } }),
    /lies outside its document/,
  ],
  [
    'an unknown document',
    json({ type: 'Annotation', target: { source: { id: `urn:sha256:${'f'.repeat(64)}`, title: 'Elsewhere' }, selector: { type: 'TextQuoteSelector', exact: 'x' } } }),
    /annotates a document not in this study: “Elsewhere”/,
  ],
  ['a damaged zip', pkg.subarray(0, pkg.length - 40), /not a zip archive \(or it is damaged\)/],
  ['a zip that is not a package', zipSync({ 'hello.txt': strToU8('hi') }), /has no manifest.json/],
  ['a package from a newer Sourcemark', repack('manifest.json', json({ ...entry('manifest.json'), version: 9 })), /newer Sourcemark \(package version 9\)/],
  ['broken JSON inside a package', repack('annotations.json', '[{'), /annotations.json is not valid JSON/],
  ['a malformed annotation in a package', repack('annotations.json', json([{ ...entry('annotations.json')[0], start: -1 }])), /annotations.json does not match the package format \(0.start/],
  [
    'package offsets out of range',
    repack('annotations.json', json(entry('annotations.json').map((a: { start: number; end: number }) => ({ ...a, start: 999999, end: 1000000 })))),
    /lies outside its document/,
  ],
  ['a hand-edited text in a package', repack(textName, Buffer.from(files[textName]!).toString('utf8').replace('Osh', 'Bishkek')), /does not match its identity/],
  ['a package missing a text', repack(textName, undefined), /has no text beside it/],
  ['a damaged study file', Buffer.concat([Buffer.from('SQLite format 3\u0000'), Buffer.alloc(2000, 7)]), /cannot be imported: .*(damaged|not a Sourcemark study|not a database)/i],
  ['a study from a newer Sourcemark', newerStudy(), /newer/],
];

describe('importing a bad file', () => {
  it.each(cases)('%s: refused with the reason, nothing changed', async (_what, bytes, reason) => {
    const before = { annotations: s.study.annotations.listAll(), docs: s.study.documents.list(), tags: s.study.tags.list(), orphans: s.listOrphans({}) };
    for (const call of [() => s.previewImport({ name: 'their-file', dataBase64: b64(bytes) }), () => s.importAnnotations({ name: 'their-file', dataBase64: b64(bytes) })]) {
      let error: unknown;
      try {
        await call();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('bad_input');
      expect((error as AppError).message).toMatch(/^“their-file” cannot be imported: /);
      expect((error as AppError).message).toMatch(reason);
      expect((error as AppError).message).toMatch(/Nothing was changed\.$/);
    }
    expect({ annotations: s.study.annotations.listAll(), docs: s.study.documents.list(), tags: s.study.tags.list(), orphans: s.listOrphans({}) }).toEqual(before);
  });

  it('refuses a file far too large before reading it', async () => {
    await expect(readIncoming('big.json', strToU8(json(w3c)), { jsonBytes: 1024, annotations: 10 })).rejects.toThrow(new InputError('it is larger than 1 KB, too large to import'));
    await expect(readIncoming('many.json', strToU8(json(w3c)), { jsonBytes: 1e9, annotations: 3 })).rejects.toThrow(/holds 7 annotations; the limit is 3/);
  });

  it('a failure half-way through an import leaves nothing behind (one transaction)', async () => {
    // The first annotations are fine; the last lies outside the text.
    const items = w3c.first.items;
    const bad = { ...items[items.length - 1], id: 'urn:uuid:99999999-9999-4999-8999-999999999999', target: { ...items[0].target, selector: [{ type: 'TextPositionSelector', start: 999999, end: 1000000 }] } };
    const t = testService({ dataDir: tmpDir() }).start();
    await t.importFile({ name: 'a.txt', dataBase64: b64(s.study.documents.content(doc.id)!.text) });
    const fresh = t.study.documents.list()[0]!;
    const retarget = (x: { target: object }) => JSON.parse(JSON.stringify(x).replaceAll(doc.id, fresh.id));
    const body = json({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [...items.map(retarget), retarget(bad)] } });
    await expect(t.importAnnotations({ name: 'half.jsonld', dataBase64: b64(body) })).rejects.toThrow(/lies outside its document/);
    expect(t.study.annotations.listAll()).toEqual([]);
    expect(t.study.tags.list()).toHaveLength(4);
    expect(t.listContributors().map((c) => c.name)).toEqual([]);
  });
});

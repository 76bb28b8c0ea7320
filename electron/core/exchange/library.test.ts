// The library travels in packages and study files: deleted documents (to the trash on the
// other side, restorable, unless worked on after the deletion), collections by name
// (membership added, nothing removed) and the record of each document's original file. A
// package of format 1 still reads; one from a newer Sourcemark is refused.

import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { SourcemarkService } from '../api/service';
import { PACKAGE_VERSION } from '../formats/package';
import { repackage } from '../test-support/hostile';
import { pagedStudy } from '../test-support/paged';
import { testService } from '../test-support/service';
import { tmpDir } from '../test-support/tmp';
import { mergeInto } from './merge';
import { readIncoming } from './read';

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const json = (v: unknown) => JSON.stringify(v);

/** A service whose clock the test sets. */
function colleague(name: string, at: string) {
  const clock = { now: at };
  const s = testService({ dataDir: tmpDir(), now: () => clock.now }).start();
  s.setIdentity({ name });
  return { s, clock };
}

/** Ana's study: the paged PDF in "Reports", a note in "Notes", an empty collection "Later". */
async function anaStudy() {
  const clock = { now: '2026-03-18T09:00:00.000Z' };
  const paged = await pagedStudy(() => clock.now);
  const { s } = paged;
  s.setIdentity({ name: 'Ana' });
  const note = await s.importFile({ name: 'note.md', dataBase64: b64('# Harbour note\n\nThe harbour master confirmed the date.'), collection: 'Notes' });
  if (!('document' in note)) throw new Error('refused');
  s.createCollection({ name: 'Later' });
  return { ...paged, clock, note: note.document };
}

const pkgOf = (s: SourcemarkService) => s.exportAs({ format: 'package' });
const send = (from: SourcemarkService, to: SourcemarkService, dryRun = false) => {
  const p = pkgOf(from);
  return (dryRun ? to.previewImport : to.importAnnotations).call(to, { name: p.fileName, dataBase64: p.content });
};
const collections = (s: SourcemarkService) =>
  Object.fromEntries(s.listCollections().map((c) => [c.name, s.listDocuments().filter((d) => d.collectionId === c.id).map((d) => d.title).sort()]));

describe('collections and sources travel', () => {
  it('into an empty study: the collections with their documents, and each original file’s record', async () => {
    const ana = await anaStudy();
    const ben = colleague('Ben', '2026-03-19T09:00:00.000Z');
    const summary = await send(ana.s, ben.s);
    expect(summary.collections.sort()).toEqual(['Later', 'Notes', 'Reports']);
    // The records came with the new documents, so the preview has no line for them.
    expect(summary.documents).toMatchObject({ sources: 0, filed: 2 });
    expect(collections(ben.s)).toEqual({ Later: [], Notes: ['Harbour note'], Reports: ['Quota Report'] });
    const { originalKept: _kept, ...facts } = ana.source;
    expect(ben.s.study.sources.get(ana.doc.id)).toEqual({ ...facts, originalKept: false });
    expect(ben.s.listDocuments().find((d) => d.id === ana.doc.id)!.format).toBe('pdf');
    expect(facts).toMatchObject({ format: 'pdf', mediaType: 'application/pdf', fileName: 'quota-report.pdf', size: ana.bytes.length, extractor: 'pdfjs-dist' });
    // The page starts came too: Ben's exports name the pages.
    const w3c = JSON.parse(ben.s.exportAs({ format: 'w3c' }).content);
    const onPage3 = w3c.first.items.find((i: { id: string }) => i.id === `urn:uuid:${ana.ids.page3}`);
    expect(onPage3.target.selector[2]).toMatchObject({ type: 'FragmentSelector', value: 'page=3' });
  });

  it('by name: membership is added, nothing is taken out, a record already here is kept', async () => {
    const ana = await anaStudy();
    const ben = colleague('Ben', '2026-03-19T09:00:00.000Z');
    await send(ana.s, ben.s);
    const [mine] = ben.s.createCollection({ name: 'Mine' }).filter((c) => c.name === 'Mine');
    ben.s.moveDocuments({ ids: [ana.note.id], collectionId: mine!.id });
    ana.s.renameCollection({ id: ana.s.listCollections().find((c) => c.name === 'Reports')!.id, name: 'REPORTS' });
    const again = await send(ana.s, ben.s);
    expect(again.collections).toEqual([]);
    expect(again.documents).toMatchObject({ sources: 0, filed: 0 });
    expect(collections(ben.s)).toEqual({ Later: [], Mine: ['Harbour note'], Notes: [], Reports: ['Quota Report'] });
  });

  it('a document here without its file’s record (made before records were kept) gets it, and the preview says so', async () => {
    const ana = await anaStudy();
    const ben = colleague('Ben', '2026-03-19T09:00:00.000Z');
    await send(ana.s, ben.s);
    ben.s.study.db.prepare('DELETE FROM document_sources WHERE document_id = ?').run(ana.doc.id);
    const again = await send(ana.s, ben.s);
    expect(again.documents).toMatchObject({ sources: 1 });
    expect(ben.s.study.sources.get(ana.doc.id)).toMatchObject({ format: 'pdf', fileName: 'quota-report.pdf' });
  });
});

describe('a deleted document travels', () => {
  it('deleted on one side goes to the trash on the other, is counted in the preview, and can be restored', async () => {
    const ana = await anaStudy();
    const ben = colleague('Ben', '2026-03-19T09:00:00.000Z');
    await send(ana.s, ben.s);
    ben.clock.now = '2026-03-20T09:00:00.000Z';
    ben.s.deleteDocument({ id: ana.doc.id });
    const before = ana.s.study.annotations.listByDocument(ana.doc.id);
    ana.clock.now = '2026-03-21T09:00:00.000Z';
    const preview = await send(ben.s, ana.s, true);
    expect(preview.documents).toMatchObject({ deleted: ['Quota Report'], kept: [] });
    expect(ana.s.listDocuments().map((d) => d.id)).toContain(ana.doc.id); // a preview changes nothing
    const done = await send(ben.s, ana.s);
    expect(done).toEqual(preview);
    expect(ana.s.listDocuments().map((d) => d.title)).toEqual(['Harbour note']);
    expect(ana.s.study.trash.tombstones()).toEqual([{ id: ana.doc.id, title: 'Quota Report', deleted: '2026-03-20T09:00:00.000Z', author: 'Ben' }]);
    ana.s.restoreDocument({ id: ana.doc.id });
    expect(ana.s.study.annotations.listByDocument(ana.doc.id)).toEqual(before);
    expect(ana.s.study.sources.get(ana.doc.id)).toEqual(ana.source);
    expect(collections(ana.s).Reports).toEqual(['Quota Report']);
  });

  it('is kept, and said so, when it was worked on here after the deletion', async () => {
    const ana = await anaStudy();
    const ben = colleague('Ben', '2026-03-19T09:00:00.000Z');
    await send(ana.s, ben.s);
    ben.clock.now = '2026-03-20T09:00:00.000Z';
    ben.s.deleteDocument({ id: ana.doc.id });
    ana.clock.now = '2026-03-20T12:00:00.000Z'; // after Ben's deletion
    ana.s.createAnnotation({ documentId: ana.doc.id, tag: 'quote', start: 0, end: 4 });
    const done = await send(ben.s, ana.s);
    expect(done.documents).toMatchObject({ deleted: [], kept: ['Quota Report'] });
    expect(ana.s.listDocuments().map((d) => d.id)).toContain(ana.doc.id);
    expect(ana.s.study.trash.tombstones()).toEqual([]);
  });

  it('deleted here: their copy is left out with its annotations, unless they worked on it afterwards', async () => {
    const ana = await anaStudy();
    const ben = colleague('Ben', '2026-03-19T09:00:00.000Z');
    await send(ana.s, ben.s);
    ana.clock.now = '2026-03-20T09:00:00.000Z';
    ana.s.deleteDocument({ id: ana.doc.id });
    const unchanged = await send(ben.s, ana.s);
    expect(unchanged.documents).toMatchObject({ added: [], deletedHere: ['Quota Report'], deletedHereChanged: [] });
    expect(unchanged.annotations).toMatchObject({ added: 0, deletedHere: 2 });
    expect(ana.s.listDocuments().map((d) => d.title)).toEqual(['Harbour note']);
    // Ben annotates it after Ana deleted it: it stays out until Ana restores it, then his work comes in.
    ben.clock.now = '2026-03-21T09:00:00.000Z';
    ben.s.createAnnotation({ documentId: ana.doc.id, tag: 'quote', start: 0, end: 4 });
    const changed = await send(ben.s, ana.s);
    expect(changed.documents).toMatchObject({ deletedHere: [], deletedHereChanged: ['Quota Report'] });
    expect(ana.s.study.trash.holds(ana.doc.id)).toBe(true);
    ana.s.restoreDocument({ id: ana.doc.id });
    const after = await send(ben.s, ana.s);
    expect(after.annotations).toMatchObject({ added: 1, unchanged: 2 });
  });

  it('a deletion of a document this study never had is kept, so it travels on; the document then stays out', async () => {
    const ana = await anaStudy();
    const ben = colleague('Ben', '2026-03-19T09:00:00.000Z');
    await send(ana.s, ben.s);
    const cam = colleague('Cam', '2026-03-19T09:00:00.000Z');
    ben.clock.now = '2026-03-20T09:00:00.000Z';
    ben.s.deleteDocument({ id: ana.doc.id });
    await send(ben.s, cam.s);
    expect(cam.s.study.trash.tombstones().map((t) => t.id)).toEqual([ana.doc.id]);
    expect(unzipSync(Buffer.from(pkgOf(cam.s).content, 'base64'))['document-tombstones.json']).toBeDefined();
    const fromAna = await send(ana.s, cam.s);
    expect(fromAna.documents).toMatchObject({ added: [], matched: 1, deletedHere: ['Quota Report'] });
    // Work after the deletion brings it back, and the deletion is lifted.
    ana.clock.now = '2026-03-21T09:00:00.000Z';
    ana.s.createAnnotation({ documentId: ana.doc.id, tag: 'quote', start: 0, end: 4 });
    cam.clock.now = '2026-03-21T10:00:00.000Z';
    const later = await send(ana.s, cam.s);
    expect(later.documents.added).toEqual(['Quota Report']);
    expect(cam.s.study.trash.tombstones()).toEqual([]);
  });

  it('the same through a study file, and in short transactions as through one', async () => {
    const ana = await anaStudy();
    const ben = colleague('Ben', '2026-03-19T09:00:00.000Z');
    await send(ana.s, ben.s);
    ben.clock.now = '2026-03-20T09:00:00.000Z';
    ben.s.deleteDocument({ id: ana.doc.id });
    const study = await readIncoming('ben.sourcemark', Buffer.from(ben.s.study.db.serialize()));
    expect(study.documentTombstones?.map((t) => t.id)).toEqual([ana.doc.id]);
    expect(study.collections?.map((c) => c.name).sort()).toEqual(['Later', 'Notes', 'Reports']);
    expect(study.documents.find((d) => d.ref === ana.note.id)?.source).toMatchObject({ format: 'markdown', fileName: 'note.md' });
    const now = '2026-03-21T09:00:00.000Z';
    const one = await anaStudy();
    const sliced = await anaStudy();
    mergeInto(one.s.study, study, { now, dryRun: false, sliceAbove: Infinity });
    mergeInto(sliced.s.study, study, { now, dryRun: false, sliceAbove: 0, sliceMs: 0 });
    for (const x of [one, sliced]) {
      expect(x.s.listDocuments().map((d) => d.title)).toEqual(['Harbour note']);
      expect(x.s.study.trash.tombstones().map((t) => t.author)).toEqual(['Ben']);
    }
  });
});

describe('package versions', () => {
  it('a format 1 package (no sources, deletions or collections) still reads as before', async () => {
    const ana = await anaStudy();
    const pkg = Buffer.from(pkgOf(ana.s).content, 'base64');
    const files = unzipSync(pkg);
    const entry = (name: string) => JSON.parse(Buffer.from(files[name]!).toString('utf8'));
    const replace: Record<string, string | undefined> = {
      'manifest.json': json({ ...entry('manifest.json'), version: 1 }),
      'document-tombstones.json': undefined,
      'collections.json': undefined,
    };
    for (const name of Object.keys(files).filter((n) => /^documents\/.*\.json$/.test(n))) {
      const { source: _source, ...doc } = entry(name);
      replace[name] = json({ ...doc, format: doc.format === 'plain' ? 'plain' : 'markdown' });
    }
    const ben = colleague('Ben', '2026-03-19T09:00:00.000Z');
    const done = await ben.s.importAnnotations({ name: 'old.sourcemark.zip', dataBase64: b64(repackage(pkg, replace)) });
    expect(done.documents).toMatchObject({ added: ['Harbour note', 'Quota Report'], sources: 0, filed: 0 });
    expect(done.annotations).toMatchObject({ added: 2 });
    expect(ben.s.listCollections()).toEqual([]);
    expect(ben.s.study.sources.get(ana.doc.id)).toBeNull();
  });

  it(`a package newer than format ${PACKAGE_VERSION} is refused, nothing changed`, async () => {
    const ana = await anaStudy();
    const pkg = Buffer.from(pkgOf(ana.s).content, 'base64');
    const manifest = JSON.parse(Buffer.from(unzipSync(pkg)['manifest.json']!).toString('utf8'));
    expect(manifest.version).toBe(PACKAGE_VERSION);
    const newer = repackage(pkg, { 'manifest.json': json({ ...manifest, version: PACKAGE_VERSION + 1 }) });
    const ben = colleague('Ben', '2026-03-19T09:00:00.000Z');
    await expect(ben.s.importAnnotations({ name: 'new.sourcemark.zip', dataBase64: b64(newer) })).rejects.toThrow(
      `“new.sourcemark.zip” cannot be imported: it was written by a newer Sourcemark (package version ${PACKAGE_VERSION + 1}); update Sourcemark to import it. Nothing was changed.`,
    );
    expect(ben.s.listDocuments()).toEqual([]);
  });
});

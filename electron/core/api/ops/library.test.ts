// The files users have, kept as documents in collections: every format through the same
// import, the original kept (or only described), the same file twice adding nothing, a web
// page taken whole when the article was the wrong part, and documents renamed, moved,
// deleted to the trash and restored with every annotation.

import { describe, expect, it } from 'vitest';
import { makeDocx, p } from '../../documents/__fixtures__/make-docx';
import { makePdf } from '../../documents/__fixtures__/make-pdf';
import { sampleBytes } from '../../test-support/samples';
import { fixtureStudy } from '../../test-support/fixture-study';
import { testService } from '../../test-support/service';
import { tmpDir } from '../../test-support/tmp';

const b64 = (b: Uint8Array | string) => Buffer.from(b).toString('base64');
const enc = (s: string) => new TextEncoder().encode(s);
const PAGE = `<!doctype html><html><head><title>Floods in Osh | News</title><meta property="og:title" content="Floods in Osh"><meta property="og:url" content="https://news.example/osh"></head><body>
<nav>Home · World · Sport</nav><div class="cookie">We use cookies</div>
<article><h1>Floods in Osh</h1><p>Heavy rain flooded the southern city of Osh on Monday, officials said, and 400 people left their homes.</p>
<p>The regional governor said that rescue teams were working through the night to reach villages cut off by the water.</p></article>
<footer>© News Ltd</footer><script>alert('x')</script></body></html>`;

function study() {
  return testService({ dataDir: tmpDir() }).start();
}

describe('importing the files users have', () => {
  it.each<[string, () => Promise<Uint8Array>, string, RegExp]>([
    ['a saved web page', async () => enc(PAGE), 'html', /^Floods in Osh\nHeavy rain flooded/],
    ['a PDF', () => makePdf({ pages: [[{ text: 'Quarterly report on fisheries', x: 72, y: 700 }], [{ text: 'Second page of the report.', x: 72, y: 700 }]], title: 'Fisheries' }), 'pdf', /Quarterly report on fisheries/],
    ['a Word file', async () => makeDocx({ body: p('Press release: the ministry opens a new office.') }), 'docx', /Press release/],
    ['a Markdown file', async () => enc('# Title\n\nBody text.'), 'markdown', /^Title\nBody text\.$/],
  ])('%s: extracted, stored with the file it came from', async (_what, make, format, text) => {
    const s = study();
    const bytes = await make();
    const r = await s.importFile({ name: `file.${format === 'markdown' ? 'md' : format}`, dataBase64: b64(bytes), collection: 'Press' });
    expect(r).toMatchObject({ status: 'imported', document: { format } });
    if (!('document' in r)) return;
    const detail = s.getDocument({ id: r.document.id });
    expect(s.study.documents.content(r.document.id)!.text).toMatch(text);
    expect(detail.source).toMatchObject({ format, size: bytes.length, originalKept: true, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(s.listCollections().map((c) => [c.name, c.documentCount])).toEqual([['Press', 1]]);
    // The same file again adds nothing (no second extraction, no second document).
    expect((await s.importFile({ name: 'again', dataBase64: b64(bytes) })).status).toBe('duplicate');
    expect(s.listDocuments()).toHaveLength(1);
    if (format === 'pdf') expect(detail.source!.pageStarts).toHaveLength(2);
  });

  it('a web page: the article without the page furniture, and the whole page when asked', async () => {
    const s = study();
    const r = await s.importFile({ name: 'osh.html', dataBase64: b64(PAGE) });
    if (!('document' in r)) throw new Error(r.status === 'refused' ? r.reason : `not a document: ${r.fileName}`);
    const text = s.study.documents.content(r.document.id)!.text;
    expect(text).not.toMatch(/cookies|Home · World|alert|News Ltd/);
    expect(r.document).toMatchObject({ htmlMode: 'article', sourceUrl: 'https://news.example/osh' });
    const whole = await s.useWholePage({ id: r.document.id });
    if (!('document' in whole)) throw new Error(whole.status === 'refused' ? whole.reason : `not a document: ${whole.fileName}`);
    expect(whole.document.htmlMode).toBe('page');
    expect(s.study.documents.content(whole.document.id)!.text).toMatch(/Home · World/);
    // The unannotated article version went to the trash; undo would bring it back.
    expect(s.listDocuments().map((d) => d.id)).toEqual([whole.document.id]);
    expect(s.restoreDocument({ id: r.document.id }).htmlMode).toBe('article');
  });

  it('a study that does not keep originals still describes the file', async () => {
    const s = study();
    s.setKeepOriginals({ keep: false });
    const r = await s.importFile({ name: 'a.md', dataBase64: b64('# A\n\nText.') });
    if (!('document' in r)) throw new Error(r.status === 'refused' ? r.reason : `not a document: ${r.fileName}`);
    expect(s.getDocument({ id: r.document.id }).source).toMatchObject({ originalKept: false, size: 10 });
    expect(s.study.db.prepare('SELECT count(*) FROM originals').pluck().get()).toBe(0);
  });

  it.each<[string, Uint8Array | string, 'document' | 'annotations']>([
    ['Markdown named .json', '# Not JSON\n\nText.', 'document'],
    ['W3C JSON named .txt', '{"type": "Annotation", "target": "urn:x"}', 'annotations'],
    ['a web page named .dat', PAGE, 'document'],
    ['a study', Buffer.concat([Buffer.from('SQLite format 3\u0000'), Buffer.alloc(100)]), 'annotations'],
  ])('classifies %s by its content', (_what, data, kind) => {
    expect(study().classifyFile({ name: 'file', dataBase64: b64(data) })).toBe(kind);
  });
});

describe('the library', () => {
  it('renames, moves between collections, deletes a collection but keeps its documents', async () => {
    const s = study();
    const a = await s.importFile({ name: 'a.md', dataBase64: b64('# A\n\nText a.'), collection: 'Folder A' });
    const b = await s.importFile({ name: 'b.md', dataBase64: b64('# B\n\nText b.') });
    if (!('document' in a) || !('document' in b)) throw new Error('refused');
    expect(s.renameDocument({ id: a.document.id, title: '  Renamed   A ' }).title).toBe('Renamed A');
    const [folder] = s.createCollection({ name: 'Kyrgyzstan' }).filter((c) => c.name === 'Kyrgyzstan');
    s.moveDocuments({ ids: [a.document.id, b.document.id], collectionId: folder!.id });
    expect(s.listCollections().map((c) => [c.name, c.documentCount])).toEqual([['Folder A', 0], ['Kyrgyzstan', 2]]);
    expect(() => s.renameCollection({ id: folder!.id, name: 'folder a' })).toThrow(/already a collection named “folder a”/);
    s.deleteCollection({ id: folder!.id });
    expect(s.listDocuments().map((d) => d.collectionId)).toEqual([null, null]);
  });

  it('deletes a document to the trash with its annotations and restores every one of them', async () => {
    const { s, doc } = await fixtureStudy();
    const before = { annotations: s.study.annotations.listByDocument(doc.id), hits: s.search({ text: 'Jalalabad' }).total };
    expect(s.deleteDocument({ id: doc.id })).toMatchObject({ title: doc.title, annotations: before.annotations.length });
    expect(s.listDocuments()).toEqual([]);
    expect(s.search({ text: 'Jalalabad' }).total).toBe(0);
    expect(s.study.trash.tombstones().map((t) => t.id)).toEqual([doc.id]);
    s.restoreDocument({ id: doc.id });
    expect(s.study.annotations.listByDocument(doc.id)).toEqual(before.annotations);
    expect(s.search({ text: 'Jalalabad' }).total).toBe(before.hits);
    expect(s.study.trash.tombstones()).toEqual([]);
    expect(new Set(s.study.documents.searchText('"regional government"', 10).map((h) => h.documentId))).toEqual(new Set([doc.id]));
  });

  it('importing a deleted document again brings it back from the trash, annotations and all', async () => {
    const { s, doc } = await fixtureStudy();
    const before = s.study.annotations.listByDocument(doc.id);
    s.deleteDocument({ id: doc.id });
    const again = await s.importFile({ name: 'again.txt', dataBase64: Buffer.from(sampleBytes()).toString('base64') });
    expect(again).toMatchObject({ status: 'imported', notes: [`It was in the trash: restored with its ${before.length} annotations.`] });
    expect(s.study.annotations.listByDocument(doc.id)).toEqual(before);
    expect(s.study.trash.tombstones()).toEqual([]);
    expect(() => s.restoreDocument({ id: doc.id })).toThrow(/not in the trash/);
  });
});

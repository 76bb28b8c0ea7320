import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from './dispatch';
import { AppError } from '../domain/errors';
import { SourcemarkService } from './service';
import { SAMPLE, sampleBytes } from '../test-support/samples';
import { tmpDir } from '../test-support/tmp';
import { testService } from '../test-support/service';

const b64 = (bytes: Uint8Array | string) => Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('base64');

function service(): SourcemarkService {
  let tick = 0;
  const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)).toISOString();
  return testService({ dataDir: tmpDir(), now }).start();
}

async function importSample(s: SourcemarkService) {
  const r = await s.importFile({ name: SAMPLE, dataBase64: b64(sampleBytes()) });
  if (!('document' in r)) throw new Error(r.status === 'refused' ? r.reason : `not a document: ${r.fileName}`);
  return r.document;
}

/** Code-point range of the first occurrence of `needle` in `text`. */
function rangeOf(text: string, needle: string) {
  const u = text.indexOf(needle);
  if (u < 0) throw new Error(`not found: ${needle}`);
  const start = Array.from(text.slice(0, u)).length;
  return { start, end: start + Array.from(needle).length };
}

describe('start-up and studies', () => {
  it('creates a default study in the data folder on first start', async () => {
    const s = service();
    const session = s.getSession();
    expect(session.study?.path).toBe(s.defaultStudyPath);
    expect(fs.existsSync(s.defaultStudyPath)).toBe(true);
    expect(session.tags.map((t) => t.id)).toEqual(['claim', 'quote', 'figure', 'location']);
    expect(session.recentStudies).toEqual([s.defaultStudyPath]);
  });

  it('reopens the last study and document after a restart', async () => {
    const dataDir = tmpDir();
    const first = testService({ dataDir }).start();
    const other = path.join(dataDir, 'Elsewhere', 'Team.sourcemark');
    expect(() => first.createStudy({ path: other })).toThrow(/folder .*Elsewhere does not exist/);
    fs.mkdirSync(path.dirname(other));
    first.createStudy({ path: other.replace(/\.sourcemark$/, '') });
    const doc = await importSample(first);
    first.setLastDocument({ id: doc.id });
    first.close();
    const second = testService({ dataDir }).start();
    const session = second.getSession();
    expect(session.study?.path).toBe(other);
    expect(session.lastDocumentId).toBe(doc.id);
    expect(session.recentStudies[0]).toBe(other);
  });

  it('falls back to the default study, with the reason, when the last one cannot be opened', async () => {
    const dataDir = tmpDir();
    const first = testService({ dataDir }).start();
    const broken = path.join(dataDir, 'broken.sourcemark');
    first.createStudy({ path: broken });
    first.close();
    fs.writeFileSync(broken, 'not a database any more');
    const second = testService({ dataDir }).start();
    expect(second.getSession().study?.path).toBe(second.defaultStudyPath);
    expect(second.getSession().startupError).toMatch(/Cannot open “broken.sourcemark”: it is not a Sourcemark study/);
  });

  it('keeps the current study open when another cannot be opened', async () => {
    const s = service();
    const bad = path.join(tmpDir(), 'bad.sourcemark');
    fs.writeFileSync(bad, 'x'.repeat(200));
    expect(() => s.openStudy({ path: bad })).toThrow(AppError);
    expect(s.getSession().study?.path).toBe(s.defaultStudyPath);
  });
});

describe('importing articles', () => {
  it('imports a batch: good files in, bad files refused with a reason, nothing half-done', async () => {
    const s = service();
    const files: Array<[string, Uint8Array | string]> = [
      [SAMPLE, sampleBytes()],
      ['empty.md', ''],
      ['crlf.txt', 'Line one\r\n\r\nLine two\r\n'],
      ['bom.md', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('# BOM article\n\nText.')])],
      ['utf16.txt', new Uint8Array([0xff, 0xfe, ...Buffer.from('UTF-16 text\n\nSecond paragraph', 'utf16le')])],
      ['bad-utf8.md', new Uint8Array([0x61, 0xff, 0x62])],
      ['nul.md', new Uint8Array([0x61, 0, 0x62])],
      ['photo.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
      ['report.pdf', '%PDF-1.4'],
    ];
    const outcomes = [];
    for (const [name, data] of files) outcomes.push(await s.importFile({ name, dataBase64: b64(data) }));
    expect(outcomes.map((o) => [o.fileName, o.status])).toEqual([
      [SAMPLE, 'imported'],
      ['empty.md', 'refused'],
      ['crlf.txt', 'imported'],
      ['bom.md', 'imported'],
      ['utf16.txt', 'imported'],
      ['bad-utf8.md', 'refused'],
      ['nul.md', 'refused'],
      ['photo.md', 'refused'],
      ['report.pdf', 'refused'],
    ]);
    const reasons = outcomes.flatMap((o) => (o.status === 'refused' ? [o.reason] : []));
    expect(reasons).toEqual([
      expect.stringMatching(/empty/),
      expect.stringMatching(/not valid UTF-8/),
      expect.stringMatching(/NUL/),
      expect.stringMatching(/PNG image/),
      expect.stringMatching(/damaged PDF/),
    ]);
    expect(s.listDocuments()).toHaveLength(4);
    const crlf = s.listDocuments().find((d) => d.fileName === 'crlf.txt')!;
    expect(s.study.documents.content(crlf.id)!.text).toBe('Line one\nLine two');
  });

  it('does not duplicate a document imported again, under any name or format', async () => {
    const s = service();
    const a = await s.importFile({ name: 'wikinews-crane.txt', dataBase64: b64(sampleBytes('wikinews-crane.txt')) });
    const b = await s.importFile({ name: 'wikinews-crane.md', dataBase64: b64(sampleBytes('wikinews-crane.md')) });
    expect([a.status, b.status]).toEqual(['imported', 'duplicate']);
    expect(s.listDocuments()).toHaveLength(1);
    // The .md twin brought the source URL the .txt lacked.
    expect(s.listDocuments()[0]!.sourceUrl).toMatch(/^https:\/\/en\.wikinews\.org/);
  });
});

describe('annotations', () => {
  it('creates, edits, deletes and restores, keeping tombstones and counts', async () => {
    const s = service();
    const doc = await importSample(s);
    const text = s.study.documents.content(doc.id)!.text;
    const r = rangeOf(text, 'At least 400 people');
    const a = s.createAnnotation({ documentId: doc.id, tag: 'figure', ...r });
    expect(a).toMatchObject({ tag: 'figure', exact: 'At least 400 people', note: '', ...r });
    expect(a.prefix.length).toBeGreaterThan(0);

    const edited = s.updateAnnotation({ id: a.id, note: 'IWPR count', tag: 'claim' });
    expect(edited).toMatchObject({ tag: 'claim', note: 'IWPR count', created: a.created });
    expect(edited.modified > a.modified).toBe(true);
    expect(s.listDocuments()[0]!.tagCounts).toEqual({ claim: 1 });

    const deleted = s.deleteAnnotation({ id: a.id });
    expect(s.study.annotations.isDeleted(a.id)).toBe(true);
    expect(s.getDocument({ id: doc.id }).annotations).toEqual([]);

    s.restoreAnnotation({ annotation: deleted });
    expect(s.study.annotations.isDeleted(a.id)).toBe(false);
    // Listed without what the open document already gives: its id and the quote's context.
    const { documentId: _d, prefix: _p, suffix: _s, ...listed } = edited;
    expect(s.getDocument({ id: doc.id }).annotations).toEqual([listed]);
  });

  it('trims whitespace at the edges of a selection and refuses an empty one', async () => {
    const s = service();
    const doc = await importSample(s);
    const text = s.study.documents.content(doc.id)!.text;
    const r = rangeOf(text, ' Osh,');
    const a = s.createAnnotation({ documentId: doc.id, tag: 'location', start: r.start, end: r.end - 1 });
    expect(a.exact).toBe('Osh');
    const space = rangeOf(text, ' ');
    expect(() => s.createAnnotation({ documentId: doc.id, tag: 'claim', ...space })).toThrow(/not only spaces/);
  });

  it.each([
    ['a range past the end', { start: 0, end: 10 ** 6 }, /outside the document/],
    ['an unknown tag', { tag: 'verdict' }, /no tag “verdict”/],
  ])('refuses %s', async (_name, patch, message) => {
    const s = service();
    const doc = await importSample(s);
    expect(() => s.createAnnotation({ documentId: doc.id, tag: 'claim', start: 0, end: 5, ...patch })).toThrow(message);
  });

  it('refuses to restore an annotation that does not match the text', async () => {
    const s = service();
    const doc = await importSample(s);
    const a = s.createAnnotation({ documentId: doc.id, tag: 'claim', start: 0, end: 4 });
    const gone = s.deleteAnnotation({ id: a.id });
    expect(() => s.restoreAnnotation({ annotation: { ...gone, exact: 'forged' } })).toThrow(/does not match/);
  });

  it('deletes and restores many in one transaction: all, or none when one fails', async () => {
    const s = service();
    const doc = await importSample(s);
    const made = [0, 10, 20].map((start) => s.createAnnotation({ documentId: doc.id, tag: 'claim', start, end: start + 4 }));
    const gone = s.deleteAnnotations({ ids: made.map((a) => a.id) });
    expect(s.getDocument({ id: doc.id }).annotations).toEqual([]);
    // One forged: nothing comes back.
    expect(() => s.restoreAnnotations({ annotations: [gone[0]!, { ...gone[1]!, exact: 'forged' }, gone[2]!] })).toThrow(/does not match/);
    expect(s.getDocument({ id: doc.id }).annotations).toEqual([]);
    expect(s.restoreAnnotations({ annotations: gone }).map((a) => a.id)).toEqual(made.map((a) => a.id));
    expect(s.getDocument({ id: doc.id }).annotations.map((a) => a.id).sort()).toEqual(made.map((a) => a.id).sort());
    // Those already back, or already gone, are done: a step of undo is never lost for one.
    expect(s.restoreAnnotations({ annotations: gone })).toEqual([]);
    expect(s.deleteAnnotations({ ids: [made[0]!.id, 'b3f0c7a2-0000-4000-8000-000000000000'] }).map((a) => a.id)).toEqual([made[0]!.id]);
    expect(s.getDocument({ id: doc.id }).annotations).toHaveLength(2);
    expect(() => s.deleteAnnotation({ id: made[0]!.id })).toThrow();
  });
});

describe('offsets are code points over the canonical text, whatever the script', () => {
  const articles: Array<[string, string, string]> = [
    ['emoji', '# Emoji 😀 test\n\nThe crowd 👩‍👩‍👧 cheered in Osh 🇰🇬 today.', 'Osh'],
    ['ZWJ sequence itself', 'Family: 👩‍👩‍👧 and more.\n\nSecond.', '👩‍👩‍👧'],
    ['combining marks', 'Cafe\u0301 owners in Bishkek said so.\n\nMore text.', 'Bishkek'],
    ['Arabic', 'قال المتحدث إن 400 شخص تجمعوا في أوش.\n\nنص.', 'أوش'],
    ['Hebrew', 'הדובר אמר כי 400 איש התאספו באוש.\n\nטקסט.', 'באוש'],
    ['Cyrillic', 'Около 400 человек собрались в Оше 😀.\n\nТекст.', 'Оше'],
    ['CRLF source', 'Line one 😀\r\n\r\nAt least 1,500 officers\r\nwere there.', '1,500 officers'],
    ['astral letters', '𝔸𝔹ℂ 𝕏 marks the spot in Naryn.\n\nx', 'Naryn'],
  ];
  it.each(articles)('%s', async (_name, source, needle) => {
    const s = service();
    const imported = await s.importFile({ name: 'a.md', dataBase64: b64(source) });
    if (!('document' in imported)) throw new Error(imported.status === 'refused' ? imported.reason : `not a document: ${imported.fileName}`);
    const id = imported.document.id;
    const text = s.study.documents.content(id)!.text;
    const r = rangeOf(text, needle);
    s.createAnnotation({ documentId: id, tag: 'location', ...r });
    const exported = JSON.parse(s.exportAs({ format: 'w3c', documentIds: [id] }).content);
    const item = exported.first.items[0];
    const [quote, pos] = item.target.selector;
    expect(Array.from(text).slice(pos.start, pos.end).join('')).toBe(needle);
    expect(quote.exact).toBe(needle);
    expect(item.target.source.id).toBe(`urn:sha256:${id}`);
  });
});

describe('dispatch', () => {
  it('validates requests and wraps errors in a Result', async () => {
    const s = service();
    expect(await dispatch(s, 'nope', {})).toEqual({ ok: false, error: { code: 'invalid_request', message: 'Unknown method "nope".' } });
    expect(await dispatch(s, 'getDocument', { id: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_request', message: expect.stringMatching(/\(id\)/) } });
    expect(await dispatch(s, 'getDocument', { id: 'a'.repeat(64) })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch(s, 'createAnnotation', { documentId: 'a'.repeat(64), tag: 'claim', start: -1, end: 2 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect(await dispatch(s, 'listDocuments', {})).toEqual({ ok: true, value: [] });
  });
});

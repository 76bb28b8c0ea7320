// What goes out comes back: a package or a study file imported into an empty study
// reproduces the original exactly; W3C JSON-LD (ours) brings back every annotation and fact
// onto the same article; a Hypothesis export lands by quote.

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourcemarkService } from '../api/service';
import { fixtureStudy } from '../test-support/fixture-study';
import { SAMPLE, sampleBytes } from '../test-support/samples';
import { tmpDir } from '../test-support/tmp';
import { testService } from '../test-support/service';

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

function emptyService(name = 'Ben') {
  const s = testService({ dataDir: tmpDir(), now: () => '2026-04-01T10:00:00.000Z' }).start();
  s.setIdentity({ name });
  return s;
}

/** Everything a study holds, in a comparable shape. */
function snapshot(s: SourcemarkService) {
  const st = s.study;
  return {
    documents: st.documents.list().map((d) => ({ ...d, content: st.documents.content(d.id) })),
    annotations: st.annotations.listAll(),
    tags: st.tags.list(),
    verdicts: st.verdicts.list(),
    people: st.people.list(),
    tombstones: st.annotations.tombstones(),
    changes: st.provenance.changes(),
  };
}

const { s } = await fixtureStudy();
const pkg = s.exportAs({ format: 'package' });

describe('exchange package', () => {
  it('imported into an empty study reproduces the original exactly', async () => {
    const t = emptyService();
    const preview = await t.previewImport({ name: pkg.fileName, dataBase64: pkg.content });
    expect(snapshot(t).annotations).toEqual([]); // the preview wrote nothing
    const done = await t.importAnnotations({ name: pkg.fileName, dataBase64: pkg.content });
    expect(done).toEqual(preview);
    expect(done.annotations).toMatchObject({ added: 7, changed: 0, conflicts: 0, unanchored: 0, duplicates: 0 });
    expect(snapshot(t)).toEqual(snapshot(s));
    expect(t.listContributors().map((c) => c.name)).toContain(s.settings.userName);
  });

  it('imported twice changes nothing the second time', async () => {
    const t = emptyService();
    await t.importAnnotations({ name: pkg.fileName, dataBase64: pkg.content });
    const again = await t.importAnnotations({ name: pkg.fileName, dataBase64: pkg.content });
    expect(again.annotations).toMatchObject({ added: 0, changed: 0, unchanged: 7, conflicts: 0 });
    expect(again.documents).toMatchObject({ added: [], matched: 1, reanchored: [], deleted: [], sources: 0, filed: 0 });
    expect(snapshot(t)).toEqual(snapshot(s));
  });
});

describe('another study file', () => {
  it('merged into an empty study reproduces it exactly, and the source file is untouched', async () => {
    const { s } = await fixtureStudy();
    const t = emptyService();
    // A study is read from its bytes, as a user would pick it.
    s.study.db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = fs.readFileSync(s.study.file);
    const before = snapshot(s);
    const r = await t.importAnnotations({ name: 'colleague.sourcemark', dataBase64: b64(bytes) });
    expect(r.kind).toBe('study');
    expect(snapshot(t)).toEqual(snapshot(s));
    expect(fs.readFileSync(s.study.file).equals(bytes)).toBe(true);
    expect(snapshot(s)).toEqual(before);
  });
});

describe('W3C Web Annotation JSON-LD', () => {
  it('ours, onto the same article in another study: every annotation and fact comes back', async () => {
    const { s, doc } = await fixtureStudy();
    const w3c = s.exportAs({ format: 'w3c' });
    const t = emptyService();
    await t.importFile({ name: SAMPLE, dataBase64: b64(sampleBytes()) });
    const r = await t.importAnnotations({ name: w3c.fileName, dataBase64: b64(w3c.content) });
    expect(r.kind).toBe('w3c');
    expect(r.annotations).toMatchObject({ added: 7, unanchored: 0 });
    const strip = (list: ReturnType<typeof s.study.annotations.listAll>) => list.map(({ fields, ...a }) => ({ ...a, fields: { ...fields, quote: fields.quote ? { speaker: 'set' } : undefined } }));
    expect(strip(t.study.annotations.listByDocument(doc.id))).toEqual(strip(s.study.annotations.listByDocument(doc.id)));
    // The speaker arrived as a person of this study, by name.
    const quote = t.study.annotations.listAll().find((a) => a.tag === 'quote')!;
    expect(t.study.people.get(quote.fields.quote!.speakerId!)!.name).toBe('Ishengul Boljurova');
  });

  it('a Hypothesis export lands on the article with that web address, by quote', async () => {
    const t = emptyService();
    const doc = await t.importFile({ name: SAMPLE, dataBase64: b64(sampleBytes()) });
    if (!('document' in doc)) throw new Error(doc.status === 'refused' ? doc.reason : `not a document: ${doc.fileName}`);
    const url = 'https://iwpr.net/global-voices/anti-government-protests-solidify-south';
    const hypothesis = {
      total: 2,
      rows: [
        {
          id: 'Yq3k2A2KEe-9bW8Wj4wLSw',
          created: '2026-03-01T12:00:00.000000+00:00',
          updated: '2026-03-01T12:05:00.000000+00:00',
          user: 'acct:carla@hypothes.is',
          uri: url,
          text: 'Worth checking the count.',
          tags: ['Figure'],
          target: [{ source: url, selector: [{ type: 'TextPositionSelector', start: 9999, end: 10018 }, { type: 'TextQuoteSelector', exact: 'At least 400 people', prefix: '', suffix: '' }] }],
          document: { title: ['Anti-government protests solidify in south'] },
        },
        {
          id: 'Zr4l3B3LFf-0cX9Xk5xMTx',
          created: '2026-03-01T12:10:00.000000+00:00',
          updated: '2026-03-01T12:10:00.000000+00:00',
          user: 'acct:carla@hypothes.is',
          uri: url,
          text: '',
          tags: ['Source'],
          target: [{ source: url, selector: [{ type: 'TextQuoteSelector', exact: 'a sentence the article never had', prefix: 'x', suffix: 'y' }] }],
        },
      ],
    };
    const r = await t.importAnnotations({ name: 'hypothesis.json', dataBase64: b64(JSON.stringify(hypothesis)) });
    expect(r.annotations).toMatchObject({ added: 1, unanchored: 1 });
    expect(r.tags).toEqual(['Source']); // a new tag from their vocabulary; Figure matched ours
    const [a] = t.study.annotations.listAll();
    expect(a).toMatchObject({ tag: 'figure', exact: 'At least 400 people', note: 'Worth checking the count.', author: 'carla' });
    const [orphan] = t.listOrphans({});
    expect(orphan).toMatchObject({ exact: 'a sentence the article never had', prefix: 'x', suffix: 'y', author: 'carla', origin: 'hypothesis.json', documentId: doc.document.id });
    expect(t.getDocument({ id: doc.document.id }).orphans).toHaveLength(1);
  });
});

// Round trips through every format Sourcemark writes and reads: exported from the fixture
// study (one annotation of every kind, every fact, custom tags with colours, keys and a
// parent), imported into an empty study, the same annotations come back — all the format
// can hold. W3C also with every `sm:` key stripped (its standard bodies carry the facts), so
// its ClaimReview and GeoJSON come out as the original's.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportAs } from '../api/ops/export';
import { importAnnotations, previewImport } from '../api/ops/merging';
import type { Ctx } from '../api/ops/context';
import { fixtureStudy } from '../test-support/fixture-study';
import { tmpDir } from '../test-support/tmp';
import { Study } from '../store/study';
import { CodePointIndex } from '../text/codepoints';
import { readIncoming } from './read';
import { mergeInto } from './merge';

const NOW = '2026-04-01T10:00:00.000Z';

function ctxFor(study: Study, user = 'Ben'): Ctx {
  return { study, now: () => NOW, user, identity: { name: user, email: null, orcid: null }, index: (id) => new CodePointIndex(study.documents.content(id)!.text), extract: undefined as never };
}

const fileBytes = (f: { content: string; encoding: 'utf8' | 'base64' }) => new Uint8Array(f.encoding === 'base64' ? Buffer.from(f.content, 'base64') : Buffer.from(f.content, 'utf8'));

/** Annotations in comparable terms: tags, verdicts and speakers by name. */
function comparable(study: Study, who: boolean) {
  const tags = new Map(study.tags.list().map((t) => [t.id, t.name]));
  const verdicts = new Map(study.verdicts.list().map((v) => [v.id, v.label]));
  return study.annotations
    .listAll()
    .map(({ id: _id, documentId: _d, tag, author, created, modified, fields, ...a }) => {
      const speaker = fields.quote?.speakerId ? study.people.get(fields.quote.speakerId) : undefined;
      return {
        ...a,
        tag: tags.get(tag),
        fields: {
          ...fields,
          ...(fields.claim ? { claim: { ...fields.claim, verdict: fields.claim.verdict ? verdicts.get(fields.claim.verdict) : null } } : {}),
          ...(fields.quote ? { quote: { speaker: speaker ? `${speaker.name} / ${speaker.role}` : null } } : {}),
        },
        ...(who ? { author, created, modified } : {}),
      };
    })
    .sort((x, y) => x.start - y.start || x.end - y.end || String(x.tag).localeCompare(String(y.tag)));
}

/** An empty study holding only the source's documents (for formats that do not carry texts). */
async function studyWithTexts(source: Study): Promise<Study> {
  const t = Study.create(path.join(tmpDir(), 'My study.sourcemark'));
  const documents = source.documents.list().map((d) => {
    const c = source.documents.content(d.id)!;
    return { ref: d.id, text: c.text, blocks: c.blocks, meta: { title: d.title, fileName: d.fileName, format: d.format, author: d.author, location: d.location, sourceUrl: d.sourceUrl, published: d.published, importedAt: d.importedAt } };
  });
  mergeInto(t, { origin: 'texts', kind: 'package', documents, annotations: [], tags: [], verdicts: [], people: [], tombstones: [], contributors: [], changes: [] }, { now: NOW, dryRun: false });
  return t;
}

const stripSm = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(stripSm) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => !k.startsWith('sm:')).map(([k, x]) => [k, stripSm(x)])) : v;

async function source() {
  const { s, doc } = await fixtureStudy();
  const health = s.createTag({ name: 'Health claim', color: '#117733', shortcut: 'h', parentId: 'claim', description: 'About health' }).find((t) => t.name === 'Health claim')!;
  const rumour = s.createTag({ name: 'Rumour', color: '#AA4499', shortcut: '7', parentId: null, description: '' }).find((t) => t.name === 'Rumour')!;
  const text = s.study.documents.content(doc.id)!.text;
  const at = (needle: string) => Array.from(text.slice(0, text.indexOf(needle))).length;
  s.createAnnotation({ documentId: doc.id, tag: health.id, start: at('the regional government building'), end: at('the regional government building') + 32 });
  s.createAnnotation({ documentId: doc.id, tag: rumour.id, start: at('two people riding horses'), end: at('two people riding horses') + 24, note: 'line one\nspeaker: not a fact\n\nline four' });
  return { s, doc };
}

const { s } = await source();

const cases: Array<{ format: 'package' | 'w3c' | 'brat' | 'refi' | 'csv'; strip?: boolean; texts: boolean; who: boolean; keys: boolean; colours: boolean }> = [
  { format: 'package', texts: false, who: true, keys: true, colours: true },
  { format: 'w3c', texts: true, who: true, keys: true, colours: true },
  { format: 'w3c', strip: true, texts: true, who: true, keys: false, colours: false },
  { format: 'brat', texts: false, who: false, keys: true, colours: true },
  { format: 'refi', texts: false, who: true, keys: false, colours: true },
  { format: 'csv', texts: true, who: true, keys: false, colours: false },
];

describe.each(cases)('$format export, imported into an empty study (sm: keys stripped: $strip)', (c) => {
  it('gives the same annotations, facts and (where the format holds them) tag colours, keys and parents', async () => {
    const file = exportAs(s.study, c.format, undefined, NOW);
    let bytes = fileBytes(file);
    if (c.strip) bytes = new Uint8Array(Buffer.from(JSON.stringify(stripSm(JSON.parse(Buffer.from(bytes).toString('utf8'))))));
    const t = c.texts ? await studyWithTexts(s.study) : Study.create(path.join(tmpDir(), 'empty.sourcemark'));
    const preview = await previewImport(ctxFor(t), file.fileName, bytes);
    expect(comparable(t, false)).toEqual([]);
    const done = await importAnnotations(ctxFor(t), file.fileName, bytes);
    expect(done.annotations).toEqual(preview.annotations);
    expect(done.annotations).toMatchObject({ added: s.study.annotations.listAll().length, unanchored: 0 });
    expect(comparable(t, c.who)).toEqual(comparable(s.study, c.who));
    const health = t.tags.list().find((x) => x.name === 'Health claim')!;
    const rumour = t.tags.list().find((x) => x.name === 'Rumour')!;
    if (c.colours) expect([health.color, rumour.color]).toEqual(['#117733', '#AA4499']);
    if (c.keys) expect([health.shortcut, rumour.shortcut]).toEqual(['h', '7']);
    if (c.format !== 'csv' && !c.strip) expect(health.parentId).toBe('claim');
  });
});

describe('a W3C file without Sourcemark’s keys', () => {
  it('keeps the verdicts, places and sources: its ClaimReview and GeoJSON are the original’s', async () => {
    const file = exportAs(s.study, 'w3c', undefined, NOW);
    const stripped = JSON.stringify(stripSm(JSON.parse(file.content)));
    expect(stripped).not.toContain('sm:');
    const t = await studyWithTexts(s.study);
    await importAnnotations(ctxFor(t), 'foreign.jsonld', new Uint8Array(Buffer.from(stripped)));
    const noIds = (json: string) => json.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ID');
    for (const format of ['claimreview', 'geojson'] as const) {
      const mine = JSON.parse(noIds(exportAs(s.study, format, undefined, NOW).content));
      const theirs = JSON.parse(noIds(exportAs(t, format, undefined, NOW).content));
      expect(theirs).toEqual(mine);
      expect(JSON.stringify(theirs).length).toBeGreaterThan(200);
    }
  });

  it('reads its bodies even when another tool wrote them (file in __fixtures__)', async () => {
    const t = await studyWithTexts(s.study);
    const fs = await import('node:fs');
    const bytes = new Uint8Array(fs.readFileSync(path.join(__dirname, '../formats/__fixtures__/w3c/other-tool.jsonld')));
    const done = await importAnnotations(ctxFor(t), 'other-tool.jsonld', bytes);
    expect(done.annotations).toMatchObject({ added: 10, unanchored: 0, reanchored: 10 });
    expect(done.verdicts).toEqual([]); // "mostly true" is the study's "Mostly true"
    const claim = t.annotations.listAll().find((a) => a.exact.startsWith('protesters took over'))!;
    expect(t.verdicts.list().find((v) => v.id === claim.fields.claim!.verdict)!.label).toBe('Mostly true');
    expect(exportAs(t, 'geojson', undefined, NOW).content).toContain('"geonamesId": 1527534');
  });
});

describe('W3C selectors', () => {
  it('a TextPositionSelector alone lands on its code points; a TextQuoteSelector alone by its words', async () => {
    const t = await studyWithTexts(s.study);
    const doc = t.documents.list()[0]!;
    const text = t.documents.content(doc.id)!.text;
    const start = Array.from(text.slice(0, text.indexOf('Osh'))).length;
    const items = [
      { type: 'Annotation', body: { type: 'TextualBody', purpose: 'tagging', value: 'location' }, target: { source: `urn:sha256:${doc.id}`, selector: { type: 'TextPositionSelector', start, end: start + 3 } } },
      { type: 'Annotation', body: { type: 'TextualBody', purpose: 'tagging', value: 'figure' }, target: { source: `urn:sha256:${doc.id}`, selector: { type: 'TextQuoteSelector', exact: 'At least 400 people' } } },
    ];
    const done = await importAnnotations(ctxFor(t), 'selectors.json', new Uint8Array(Buffer.from(JSON.stringify(items))));
    expect(done.annotations).toMatchObject({ added: 2, unanchored: 0 });
    expect(t.annotations.listAll().map((a) => [a.tag, a.exact]).sort()).toEqual([['figure', 'At least 400 people'], ['location', 'Osh']]);
  });
});

describe('readIncoming on a package', () => {
  it('still reads a package whatever it is called', async () => {
    const inc = await readIncoming('notes.txt', fileBytes(exportAs(s.study, 'package', undefined, NOW)), { now: NOW });
    expect(inc.kind).toBe('package');
  });
});

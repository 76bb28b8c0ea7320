import { describe, expect, it } from 'vitest';
import { SAMPLE, sampleBytes } from '../../test-support/samples';
import { tmpDir } from '../../test-support/tmp';
import type { DocumentSummary } from '../../domain/types';
import { ftsQuery } from './search';
import { testService } from '../../test-support/service';

async function setup() {
  const s = testService({ dataDir: tmpDir() }).start();
  const docs: DocumentSummary[] = [];
  for (const name of [SAMPLE, 'wikinews-crane.md']) {
    const r = await s.importFile({ name, dataBase64: Buffer.from(sampleBytes(name)).toString('base64') });
    if (!('document' in r)) throw new Error(r.status === 'refused' ? r.reason : `not a document: ${r.fileName}`);
    docs.push(r.document);
  }
  const tag = (doc: number, tagId: string, needle: string) => {
    const text = s.study.documents.content(docs[doc]!.id)!.text;
    const at = text.indexOf(needle);
    const start = Array.from(text.slice(0, at)).length;
    return s.createAnnotation({ documentId: docs[doc]!.id, tag: tagId, start, end: start + Array.from(needle).length });
  };
  return { s, docs, tag };
}

const { s, docs, tag } = await setup();

describe('search', () => {
  const health = s.createTag({ name: 'Casualty claim', parentId: 'claim' }).find((t) => t.name === 'Casualty claim')!;
  const claim = tag(0, 'claim', 'protesters took over the regional government in Jalalabad');
  s.updateAnnotation({ id: claim.id, note: 'Check with RFE/RL', fields: { claim: { verdict: 'true', rationale: 'Confirmed by Reuters', sources: [{ url: 'https://example.org/r', title: 'Reuters report' }], checkedBy: null, checkedAt: null } } });
  const casualty = tag(1, health.id, 'killing 107 or more and wounding 238');
  const quote = tag(0, 'quote', 'The governor has fled');
  const person = s.savePerson({ name: 'Ishengul Boljurova', role: 'deputy chair' });
  s.updateAnnotation({ id: quote.id, fields: { quote: { speakerId: person.id } } });
  const osh = tag(0, 'location', 'Osh');
  s.updateAnnotation({ id: osh.id, fields: { location: { name: 'Osh', country: 'KG', lat: 40.5, lon: 72.8, geonamesId: 1527534, manual: false } } });
  const mecca = tag(1, 'location', 'Mecca');
  s.updateAnnotation({ id: mecca.id, fields: { location: { name: 'Mecca', country: 'SA', lat: 21.4, lon: 39.8, geonamesId: 104515, manual: false } } });
  const ids = (r: ReturnType<typeof s.search>) => r.hits.map((h) => h.annotation.id);

  it.each<[string, Parameters<typeof s.search>[0], string[]]>([
    ['quoted text', { text: 'jalalabad' }, [claim.id]],
    ['a word prefix', { text: 'wound' }, [casualty.id]],
    ['a note', { text: 'RFE' }, [claim.id]],
    ['a rationale and a source title', { text: 'reuters report' }, [claim.id]],
    ['a speaker by name', { text: 'boljurova' }, [quote.id]],
    ['a place by name', { text: 'mecca' }, [mecca.id]],
    ['a tag with its sub-tags', { tag: 'claim' }, [claim.id, casualty.id]],
    ['a verdict', { verdict: 'true' }, [claim.id]],
    ['a speaker', { speakerId: person.id }, [quote.id]],
    ['a place', { place: 'osh' }, [osh.id]],
    ['a document', { documentId: docs[1]!.id }, [casualty.id, mecca.id]],
    ['words and filters together', { text: 'governor', tag: 'quote', documentId: docs[0]!.id }, [quote.id]],
    ['nothing', { text: 'zeppelin' }, []],
  ])('finds by %s', (_name, req, expected) => {
    const r = s.search(req);
    expect(new Set(ids(r))).toEqual(new Set(expected));
    expect(r.total).toBe(expected.length);
  });

  it('returns whole annotations with their document title, document by document in text order', async () => {
    const r = s.search({ tag: 'location' });
    expect(r.hits.map((h) => [h.documentTitle, h.annotation.exact]).sort()).toEqual([
      ['Anti-Government Protests Solidify in South', 'Osh'],
      ['At least 107 killed in Mecca crane collapse', 'Mecca'],
    ]);
    const all = s.search({ documentId: docs[0]!.id }).hits.map((h) => h.annotation.start);
    expect(all).toEqual([...all].sort((a, b) => a - b));
    expect(r.hits[0]!.annotation.fields.location?.geonamesId).toBe(1527534);
  });

  it('treats the user’s words as words, never as query syntax', async () => {
    expect(ftsQuery('"Osh" OR * NEAR(')).toBe('"Osh"* AND "OR"* AND "NEAR"*');
    expect(ftsQuery('  ')).toBeNull();
    expect(s.search({ text: 'Osh" OR "x' }).total).toBe(0);
    expect(s.search({ text: '***' }).total).toBe(s.search({}).total);
  });
});

describe('search beyond annotations', () => {
  it('finds words in the articles’ own text, with the line and where it starts', async () => {
    const { s: t, docs: d } = await setup();
    const r = t.search({ text: 'governor fled' });
    const hit = r.textHits.find((h) => h.documentId === d[0]!.id)!;
    expect(hit.line).toMatch(/governor/i);
    const text = t.study.documents.content(d[0]!.id)!.text;
    expect(Array.from(text).slice(hit.start, hit.start + 10).join('')).toBe(hit.line.slice(0, 10));
  });

  it('a country’s name as the place filter matches the places placed in it', async () => {
    const { s: t, tag: tg } = await setup();
    const osh = tg(0, 'location', 'Osh');
    t.updateAnnotation({ id: osh.id, fields: { location: { name: 'Osh', country: 'KG', lat: 40.5, lon: 72.8, geonamesId: 1527534, manual: false } } });
    expect(t.search({ place: 'Kyrgyzstan' }).hits.map((h) => h.annotation.id)).toEqual([osh.id]);
    expect(t.search({ place: 'Osh' }).total).toBe(1);
  });
});

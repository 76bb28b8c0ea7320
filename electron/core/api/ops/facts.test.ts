import { describe, expect, it } from 'vitest';
import { SAMPLE, sampleBytes } from '../../test-support/samples';
import { tmpDir } from '../../test-support/tmp';
import { testService } from '../../test-support/service';

async function setup() {
  const s = testService({ dataDir: tmpDir() }).start();
  const r = await s.importFile({ name: SAMPLE, dataBase64: Buffer.from(sampleBytes()).toString('base64') });
  if (!('document' in r)) throw new Error(r.status === 'refused' ? r.reason : `not a document: ${r.fileName}`);
  const text = s.study.documents.content(r.document.id)!.text;
  const tag = (tag: string, needle: string) => {
    const at = text.indexOf(needle);
    const start = Array.from(text.slice(0, at)).length;
    return s.createAnnotation({ documentId: r.document.id, tag, start, end: start + Array.from(needle).length });
  };
  return { s, doc: r.document, tag };
}

describe('facts', () => {
  it('reads a figure when it is tagged, and when an annotation is retagged as one', async () => {
    const { s, tag } = await setup();
    expect(tag('figure', 'At least 400 people').fields.figure).toEqual({ written: 'At least 400 people', value: 400, valueMax: null, qualifier: 'at least', unit: 'people', asOf: null });
    const a = tag('claim', '1,500');
    expect(a.fields).toEqual({ claim: { verdict: 'unchecked', rationale: '', sources: [], checkedBy: null, checkedAt: null } });
    const retagged = s.updateAnnotation({ id: a.id, tag: 'figure' });
    expect(retagged.fields.figure).toMatchObject({ value: 1500, unit: 'officers' });
    expect(retagged.fields.claim).toBeDefined(); // kept, should it be tagged a claim again
    expect(s.listDocuments()[0]!.verdictCounts).toEqual({});
  });

  it('proposes a speaker, matched to a person already in the study, without setting it', async () => {
    const { s, tag } = await setup();
    const q = tag('quote', 'The police have today demonstrated in practice that it is ready to switch to the side of the people');
    expect(s.suggestFacts({ id: q.id }).speaker).toMatchObject({ name: 'Adakhan Madumarov', role: 'opposition leader', person: null });
    const p = s.savePerson({ name: 'Adakhan Madumarov', role: 'opposition leader' });
    expect(s.suggestFacts({ id: q.id }).speaker?.person).toEqual(p);
    expect(s.study.annotations.get(q.id)!.fields).toEqual({});
  });

  it('proposes places, ranked for the document’s country, and maps resolved ones', async () => {
    const { s, doc, tag } = await setup();
    const j = tag('location', 'Jalalabad');
    const places = s.suggestFacts({ id: j.id }).places!;
    expect(places[0]).toMatchObject({ name: 'Jalal-Abad', country: 'KG', geonamesId: 1528249 });
    const top = places[0]!;
    s.updateAnnotation({ id: j.id, fields: { location: { name: top.name, country: top.country, lat: top.lat, lon: top.lon, geonamesId: top.geonamesId, manual: false } } });
    const pin = tag('location', 'Aksy');
    s.updateAnnotation({ id: pin.id, fields: { location: { name: 'Aksy', country: 'KG', lat: 41.43, lon: 71.5, geonamesId: null, manual: true } } });
    tag('location', 'Uzgen'); // not resolved: not on the map, but listed as unplaced
    const map = s.mapPoints({ documentId: doc.id });
    expect(map.points.map((p) => [p.exact, p.name, p.country])).toEqual([
      ['Jalalabad', 'Jalal-Abad', 'KG'],
      ['Aksy', 'Aksy', 'KG'],
    ]);
    expect(map.unplaced.map((u) => u.exact)).toEqual(['Uzgen']);
    expect(s.mapPoints({}).points).toHaveLength(2);
    expect(s.searchPlaces({ query: 'Talas', documentId: doc.id })[0]).toMatchObject({ name: 'Talas', country: 'KG' });
  });

  it.each([
    ['Huntsville, Texas', 'Huntsville', 'US', 'TX'], // not the larger Huntsville, Alabama
    ['the museum in Victoria, Australia', 'Victoria', 'AU', null],
    ['Springfield, Massachusetts', 'Springfield', 'US', 'MA'],
  ])('a place followed by its region or country (“%s”) is ranked within it', async (sentence, needle, country, admin1) => {
    const s = testService({ dataDir: tmpDir() }).start();
    const r = await s.importFile({ name: 'note.md', dataBase64: Buffer.from(`# A note\n\nThey met in ${sentence}, last week.`).toString('base64') });
    if (!('document' in r)) throw new Error('not imported');
    const text = s.study.documents.content(r.document.id)!.text;
    const start = Array.from(text.slice(0, text.indexOf(needle))).length;
    const a = s.createAnnotation({ documentId: r.document.id, tag: 'location', start, end: start + needle.length });
    const [top] = s.suggestFacts({ id: a.id }).places!;
    expect(top).toMatchObject({ name: needle, country });
    if (admin1) expect(top!.admin1).toBe(admin1);
  });
});


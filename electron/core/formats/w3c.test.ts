import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourcemarkService } from '../service';
import { expectGolden } from '../test-support/golden';
import { SAMPLE, sampleBytes } from '../test-support/samples';
import { tmpDir } from '../test-support/tmp';
import { W3C_SAMPLES, failedMusts } from '../test-support/w3c-validator';
import { ANNO_CONTEXT } from './w3c';

const ANNOTATION_MUSTS = 'annotations/annotationMusts.test';
const COLLECTION_MUSTS = 'collections/collectionMusts.test';
const PAGE_MUSTS = 'collections/pages/pageMusts.test';

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined; // some "incorrect" samples are not even JSON
  }
}

describe('the W3C validator itself (so a pass means something)', () => {
  // Composite/List/Independents were dropped from the Recommendation; the schemas reject them.
  const obsolete = new Set(['anno11.json', 'anno12.json', 'anno13.json', 'collection1.json']);
  const correct = fs.readdirSync(path.join(W3C_SAMPLES, 'correct')).filter((f) => f.startsWith('anno') && !obsolete.has(f));
  const incorrect = fs.readdirSync(path.join(W3C_SAMPLES, 'incorrect')).filter((f) => readJson(path.join(W3C_SAMPLES, 'incorrect', f)));

  it.each(correct)('accepts correct/%s', (f) => {
    expect(failedMusts(ANNOTATION_MUSTS, readJson(path.join(W3C_SAMPLES, 'correct', f)))).toEqual([]);
  });
  it.each(incorrect)('rejects incorrect/%s', (f) => {
    expect(failedMusts(ANNOTATION_MUSTS, readJson(path.join(W3C_SAMPLES, 'incorrect', f))).length).toBeGreaterThan(0);
  });
});

describe('W3C Web Annotation export', () => {
  const times = ['2026-03-18T09:00:00.000Z', '2026-03-18T09:01:00.000Z', '2026-03-18T09:02:00.000Z', '2026-03-18T09:03:00.000Z'];
  let tick = 0;
  const s = new SourcemarkService({ dataDir: tmpDir(), now: () => times[Math.min(tick++, times.length - 1)]! }).start();
  s.settings.noteStudyOpened(s.study.file);
  const imported = s.importFile({ name: SAMPLE, dataBase64: Buffer.from(sampleBytes()).toString('base64') });
  if (imported.status === 'refused') throw new Error(imported.reason);
  const doc = imported.document;
  const text = s.study.documents.content(doc.id)!.text;
  const tag = (tagId: string, needle: string, note?: string) => {
    const u = text.indexOf(needle);
    const start = Array.from(text.slice(0, u)).length;
    return s.createAnnotation({ documentId: doc.id, tag: tagId, start, end: start + Array.from(needle).length, note });
  };
  tag('claim', 'protesters took over the regional government in Jalalabad', 'Check against RFE/RL reporting.');
  tag('quote', 'The governor has fled. The authorities are afraid of the ordinary people');
  tag('figure', 'At least 400 people');
  tag('location', 'Osh');

  const file = s.exportW3C({ documentId: doc.id });
  const collection = JSON.parse(file.content);
  // Fixed ids so the golden file is stable; everything else is the real output.
  const stable = JSON.parse(file.content);
  stable.id = 'urn:uuid:00000000-0000-4000-8000-000000000000';
  stable.first.id = `${stable.id}#page-1`;
  stable.first.items.forEach((item: { id: string; creator: { name: string } }, i: number) => {
    item.id = `urn:uuid:00000000-0000-4000-8000-00000000000${i + 1}`;
    item.creator.name = 'Test Annotator';
  });

  it('matches the golden file', () => {
    expect(file.fileName).toBe('Anti-Government Protests Solidify in South.annotations.jsonld');
    expectGolden(path.join(__dirname, '__golden__', 'sample.w3c.jsonld'), JSON.stringify(stable, null, 2) + '\n');
  });

  it('passes every MUST assertion for collections, pages and annotations', () => {
    expect(failedMusts(COLLECTION_MUSTS, collection)).toEqual([]);
    expect(failedMusts(PAGE_MUSTS, { '@context': ANNO_CONTEXT, ...collection.first })).toEqual([]);
    expect(collection.first.items).toHaveLength(4);
    for (const item of collection.first.items) {
      expect(failedMusts(ANNOTATION_MUSTS, { '@context': ANNO_CONTEXT, ...item })).toEqual([]);
    }
  });

  it('gives each annotation both selectors in code points, the tag, the note and its document', () => {
    for (const item of collection.first.items) {
      const [quote, pos] = item.target.selector;
      expect(Array.from(text).slice(pos.start, pos.end).join('')).toBe(quote.exact);
      expect(text).toContain(quote.prefix + quote.exact + quote.suffix);
      expect(item.target.source).toEqual({
        id: `urn:sha256:${doc.id}`,
        type: 'Text',
        format: 'text/plain',
        title: 'Anti-Government Protests Solidify in South',
        via: 'https://iwpr.net/global-voices/anti-government-protests-solidify-south',
      });
    }
    const claim = collection.first.items.find((i: { body: Array<{ value: string }> }) => i.body[0]!.value === 'claim');
    expect(claim.body[1]).toEqual({ type: 'TextualBody', purpose: 'commenting', value: 'Check against RFE/RL reporting.', format: 'text/plain' });
    expect(collection.total).toBe(4);
  });

  it('exports the whole study, every document', () => {
    s.importFile({ name: 'other.md', dataBase64: Buffer.from('# Other\n\nBishkek is the capital.').toString('base64') });
    const other = s.listDocuments().find((d) => d.title === 'Other')!;
    s.createAnnotation({ documentId: other.id, tag: 'location', start: 6, end: 13 });
    const all = JSON.parse(s.exportW3C({}).content);
    expect(all.total).toBe(5);
    expect(new Set(all.first.items.map((i: { target: { source: { id: string } } }) => i.target.source.id)).size).toBe(2);
    expect(failedMusts(COLLECTION_MUSTS, all)).toEqual([]);
  });
});

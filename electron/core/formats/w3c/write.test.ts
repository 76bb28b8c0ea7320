import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureStudy, stabilize } from '../../test-support/fixture-study';
import { expectGolden } from '../../test-support/golden';
import { meets, W3C_SAMPLES, failedMusts } from '../../test-support/w3c-validator';
import { pagedStudy } from '../../test-support/paged';
import { ANNO_CONTEXT, PDF_FRAGMENT } from './write';

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

  it.each(correct)('accepts correct/%s', async (f) => {
    expect(failedMusts(ANNOTATION_MUSTS, readJson(path.join(W3C_SAMPLES, 'correct', f)))).toEqual([]);
  });
  it.each(incorrect)('rejects incorrect/%s', async (f) => {
    expect(failedMusts(ANNOTATION_MUSTS, readJson(path.join(W3C_SAMPLES, 'incorrect', f))).length).toBeGreaterThan(0);
  });
});

const { s, doc, text } = await fixtureStudy();
const file = s.exportAs({ format: 'w3c', documentIds: [doc.id] });
const collection = JSON.parse(file.content);

describe('W3C Web Annotation export', () => {
  it('matches the golden file', async () => {
    expect(file.fileName).toBe('Anti-Government Protests Solidify in South.annotations.jsonld');
    const stable = JSON.parse(stabilize(file.content));
    for (const item of stable.first.items) item.creator.name = 'Test Annotator';
    expectGolden(path.join(__dirname, '..', '__golden__', 'sample.w3c.jsonld'), JSON.stringify(stable, null, 2) + '\n');
  });

  it('carries every fact as a body: verdict (who checked it, when), rationale, sources, speaker, figure, place', async () => {
    const bodies = collection.first.items.flatMap((i: { body: unknown[] }) => i.body);
    expect(bodies).toEqual(
      expect.arrayContaining([
        { type: 'TextualBody', purpose: 'assessing', value: 'True', format: 'text/plain', creator: { type: 'Person', name: 'Ana Checker' }, created: '2026-03-18T00:00:00Z' },
        { type: 'TextualBody', purpose: 'assessing', value: 'RFE/RL, 4 March 2005', format: 'text/plain' },
        { type: 'SpecificResource', purpose: 'linking', source: { id: 'https://www.rferl.org/a/1057723.html', title: 'RFE/RL: Jalal-Abad' } },
        { type: 'TextualBody', purpose: 'identifying', value: "Ishengul Boljurova (deputy chair of the opposition People's Movement of Kyrgyzstan)", format: 'text/plain' },
        { type: 'TextualBody', purpose: 'describing', value: 'at least 400 people', format: 'text/plain' },
        { type: 'SpecificResource', purpose: 'identifying', source: { id: 'https://sws.geonames.org/1527534/', title: 'Osh' } },
        { type: 'TextualBody', purpose: 'identifying', value: 'Osh (40.52828, 72.7985, KG)', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'identifying', value: 'Aksy (41.43, 71.5, KG)', format: 'text/plain' },
      ]),
    );
    expect(collection['sm:tags'].map((t: { id: string }) => t.id)).toEqual(['claim', 'quote', 'figure', 'location']);
  });

  it('passes every MUST assertion for collections, pages and annotations', async () => {
    expect(failedMusts(COLLECTION_MUSTS, collection)).toEqual([]);
    expect(failedMusts(PAGE_MUSTS, { '@context': ANNO_CONTEXT, ...collection.first })).toEqual([]);
    expect(collection.first.items).toHaveLength(7);
    for (const item of collection.first.items) {
      expect(failedMusts(ANNOTATION_MUSTS, { '@context': ANNO_CONTEXT, ...item })).toEqual([]);
    }
  });

  it('gives each annotation both selectors in code points, the tag, the note and its document', async () => {
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
    expect(collection.total).toBe(7);
  });

  it('exports the whole study, every document', async () => {
    await s.importFile({ name: 'other.md', dataBase64: Buffer.from('# Other\n\nBishkek is the capital.').toString('base64') });
    const other = s.listDocuments().find((d) => d.title === 'Other')!;
    s.createAnnotation({ documentId: other.id, tag: 'location', start: 6, end: 13 });
    const all = JSON.parse(s.exportAs({ format: 'w3c' }).content);
    expect(all.total).toBe(8);
    expect(new Set(all.first.items.map((i: { target: { source: { id: string } } }) => i.target.source.id)).size).toBe(2);
    expect(failedMusts(COLLECTION_MUSTS, all)).toEqual([]);
  });
});

describe('W3C Web Annotation export of a paged document (PDF)', async () => {
  const paged = await pagedStudy();
  const out = JSON.parse(paged.s.exportAs({ format: 'w3c' }).content);
  const item = (id: string) => out.first.items.find((i: { id: string }) => i.id === `urn:uuid:${id}`);

  it.each([
    ['page1', 'page=1'],
    ['page3', 'page=3'],
  ] as const)('names the page of the annotation on %s with an RFC 8118 FragmentSelector after the text selectors', (which, value) => {
    const [quote, pos, page, ...rest] = item(paged.ids[which]).target.selector;
    expect([quote.type, pos.type, rest]).toEqual(['TextQuoteSelector', 'TextPositionSelector', []]);
    expect(page).toEqual({ type: 'FragmentSelector', conformsTo: PDF_FRAGMENT, value });
    expect(paged.source.pageStarts).toHaveLength(3);
  });

  it('stays valid: every MUST, and the SHOULD that a FragmentSelector says what it conforms to', () => {
    expect(failedMusts(COLLECTION_MUSTS, out)).toEqual([]);
    for (const i of out.first.items) {
      const annotation = { '@context': ANNO_CONTEXT, ...i };
      expect(failedMusts(ANNOTATION_MUSTS, annotation)).toEqual([]);
      expect(meets('annotations/specificResource/4.2.1-conformsTo.json', annotation)).toBe(true);
    }
  });

  it('leaves annotations on unpaged documents without a page (as the golden file shows)', () => {
    expect(collection.first.items.every((i: { target: { selector: unknown[] } }) => i.target.selector.length === 2)).toBe(true);
  });

  it('comes back whole: the page selector is read past, the annotations are already here', async () => {
    const summary = await paged.s.importAnnotations({ name: 'own.jsonld', dataBase64: Buffer.from(JSON.stringify(out)).toString('base64') });
    expect(summary.annotations).toMatchObject({ added: 0, unchanged: 2, changed: 0, unanchored: 0 });
  });

  it('an annotation that has only a page selector is refused with the reason', async () => {
    const only = { ...out, first: { ...out.first, items: [{ ...out.first.items[0], target: { ...out.first.items[0].target, selector: [out.first.items[0].target.selector[2]] } }] } };
    await expect(paged.s.previewImport({ name: 'pages-only.jsonld', dataBase64: Buffer.from(JSON.stringify(only)).toString('base64') })).rejects.toThrow(/neither a TextQuoteSelector nor a TextPositionSelector/);
  });
});

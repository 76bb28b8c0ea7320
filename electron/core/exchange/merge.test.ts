// Merging colleagues' work: concurrent edits, deletions, duplicates, a corrected text and
// annotations that cannot be placed, each through the API as a user would (export a
// package, import it elsewhere), on clocks the test controls.

import { describe, expect, it } from 'vitest';
import { SourcemarkService } from '../api/service';
import { SAMPLE, sampleBytes } from '../test-support/samples';
import { tmpDir } from '../test-support/tmp';
import { testService } from '../test-support/service';

const SAMPLE_TEXT = Buffer.from(sampleBytes()).toString('utf8');
/** One clock for everyone, so "newer" is meaningful across people. */
let tick = 0;
const now = () => new Date(Date.UTC(2026, 3, 1, 8, 0, 0, 0) + 1000 * tick++).toISOString();

async function person(name: string, article = SAMPLE_TEXT) {
  const s = testService({ dataDir: tmpDir(), now }).start();
  s.setIdentity({ name });
  const r = await s.importFile({ name: SAMPLE, dataBase64: Buffer.from(article).toString('base64') });
  if (!('document' in r)) throw new Error(r.status === 'refused' ? r.reason : `not a document: ${r.fileName}`);
  const doc = r.document;
  const text = s.study.documents.content(doc.id)!.text;
  const tag = (tagId: string, needle: string, note?: string) => {
    const u = text.indexOf(needle);
    if (u < 0) throw new Error(`not in the text: ${needle}`);
    const start = Array.from(text.slice(0, u)).length;
    return s.createAnnotation({ documentId: doc.id, tag: tagId, start, end: start + Array.from(needle).length, note });
  };
  return { s, doc, tag };
}

async function send(from: SourcemarkService, to: SourcemarkService, dryRun = false) {
  const pkg = from.exportAs({ format: 'package' });
  const req = { name: `${from.settings.userName}.sourcemark.zip`, dataBase64: pkg.content };
  return dryRun ? await to.previewImport(req) : await to.importAnnotations(req);
}

describe('merging', () => {
  it('an annotation changed on both sides keeps the newer version and records the other for review', async () => {
    const ana = await person('Ana');
    const claim = ana.tag('claim', 'protesters took over the regional government in Jalalabad');
    const ben = await person('Ben');
    await send(ana.s, ben.s);
    ana.s.updateAnnotation({ id: claim.id, note: 'Ana: confirmed by RFE/RL' });
    ben.s.updateAnnotation({ id: claim.id, note: 'Ben: two sources disagree' }); // later
    const fromAna = ana.s.exportAs({ format: 'package' });
    const intoAna = await send(ben.s, ana.s);
    expect(intoAna.annotations).toMatchObject({ changed: 1, conflicts: 1 });
    expect(ana.s.study.annotations.get(claim.id)!.note).toBe('Ben: two sources disagree');
    const [c] = ana.s.listConflicts();
    expect(c).toMatchObject({ annotationId: claim.id, kept: { note: 'Ben: two sources disagree' }, other: { note: 'Ana: confirmed by RFE/RL' }, keptFrom: 'theirs', origin: 'Ben.sourcemark.zip' });
    // The other way round, Ben keeps his (newer) and records Ana's.
    const intoBen = await ben.s.importAnnotations({ name: 'Ana.sourcemark.zip', dataBase64: fromAna.content });
    expect(intoBen.annotations).toMatchObject({ changed: 0, conflicts: 1 });
    expect(ben.s.study.annotations.get(claim.id)!.note).toBe('Ben: two sources disagree');
    expect(ben.s.listConflicts()[0]).toMatchObject({ kept: { note: 'Ben: two sources disagree' }, keptFrom: 'here' });
    // Ana reviews: she takes her own version back.
    expect(ana.s.resolveConflict({ id: c!.id, keep: 'other' })).toEqual([]);
    expect(ana.s.study.annotations.get(claim.id)!.note).toBe('Ana: confirmed by RFE/RL');
    expect(ana.s.getSession().openConflicts).toBe(0);
  });

  it('an edit made on one side only is taken without a conflict, even after earlier exchanges', async () => {
    const ana = await person('Ana');
    const claim = ana.tag('claim', 'protesters took over the regional government in Jalalabad');
    ana.s.updateAnnotation({ id: claim.id, note: 'first' });
    const ben = await person('Ben');
    await send(ana.s, ben.s);
    ben.s.updateAnnotation({ id: claim.id, note: 'Ben builds on it' });
    const r = await send(ben.s, ana.s);
    expect(r.annotations).toMatchObject({ changed: 1, conflicts: 0 });
    expect(ana.s.study.annotations.get(claim.id)!.note).toBe('Ben builds on it');
    // Ana's older copy going back to Ben changes nothing there.
    ana.s.updateAnnotation({ id: claim.id, note: 'Ben builds on it' });
    expect((await send(ben.s, ana.s)).annotations.conflicts).toBe(0);
  });

  it('deletions travel as tombstones; an edit after a deletion brings it back, flagged', async () => {
    const ana = await person('Ana');
    const figure = ana.tag('figure', 'At least 400 people');
    const osh = ana.tag('location', 'Osh');
    const ben = await person('Ben');
    await send(ana.s, ben.s);
    ana.s.deleteAnnotation({ id: figure.id });
    const r = await send(ana.s, ben.s);
    expect(r.annotations.deleted).toBe(1);
    expect(ben.s.study.annotations.get(figure.id)).toBeUndefined();
    expect(ben.s.study.annotations.isDeleted(figure.id)).toBe(true);
    // Ben deletes Osh; Ana, not knowing, corrects it afterwards.
    ben.s.deleteAnnotation({ id: osh.id });
    ana.s.updateAnnotation({ id: osh.id, note: 'the city, not the region' });
    const back = await send(ana.s, ben.s);
    expect(back.annotations).toMatchObject({ added: 1, conflicts: 1 });
    expect(ben.s.study.annotations.get(osh.id)!.note).toBe('the city, not the region');
    expect(ben.s.listConflicts()[0]).toMatchObject({ other: { deleted: expect.any(String) }, keptFrom: 'theirs' });
    // And Ana's unchanged copy of something Ben deleted stays deleted at Ben's.
    const quote = ana.tag('quote', 'The governor has fled');
    await send(ana.s, ben.s);
    ben.s.deleteAnnotation({ id: quote.id });
    expect((await send(ana.s, ben.s)).annotations).toMatchObject({ deletedHere: 1, added: 0 });
    expect(ben.s.study.annotations.get(quote.id)).toBeUndefined();
  });

  it('the same span, tag and facts under another id is one annotation; another person’s identical one is kept as theirs', async () => {
    const ana = await person('Ana');
    ana.tag('figure', 'At least 400 people');
    // The same work reached Ben's study under new ids (W3C from another tool gives new ids).
    const ben = await person('Ben');
    const w3c = ana.s.exportAs({ format: 'w3c' });
    const reIded = w3c.content.replace(/urn:uuid:[0-9a-f-]{36}/g, () => `urn:uuid:${crypto.randomUUID()}`);
    await ben.s.importAnnotations({ name: 'a.jsonld', dataBase64: Buffer.from(w3c.content).toString('base64') });
    const r = await ben.s.importAnnotations({ name: 'b.jsonld', dataBase64: Buffer.from(reIded).toString('base64') });
    expect(r.annotations).toMatchObject({ added: 0, duplicates: 1 });
    expect(ben.s.study.annotations.listAll()).toHaveLength(1);
    // Ben tags the same figure himself: both stay, for the agreement view.
    const carla = await person('Carla');
    carla.tag('figure', 'At least 400 people');
    expect((await send(carla.s, ben.s)).annotations).toMatchObject({ added: 1, duplicates: 0 });
    expect(ben.s.study.annotations.listAll().map((a) => a.author).sort()).toEqual(['Ana', 'Carla']);
  });

  it('twins within one file are both kept: only what the study already held counts as a duplicate', async () => {
    const ana = await person('Ana');
    ana.tag('figure', 'At least 400 people');
    ana.tag('figure', 'At least 400 people');
    const empty = testService({ dataDir: tmpDir(), now }).start();
    expect((await send(ana.s, empty)).annotations).toMatchObject({ added: 2, duplicates: 0 });
    expect(empty.study.annotations.listAll()).toHaveLength(2);
  });

  it('a corrected text: annotations re-anchor by quote, exactly or fuzzily; what cannot be placed is kept as unanchored', async () => {
    // Ben annotated a corrected version: a sentence added at the top, a typo fixed, a paragraph cut.
    const corrected = SAMPLE_TEXT.replace('In the major southern city', 'Updated 19 March.\n\nIn the major southern city')
      .replace('surged into the building', 'surged into the buildings')
      .replace(/An employee of the prosecution service[^\n]*\n/, '');
    const ben = await person('Ben', corrected);
    const exact = ben.tag('figure', 'At least 400 people');
    const fuzzy = ben.tag('claim', 'crowds of people who had protested for ten days outside the governor\'s office in the city of Osh – widely referred to as Kyrgyzstan\'s "southern capital" – surged into the buildings');
    const added = ben.tag('claim', 'Updated 19 March.');
    const ana = await person('Ana');
    expect(ana.doc.id).not.toBe(ben.doc.id);
    const preview = await send(ben.s, ana.s, true);
    expect(preview.documents).toMatchObject({ added: [], matched: 0, reanchored: [ana.doc.title] });
    expect(preview.annotations).toMatchObject({ added: 2, unanchored: 1, reanchored: 2 });
    expect(ana.s.study.annotations.listAll()).toEqual([]); // a preview writes nothing
    await send(ben.s, ana.s);
    const placed = ana.s.getDocument({ id: ana.doc.id });
    const at = placed.annotations.find((a) => a.id === exact.id)!;
    expect([...ana.s.study.documents.content(ana.doc.id)!.text].slice(at.start, at.end).join('')).toBe('At least 400 people');
    expect(placed.annotations.find((a) => a.id === fuzzy.id)!.exact).toMatch(/^crowds of people .* surged into the building$/);
    expect(placed.orphans.map((o) => [o.id, o.exact, o.author])).toEqual([[added.id, 'Updated 19 March.', 'Ben']]);
    // Ana places the orphan by hand on a selection; it keeps its id, tag and author.
    const a = ana.s.placeOrphan({ id: added.id, start: 0, end: 10 });
    expect(a).toMatchObject({ id: added.id, tag: 'claim', author: 'Ben', start: 0, end: 10 });
    expect(ana.s.listOrphans({})).toEqual([]);
  });

  it('an unanchored annotation can be discarded, and does not come back on the next import', async () => {
    const corrected = SAMPLE_TEXT.replace('In the major southern city', 'Updated 19 March.\n\nIn the major southern city');
    const ben = await person('Ben', corrected);
    const added = ben.tag('claim', 'Updated 19 March.');
    const ana = await person('Ana');
    await send(ben.s, ana.s);
    ana.s.discardOrphan({ id: added.id });
    expect((await send(ben.s, ana.s)).annotations).toMatchObject({ unanchored: 0, added: 0, deletedHere: 1 });
    expect(ana.s.listOrphans({})).toEqual([]);
  });

  it('records who contributed, with the e-mail and ORCID they gave, and each annotation’s history', async () => {
    const ana = await person('Ana');
    ana.s.setIdentity({ name: 'Ana', email: 'ana@example.org', orcid: '0000-0002-1825-0097' });
    const claim = ana.tag('claim', 'protesters took over the regional government in Jalalabad');
    const ben = await person('Ben');
    await send(ana.s, ben.s);
    ben.s.updateAnnotation({ id: claim.id, note: 'checked' });
    await send(ben.s, ana.s);
    expect(ana.s.listContributors().map((c) => [c.name, c.email, c.orcid, c.annotations])).toEqual([
      ['Ana', 'ana@example.org', '0000-0002-1825-0097', 1],
      ['Ben', null, null, 0],
    ]);
    expect(ana.s.annotationHistory({ id: claim.id }).map((c) => [c.action, c.author])).toEqual([
      ['create', 'Ana'],
      ['edit', 'Ben'],
    ]);
  });
});

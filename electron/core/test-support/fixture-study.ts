// A study holding the sample article with one annotation of every kind and every fact set
// (verdict, sources, speaker, figure reading, place with a GeoNames id, a pin by hand),
// on a fixed clock: the common input of the format tests.

import type { Annotation } from '../domain/types';
import { SAMPLE, sampleBytes } from './samples';
import { tmpDir } from './tmp';
import { testService } from './service';

export async function fixtureStudy() {
  let tick = 0;
  const now = () => new Date(Date.UTC(2026, 2, 18, 9, 0, tick++)).toISOString();
  const s = testService({ dataDir: tmpDir(), now }).start();
  const imported = await s.importFile({ name: SAMPLE, dataBase64: Buffer.from(sampleBytes()).toString('base64') });
  if (!('document' in imported)) throw new Error(imported.status === 'refused' ? imported.reason : `not a document: ${imported.fileName}`);
  const doc = imported.document;
  const text = s.study.documents.content(doc.id)!.text;
  const tag = (tagId: string, needle: string, note?: string): Annotation => {
    const u = text.indexOf(needle);
    if (u < 0) throw new Error(`not in the sample: ${needle}`);
    const start = Array.from(text.slice(0, u)).length;
    return s.createAnnotation({ documentId: doc.id, tag: tagId, start, end: start + Array.from(needle).length, note });
  };
  const claim = tag('claim', 'protesters took over the regional government in Jalalabad', 'Check against RFE/RL reporting.');
  s.updateAnnotation({
    id: claim.id,
    fields: { claim: { verdict: 'true', rationale: 'RFE/RL, 4 March 2005', sources: [{ url: 'https://www.rferl.org/a/1057723.html', title: 'RFE/RL: Jalal-Abad' }], checkedBy: 'Ana Checker', checkedAt: '2026-03-18' } },
  });
  const quote = tag('quote', 'The governor has fled. The authorities are afraid of the ordinary people');
  const person = s.savePerson({ name: 'Ishengul Boljurova', role: "deputy chair of the opposition People's Movement of Kyrgyzstan" });
  s.updateAnnotation({ id: quote.id, fields: { quote: { speakerId: person.id } } });
  // A claim inside the quote: its ClaimReview names the speaker as the claim's author.
  const inner = tag('claim', 'The governor has fled', 'Joldoshev was "not in the building"; fled is stronger.');
  s.updateAnnotation({ id: inner.id, fields: { claim: { verdict: 'misleading', rationale: 'Absent, not fled', sources: [], checkedBy: null, checkedAt: null } } });
  const figure = tag('figure', 'At least 400 people');
  const osh = tag('location', 'Osh', '=HYPERLINK("http://evil")');
  s.updateAnnotation({ id: osh.id, fields: { location: { name: 'Osh', country: 'KG', lat: 40.52828, lon: 72.7985, geonamesId: 1527534, manual: false } } });
  const aksy = tag('location', 'Aksy');
  s.updateAnnotation({ id: aksy.id, fields: { location: { name: 'Aksy', country: 'KG', lat: 41.43, lon: 71.5, geonamesId: null, manual: true } } });
  // Text across a paragraph break, for formats that cut spans at line ends.
  const across = tag('claim', 'Otunbaeva sees developments so far as a victory for the opposition.\n"It is not a takeover');
  const deleted = tag('figure', 'six deaths');
  s.deleteAnnotation({ id: deleted.id });
  return { s, doc, text, person, ids: { claim: claim.id, quote: quote.id, inner: inner.id, figure: figure.id, osh: osh.id, aksy: aksy.id, across: across.id, deleted: deleted.id } };
}

/** Replace UUIDs (in their order of first appearance) with fixed ones, for golden files. */
export function stabilize(json: string): string {
  const seen = new Map<string, string>();
  return json.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (u) => {
    if (!seen.has(u)) seen.set(u, `00000000-0000-4000-8000-${String(seen.size + 1).padStart(12, '0')}`);
    return seen.get(u)!;
  });
}

// A claim's sources are web addresses or free-text citations (an interview, a shelf mark, a DOI,
// an ISBN): each kind is accepted by the schema, written as text and read back the same way,
// and travels through the W3C and CSV exports without being dropped.

import { describe, expect, it } from 'vitest';
import { SourceSchema, type Source } from '../domain/fields';
import { fixtureStudy } from '../test-support/fixture-study';
import { testService } from '../test-support/service';
import { SAMPLE, sampleBytes } from '../test-support/samples';
import { tmpDir } from '../test-support/tmp';
import { failedMusts } from '../test-support/w3c-validator';
import { parseSource, sourceText } from './facts-text';

const SOURCES: Source[] = [
  { url: 'https://www.rferl.org/a/1057723.html', title: 'RFE/RL: Jalal-Abad' },
  { url: 'https://example.org/report.pdf', title: '' },
  { url: null, title: 'Interview notes, box 4' },
  { url: null, title: 'doi:10.1000/182' },
  { url: null, title: 'ISBN 978-3-16-148410-0' },
];

describe('claim sources', () => {
  it.each([
    ['a web page with a title', SOURCES[0], true],
    ['a citation', SOURCES[2], true],
    ['an empty citation', { url: null, title: '  ' }, false],
    ['a non-web address', { url: 'javascript:alert(1)', title: 'x' }, false],
    ['a file address', { url: 'file:///etc/passwd', title: '' }, false],
  ])('%s is %s', (_, source, ok) => {
    expect(SourceSchema.safeParse(source).success).toBe(ok);
  });

  it.each(SOURCES)('$title reads back from its text form', (s) => {
    expect(parseSource(sourceText(s))).toEqual(s);
  });

  it('travel through W3C JSON-LD (a linking address, or linking text) and CSV', async () => {
    const { s, ids } = await fixtureStudy();
    s.updateAnnotation({ id: ids.claim, fields: { claim: { verdict: 'true', rationale: '', sources: SOURCES, checkedBy: null, checkedAt: null } } });
    const w3c = s.exportAs({ format: 'w3c' });
    const first = (JSON.parse(w3c.content) as { first: { items: Array<{ body: Array<Record<string, unknown>> }> } }).first.items;
    const linking = first.flatMap((a) => a.body).filter((b) => b.purpose === 'linking');
    expect(linking.filter((b) => b.type === 'TextualBody').map((b) => b.value)).toEqual(['Interview notes, box 4', 'doi:10.1000/182', 'ISBN 978-3-16-148410-0']);
    for (const a of first) expect(failedMusts('annotations/annotationMusts.test', { '@context': 'http://www.w3.org/ns/anno.jsonld', ...a })).toEqual([]);

    for (const format of ['w3c', 'csv'] as const) {
      const file = s.exportAs({ format });
      const t = testService({ dataDir: tmpDir() }).start();
      await t.importFile({ name: SAMPLE, dataBase64: Buffer.from(sampleBytes()).toString('base64') });
      await t.importAnnotations({ name: file.fileName, dataBase64: Buffer.from(file.content).toString('base64') });
      const claim = t.study.annotations.listAll().find((a) => a.fields.claim?.sources.length);
      expect(claim?.fields.claim?.sources, format).toEqual(SOURCES);
    }
  });
});

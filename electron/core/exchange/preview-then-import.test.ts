// The import that follows a preview writes what the preview showed, without reading and
// planning the file again, while the study is as it was; once the study has changed, the
// import plans afresh (a stale plan would add what is now a duplicate).

import { describe, expect, it } from 'vitest';
import { SAMPLE, sampleBytes } from '../test-support/samples';
import { testService } from '../test-support/service';
import { tmpDir } from '../test-support/tmp';

const NEEDLE = 'protesters took over the regional government in Jalalabad';

async function person(name: string) {
  const s = testService({ dataDir: tmpDir(), now: () => '2026-04-01T08:00:00.000Z' }).start();
  s.setIdentity({ name });
  const r = await s.importFile({ name: SAMPLE, dataBase64: Buffer.from(sampleBytes()).toString('base64') });
  if (!('document' in r)) throw new Error('the sample did not import');
  const text = s.study.documents.content(r.document.id)!.text;
  const start = Array.from(text.slice(0, text.indexOf(NEEDLE))).length;
  const tag = () => s.createAnnotation({ documentId: r.document.id, tag: 'claim', start, end: start + Array.from(NEEDLE).length });
  return { s, tag };
}

describe('preview, then import', () => {
  it.each<[string, boolean, { added: number; duplicates: number }]>([
    ['the study unchanged: the preview is what is written', false, { added: 1, duplicates: 0 }],
    ['the study changed meanwhile: planned again', true, { added: 0, duplicates: 1 }],
  ])('%s', async (_what, changeBetween, want) => {
    const ana = await person('Ana');
    ana.tag();
    const file = { name: 'Ana.sourcemark.zip', dataBase64: ana.s.exportAs({ format: 'package' }).content };
    // "Ana" on a second machine: the same annotation made there is a duplicate of hers.
    const other = await person('Ana');
    expect((await other.s.previewImport(file)).annotations).toMatchObject({ added: 1, duplicates: 0 });
    if (changeBetween) other.tag();
    expect((await other.s.importAnnotations(file)).annotations).toMatchObject(want);
    expect(other.s.study.annotations.listAll()).toHaveLength(1);
  });
});

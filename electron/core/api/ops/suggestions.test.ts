// The suggestion pass through the API: proposals over a real article, nothing saved until
// accepted, accepted ones written with their facts (speakers as people), spans already
// annotated not proposed again; and placing every confident location in one step.

import { describe, expect, it } from 'vitest';
import { sampleBytes } from '../../test-support/samples';
import { testService } from '../../test-support/service';
import { tmpDir } from '../../test-support/tmp';

async function crane() {
  const s = testService({ dataDir: tmpDir() }).start();
  const r = await s.importFile({ name: 'wikinews-crane.md', dataBase64: Buffer.from(sampleBytes('wikinews-crane.md')).toString('base64') });
  if (!('document' in r)) throw new Error(r.status);
  return { s, doc: r.document };
}

describe('the whole-document suggestion pass', () => {
  it('proposes quotes, figures and places, writes nothing, and accepts the chosen ones with their facts', async () => {
    const { s, doc } = await crane();
    const found = s.suggestDocument({ documentId: doc.id });
    const kinds = new Set(found.map((f) => f.kind));
    expect(kinds).toEqual(new Set(['quote', 'figure', 'location']));
    expect(s.study.annotations.listAll()).toEqual([]);
    const figure = found.find((f) => f.kind === 'figure' && /107/.test(f.exact))!;
    expect(figure.fields.figure).toMatchObject({ value: 107 });
    const mecca = found.find((f) => f.kind === 'location' && f.exact === 'Mecca')!;
    expect(mecca).toMatchObject({ confident: true, fields: { location: { country: 'SA' } } });
    const quote = found.find((f) => f.kind === 'quote' && f.speaker)!;
    const made = s.acceptSuggestions({ documentId: doc.id, items: [figure, mecca, quote].map(({ kind, start, end, fields, speaker }) => ({ kind, start, end, fields, speaker })) });
    expect(made.map((a) => a.tag)).toEqual(['figure', 'location', 'quote']);
    const speaker = s.study.people.get(made[2]!.fields.quote!.speakerId!)!;
    expect(speaker.name).toBe(quote.speaker!.name);
    // Accepted spans are not proposed again.
    expect(s.suggestDocument({ documentId: doc.id }).some((f) => f.id === figure.id || f.id === mecca.id)).toBe(false);
  });

  it('places every location tag whose best match is confident, and leaves the rest for the map', async () => {
    const { s, doc } = await crane();
    const text = s.study.documents.content(doc.id)!.text;
    const tag = (needle: string) => {
      const at = Array.from(text.slice(0, text.indexOf(needle))).length;
      return s.createAnnotation({ documentId: doc.id, tag: 'location', start: at, end: at + needle.length });
    };
    tag('Mecca');
    tag('Grand Mosque');
    const r = s.placeConfidentLocations();
    expect(r.placed.map((p) => [p.after.exact, p.after.fields.location?.country])).toEqual([['Mecca', 'SA']]);
    expect(r.unplaced).toBe(1);
    expect(s.mapPoints({}).unplaced.map((u) => u.exact)).toEqual(['Grand Mosque']);
  });
});

import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/codepoints';
import { anchor, quoteAt } from './anchor';
import { anchorAll, type Anchorable } from './batch';

// A text with repeated phrases (so a quote alone is ambiguous) and an emoji (so code points
// and UTF-16 units differ), annotated at known places. The paragraphs differ in length, or an
// old position would still read the same phrase after a cut and rightly be kept.
// Paragraph 7 alone is worded unlike any other, so when it is cut its phrases have no twin.
const paragraph = (i: number) => `Paragraph ${i} 👮: ${i === 7 ? 'yesterday ' : 'so '.repeat(i % 7)}the police stood by while ${i === 7 ? 'about ' : 'many '.repeat(i % 3)}400 people held the building. `;
const original = Array.from({ length: 60 }, (_, i) => paragraph(i)).join('\n');
const idx = new CodePointIndex(original);
const cpOf = (text: string, u16: number) => Array.from(text.slice(0, u16)).length;

/** Every "400 people" and every "the police", with its quote taken from the original text. */
function annotations(): Anchorable[] {
  const out: Anchorable[] = [];
  for (const phrase of ['400 people', 'the police']) {
    for (let at = original.indexOf(phrase); at >= 0; at = original.indexOf(phrase, at + 1)) {
      const start = cpOf(original, at);
      const end = start + Array.from(phrase).length;
      out.push({ ...quoteAt(idx, start, end), start, end });
    }
  }
  return out;
}

/** Where each annotation belongs in the edited text: the same occurrence, counted per paragraph. */
function expected(edited: string, items: readonly Anchorable[]): Array<number | null> {
  return items.map((a) => {
    const para = Number(/Paragraph (\d+)/.exec(original.slice(original.lastIndexOf('Paragraph', idx.toUtf16(a.start!))))![1]);
    const paraAt = edited.indexOf(`Paragraph ${para} `);
    if (paraAt < 0) return null;
    const paraEnd = edited.indexOf('\n', paraAt);
    const at = edited.indexOf(a.exact, paraAt);
    return at < 0 || (paraEnd >= 0 && at > paraEnd) ? null : cpOf(edited, at);
  });
}

describe('anchorAll', () => {
  // Where the text gives nothing to tell twins apart (a paragraph worded like others is cut or
  // its context edited), a quote may land on a twin; together the annotations are placed at
  // least as well as one at a time, and exactly where the edit leaves no doubt.
  it.each<[string, 'all' | 'at least as many', (t: string) => string]>([
    ['unchanged', 'all', (t) => t],
    ['a new opening', 'all', (t) => `Editor's note: corrected on 3 May 👀.\n${t}`],
    ['paragraph 7 cut', 'all', (t) => t.replace(paragraph(7) + '\n', '')],
    ['a paragraph with twins cut', 'at least as many', (t) => t.replace(paragraph(30) + '\n', '')],
    ['text inserted in several places', 'at least as many', (t) => t.replace('Paragraph 10 ', 'Paragraph 10 (updated) ').replace('Paragraph 45 ', 'Paragraph 45 — see also ')],
  ])('after %s, places %s right as one at a time', (_name, how, edit) => {
    const edited = edit(original);
    const index = new CodePointIndex(edited);
    const items = annotations().reverse(); // the order given is the order returned
    const want = expected(edited, items);
    const at = (a: ReturnType<typeof anchor>) => (a.status === 'anchored' ? a.start : null);
    const together = anchorAll(index, items).map(at);
    const alone = items.map((a) => at(anchor(index, a, { start: a.start!, end: a.end! })));
    const right = (got: Array<number | null>) => got.filter((g, i) => g === want[i]).length;
    // (A quote whose text was cut may still match a near twin, fuzzily, either way.)
    if (how === 'all') expect(together.filter((g, i) => want[i] !== null && g !== want[i])).toEqual([]);
    expect(right(together)).toBeGreaterThanOrEqual(right(alone));
    expect(right(together)).toBeGreaterThanOrEqual(items.length * 0.95);
  });

  it('mends a typo in place', () => {
    const edited = original.replace('Paragraph 5 👮: so so so so so the police', 'Paragraph 5 👮: so so so so so the pol1ce');
    const items = annotations();
    const got = anchorAll(new CodePointIndex(edited), items);
    const police5 = items.findIndex((a) => a.exact === 'the police' && a.prefix.includes('Paragraph 5 👮'));
    expect(got[police5]).toMatchObject({ status: 'anchored', method: 'fuzzy', start: items[police5]!.start });
  });

  it('an annotation without a position is placed by its quote alone', () => {
    const [first] = annotations();
    const [got] = anchorAll(idx, [{ ...first!, start: null, end: null }]);
    expect(got).toMatchObject({ status: 'anchored', start: first!.start });
  });
});

// The reader's layers follow the props: a sync per new annotations array draws what one sync
// of the final array draws; chunks open on demand; suggestions and page numbers.

import { getSchema } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ListedAnnotation } from '../../../electron/core/api/contract';
import { blocksToDoc } from './document';
import { readerSchemaExtensions } from './extensions';
import { HighlightStyler } from './highlights';
import { ReaderLayers, type LayerInput } from './layers';
import { highlightKey, pageKey, suggestionKey } from './plugins';

const schema = getSchema(readerSchemaExtensions());
// 60 short paragraphs: three chunks of 24, 24 and 12 blocks.
const blocks = Array.from({ length: 60 }, (_, i) => ({ type: 'paragraph' as const, content: [{ text: `Paragraph ${i} 😀 has some words.` }] }));
const doc = blocksToDoc(schema, blocks);
const length = Array.from(blocks.map((b) => b.content[0]!.text).join('\n')).length;
const styler = new HighlightStyler(new Map([['claim', { slot: 0, name: 'Claim' }], ['quote', { slot: 1, name: 'Quote' }]]));
const state = EditorState.create({ doc });

function annotation(id: string, tag: string, start: number, end: number): ListedAnnotation {
  return { id, tag, start, end, exact: '', note: '', fields: {}, author: 'a', created: '', modified: '' };
}
const input = (annotations: ListedAnnotation[], hiddenTags: ReadonlySet<string> = new Set(), extra: Partial<LayerInput> = {}): LayerInput => ({
  annotations,
  hiddenTags,
  suggestions: [],
  activeSuggestionId: null,
  pageStarts: null,
  ...extra,
});

/** Which ids cover each position, as drawn. */
function coverage(set: DecorationSet | undefined): string[] {
  const out = Array.from({ length: doc.content.size }, () => '');
  for (const d of set?.find() ?? []) for (let p = d.from; p < d.to; p++) out[p] += `${(d.spec as { ids?: string[]; suggestion?: string }).ids?.join(',') ?? (d.spec as { suggestion: string }).suggestion}|`;
  return out;
}

function synced(l: ReaderLayers, p: LayerInput): { highlights?: DecorationSet; suggestions?: DecorationSet; pages?: DecorationSet } {
  const tr = state.tr;
  l.sync(tr, p);
  return { highlights: tr.getMeta(highlightKey), suggestions: tr.getMeta(suggestionKey), pages: tr.getMeta(pageKey) };
}

describe('ReaderLayers', () => {
  const all = [0, 1, 2];
  const span = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), tag: fc.constantFrom('claim', 'quote'), start: fc.nat(length - 2), len: fc.integer({ min: 1, max: 80 }) });
  const step = fc.oneof(
    span.map((s) => ({ kind: 'upsert' as const, a: annotation(s.id, s.tag, s.start, Math.min(length, s.start + s.len)) })),
    fc.constantFrom('a', 'b', 'c', 'd', 'e').map((id) => ({ kind: 'delete' as const, id })),
    fc.constantFrom('claim', 'quote').map((tag) => ({ kind: 'toggle' as const, tag })),
  );

  it('property: syncing each new array of annotations draws what one sync of the last array draws', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        const l = new ReaderLayers(doc, styler, all);
        let list: ListedAnnotation[] = [];
        let hidden: ReadonlySet<string> = new Set();
        let drawn = synced(l, input(list, hidden)).highlights;
        for (const s of steps) {
          // As the store does it: a new array, unchanged items kept as the same objects, in text order.
          if (s.kind === 'upsert') list = [...list.filter((x) => x.id !== s.a.id), s.a].sort((x, y) => x.start - y.start || y.end - x.end || (x.id < y.id ? -1 : 1));
          else if (s.kind === 'delete') list = list.filter((x) => x.id !== s.id);
          else hidden = hidden.has(s.tag) ? new Set([...hidden].filter((t) => t !== s.tag)) : new Set([...hidden, s.tag]);
          drawn = synced(l, input(list, hidden)).highlights ?? drawn;
        }
        const fresh = synced(new ReaderLayers(doc, styler, all), input(list, hidden)).highlights;
        expect(coverage(drawn)).toEqual(coverage(fresh));
      }),
      { numRuns: 200 },
    );
  });

  it('draws only the chunks opened, and the others when they open', () => {
    const l = new ReaderLayers(doc, styler, [0]);
    const last = annotation('far', 'claim', length - 10, length - 2);
    const first = synced(l, input([annotation('near', 'quote', 0, 9), last])).highlights!;
    expect(first.find().map((d) => (d.spec as { ids: string[] }).ids[0])).toEqual(['near']);
    const tr = state.tr;
    expect(l.open(tr, [2])).toBe(true);
    expect((tr.getMeta(highlightKey) as DecorationSet).find().map((d) => (d.spec as { ids: string[] }).ids[0])).toEqual(['near', 'far']);
    expect(l.open(state.tr, [2])).toBe(false);
  });

  it('skips work when nothing changed, and redraws suggestions when the active one changes', () => {
    const l = new ReaderLayers(doc, styler, all);
    const annotations = [annotation('a', 'claim', 0, 5)];
    const suggestions = [{ id: 's1', kind: 'quote' as const, start: 3, end: 12, label: '“Paragraph”' }, { id: 's2', kind: 'figure' as const, start: 40, end: 44, label: '1' }];
    synced(l, input(annotations, undefined, { suggestions }));
    const hidden = new Set<string>();
    const p = input(annotations, hidden, { suggestions });
    synced(l, p);
    expect(l.sync(state.tr, p)).toBe(false);
    const active = synced(l, { ...p, activeSuggestionId: 's2' }).suggestions!;
    const classes = active.find().map((d) => (d as unknown as { type: { attrs: { class: string } } }).type.attrs.class);
    expect(classes).toEqual(['sg sg-quote', 'sg sg-figure sg-active']);
    expect(l.suggestionRange('s2')).toEqual(l.toPm(40, 44));
  });

  it('marks the block where each page starts, several pages in one block as a range', () => {
    const l = new ReaderLayers(doc, styler, all);
    const second = Array.from(blocks[0]!.content[0]!.text).length + 1; // the first character of paragraph 1
    const pages = synced(l, input([], undefined, { pageStarts: [0, second + 4, second + 4, 300] })).pages!;
    const marks = pages.find().map((d) => [doc.nodeAt(d.from)!.textContent.slice(0, 12), (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-page']]);
    expect(marks).toEqual([
      ['Paragraph 0 ', 'p. 1'],
      ['Paragraph 1 ', 'pp. 2–3'],
      [doc.nodeAt(l.map.blockStartAt(l.map.cp.toUtf16(300)))!.textContent.slice(0, 12), 'p. 4'],
    ]);
  });
});

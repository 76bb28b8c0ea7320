// Highlights: segments of overlapping annotations, one style rule per combination of tags,
// and incremental, chunk-by-chunk drawing that looks exactly like a rebuild (properties).

import { getSchema } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import type { DecorationSet } from '@tiptap/pm/view';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksToDoc, TextMap } from './docmap';
import { readerSchemaExtensions } from './extensions';
import { HighlightLayer, HighlightStyler, segmentize, type HighlightSpan } from './highlights';

const schema = getSchema(readerSchemaExtensions());
const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ text }] });
const doc = blocksToDoc(schema, [paragraph('a'.repeat(60)), paragraph('b'.repeat(60)), paragraph('c'.repeat(40))]);
const { chunks } = new TextMap(doc);
/** Many small chunks (one paragraph each), to exercise ranges across chunk boundaries. */
const manyDoc = PMNode.fromJSON(schema, {
  type: 'doc',
  content: Array.from({ length: 8 }, (_, i) => ({ type: 'chunk', content: [{ type: 'paragraph', content: [{ type: 'text', text: String.fromCharCode(97 + i).repeat(20) }] }] })),
});
const manyChunks = new TextMap(manyDoc).chunks;
const styler = new HighlightStyler(
  new Map([
    ['claim', { slot: 0, name: 'Claim' }],
    ['quote', { slot: 1, name: 'Quote' }],
    ['figure', { slot: 2, name: 'Figure' }],
  ]),
);

/** What covers each position: the observable result, independent of how segments are cut. */
function coverage(set: DecorationSet, on: PMNode = doc): string[] {
  const out = Array.from({ length: on.content.size }, () => '');
  for (const d of set.find()) {
    for (let p = d.from; p < d.to; p++) out[p] = (d.spec as { ids: string[] }).ids.join(',') + '|' + (d as unknown as { type: { attrs: { class: string } } }).type.attrs.class;
  }
  return out;
}

describe('segmentize', () => {
  it('flattens a figure inside a claim inside a quote, innermost first', () => {
    const spans: HighlightSpan[] = [
      { id: 'q', tag: 'quote', from: 1, to: 30 },
      { id: 'c', tag: 'claim', from: 5, to: 20 },
      { id: 'f', tag: 'figure', from: 8, to: 10 },
    ];
    expect(segmentize(spans).map((s) => [s.from, s.to, s.spans.map((x) => x.id).join('')])).toEqual([
      [1, 5, 'q'],
      [5, 8, 'cq'],
      [8, 10, 'fcq'],
      [10, 20, 'cq'],
      [20, 30, 'q'],
    ]);
  });

  it('clips to a window', () => {
    expect(segmentize([{ id: 'a', tag: 'claim', from: 0, to: 100 }], 10, 20).map((s) => [s.from, s.to])).toEqual([[10, 20]]);
  });
});

describe('HighlightLayer', () => {
  it('gives overlapping segments every tag’s underline and the innermost fill', () => {
    const layer = new HighlightLayer(doc, chunks, styler, [
      { id: 'q', tag: 'quote', from: 2, to: 40 },
      { id: 'f', tag: 'figure', from: 10, to: 12 },
    ]);
    const inner = layer.decorations.find(10, 11).find((d) => d.from <= 10 && d.to > 10)!;
    const attrs = (inner as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
    expect(attrs.class).toBe('hl hl-overlap hl-2-1-2');
    expect(attrs.title).toBe('Quote + Figure');
    // One rule per combination of tags: figure's fill, a quote and a figure underline.
    const rule = styler.css().split('\n').find((r) => r.startsWith('.reader-text .hl-2-1-2{'))!;
    expect(rule).toContain('linear-gradient(var(--t2-fill),var(--t2-fill))');
    expect(rule).toContain('repeating-linear-gradient(90deg, var(--t1) 0 6px');
    expect(rule).toContain('padding-bottom:6px');
    expect(styler.css().split('\n')).toHaveLength(2); // quote alone; quote + figure
    expect(layer.idsAt(11)).toEqual(['f', 'q']);
    expect(layer.idsAt(50)).toEqual([]);
  });

  const span = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    tag: fc.constantFrom('claim', 'quote', 'figure'),
    from: fc.integer({ min: 1, max: 160 }),
    len: fc.integer({ min: 1, max: 60 }),
  });
  const op = fc.oneof(
    span.map((s) => ({ kind: 'upsert' as const, span: { id: s.id, tag: s.tag, from: s.from, to: Math.min(s.from + s.len, 165) } })),
    fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f').map((id) => ({ kind: 'remove' as const, id })),
  );

  it('property: incremental updates look exactly like a rebuild from scratch', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const layer = new HighlightLayer(doc, chunks, styler);
        const truth = new Map<string, HighlightSpan>();
        for (const o of ops) {
          if (o.kind === 'upsert') {
            layer.apply([o.span]);
            truth.set(o.span.id, o.span);
          } else {
            layer.apply([], [o.id]);
            truth.delete(o.id);
          }
        }
        const fresh = new HighlightLayer(doc, chunks, styler, [...truth.values()]);
        expect(coverage(layer.decorations)).toEqual(coverage(fresh.decorations));
      }),
      { numRuns: 300 },
    );
  });

  it('property: chunk by chunk, with chunks opened at any time, it draws exactly the open chunks of a full rebuild', () => {
    const size = manyDoc.content.size;
    const spanIn = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      tag: fc.constantFrom('claim', 'quote', 'figure'),
      from: fc.integer({ min: 1, max: size - 2 }),
      len: fc.integer({ min: 1, max: 70 }),
    });
    const step = fc.oneof(
      spanIn.map((s) => ({ kind: 'upsert' as const, span: { id: s.id, tag: s.tag, from: s.from, to: Math.min(s.from + s.len, size - 1) } })),
      fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f').map((id) => ({ kind: 'remove' as const, id })),
      fc.integer({ min: 0, max: manyChunks.length - 1 }).map((c) => ({ kind: 'open' as const, c })),
    );
    const covered = (set: DecorationSet, open: ReadonlySet<number>) =>
      coverage(set, manyDoc).map((x, pos) => (open.has(manyChunks.findIndex((c) => c.from <= pos && pos < c.to + 1)) ? x : ''));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const layer = new HighlightLayer(manyDoc, manyChunks, styler, [], [0]);
        const truth = new Map<string, HighlightSpan>();
        for (const s of steps) {
          if (s.kind === 'upsert') {
            layer.apply([s.span]);
            truth.set(s.span.id, s.span);
          } else if (s.kind === 'remove') {
            layer.apply([], [s.id]);
            truth.delete(s.id);
          } else layer.openChunks([s.c]);
        }
        const full = new HighlightLayer(manyDoc, manyChunks, styler, [...truth.values()]);
        // Nothing is drawn outside the open chunks, and inside them the same as a full rebuild.
        expect(coverage(layer.decorations, manyDoc)).toEqual(covered(full.decorations, layer.open));
      }),
      { numRuns: 300 },
    );
  });

  it('property: a batch of many changes at once (a document opening, a filter) draws the same as a rebuild', () => {
    const size = manyDoc.content.size;
    const spans = fc.array(
      fc.record({ tag: fc.constantFrom('claim', 'quote', 'figure'), from: fc.integer({ min: 1, max: size - 2 }), len: fc.integer({ min: 1, max: 70 }) }),
      { minLength: 65, maxLength: 120 },
    );
    fc.assert(
      fc.property(spans, fc.array(fc.integer({ min: 0, max: manyChunks.length - 1 })), fc.nat(), (raw, open, cut) => {
        const all = raw.map((s, i) => ({ id: `s${i}`, tag: s.tag, from: s.from, to: Math.min(s.from + s.len, size - 1) }));
        const layer = new HighlightLayer(manyDoc, manyChunks, styler, all.slice(0, 3), open);
        layer.apply(all);
        const keep = all.slice(0, cut % all.length);
        layer.apply([], all.slice(keep.length).map((s) => s.id));
        const full = new HighlightLayer(manyDoc, manyChunks, styler, keep);
        const inOpen = (set: DecorationSet) => coverage(set, manyDoc).map((x, pos) => (layer.open.has(manyChunks.findIndex((c) => c.from <= pos && pos < c.to + 1)) ? x : ''));
        expect(coverage(layer.decorations, manyDoc)).toEqual(inOpen(full.decorations));
      }),
      { numRuns: 100 },
    );
  });
});

// Highlights as ProseMirror decorations, never as marks: the document stays the article.
// Overlapping annotations are flattened into segments (maximal ranges covered by the same
// set of annotations), one decoration each: the fill is the innermost annotation's tag
// colour, and every tag present adds its own underline (colour + pattern, the second cue for
// colour-blind readers), stacked beneath the text. The layer draws only the chunks near the
// screen and redraws only the chunk a change touches (chunked.ts), so opening and tagging
// stay fast at thousands of annotations.

import type { Node as PMNode } from '@tiptap/pm/model';
import { Decoration } from '@tiptap/pm/view';
import { ChunkedLayer } from './chunked';
import type { ChunkRange } from './docmap';

export interface HighlightSpan {
  id: string;
  tag: string;
  from: number;
  to: number;
}

export interface Segment {
  from: number;
  to: number;
  /** Covering spans, innermost (shortest) first. */
  spans: HighlightSpan[];
}

/** Flatten spans into segments, clipped to [lo, hi]. */
export function segmentize(spans: readonly HighlightSpan[], lo = -Infinity, hi = Infinity): Segment[] {
  const points = new Set<number>();
  for (const s of spans) {
    if (s.to <= lo || s.from >= hi || s.to <= s.from) continue;
    points.add(Math.max(s.from, lo));
    points.add(Math.min(s.to, hi));
  }
  const sorted = [...points].sort((a, b) => a - b);
  const byStart = spans.filter((s) => s.to > lo && s.from < hi && s.to > s.from).sort((a, b) => a.from - b.from);
  const active = new Set<HighlightSpan>();
  const out: Segment[] = [];
  let next = 0;
  for (let i = 0; i < sorted.length - 1; i++) {
    const from = sorted[i]!;
    const to = sorted[i + 1]!;
    for (const s of active) if (s.to <= from) active.delete(s);
    while (next < byStart.length && Math.max(byStart[next]!.from, lo) <= from) {
      const s = byStart[next++]!;
      if (s.to > from) active.add(s);
    }
    if (active.size) out.push({ from, to, spans: [...active].sort((a, b) => a.to - a.from - (b.to - b.from) || (a.id < b.id ? -1 : 1)) });
  }
  return out;
}

export interface TagLook {
  /** Position of the tag in the study's tag list: picks its CSS variables and pattern. */
  slot: number;
  name: string;
}

const UNDERLINE = 3; // px per stacked underline

function underline(slot: number): { image: string; size: string } {
  const c = `var(--t${slot})`;
  switch (slot % 4) {
    case 1:
      return { image: `repeating-linear-gradient(90deg, ${c} 0 6px, transparent 6px 9px)`, size: '2px' };
    case 2:
      return { image: `repeating-linear-gradient(90deg, ${c} 0 2px, transparent 2px 4px)`, size: '2px' };
    case 3:
      return { image: `linear-gradient(${c} 0 1px, transparent 1px 2px, ${c} 2px 3px)`, size: '3px' };
    default:
      return { image: `linear-gradient(${c}, ${c})`, size: '2px' };
  }
}

/**
 * Turns a segment's tags into a CSS class. Each combination of tags gets one rule, written
 * once into the reader's style sheet: thousands of highlights then share a handful of rules
 * instead of each carrying (and the browser parsing) its own inline style.
 */
export class HighlightStyler {
  private readonly classes = new Map<string, { className: string; title: string }>();
  private readonly rules: string[] = [];
  constructor(private readonly looks: ReadonlyMap<string, TagLook>) {}

  private look(tag: string): TagLook {
    return this.looks.get(tag) ?? { slot: 0, name: tag };
  }

  /** Number of rules so far; changes when a new combination of tags appears. */
  get version(): number {
    return this.rules.length;
  }

  /** The style sheet for every combination seen so far. */
  css(): string {
    return this.rules.join('\n');
  }

  forSegment(seg: Segment): { className: string; title: string } {
    const inner = this.look(seg.spans[0]!.tag);
    const tags = [...new Set(seg.spans.map((s) => s.tag))].map((t) => this.look(t)).sort((a, b) => a.slot - b.slot);
    const key = `${inner.slot}-${tags.map((t) => t.slot).join('-')}`;
    let hit = this.classes.get(key);
    if (!hit) {
      hit = { className: `hl-${key}`, title: tags.map((t) => t.name).join(' + ') };
      this.classes.set(key, hit);
      this.rules.push(`.reader-text .${hit.className}{${styleFor(inner.slot, tags.map((t) => t.slot))}}`);
    }
    return hit;
  }
}

/** Fill of the innermost tag; one underline per tag, stacked below the text. */
export function styleFor(innerSlot: number, slots: readonly number[]): string {
  const pad = slots.length * UNDERLINE;
  const lines = slots.map((slot, i) => ({ ...underline(slot), y: i * UNDERLINE }));
  const fill = `var(--t${innerSlot}-fill)`;
  return (
    `padding-bottom:${pad}px;` +
    `background-image:${lines.map((l) => l.image).join(',')},linear-gradient(${fill},${fill});` +
    `background-size:${lines.map((l) => `100% ${l.size}`).join(',')},100% calc(100% - ${pad}px);` +
    `background-position:${lines.map((l) => `0 calc(100% - ${l.y}px)`).join(',')},0 0;` +
    'background-repeat:no-repeat'
  );
}

function decorate(seg: Segment, styler: HighlightStyler): Decoration {
  const { className, title } = styler.forSegment(seg);
  const ids = seg.spans.map((s) => s.id);
  return Decoration.inline(
    seg.from,
    seg.to,
    { class: seg.spans.length > 1 ? `hl hl-overlap ${className}` : `hl ${className}`, title, 'data-ids': ids.join(' ') },
    { ids },
  );
}

/** The highlights of one document, updated in place as annotations change. */
export class HighlightLayer extends ChunkedLayer<HighlightSpan> {
  /** `open`: the chunks to draw at once (all of them unless given). */
  constructor(doc: PMNode, chunks: readonly ChunkRange[], styler: HighlightStyler, spans: Iterable<HighlightSpan> = [], open: Iterable<number> = chunks.keys()) {
    super(doc, chunks, (items, lo, hi) => segmentize(items, lo, hi).map((seg) => decorate(seg, styler)), spans, open);
  }

  /** Ids of the annotations covering a position, innermost first (in open chunks). */
  idsAt(pos: number): string[] {
    const found = this.decorations.find(pos, pos + 1).find((d) => d.from <= pos && d.to > pos);
    return found ? ((found.spec as { ids: string[] }).ids ?? []) : [];
  }
}

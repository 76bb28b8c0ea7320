// Proposals of the whole-document suggestion pass, drawn as their own layer: a dotted outline
// in the colour of the kind's tag, the active proposal emphasised. They are never annotations
// (nothing is saved until the user accepts one), so they share nothing with the highlights
// but the chunk-by-chunk drawing.

import type { Node as PMNode } from '@tiptap/pm/model';
import { Decoration } from '@tiptap/pm/view';
import { tagKind } from '../../../electron/core/domain/kinds';
import type { Tag } from '../../../electron/core/api/contract';
import { ChunkedLayer } from './chunked';
import type { ChunkRange } from './docmap';

export type SuggestionKind = 'quote' | 'figure' | 'location';

export interface Suggestion {
  id: string;
  kind: SuggestionKind;
  /** Code points, like annotations. */
  start: number;
  end: number;
  label: string;
}

export interface SuggestionSpan {
  id: string;
  kind: SuggestionKind;
  from: number;
  to: number;
  label: string;
  active: boolean;
}

function draw(items: readonly SuggestionSpan[], lo: number, hi: number): Decoration[] {
  const out: Decoration[] = [];
  for (const s of items) {
    const from = Math.max(s.from, lo);
    const to = Math.min(s.to, hi);
    if (to <= from) continue;
    out.push(
      Decoration.inline(
        from,
        to,
        {
          // An element of its own (not merged with others on the same text): a figure inside a
          // quote then shows both outlines, each in its kind's colour.
          nodeName: 'span',
          class: s.active ? `sg sg-${s.kind} sg-active` : `sg sg-${s.kind}`,
          'data-suggestion': s.id,
          title: `Suggested ${s.kind}: ${s.label}${s.active ? ' — Enter accepts, Backspace rejects, n / p move' : ''}`,
        },
        { suggestion: s.id },
      ),
    );
  }
  return out;
}

export class SuggestionLayer extends ChunkedLayer<SuggestionSpan> {
  constructor(doc: PMNode, chunks: readonly ChunkRange[], spans: Iterable<SuggestionSpan> = [], open: Iterable<number> = chunks.keys()) {
    super(doc, chunks, draw, spans, open);
  }
}

/**
 * CSS giving each kind its tag's colour: the first tag of that kind in the study's list (its
 * slot picks the --t<slot> variable the highlights use).
 */
export function suggestionColours(tags: readonly Tag[]): string {
  const kinds: SuggestionKind[] = ['quote', 'figure', 'location'];
  return kinds
    .map((k) => {
      const slot = tags.findIndex((t) => tagKind(t.id, tags) === k);
      return `.reader-text .sg-${k}{--sg:${slot >= 0 ? `var(--t${slot})` : 'var(--accent)'}}`;
    })
    .join('\n');
}

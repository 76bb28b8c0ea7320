// The adapter between the study's document model and ProseMirror: builds the reader's
// document from blocks, and maps ProseMirror positions ↔ canonical-text offsets ↔ code
// points. It mirrors core's `canonicalText` exactly: each text block's content, joined by
// one "\n"; a hard break is one "\n". Inside a text block one position is one UTF-16 unit.

import type { JSONContent } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { CodePointIndex } from '../../../electron/core/text/codepoints';
import type { Block, Inline } from '../../../electron/core/text/model';

function inlineToJSON(runs: readonly Inline[]): JSONContent[] {
  return runs.map((r) => {
    if ('br' in r) return { type: 'hardBreak' };
    const marks: JSONContent['marks'] = [];
    if (r.bold) marks.push({ type: 'bold' });
    if (r.italic) marks.push({ type: 'italic' });
    if (r.strike) marks.push({ type: 'strike' });
    if (r.code) marks.push({ type: 'code' });
    if (r.href) marks.push({ type: 'link', attrs: { href: r.href } });
    return marks.length ? { type: 'text', text: r.text, marks } : { type: 'text', text: r.text };
  });
}

function blockToJSON(b: Block): JSONContent {
  switch (b.type) {
    case 'heading':
      return { type: 'heading', attrs: { level: b.level }, content: inlineToJSON(b.content) };
    case 'paragraph':
      return { type: 'paragraph', content: inlineToJSON(b.content) };
    case 'codeBlock':
      return { type: 'codeBlock', content: [{ type: 'text', text: b.text }] };
    case 'blockquote':
      return { type: 'blockquote', content: b.content.map(blockToJSON) };
    case 'bulletList':
      return { type: 'bulletList', content: b.items.map((item) => ({ type: 'listItem', content: item.map(blockToJSON) })) };
    case 'orderedList':
      return { type: 'orderedList', attrs: { start: b.start }, content: b.items.map((item) => ({ type: 'listItem', content: item.map(blockToJSON) })) };
    case 'rule':
      return { type: 'horizontalRule' };
    case 'table':
      // Each cell holds one paragraph: one text unit, as the canonical text counts it.
      return {
        type: 'table',
        content: b.rows.map((row) => ({ type: 'tableRow', content: row.map((cell) => ({ type: 'tableCell', content: [{ type: 'paragraph', content: inlineToJSON(cell) }] })) })),
      };
  }
}

/** Top-level blocks per chunk (see extensions.ts). */
export const CHUNK_SIZE = 24;

export function blocksToDoc(blocks: readonly Block[]): JSONContent {
  if (!blocks.length) return { type: 'doc', content: [{ type: 'paragraph' }] };
  const chunks: JSONContent[] = [];
  for (let i = 0; i < blocks.length; i += CHUNK_SIZE) {
    chunks.push({ type: 'chunk', content: blocks.slice(i, i + CHUNK_SIZE).map(blockToJSON) });
  }
  return { type: 'doc', content: chunks };
}

interface BlockSpan {
  /** Position of the text block's first content position. */
  pm: number;
  /** UTF-16 offset of the block's text in the canonical text. */
  off: number;
  len: number;
}

/** Binary search: index of the last item whose key ≤ x (or -1). */
function lastAtOrBefore(segs: readonly BlockSpan[], x: number, key: 'pm' | 'off'): number {
  let lo = 0;
  let hi = segs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]![key] <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export class TextMap {
  readonly text: string;
  readonly cp: CodePointIndex;
  private readonly segs: BlockSpan[] = [];

  constructor(doc: PMNode) {
    const parts: string[] = [];
    let off = 0;
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      let t = '';
      node.forEach((child) => {
        t += child.isText ? child.text! : '\n';
      });
      this.segs.push({ pm: pos + 1, off, len: node.content.size });
      parts.push(t);
      off += node.content.size + 1;
      return false;
    });
    this.text = parts.join('\n');
    this.cp = new CodePointIndex(this.text);
  }

  /** ProseMirror position → UTF-16 offset in the canonical text (clamped into a block). */
  pmToOffset(pos: number): number {
    const i = lastAtOrBefore(this.segs, pos, 'pm');
    if (i < 0) return 0;
    const s = this.segs[i]!;
    return s.off + Math.min(Math.max(pos - s.pm, 0), s.len);
  }

  /** UTF-16 offset → ProseMirror position. The "\n" between blocks maps to the end of the first. */
  offsetToPm(off: number): number {
    const i = lastAtOrBefore(this.segs, off, 'off');
    if (i < 0) return this.segs[0]?.pm ?? 1;
    const s = this.segs[i]!;
    return s.pm + Math.min(off - s.off, s.len);
  }

  /** A ProseMirror range → code points, never splitting a character. */
  pmRangeToCodePoints(from: number, to: number): { start: number; end: number } {
    return { start: this.cp.toCodePoint(this.pmToOffset(from), -1), end: this.cp.toCodePoint(this.pmToOffset(to), 1) };
  }

  codePointsToPm(start: number, end: number): { from: number; to: number } {
    return { from: this.offsetToPm(this.cp.toUtf16(start)), to: this.offsetToPm(this.cp.toUtf16(end)) };
  }
}

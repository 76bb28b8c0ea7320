// The adapter between the reader's ProseMirror document (document.ts builds it) and the
// study's offsets: ProseMirror positions ↔ canonical-text offsets ↔ code points. It mirrors
// core's `canonicalText` exactly: each text block's content, joined by one "\n"; a hard break
// is one "\n"; the pieces of a long paragraph cut inside a line join with nothing (document.ts).
// Inside a text block one position is one UTF-16 unit. It also knows the chunks
// (for drawing highlights chunk by chunk) and which blocks are pieces of one paragraph.

import type { Node as PMNode } from '@tiptap/pm/model';
import { CodePointIndex } from '../../../electron/core/text/codepoints';

export { blocksToDoc } from './document';

interface BlockSpan {
  /** Position of the text block's first content position. */
  pm: number;
  /** UTF-16 offset of the block's text in the canonical text. */
  off: number;
  len: number;
}

/** A chunk's content, as ProseMirror positions. */
export interface ChunkRange {
  from: number;
  to: number;
}

/** Binary search: index of the last item whose key ≤ x (or -1). */
function lastAtOrBefore<K extends string>(segs: ReadonlyArray<Record<K, number>>, x: number, key: K): number {
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
  readonly chunks: ChunkRange[] = [];
  private readonly segs: BlockSpan[] = [];
  /** For each text block, how many paragraphs begin at or before it (pieces count once). */
  private readonly paragraphNo: number[] = [];

  constructor(doc: PMNode) {
    const parts: string[] = [];
    let off = 0;
    let paragraphs = 0;
    /** How the previous text block joins this one (document.ts): a soft join adds no "\n". */
    let joined: string | null = null;
    doc.forEach((node, offset) => this.chunks.push({ from: offset + 1, to: offset + node.nodeSize - 1 }));
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      let t = '';
      node.forEach((child) => {
        t += child.isText ? child.text! : '\n';
      });
      if (parts.length && joined !== 'soft') {
        parts.push('\n');
        off++;
      }
      this.segs.push({ pm: pos + 1, off, len: node.content.size });
      if (!joined) paragraphs++;
      this.paragraphNo.push(paragraphs);
      joined = (node.attrs.joined as string | null) ?? null;
      parts.push(t);
      off += node.content.size;
      return false;
    });
    this.text = parts.join('');
    this.cp = new CodePointIndex(this.text);
  }

  /** Index of the chunk holding a position (the nearest one before it, between chunks). */
  chunkAt(pos: number): number {
    return Math.max(0, lastAtOrBefore(this.chunks, pos, 'from'));
  }

  /** Paragraphs a range touches (the pieces of one long paragraph count as one). */
  paragraphsBetween(from: number, to: number): number {
    const i = Math.max(0, lastAtOrBefore(this.segs, from, 'pm'));
    const j = Math.max(i, lastAtOrBefore(this.segs, Math.max(from, to - 1), 'pm'));
    return (this.paragraphNo[j] ?? 0) - (this.paragraphNo[i] ?? 0) + 1;
  }

  /** Position just before the text block holding a canonical UTF-16 offset (for node decorations). */
  blockStartAt(off: number): number {
    const i = Math.max(0, lastAtOrBefore(this.segs, off, 'off'));
    return (this.segs[i]?.pm ?? 1) - 1;
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

// Decorations drawn chunk by chunk. A layer holds every range (10,000 highlights, say) but
// draws decorations only in the chunks that are open, the ones at or near the screen; the
// others cost nothing until they are scrolled to. A change redraws only the stretch of text
// it touches (widened to the decorations drawn there), so adding one highlight is the same
// small step at 10 or at 10,000.

import type { Node as PMNode } from '@tiptap/pm/model';
import { DecorationSet, type Decoration } from '@tiptap/pm/view';
import type { ChunkRange } from './docmap';

export interface Ranged {
  id: string;
  from: number;
  to: number;
}

/** Draws the decorations of one chunk, given the ranges that touch it, clipped to [lo, hi]. */
export type DrawChunk<T> = (items: readonly T[], lo: number, hi: number) => Decoration[];

/** Index of the last chunk starting at or before `pos` (0 before the first). */
export function chunkIndexAt(chunks: readonly ChunkRange[], pos: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (chunks[mid]!.from <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Beyond this many changes at once (opening a document, a tag filter), redraw whole chunks. */
const MANY = 64;

export class ChunkedLayer<T extends Ranged> {
  private readonly items = new Map<string, T>();
  /** The ranges touching each chunk, by id. */
  private readonly byChunk: Array<Map<string, T>>;
  /** The chunks drawn so far. */
  private readonly drawn = new Set<number>();
  private set: DecorationSet;

  constructor(
    private readonly doc: PMNode,
    private readonly chunks: readonly ChunkRange[],
    private readonly draw: DrawChunk<T>,
    items: Iterable<T> = [],
    open: Iterable<number> = [],
  ) {
    this.byChunk = chunks.map(() => new Map());
    for (const item of items) this.index(item);
    this.set = DecorationSet.create(doc, this.drawNew(open));
  }

  get decorations(): DecorationSet {
    return this.set;
  }

  /** Chunks drawn so far. */
  get open(): ReadonlySet<number> {
    return this.drawn;
  }

  isOpen(chunk: number): boolean {
    return this.drawn.has(chunk);
  }

  get(id: string): T | undefined {
    return this.items.get(id);
  }

  /** The chunks a range lies in (first, last). */
  private span(r: Ranged): [number, number] {
    const first = chunkIndexAt(this.chunks, r.from);
    return [first, Math.max(first, chunkIndexAt(this.chunks, Math.max(r.from, r.to - 1)))];
  }

  private index(item: T): void {
    this.items.set(item.id, item);
    const [a, b] = this.span(item);
    for (let c = a; c <= b; c++) this.byChunk[c]?.set(item.id, item);
  }

  private unindex(id: string): T | undefined {
    const old = this.items.get(id);
    if (!old) return undefined;
    this.items.delete(id);
    const [a, b] = this.span(old);
    for (let c = a; c <= b; c++) this.byChunk[c]?.delete(id);
    return old;
  }

  /** Decorations of the chunks not drawn yet among `chunks`, which now count as drawn. */
  private drawNew(chunks: Iterable<number>): Decoration[] {
    const decos: Decoration[] = [];
    for (const c of chunks) {
      if (c < 0 || c >= this.chunks.length || this.drawn.has(c)) continue;
      this.drawn.add(c);
      const items = this.byChunk[c]!;
      if (!items.size) continue;
      const { from, to } = this.chunks[c]!;
      for (const d of this.draw([...items.values()], from, to)) decos.push(d);
    }
    return decos;
  }

  /** Replace every range at once (a document opening, a tag filter): one fresh set. */
  reset(items: Iterable<T>): DecorationSet {
    this.items.clear();
    for (const m of this.byChunk) m.clear();
    for (const item of items) this.index(item);
    const open = [...this.drawn];
    this.drawn.clear();
    this.set = DecorationSet.create(this.doc, this.drawNew(open));
    return this.set;
  }

  /** Draw these chunks too (those already open stay as they are). */
  openChunks(chunks: Iterable<number>): DecorationSet {
    const decos = this.drawNew(chunks);
    if (decos.length) this.set = this.set.add(this.doc, decos);
    return this.set;
  }

  /**
   * Redraw [from, to) where it lies in open chunks: widened to the decorations drawn there
   * (a segment of overlapping highlights may reach beyond the change), from the ranges
   * touching it.
   */
  private redraw(from: number, to: number): void {
    const [a, b] = this.span({ id: '', from, to });
    for (let c = a; c <= b; c++) {
      if (!this.drawn.has(c)) continue;
      const chunk = this.chunks[c]!;
      let lo = Math.max(from, chunk.from);
      let hi = Math.min(to, chunk.to);
      const stale = this.set.find(lo, hi);
      for (const d of stale) {
        lo = Math.min(lo, d.from);
        hi = Math.max(hi, d.to);
      }
      const touching: T[] = [];
      for (const item of this.byChunk[c]!.values()) if (item.from < hi && item.to > lo) touching.push(item);
      const fresh = touching.length ? this.draw(touching, lo, hi) : [];
      this.set = this.set.remove(stale).add(this.doc, fresh);
    }
  }

  /** Redraw whole chunks (after many changes at once: cheaper than stretch by stretch). */
  private redrawChunks(chunks: Iterable<number>): void {
    for (const c of chunks) {
      if (!this.drawn.has(c)) continue;
      const { from, to } = this.chunks[c]!;
      const items = [...this.byChunk[c]!.values()];
      this.set = this.set.remove(this.set.find(from, to)).add(this.doc, items.length ? this.draw(items, from, to) : []);
    }
  }

  /** Add or change (upsert) and remove ranges; redraw what they touch in open chunks. */
  apply(upsert: readonly T[], remove: readonly string[] = []): DecorationSet {
    if (upsert.length + remove.length > MANY) {
      const chunks = new Set<number>();
      const touch = (r: Ranged) => {
        const [a, b] = this.span(r);
        for (let c = a; c <= b; c++) chunks.add(c);
      };
      for (const id of remove) {
        const old = this.unindex(id);
        if (old) touch(old);
      }
      for (const item of upsert) {
        const old = this.unindex(item.id);
        if (old) touch(old);
        this.index(item);
        touch(item);
      }
      this.redrawChunks(chunks);
      return this.set;
    }
    const dirty: Ranged[] = [];
    for (const id of remove) {
      const old = this.unindex(id);
      if (old) dirty.push(old);
    }
    for (const item of upsert) {
      const old = this.unindex(item.id);
      if (old) dirty.push(old);
      this.index(item);
      dirty.push(item);
    }
    for (const r of dirty) this.redraw(r.from, r.to);
    return this.set;
  }
}

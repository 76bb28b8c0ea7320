// Builds the reader's ProseMirror document from the study's blocks (straight into nodes: a
// 4 MB book is 17,000 blocks, and going through JSON doubled the time). Beyond a one-to-one
// copy, three things, none of which changes the canonical text (see docmap.ts):
//  - every block carries its writing direction, found from its own text (bidi.ts);
//  - a very long paragraph (a plain-text book without blank lines) is cut into pieces drawn
//    as one paragraph ("joined"), at line breaks (a break and a block boundary are both one
//    "\n") or, failing those, after a sentence ("soft": docmap.ts counts no character there);
//    the browser can then skip laying out the pieces off screen;
//  - top-level blocks are grouped into chunks, each with an estimate of its height, so the
//    browser can skip chunks off screen and the reader can paint highlights chunk by chunk.

import type { Mark, Node as PMNode, Schema } from '@tiptap/pm/model';
import type { Block, Inline } from '../../../electron/core/text/model';
import { textDirection, type Direction } from './bidi';

/** At most this many top-level blocks, or about this many characters, per chunk. */
export const CHUNK_BLOCKS = 24;
export const CHUNK_CHARS = 6000;
/** A paragraph longer than twice this is cut into pieces of about this size. */
export const PIECE_CHARS = 1500;
/** Enough of a block's text to tell its direction. */
const SAMPLE_CHARS = 400;

const isBreak = (r: Inline): r is { br: true } => 'br' in r;

/** Length, line count and the first few hundred characters of some runs, without joining them. */
function measure(runs: readonly Inline[]): { length: number; lines: number; sample: string } {
  let length = 0;
  let lines = 1;
  let sample = '';
  for (const r of runs) {
    const text = isBreak(r) ? '\n' : r.text;
    length += text.length;
    if (isBreak(r)) lines++;
    if (sample.length < SAMPLE_CHARS) sample += text.slice(0, SAMPLE_CHARS);
  }
  return { length, lines, sample };
}

function sampleOf(b: Block): string {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return measure(b.content).sample;
    case 'codeBlock':
      return b.text.slice(0, SAMPLE_CHARS);
    case 'blockquote':
      return b.content.map(sampleOf).join('\n').slice(0, SAMPLE_CHARS);
    case 'bulletList':
    case 'orderedList':
      return b.items.map((item) => item.map(sampleOf).join('\n')).join('\n').slice(0, SAMPLE_CHARS);
    case 'table':
      return b.rows.map((row) => row.map((cell) => measure(cell).sample).join('\n')).join('\n').slice(0, SAMPLE_CHARS);
    case 'rule':
      return '';
  }
}

/**
 * The direction to write on a block: 'rtl', or null for left to right (the reader's own
 * direction, so most blocks carry no attribute and share ProseMirror's default attributes).
 * A block without letters of its own ("—", "2015.") follows the block before it.
 */
class DirectionFlow {
  last: Direction | null = null;
  of(sample: string): 'rtl' | null {
    const d = textDirection(sample);
    if (d) this.last = d;
    return (d ?? this.last) === 'rtl' ? 'rtl' : null;
  }
}

/** How a piece of a long paragraph joins the next: at a line break, or inside a line (no character). */
export type Join = 'break' | 'soft';
export interface Piece {
  runs: Inline[];
  /** How this piece joins the next; null for the last one. */
  join: Join | null;
}

/** Where to cut a run of text of a paragraph without breaks: after a sentence, else after a space. */
function softCut(text: string, from: number): number {
  const sentence = /[.!?…]["'”’)]*\s/g;
  sentence.lastIndex = from;
  const m = sentence.exec(text);
  if (m && m.index - from < 600) return m.index + m[0].length;
  const space = text.indexOf(' ', from);
  return space < 0 ? -1 : space + 1;
}

/**
 * A long paragraph → pieces of about `pieceChars`: cut at a line break (the break itself
 * becomes the boundary: both are one "\n"), or, where no break comes for twice that, after a
 * sentence inside a line (a "soft" boundary that stands for no character at all).
 */
export function splitParagraph(runs: readonly Inline[], pieceChars = PIECE_CHARS, total = measure(runs).length): Piece[] {
  if (total <= 2 * pieceChars) return [{ runs: runs as Inline[], join: null }];
  const pieces: Piece[] = [];
  let piece: Inline[] = [];
  let size = 0;
  const close = (join: Join) => {
    pieces.push({ runs: piece, join });
    piece = [];
    size = 0;
  };
  for (const r of runs) {
    if (isBreak(r)) {
      if (size >= pieceChars) close('break');
      else {
        piece.push(r);
        size++;
      }
      continue;
    }
    let text = r.text;
    for (let cut = softCut(text, Math.max(0, 2 * pieceChars - size)); size + text.length > 2 * pieceChars && cut > 0 && cut < text.length; cut = softCut(text, Math.max(0, 2 * pieceChars - size))) {
      piece.push({ ...r, text: text.slice(0, cut) });
      close('soft');
      text = text.slice(cut);
    }
    if (text) {
      piece.push(text === r.text ? r : { ...r, text });
      size += text.length;
    }
  }
  pieces.push({ runs: piece, join: null });
  return pieces;
}

/** Roughly how tall a block is drawn (px), for the space a chunk takes before it is laid out. */
function estimateHeight(b: Block, length: number, lines: number): number {
  const line = 33;
  if (b.type === 'rule') return 48;
  if (b.type === 'heading') return 60 * Math.max(1, Math.ceil(length / 45));
  if (b.type === 'codeBlock') return 40 + 25 * lines;
  if (b.type === 'table') return 20 + line * b.rows.length;
  return 19 + line * Math.max(1, Math.ceil(length / 70)) + line * (lines - 1) * 0.5;
}

/** The nodes of one document, made with one schema (marks made once each). */
class Builder {
  readonly flow = new DirectionFlow();
  private readonly marks = new Map<string, Mark>();
  constructor(readonly schema: Schema) {}

  private mark(name: string, attrs?: Record<string, unknown>): Mark {
    const key = attrs ? `${name}:${JSON.stringify(attrs)}` : name;
    let m = this.marks.get(key);
    if (!m) this.marks.set(key, (m = this.schema.marks[name]!.create(attrs)));
    return m;
  }

  inline(runs: readonly Inline[]): PMNode[] {
    const out: PMNode[] = [];
    for (const r of runs) {
      if (isBreak(r)) {
        out.push(this.schema.nodes.hardBreak!.create());
        continue;
      }
      if (!r.text) continue;
      const marks: Mark[] = [];
      if (r.bold) marks.push(this.mark('bold'));
      if (r.italic) marks.push(this.mark('italic'));
      if (r.strike) marks.push(this.mark('strike'));
      if (r.code) marks.push(this.mark('code'));
      if (r.href) marks.push(this.mark('link', { href: r.href }));
      out.push(this.schema.text(r.text, marks.length ? marks : undefined));
    }
    return out;
  }

  paragraph(runs: readonly Inline[], dir: Direction | null, joined: Join | null = null): PMNode {
    return this.schema.nodes.paragraph!.create(dir || joined ? { dir, joined } : null, this.inline(runs));
  }

  block(b: Block): PMNode {
    const n = this.schema.nodes;
    switch (b.type) {
      case 'heading':
        return n.heading!.create({ level: b.level, dir: this.flow.of(sampleOf(b)) }, this.inline(b.content));
      case 'paragraph':
        return this.paragraph(b.content, this.flow.of(sampleOf(b)));
      case 'codeBlock':
        // Code reads left to right whatever its comments are written in.
        return n.codeBlock!.create({ dir: 'ltr' }, b.text ? this.schema.text(b.text) : undefined);
      case 'blockquote':
        return n.blockquote!.create({ dir: this.flow.of(sampleOf(b)) }, b.content.map((c) => this.block(c)));
      case 'bulletList':
      case 'orderedList': {
        const dir = this.flow.of(sampleOf(b));
        const own = (item: Block[]) => textDirection(item.map(sampleOf).join('\n'));
        const items = b.items.map((item) => n.listItem!.create({ dir: (own(item) ?? dir) === 'rtl' ? 'rtl' : null }, item.map((c) => this.block(c))));
        return b.type === 'bulletList' ? n.bulletList!.create({ dir }, items) : n.orderedList!.create({ start: b.start, dir }, items);
      }
      case 'rule':
        return n.horizontalRule!.create();
      case 'table':
        // Each cell holds one paragraph: one text unit, as the canonical text counts it.
        return n.table!.create(
          { dir: this.flow.of(sampleOf(b)) },
          b.rows.map((row) => n.tableRow!.create(null, row.map((cell) => n.tableCell!.create(null, this.paragraph(cell, this.flow.of(measure(cell).sample)))))),
        );
    }
  }
}

export function blocksToDoc(schema: Schema, blocks: readonly Block[]): PMNode {
  if (!blocks.length) return schema.nodes.doc!.create(null, schema.nodes.paragraph!.create());
  const build = new Builder(schema);
  const chunks: PMNode[] = [];
  let current: PMNode[] = [];
  let chars = 0;
  let height = 0;
  const close = () => {
    if (current.length) chunks.push(schema.nodes.chunk!.create({ height: Math.round(height) }, current));
    current = [];
    chars = 0;
    height = 0;
  };
  const add = (node: PMNode, b: Block, length: number, lines: number) => {
    if (current.length >= CHUNK_BLOCKS || (current.length && chars + length > CHUNK_CHARS)) close();
    current.push(node);
    chars += length;
    height += estimateHeight(b, length, lines);
  };
  for (const b of blocks) {
    if (b.type !== 'paragraph') {
      const node = build.block(b);
      add(node, b, node.textContent.length, 1);
      continue;
    }
    const m = measure(b.content);
    // Every piece of one paragraph reads in the paragraph's direction.
    const dir = build.flow.of(m.sample);
    const pieces = splitParagraph(b.content, PIECE_CHARS, m.length);
    if (pieces.length === 1) add(build.paragraph(b.content, dir), b, m.length, m.lines);
    else
      for (const { runs, join } of pieces) {
        const piece = measure(runs);
        add(build.paragraph(runs, dir, join), b, piece.length, piece.lines);
      }
  }
  close();
  return schema.nodes.doc!.create(null, chunks);
}

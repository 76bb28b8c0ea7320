// The document model: the article's structure (blocks and formatted runs) as stored in the
// study and rendered by the reader, and the one definition of its canonical text.
// Pure and DOM-free; the renderer's ProseMirror adapter mirrors `canonicalText` exactly.

export interface TextRun {
  text: string;
  bold?: true;
  italic?: true;
  strike?: true;
  code?: true;
  /** Only http(s) and mailto links survive import. */
  href?: string;
}
/** A hard line break inside a block; it is one `\n` in the canonical text. */
export interface BreakRun {
  br: true;
}
export type Inline = TextRun | BreakRun;

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; content: Inline[] }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'codeBlock'; text: string }
  | { type: 'blockquote'; content: Block[] }
  | { type: 'bulletList'; items: Block[][] }
  | { type: 'orderedList'; start: number; items: Block[][] }
  | { type: 'rule' }
  /**
   * A data table: rows → cells → inline runs. Each cell is its own text unit in the
   * canonical text (like a paragraph), so a table of r rows and c cells adds r·c lines.
   */
  | { type: 'table'; rows: Inline[][][] };

export type TextBlock = Extract<Block, { type: 'heading' | 'paragraph' | 'codeBlock' }>;

export function isBreak(run: Inline): run is BreakRun {
  return 'br' in run;
}

export function inlineText(content: readonly Inline[]): string {
  let s = '';
  for (const run of content) s += isBreak(run) ? '\n' : run.text;
  return s;
}

export function textBlockText(block: TextBlock): string {
  return block.type === 'codeBlock' ? block.text : inlineText(block.content);
}

/**
 * Text blocks in reading order (depth first), the units the canonical text is made of.
 * A table cell is yielded as a paragraph made for the occasion (not part of the tree).
 */
export function* textBlocks(blocks: readonly Block[]): Generator<TextBlock> {
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
      case 'codeBlock':
        yield b;
        break;
      case 'blockquote':
        yield* textBlocks(b.content);
        break;
      case 'bulletList':
      case 'orderedList':
        for (const item of b.items) yield* textBlocks(item);
        break;
      case 'table':
        for (const row of b.rows) for (const cell of row) yield { type: 'paragraph', content: cell };
        break;
      case 'rule':
        break;
    }
  }
}

/**
 * The canonical text: every text block's text, joined by `\n`. Rules and list markers are
 * not text. This is what offsets count and what the document's SHA-256 identity hashes.
 */
export function canonicalText(blocks: readonly Block[]): string {
  const parts: string[] = [];
  for (const b of textBlocks(blocks)) parts.push(textBlockText(b));
  return parts.join('\n');
}

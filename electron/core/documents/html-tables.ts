// HTML tables → the model's table block, and the list-item rule the reader needs. A table
// that holds structure (nested tables, headings, quotes, lists) or has a single column is
// page layout, not data: its cells are read as ordinary blocks, in order.

import type { Block, Inline } from '../text/model';
import { textBlocks } from '../text/model';
import { tagOf, type DomElement } from './dom';

type Sub = (el: DomElement, depth: number) => Block[];

function kids(el: DomElement, tags: ReadonlySet<string>): DomElement[] {
  return Array.from(el.children).filter((c) => tags.has(tagOf(c)));
}

const SECTIONS = new Set(['thead', 'tbody', 'tfoot']);
const TR = new Set(['tr']);
const CELL = new Set(['td', 'th']);

/** The table's own rows (not those of tables nested in its cells), in document order. */
function rowsOf(table: DomElement): DomElement[] {
  const rows: DomElement[] = [];
  for (const c of Array.from(table.children)) {
    const tag = tagOf(c);
    if (tag === 'tr') rows.push(c);
    else if (SECTIONS.has(tag)) rows.push(...kids(c, TR));
  }
  return rows;
}

function isLayout(table: DomElement, rows: readonly DomElement[]): boolean {
  const role = table.getAttribute('role');
  if (role === 'presentation' || role === 'none') return true;
  if (table.querySelectorAll('table, h1, h2, h3, h4, h5, h6, blockquote, pre, ul, ol, article, section, nav').length) return true;
  return rows.every((r) => kids(r, CELL).length <= 1);
}

/** A cell's blocks as one run list; its paragraphs become line breaks. */
function cellInline(blocks: readonly Block[]): Inline[] {
  const out: Inline[] = [];
  for (const b of textBlocks(blocks)) {
    if (out.length) out.push({ br: true });
    if (b.type === 'codeBlock') out.push({ text: b.text, code: true });
    else out.push(...b.content);
  }
  return out;
}

export function tableBlock(table: DomElement, depth: number, sub: Sub): Block[] {
  const rows = rowsOf(table);
  if (isLayout(table, rows)) return sub(table, depth);
  const out: Block[] = [];
  for (const c of Array.from(table.children)) if (tagOf(c) === 'caption') out.push(...sub(c, depth));
  const cells = rows
    .map((r) => kids(r, CELL).map((cell) => cellInline(sub(cell, depth))))
    .filter((r) => r.some((cell) => cell.some((run) => !('br' in run) && run.text.trim())));
  if (cells.length) out.push({ type: 'table', rows: cells });
  return out;
}

/**
 * The reader's list items must open with a paragraph. A leading heading or code block
 * becomes a paragraph (its text unchanged); other leading blocks are unwrapped into it.
 * (Same rule as the Markdown importer's; a table's cells become paragraphs, same text.)
 */
export function startWithParagraph(item: Block[]): Block[] {
  const first = item[0];
  if (!first || first.type === 'paragraph') return item;
  const rest = item.slice(1);
  switch (first.type) {
    case 'heading':
      return [{ type: 'paragraph', content: first.content }, ...rest];
    case 'codeBlock':
      return [{ type: 'paragraph', content: [{ text: first.text, code: true }] }, ...rest];
    case 'blockquote':
      return startWithParagraph([...first.content, ...rest]);
    case 'rule':
      return startWithParagraph(rest);
    case 'table':
      return [...first.rows.flat().map((content): Block => ({ type: 'paragraph', content })), ...rest];
    case 'bulletList':
    case 'orderedList':
      return startWithParagraph([...first.items.flat(), ...rest]);
  }
}


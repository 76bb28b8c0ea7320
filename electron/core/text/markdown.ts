// Markdown → document model, via markdown-it's token stream (CommonMark + GFM tables and
// strikethrough). Raw HTML is never passed on: inline tags are dropped, HTML blocks are reduced
// to their text. Links keep only http(s)/mailto targets. Images are dropped (no remote content).

import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { htmlToText } from './html-text';
import type { Block, Inline, TextRun } from './model';
import { inlineText } from './model';

const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });

export function safeHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const h = href.trim();
  return /^(https?:\/\/|mailto:)/i.test(h) ? h : undefined;
}

type Marks = Omit<TextRun, 'text'>;

function parseInline(children: readonly Token[]): Inline[] {
  const out: Inline[] = [];
  const marks: Marks = {};
  const push = (text: string, extra: Marks = {}) => {
    if (text === '') return;
    const m: Marks = { ...marks, ...extra };
    // The code mark excludes every other mark in the reader's schema; keep the model in step.
    const run: TextRun = m.code ? { text, code: true } : { text, ...m };
    const last = out[out.length - 1];
    if (last && !('br' in last) && sameMarks(last, run)) last.text += text;
    else out.push(run);
  };
  for (const t of children) {
    switch (t.type) {
      case 'text':
        push(t.content);
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        out.push({ br: true });
        break;
      case 'code_inline':
        push(t.content, { code: true });
        break;
      case 'strong_open':
        marks.bold = true;
        break;
      case 'strong_close':
        delete marks.bold;
        break;
      case 'em_open':
        marks.italic = true;
        break;
      case 'em_close':
        delete marks.italic;
        break;
      case 's_open':
        marks.strike = true;
        break;
      case 's_close':
        delete marks.strike;
        break;
      case 'link_open': {
        const href = safeHref(String(t.attrGet('href') ?? ''));
        if (href) marks.href = href;
        break;
      }
      case 'link_close':
        delete marks.href;
        break;
      case 'html_inline':
        if (/^<br\s*\/?>$/i.test(t.content)) out.push({ br: true });
        break;
      default:
        // image, html comments and anything unknown: not part of the readable text.
        break;
    }
  }
  return trimInline(out);
}

function sameMarks(a: TextRun, b: TextRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.strike === b.strike && a.code === b.code && a.href === b.href;
}

/** Drop breaks at the edges of a block; they would be invisible text. */
function trimInline(runs: Inline[]): Inline[] {
  while (runs.length && 'br' in runs[0]!) runs.shift();
  while (runs.length && 'br' in runs[runs.length - 1]!) runs.pop();
  return runs;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  /** Parse blocks until the closing token `until` (or the end). */
  blocks(until?: string): Block[] {
    const out: Block[] = [];
    while (this.i < this.tokens.length) {
      const t = this.tokens[this.i]!;
      if (until && t.type === until) {
        this.i++;
        return out;
      }
      this.i++;
      switch (t.type) {
        case 'heading_open': {
          const content = this.inlineUntil('heading_close');
          const level = Math.min(6, Math.max(1, Number(t.tag.slice(1)))) as 1 | 2 | 3 | 4 | 5 | 6;
          if (content.length) out.push({ type: 'heading', level, content });
          break;
        }
        case 'paragraph_open': {
          const content = this.inlineUntil('paragraph_close');
          if (content.length) out.push({ type: 'paragraph', content });
          break;
        }
        case 'fence':
        case 'code_block': {
          const text = t.content.replace(/\n$/, '');
          if (text.trim()) out.push({ type: 'codeBlock', text });
          break;
        }
        case 'blockquote_open': {
          const content = this.blocks('blockquote_close');
          if (content.length) out.push({ type: 'blockquote', content });
          break;
        }
        case 'bullet_list_open':
        case 'ordered_list_open': {
          const items = this.listItems(t.type === 'bullet_list_open' ? 'bullet_list_close' : 'ordered_list_close');
          if (!items.length) break;
          if (t.type === 'bullet_list_open') out.push({ type: 'bulletList', items });
          else out.push({ type: 'orderedList', start: Number(t.attrGet('start') ?? 1) || 1, items });
          break;
        }
        case 'hr':
          out.push({ type: 'rule' });
          break;
        case 'html_block': {
          const text = htmlToText(t.content);
          if (text) out.push({ type: 'paragraph', content: [{ text }] });
          break;
        }
        case 'table_open':
          out.push(...this.tableRows());
          break;
        default:
          break;
      }
    }
    return out;
  }

  private inlineUntil(close: string): Inline[] {
    let content: Inline[] = [];
    while (this.i < this.tokens.length) {
      const t = this.tokens[this.i++]!;
      if (t.type === close) break;
      if (t.type === 'inline') content = parseInline(t.children ?? []);
    }
    return content;
  }

  private listItems(close: string): Block[][] {
    const items: Block[][] = [];
    while (this.i < this.tokens.length) {
      const t = this.tokens[this.i++]!;
      if (t.type === close) break;
      if (t.type === 'list_item_open') {
        const item = startWithParagraph(this.blocks('list_item_close'));
        if (item.length) items.push(item);
      }
    }
    return items;
  }

  /** A table becomes one paragraph per row, cells separated by a tab. */
  private tableRows(): Block[] {
    const rows: Block[] = [];
    let cells: Inline[][] = [];
    while (this.i < this.tokens.length) {
      const t = this.tokens[this.i++]!;
      if (t.type === 'table_close') break;
      if (t.type === 'inline') cells.push(parseInline(t.children ?? []));
      if (t.type === 'tr_close') {
        const content: Inline[] = [];
        cells.forEach((c, k) => {
          if (k > 0) content.push({ text: '\t' });
          content.push(...c);
        });
        if (inlineText(content).trim()) rows.push({ type: 'paragraph', content: mergeRuns(content) });
        cells = [];
      }
    }
    return rows;
  }
}

function mergeRuns(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && !('br' in last) && !('br' in r) && sameMarks(last, r)) last.text += r.text;
    else out.push('br' in r ? r : { ...r });
  }
  return out;
}

/**
 * The reader's list items must open with a paragraph. A leading heading or code block
 * becomes a paragraph (its text unchanged); other leading blocks are unwrapped into it.
 */
function startWithParagraph(item: Block[]): Block[] {
  const first = item[0];
  if (!first || first.type === 'paragraph') return item;
  if (first.type === 'heading') return [{ type: 'paragraph', content: first.content }, ...item.slice(1)];
  if (first.type === 'codeBlock') return [{ type: 'paragraph', content: [{ text: first.text, code: true }] }, ...item.slice(1)];
  if (first.type === 'blockquote') return startWithParagraph([...first.content, ...item.slice(1)]);
  if (first.type === 'rule') return startWithParagraph(item.slice(1));
  if (first.type === 'table') return [...first.rows.flat().map((content): Block => ({ type: 'paragraph', content })), ...item.slice(1)];
  // A list nested directly in a list item: lift its items' blocks into this item.
  return startWithParagraph([...first.items.flat(), ...item.slice(1)]);
}

export function parseMarkdown(source: string): Block[] {
  return new Parser(md.parse(source, {})).blocks();
}

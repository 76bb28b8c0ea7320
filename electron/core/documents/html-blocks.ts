// A parsed HTML element → document model. Shared by the HTML extractor (Readability's article
// or the whole page), DOCX (mammoth's HTML) and EPUB (each chapter's XHTML). Only text and
// structure cross over: headings, paragraphs, lists, block quotes, tables, preformatted text,
// bold/italic/strike/code and links whose target is http(s) or mailto. Scripts, styles,
// embedded objects, images, form controls and hidden elements contribute nothing; attributes
// other than href are never read, so event handlers and remote resources go nowhere.

import { safeHref } from '../text/markdown';
import type { Block, Inline, TextRun } from '../text/model';
import { isElement, tagOf, TEXT_NODE, type DomElement, type DomNode } from './dom';
import { startWithParagraph, tableBlock } from './html-tables';
import { LIMITS } from './types';

export interface HtmlBlockOptions {
  /** The page's own URL (canonical): relative links are resolved against it, when http(s). */
  baseUrl?: string;
}

type Marks = Omit<TextRun, 'text'>;
type Kind = 'paragraph' | 1 | 2 | 3 | 4 | 5 | 6;

/** Never text: code, styling, embedded and replaced content, form controls, document head. */
export const NOT_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'canvas', 'video', 'audio', 'img', 'picture', 'source', 'track', 'map', 'area', 'head', 'title', 'meta', 'link', 'base',
  'button', 'input', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'rp', 'rt', 'param',
]);

// Maps, not object literals: a tag named "constructor" must not find Object's prototype.
const HEADING = new Map<string, Kind>([['h1', 1], ['h2', 2], ['h3', 3], ['h4', 4], ['h5', 5], ['h6', 6]]);
const MARK = new Map<string, keyof Marks>([
  ['b', 'bold'], ['strong', 'bold'], ['i', 'italic'], ['em', 'italic'], ['s', 'strike'], ['strike', 'strike'], ['del', 'strike'],
  ['code', 'code'], ['kbd', 'code'], ['samp', 'code'], ['tt', 'code'],
]);
const BLOCK = new Set([
  'address', 'article', 'aside', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'header', 'hgroup', 'html', 'legend', 'li', 'main', 'nav', 'p', 'section', 'summary',
  'caption', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th',
]);
const LIST = new Set(['ul', 'ol', 'menu', 'dir']);

export function isHidden(el: DomElement): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function resolveHref(href: string | null, base: string | undefined): string | undefined {
  if (!href) return undefined;
  if (base && /^https?:/i.test(base) && !/^[a-z][a-z0-9+.-]*:/i.test(href.trim())) {
    try {
      return safeHref(new URL(href.trim(), base).href);
    } catch {
      return undefined;
    }
  }
  return safeHref(href);
}

class Converter {
  readonly out: Block[] = [];
  private runs: Inline[] = [];
  private kind: Kind = 'paragraph';
  private marks: Marks = {};

  constructor(private readonly opts: HtmlBlockOptions) {}

  /** A fresh converter for a nested container (list item, quote, table cell). */
  sub(el: DomElement, depth: number, nodes: readonly DomNode[] = Array.from(el.childNodes)): Block[] {
    const c = new Converter(this.opts);
    for (const n of nodes) c.node(n, depth + 1);
    c.flush();
    return c.out;
  }

  children(el: DomNode, depth: number): void {
    for (const n of Array.from(el.childNodes)) this.node(n, depth);
  }

  private node(n: DomNode, depth: number): void {
    if (n.nodeType === TEXT_NODE) return this.text(n.textContent ?? '');
    if (!isElement(n)) return; // comments, processing instructions
    const tag = tagOf(n);
    if (NOT_TEXT.has(tag) || isHidden(n)) return;
    // Pathologically deep markup is flattened to its text instead of recursing further.
    if (depth > LIMITS.htmlDepth) return this.text(n.textContent ?? '');
    const heading = HEADING.get(tag);
    const mark = MARK.get(tag);
    if (tag === 'br') this.runs.push({ br: true });
    else if (heading) this.block(n, depth, heading);
    else if (mark || tag === 'a') this.inline(n, depth, tag, mark);
    else if (LIST.has(tag)) this.list(n, depth, tag === 'ol');
    else if (tag === 'blockquote') {
      this.flush();
      const content = this.sub(n, depth);
      if (content.length) this.out.push({ type: 'blockquote', content });
    } else if (tag === 'pre' || tag === 'listing' || tag === 'xmp') this.pre(n);
    else if (tag === 'hr') {
      this.flush();
      this.out.push({ type: 'rule' });
    } else if (tag === 'table') {
      this.flush();
      this.out.push(...tableBlock(n, depth, (cell, d) => this.sub(cell, d)));
    } else if (BLOCK.has(tag)) this.block(n, depth, 'paragraph');
    else this.children(n, depth + 1); // span, font, time, custom elements: transparent
  }

  private block(el: DomElement, depth: number, kind: Kind): void {
    this.flush();
    const outer = this.kind;
    this.kind = kind;
    this.children(el, depth + 1);
    this.flush();
    this.kind = outer;
  }

  private inline(el: DomElement, depth: number, tag: string, mark: keyof Marks | undefined): void {
    const saved = this.marks;
    this.marks = { ...saved };
    if (mark) (this.marks as Record<string, unknown>)[mark] = true;
    if (tag === 'a') {
      const href = resolveHref(el.getAttribute('href'), this.opts.baseUrl);
      if (href) this.marks.href = href;
      else delete this.marks.href; // javascript:, relative without a base, #anchors: dead text
    }
    this.children(el, depth + 1);
    this.marks = saved;
  }

  private list(el: DomElement, depth: number, ordered: boolean): void {
    this.flush();
    const items: Block[][] = [];
    for (const child of Array.from(el.childNodes)) {
      if (isElement(child)) {
        const tag = tagOf(child);
        if (NOT_TEXT.has(tag) || isHidden(child)) continue;
        // A list nested straight in a list (invalid, common) belongs to the item before it.
        const blocks = tag === 'li' ? this.sub(child, depth) : this.sub(child, depth, [child]);
        if (tag !== 'li' && items.length) items[items.length - 1]!.push(...blocks);
        else if (blocks.length) items.push(blocks);
      } else if (child.nodeType === TEXT_NODE && (child.textContent ?? '').trim()) {
        items.push([{ type: 'paragraph', content: [{ text: child.textContent!.replace(/\s+/g, ' ').trim() }] }]);
      }
    }
    const fixed = items.map(startWithParagraph).filter((i) => i.length);
    if (!fixed.length) return;
    if (!ordered) this.out.push({ type: 'bulletList', items: fixed });
    else this.out.push({ type: 'orderedList', start: Number.parseInt(el.getAttribute('start') ?? '1', 10) || 1, items: fixed });
  }

  private pre(el: DomElement): void {
    this.flush();
    const text = (el.textContent ?? '').replace(/^\n/, '').replace(/\s+$/, '');
    if (text.trim()) this.out.push({ type: 'codeBlock', text });
  }

  private text(s: string): void {
    const t = s.replace(/[ \t\n\r\f]+/g, ' ');
    if (t === '') return;
    // The code mark excludes every other mark in the reader's schema; keep the model in step.
    const run: TextRun = this.marks.code ? { text: t, code: true } : { text: t, ...this.marks };
    const last = this.runs[this.runs.length - 1];
    // Adjacent text (around a skipped image, say) must not double a space either.
    if (last && !('br' in last) && sameMarks(last, run)) last.text = (last.text + t).replace(/ {2,}/g, ' ');
    else this.runs.push(run);
  }

  /** Ends the current paragraph or heading: HTML's whitespace rules, then the block. */
  flush(): void {
    const content = collapse(this.runs);
    this.runs = [];
    if (!content.some((r) => !('br' in r))) return;
    if (this.kind === 'paragraph') this.out.push({ type: 'paragraph', content });
    else this.out.push({ type: 'heading', level: this.kind, content });
  }
}

function sameMarks(a: TextRun, b: TextRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.strike === b.strike && a.code === b.code && a.href === b.href;
}

/**
 * Whitespace as a browser shows it: runs of spaces already collapsed to one; none at the
 * start or end of a block or around a line break, none doubled across element boundaries.
 */
export function collapse(runs: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  let afterSpace = true;
  const trimTail = () => {
    for (let i = out.length - 1; i >= 0; i--) {
      const r = out[i]!;
      if ('br' in r) break;
      r.text = r.text.replace(/ $/, '');
      if (r.text) break;
      out.splice(i, 1);
    }
  };
  for (const r of runs) {
    if ('br' in r) {
      trimTail();
      out.push(r);
      afterSpace = true;
      continue;
    }
    const text: string = afterSpace ? r.text.replace(/^ /, '') : r.text;
    if (!text) continue;
    afterSpace = text.endsWith(' ');
    const last = out[out.length - 1];
    if (last && !('br' in last) && sameMarks(last, r)) last.text += text;
    else out.push({ ...r, text });
  }
  trimTail();
  while (out.length && 'br' in out[0]!) out.shift();
  while (out.length && 'br' in out[out.length - 1]!) out.pop();
  return out;
}

/** The blocks of an element's content (body, article, chapter). */
export function htmlToBlocks(root: DomElement, opts: HtmlBlockOptions = {}): Block[] {
  const c = new Converter(opts);
  c.children(root, 0);
  c.flush();
  return c.out;
}

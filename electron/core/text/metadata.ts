// Recognises the metadata that web clippers and news exports put around an article
// ("**Author:** …", "Source URL: <…>", a dateline) and lifts it out of the body, so the
// header shows it once and the canonical text holds only the article.

import type { Block, Inline } from './model';
import { inlineText, isBreak } from './model';

export interface ArticleMetadata {
  title: string;
  author?: string;
  location?: string;
  sourceUrl?: string;
  /** ISO date (YYYY-MM-DD) when recognised, else as written. */
  published?: string;
}

type Key = 'author' | 'location' | 'sourceUrl' | 'published';

const KEYS: ReadonlyArray<[RegExp, Key]> = [
  [/^(author|authors|by|byline|written by)$/i, 'author'],
  [/^(location|place|dateline)$/i, 'location'],
  [/^(source url|url|original url|source|original|link)$/i, 'sourceUrl'],
  [/^(date|published|publication date|date published)$/i, 'published'],
];

/** Only the first and last few blocks are looked at: clippers put metadata there. */
const EDGE = 6;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?';
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?`;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthIndex(name: string): number {
  const m = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex((full) => full.startsWith(m.slice(0, 3))) + 1;
}

/** A date written the ways news articles write them → YYYY-MM-DD, else undefined. */
export function parseDate(s: string): string | undefined {
  const t = s.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i').exec(t);
  if (m) return valid(Number(m[3]), monthIndex(m[1]!), Number(m[2]));
  m = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})$`, 'i').exec(t);
  if (m) return valid(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
  return undefined;
}

function valid(y: number, mo: number, d: number): string | undefined {
  if (mo < 1 || d < 1 || d > 31 || y < 1000) return undefined;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

function firstHref(content: readonly Inline[]): string | undefined {
  for (const r of content) if (!isBreak(r) && r.href) return r.href;
  return undefined;
}

function metadataLine(block: Block): { key: Key; value: string; href?: string } | undefined {
  if (block.type !== 'paragraph') return undefined;
  const text = inlineText(block.content).trim();
  if (text.includes('\n') || text.length > 300) return undefined;
  const m = /^([A-Za-z][A-Za-z ]{0,20}?)\s*:\s*(.+)$/.exec(text);
  if (!m) return undefined;
  const key = KEYS.find(([re]) => re.test(m[1]!.trim()))?.[1];
  if (!key) return undefined;
  const href = firstHref(block.content);
  return { key, value: m[2]!.trim(), ...(href ? { href } : {}) };
}

function headingTitle(blocks: readonly Block[]): string | undefined {
  for (const b of blocks.slice(0, 3)) {
    if (b.type === 'heading') return inlineText(b.content).replace(/\s+/g, ' ').trim();
  }
  return undefined;
}

export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const words = base.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'Untitled';
}

/**
 * Splits metadata lines off the body. Returns the remaining blocks and what was found.
 * A rule left dangling at either end (the `---` before a footer) goes with them.
 */
export function extractMetadata(blocks: readonly Block[], fileName: string): { blocks: Block[]; metadata: ArticleMetadata } {
  const found: Partial<Record<Key, string>> = {};
  const keep: Block[] = [];
  blocks.forEach((b, i) => {
    const atEdge = i < EDGE || i >= blocks.length - EDGE;
    const line = atEdge ? metadataLine(b) : undefined;
    if (!line || found[line.key]) {
      keep.push(b);
      return;
    }
    if (line.key === 'sourceUrl') {
      const url = line.href ?? (/^<?(https?:\/\/\S+?)>?$/i.exec(line.value)?.[1]);
      if (!url) return void keep.push(b);
      found.sourceUrl = url;
    } else if (line.key === 'published') {
      found.published = parseDate(line.value) ?? line.value;
    } else {
      found[line.key] = line.value;
    }
  });
  while (keep[0]?.type === 'rule') keep.shift();
  while (keep[keep.length - 1]?.type === 'rule') keep.pop();

  const metadata: ArticleMetadata = { title: headingTitle(keep) ?? plainTitle(keep) ?? titleFromFileName(fileName) };
  if (!found.published) {
    // A dateline paragraph near the top ("Saturday, September 12, 2015") stays in the text.
    for (const b of keep.slice(0, 4)) {
      const date = b.type === 'paragraph' ? parseDate(inlineText(b.content)) : undefined;
      if (date) {
        found.published = date;
        break;
      }
    }
  }
  return { blocks: keep, metadata: { ...metadata, ...found } };
}

/** A first line that reads as a headline: short, one line, capitalised, not a sentence running on. */
export function looksLikeHeadline(text: string): boolean {
  return text.length > 0 && text.length <= 160 && !text.includes('\n') && /^[\p{Lu}\p{Lt}\p{N}"“'‘«(]/u.test(text) && !/[,;:]$/.test(text) && !/[^.]\.$/.test(text);
}

function plainTitle(blocks: readonly Block[]): string | undefined {
  const first = blocks[0];
  if (first?.type !== 'paragraph') return undefined;
  const text = inlineText(first.content).trim();
  return looksLikeHeadline(text) ? text : undefined;
}

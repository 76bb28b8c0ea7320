// HTML files (saved pages, single-file pages, exported articles) → document. In 'article'
// mode Mozilla's Readability (Firefox Reader View) picks the article out of the page's
// navigation, banners, share bars and comments; in 'page' mode, which the user chooses when
// Readability picked the wrong part, the whole body is kept. Either way the HTML is only
// read, never rendered: it is converted to blocks, so its scripts, styles, event handlers
// and remote resources are dropped on the way in and nothing from it is ever loaded or run.

import { Readability } from '@mozilla/readability';
import { canonicalText, type Block } from '../text/model';
import { assemble, finishMetadata } from './assemble';
import { decodeMarkup } from './charset';
import { parseHtmlDocument, tagOf, type DomDocument, type DomElement } from './dom';
import { htmlToBlocks, NOT_TEXT } from './html-blocks';
import { cleanHtml, expandSelfClosing, isXhtml } from './html-clean';
import { isoDate } from './dates';
import { pageMetadata, type PageMetadata } from './html-metadata';
import type { ExtractedDocument, HtmlMode } from './types';
import { EXTRACTORS } from './versions';

/** Below this much text, Readability's pick is not an article (a cookie notice, a teaser). */
const MIN_ARTICLE_CHARS = 200;
/** Readability gives up (throws) on pages with more elements than this; we then keep the page. */
const MAX_ELEMENTS = 100_000;

export const NO_ARTICLE_NOTE = 'extracted the whole page: no article found';

const KEEP_IN_HEAD = new Set(['head', 'title', 'meta', 'link']);

/** Takes never-text elements out of the tree (a walk: cheaper than a compiled selector). */
function removeNeverText(doc: DomDocument): void {
  const stack = doc.documentElement ? [doc.documentElement] : [];
  while (stack.length) {
    for (const el of Array.from(stack.pop()!.children)) {
      const tag = tagOf(el);
      if (NOT_TEXT.has(tag) && !KEEP_IN_HEAD.has(tag)) el.remove();
      else stack.push(el);
    }
  }
}

function parse(html: string): DomDocument {
  const doc = parseHtmlDocument(html);
  removeNeverText(doc);
  return doc;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

interface Article {
  blocks: Block[];
  title?: string;
  byline?: string;
  published?: string;
}

function readArticle(doc: DomDocument, meta: PageMetadata): Article | undefined {
  let result;
  try {
    result = new Readability(doc as never, { serializer: (el) => el as unknown as DomElement, maxElemsToParse: MAX_ELEMENTS }).parse();
  } catch {
    return undefined; // too large or too strange for Readability: the caller keeps the page
  }
  if (!result?.content || (result.textContent ?? '').trim().length < MIN_ARTICLE_CHARS) return undefined;
  const blocks = htmlToBlocks(result.content, { baseUrl: meta.sourceUrl });
  // Readability takes the headline out of the content; a reader expects it on top, as in
  // an imported Markdown article, unless the content already opens with it.
  const title = meta.title ?? result.title ?? undefined;
  const opening = canonicalText(blocks.slice(0, 2)).split('\n').slice(0, 2).map(norm);
  if (title && !opening.includes(norm(title))) {
    blocks.unshift({ type: 'heading', level: 1, content: [{ text: title.replace(/\s+/g, ' ').trim() }] });
  }
  return {
    blocks,
    title: result.title ?? undefined,
    byline: result.byline?.replace(/^\s*by\s+/i, '').trim() || undefined,
    published: isoDate(result.publishedTime ?? undefined),
  };
}

export function extractHtml(fileName: string, bytes: Uint8Array, mode: HtmlMode = 'article'): ExtractedDocument {
  const decoded = decodeMarkup(bytes);
  const { html, jsonLd } = cleanHtml(isXhtml(decoded.text) ? expandSelfClosing(decoded.text) : decoded.text);
  const notes = [...decoded.notes];
  let doc = parse(html);
  const meta = pageMetadata(doc, jsonLd);

  let article: Article | undefined;
  if (mode === 'article') {
    article = readArticle(doc, meta);
    if (!article) {
      notes.push(NO_ARTICLE_NOTE);
      doc = parse(html); // Readability changed the first tree while it searched
    }
  }
  const root = doc.body ?? doc.documentElement;
  const blocks = article?.blocks ?? (root ? htmlToBlocks(root, { baseUrl: meta.sourceUrl }) : []);
  const metadata = finishMetadata(
    {
      title: meta.title ?? article?.title,
      author: meta.author ?? article?.byline,
      published: meta.published ?? article?.published,
      modified: meta.modified,
      sourceUrl: meta.sourceUrl,
      language: meta.language,
    },
    blocks,
    fileName,
  );
  return assemble({
    format: 'html',
    mediaType: 'text/html',
    encoding: decoded.encoding,
    blocks,
    metadata,
    extractor: article ? EXTRACTORS.htmlArticle : EXTRACTORS.htmlPage,
    htmlMode: article ? 'article' : 'page',
    notes,
  });
}

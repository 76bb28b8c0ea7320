// EPUB books → document: META-INF/container.xml names the package (OPF) file; its spine
// gives the reading order of the chapter files; each chapter's XHTML goes through the same
// HTML converter as web pages (no Readability: a chapter is all content). A chapter that does
// not open with a heading gets its table-of-contents title as one. Metadata: dc:title,
// dc:creator, dc:date, dc:language from the OPF.
//
// One document per book, not per chapter. A document's identity is the SHA-256 of its text,
// and a book is what people cite, import, re-extract and exchange; chapter files are a
// packaging detail that differs between editions and tools (publishers split files for size,
// "chapter01_split_003.xhtml"), so per-file documents would neither be stable nor match the
// book's own chapters, and a quote across a file boundary could not be anchored. Chapters
// remain as headings for navigation; the reader's chunked rendering copes with book length.

import type { Block } from '../text/model';
import { assemble, finishMetadata } from './assemble';
import { decodeMarkup } from './charset';
import { isoDate } from './dates';
import { parseHtmlDocument } from './dom';
import { htmlToBlocks } from './html-blocks';
import { cleanHtml, expandSelfClosing } from './html-clean';
import { ExtractError, LIMITS, type ExtractedDocument } from './types';
import { EXTRACTORS } from './versions';
import { attrOf, byName, firstText, parseXmlBytes, type XmlElement } from './xml';
import { readZip, resolvePath } from './zip';

const isTextPart = (name: string) => name === 'mimetype' || /\.(x?html?|xml|opf|ncx)$/i.test(name);
const CHAPTER_TYPES = new Set(['application/xhtml+xml', 'text/html', 'application/xml', 'text/x-oeb1-document']);

interface Item {
  href: string;
  mediaType: string;
  properties: string;
}

function xmlPart(parts: Map<string, Uint8Array>, name: string, what: string): XmlElement {
  const bytes = parts.get(name);
  const root = bytes ? parseXmlBytes(bytes) : undefined;
  if (!root) throw new ExtractError(`it is a damaged EPUB book (${what} is missing or unreadable)`);
  return root;
}

/** Chapter file → title, from the EPUB 3 navigation document or the EPUB 2 NCX. */
function tocTitles(parts: Map<string, Uint8Array>, items: Map<string, Item>, ncxId: string | undefined): Map<string, string> {
  const titles = new Map<string, string>();
  const add = (from: string, href: string | undefined, label: string | undefined) => {
    const file = href && resolvePath(from, href);
    const text = label?.replace(/\s+/g, ' ').trim();
    if (file && text && !titles.has(file)) titles.set(file, text);
  };
  const nav = [...items.values()].find((i) => /(^|\s)nav(\s|$)/.test(i.properties));
  const navBytes = nav && parts.get(nav.href);
  if (nav && navBytes) {
    const doc = parseHtmlDocument(expandSelfClosing(decodeMarkup(navBytes).text));
    for (const a of Array.from(doc.querySelectorAll('nav a[href]'))) add(nav.href, a.getAttribute('href') ?? undefined, a.textContent ?? undefined);
  }
  const ncx = ncxId ? items.get(ncxId) : [...items.values()].find((i) => i.mediaType === 'application/x-dtbncx+xml');
  const ncxRoot = ncx && parts.get(ncx.href) ? parseXmlBytes(parts.get(ncx.href)!) : undefined;
  if (ncx && ncxRoot) {
    for (const point of byName(ncxRoot, 'navPoint')) {
      const content = byName(point, 'content')[0];
      add(ncx.href, content && attrOf(content, 'src'), firstText(point, 'text'));
    }
  }
  return titles;
}

function chapterBlocks(bytes: Uint8Array, title: string | undefined): { blocks: Block[]; encoding: string } {
  const decoded = decodeMarkup(bytes);
  const { html } = cleanHtml(expandSelfClosing(decoded.text));
  const doc = parseHtmlDocument(html);
  const root = doc.body ?? doc.documentElement;
  const blocks = root ? htmlToBlocks(root) : [];
  if (title && blocks.length && blocks[0]!.type !== 'heading') blocks.unshift({ type: 'heading', level: 1, content: [{ text: title }] });
  return { blocks, encoding: decoded.encoding };
}

export function extractEpub(fileName: string, bytes: Uint8Array): ExtractedDocument {
  const parts = readZip(bytes, isTextPart);
  const container = xmlPart(parts, 'META-INF/container.xml', 'META-INF/container.xml');
  const opfPath = byName(container, 'rootfile').map((r) => attrOf(r, 'full-path')).find((p) => p && parts.has(resolvePath('', p)));
  if (!opfPath) throw new ExtractError('it is a damaged EPUB book (its package file is missing)');
  const opfName = resolvePath('', opfPath);
  const opf = xmlPart(parts, opfName, opfName);

  const items = new Map<string, Item>();
  for (const item of byName(opf, 'item')) {
    const id = attrOf(item, 'id');
    const href = attrOf(item, 'href');
    if (id && href) items.set(id, { href: resolvePath(opfName, href), mediaType: (attrOf(item, 'media-type') ?? '').toLowerCase(), properties: attrOf(item, 'properties') ?? '' });
  }
  const spineEl = byName(opf, 'spine')[0];
  const spine = byName(opf, 'itemref')
    .map((ref) => items.get(attrOf(ref, 'idref') ?? ''))
    .filter((i): i is Item => !!i && CHAPTER_TYPES.has(i.mediaType));
  if (!spine.length) throw new ExtractError('it is a damaged EPUB book (its reading order lists no chapters)');
  if (spine.length > LIMITS.epubChapters) throw new ExtractError(`it has ${spine.length} chapters; the limit is ${LIMITS.epubChapters}`);

  // DRM: chapters listed in encryption.xml cannot be read (font obfuscation alone is fine).
  const encryption = parts.get('META-INF/encryption.xml') && parseXmlBytes(parts.get('META-INF/encryption.xml')!);
  if (encryption) {
    const locked = new Set(byName(encryption, 'CipherReference').map((r) => resolvePath('', attrOf(r, 'URI') ?? '')));
    if (spine.some((i) => locked.has(i.href))) throw new ExtractError('it is protected by DRM (its chapters are encrypted)');
  }

  const titles = tocTitles(parts, items, spineEl ? attrOf(spineEl, 'toc') : undefined);
  const blocks: Block[] = [];
  const encodings = new Set<string>();
  let missing = 0;
  for (const item of spine) {
    const chapter = parts.get(item.href);
    if (!chapter) {
      missing++;
      continue;
    }
    const read = chapterBlocks(chapter, titles.get(item.href));
    blocks.push(...read.blocks);
    encodings.add(read.encoding);
  }
  const creators = byName(opf, 'creator').map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  const metadata = finishMetadata(
    { title: firstText(opf, 'title'), author: creators.join(', ') || undefined, published: isoDate(firstText(opf, 'date')), language: firstText(opf, 'language') },
    blocks,
    fileName,
  );
  return assemble({
    format: 'epub',
    mediaType: 'application/epub+zip',
    encoding: [...encodings].join(', ') || 'utf-8',
    blocks,
    metadata,
    extractor: EXTRACTORS.epub,
    notes: missing ? [`${missing} chapter file${missing > 1 ? 's are' : ' is'} missing from the book`] : [],
  });
}

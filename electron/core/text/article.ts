// The import pipeline for one article file: bytes → decoded text → document model →
// metadata → canonical text and its SHA-256 identity. Either a whole article or a reason.

import { createHash } from 'node:crypto';
import { decodeArticleBytes, type Encoding } from './decode';
import { looksLikeMarkdown } from './detect';
import { parseMarkdown } from './markdown';
import { extractMetadata, type ArticleMetadata } from './metadata';
import { canonicalText, type Block } from './model';
import { codePointLength } from './codepoints';
import { parsePlainText } from './plaintext';

export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;
export const MAX_ARTICLE_BYTES = 50 * 1024 * 1024;

export interface Article {
  /** SHA-256 (hex) of the canonical text: the document's identity. */
  id: string;
  fileName: string;
  format: 'markdown' | 'plain';
  encoding: Encoding;
  metadata: ArticleMetadata;
  blocks: Block[];
  text: string;
  /** Length of the canonical text in code points. */
  length: number;
}

export type ArticleResult = { ok: true; article: Article } | { ok: false; reason: string };

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function extensionOf(fileName: string): string {
  const m = /\.[^./\\]+$/.exec(fileName);
  return m ? m[0].toLowerCase() : '';
}

export function parseArticle(fileName: string, bytes: Uint8Array): ArticleResult {
  const ext = extensionOf(fileName);
  if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) {
    return { ok: false, reason: `Sourcemark opens .md, .markdown and .txt files, not ${ext || 'files without an extension'}` };
  }
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return { ok: false, reason: `it is ${(bytes.length / 1048576).toFixed(0)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB` };
  }
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return decoded;

  const format = ext === '.txt' && !looksLikeMarkdown(decoded.text) ? 'plain' : 'markdown';
  const parsed = format === 'markdown' ? parseMarkdown(decoded.text) : parsePlainText(decoded.text);
  const { blocks, metadata } = extractMetadata(parsed, fileName);
  const text = canonicalText(blocks);
  if (text.trim() === '') return { ok: false, reason: 'it has no readable text' };
  return {
    ok: true,
    article: {
      id: sha256Hex(text),
      fileName: fileName.replace(/^.*[\\/]/, ''),
      format,
      encoding: decoded.encoding,
      metadata,
      blocks,
      text,
      length: codePointLength(text),
    },
  };
}

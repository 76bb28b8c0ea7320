// Markdown and plain-text files → document, through the existing article importer
// (text/article.ts): same decoding, Markdown detection, parsers and metadata lines, so a .md
// or .txt file gets the same canonical text, and so the same identity, as it always had.
// The format is decided by content; the name only keeps a .md file Markdown.

import { extensionOf, parseArticle } from '../text/article';
import { assemble } from './assemble';
import { ExtractError, type ExtractedDocument } from './types';
import { EXTRACTORS } from './versions';

export function extractText(fileName: string, bytes: Uint8Array): ExtractedDocument {
  const ext = extensionOf(fileName);
  // parseArticle reads the extension: anything not Markdown by name is sniffed like a .txt.
  const asName = ext === '.md' || ext === '.markdown' ? fileName : fileName.replace(/\.[^./\\]+$/, '') + '.txt';
  const r = parseArticle(asName, bytes);
  if (!r.ok) throw new ExtractError(r.reason);
  const a = r.article;
  // A first line that is not a headline never becomes the title (text/metadata.ts): the file name does.
  const metadata = { ...a.metadata };
  return assemble({
    format: a.format,
    mediaType: a.format === 'markdown' ? 'text/markdown' : 'text/plain',
    encoding: a.encoding,
    blocks: a.blocks,
    metadata,
    extractor: EXTRACTORS[a.format],
  });
}

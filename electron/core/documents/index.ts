// The one entry point for turning a source file into a document: sniffs the format from the
// bytes (a wrong or missing extension still works), runs that format's extractor, and returns
// either the document (blocks, canonical text, metadata, extractor) or one short sentence
// saying why not — the caller prefixes the file name. Extraction is CPU-bound; hosts should
// call this off the UI thread (Electron's main process or a worker, never the renderer).

import { extractDocx } from './docx';
import { extractEpub } from './epub';
import { extractHtml } from './html';
import { extractPdf } from './pdf';
import { sniffFormat } from './sniff';
import { extractText } from './text';
import { ExtractError, LIMITS, MB, type ExtractedDocument, type Extraction, type ExtractOptions } from './types';

export type { DocumentFormat, DocumentMetadata, ExtractedDocument, Extraction, ExtractOptions, HtmlMode } from './types';
export { LIMITS } from './types';
export { loadPdfjs, NO_TEXT_LAYER, setPdfjsDataDir } from './pdf';
export { NO_ARTICLE_NOTE } from './html';

/** Extensions of files the importer offers in its file picker (content decides, though). */
export const DOCUMENT_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm', '.xhtml', '.pdf', '.docx', '.epub'] as const;

/** Formats whose files always begin with a signature: a file named so without one is damaged, not text. */
const SIGNED: Record<string, string> = { pdf: 'a PDF', docx: 'a Word document', epub: 'an EPUB book' };

async function extract(fileName: string, bytes: Uint8Array, options: ExtractOptions): Promise<ExtractedDocument> {
  const kind = sniffFormat(bytes);
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if ((kind === 'text' || kind === 'html') && SIGNED[ext]) {
    throw new ExtractError(`it is named .${ext} but is not ${SIGNED[ext]} (it holds ${kind === 'html' ? 'a web page' : 'text'}); it may be damaged`);
  }
  switch (kind) {
    case 'pdf':
      return extractPdf(fileName, bytes);
    case 'docx':
      return extractDocx(fileName, bytes);
    case 'epub':
      return extractEpub(fileName, bytes);
    case 'zip':
      throw new ExtractError('it is a ZIP archive, but not a Word document (.docx) or an EPUB book');
    case 'damaged-zip':
      throw new ExtractError('it is a damaged ZIP file (perhaps a Word document or EPUB book cut short)');
    case 'mhtml':
      throw new ExtractError('it is an MHTML web archive; save the page as "Web Page, HTML only" and import that');
    case 'html':
      return extractHtml(fileName, bytes, options.htmlMode);
    case 'text':
      return extractText(fileName, bytes);
  }
}

export async function extractDocument(fileName: string, bytes: Uint8Array, options: ExtractOptions = {}): Promise<Extraction> {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.length > LIMITS.fileBytes) {
    return { ok: false, reason: `it is ${Math.ceil(bytes.length / MB)} MB; the limit is ${LIMITS.fileBytes / MB} MB` };
  }
  try {
    return { ok: true, doc: await extract(fileName, bytes, options) };
  } catch (err) {
    // A refusal is an answer; anything else is a bug in Sourcemark and must surface as one.
    if (err instanceof ExtractError) return { ok: false, reason: err.message };
    throw err;
  }
}

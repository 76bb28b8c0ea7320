// PDF files → document, through Mozilla's pdf.js (pdfjs-dist, legacy build: runs under plain
// Node and Electron's main process). Only the text layer is read: no rendering, no canvas, no
// fonts loaded into a page, no scripts (isEvalSupported off). pdf.js normally parses in a Web
// Worker; here its worker module is loaded in-process ("fake worker") by handing it over as
// globalThis.pdfjsWorker, so no worker file has to be found at run time — which is also what
// lets esbuild inline both modules into the CommonJS bundles (bundle.test.ts proves it).

import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { keepingBuiltins } from './builtins';
import { CodePointIndex } from '../text/codepoints';
import { assemble, finishMetadata } from './assemble';
import { pdfDate } from './dates';
import { readingOrder, type PdfItem, type PdfPage } from './pdf-lines';
import { ensureDomMatrix } from './pdf-polyfill';
import { pdfParagraphs } from './pdf-paragraphs';
import { ExtractError, LIMITS, type DocumentMetadata, type ExtractedDocument } from './types';
import { EXTRACTORS } from './versions';

export const NO_TEXT_LAYER = 'no text layer (scanned image); OCR is not supported';

type PdfjsModule = typeof Pdfjs;
let loading: Promise<PdfjsModule> | undefined;

/** pdf.js and its worker, loaded once, in this thread. */
export function loadPdfjs(): Promise<PdfjsModule> {
  loading ??= (async () => {
    ensureDomMatrix();
    const [pdfjs, worker] = await keepingBuiltins(() => Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]));
    const g = globalThis as { pdfjsWorker?: unknown };
    g.pdfjsWorker ??= worker;
    pdfjs.GlobalWorkerOptions.workerSrc ||= 'pdf.worker.mjs'; // never fetched: pdfjsWorker is set
    return pdfjs;
  })();
  return loading;
}

/**
 * Adobe's CMaps (needed for the text of some CJK fonts) and the standard fonts' data (exact
 * glyph widths, so word gaps are measured right) ship with pdfjs-dist. Found when the package
 * is on disk (Node, tests, an app that ships the folders); without them pdf.js falls back to
 * built-in metrics and only CJK text in predefined-CMap fonts is lost.
 */
let packageDir: string | null | undefined;

/**
 * For a packaged app, where pdfjs-dist is bundled, not installed: the folder that holds
 * copies of its `cmaps/` and `standard_fonts/` (e.g. under process.resourcesPath).
 */
export function setPdfjsDataDir(dir: string | null): void {
  packageDir = dir;
}

function dataUrl(folder: 'cmaps' | 'standard_fonts'): string | undefined {
  if (packageDir === undefined) {
    try {
      packageDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    } catch {
      packageDir = null;
    }
  }
  return packageDir ? path.join(packageDir, folder) + path.sep : undefined;
}

function failure(err: unknown): ExtractError {
  const name = (err as { name?: string } | undefined)?.name;
  if (name === 'PasswordException') return new ExtractError('it is password-protected (encrypted); remove the password and import it again');
  if (name === 'InvalidPDFException') return new ExtractError('it is a damaged PDF file (its structure cannot be read)');
  const msg = err instanceof Error ? err.message : String(err);
  return new ExtractError(`it is a damaged PDF file (${msg.replace(/\.$/, '')})`);
}

/** Word processors put the source file's name in Title; that is not a title. */
function usableTitle(s: unknown): string | undefined {
  if (typeof s !== 'string') return undefined;
  const t = s.replace(/\s+/g, ' ').trim();
  if (!t || /^(untitled|microsoft word - .*|.*\.(docx?|odt|rtf|pdf|tex|dvi|indd|pages|txt))$/i.test(t)) return undefined;
  return t;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function itemsOf(content: Awaited<ReturnType<Pdfjs.PDFPageProxy['getTextContent']>>, view: number[]): PdfItem[] {
  const out: PdfItem[] = [];
  for (const it of content.items) {
    if (!('str' in it) || !it.str) continue;
    const [a, b, c, d, e, f] = it.transform as number[];
    // Rotated or vertical runs (margin stamps, watermarks, arXiv's side label) are not prose.
    if (Math.abs(b!) > 0.1 * Math.abs(a!) || Math.abs(c!) > 0.1 * Math.abs(d!)) continue;
    const text = it.str.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').replace(/[\t\n\r]/g, ' ');
    out.push({ str: text, x: e! - view[0]!, y: f! - view[1]!, width: it.width, size: Math.abs(d!) || it.height, rtl: it.dir === 'rtl' });
  }
  return out;
}

export async function extractPdf(fileName: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a plain copy (not a Buffer): pdf.js takes ownership of (detaches) the buffer it is given
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
    cMapUrl: dataUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: dataUrl('standard_fonts'),
  });
  let pdf: Pdfjs.PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw failure(err);
  }
  let pages: PdfPage[];
  let meta: Awaited<ReturnType<Pdfjs.PDFDocumentProxy['getMetadata']>> | undefined;
  try {
    if (pdf.numPages > LIMITS.pdfPages) {
      throw new ExtractError(`it has ${pdf.numPages.toLocaleString('en')} pages; the limit is ${LIMITS.pdfPages.toLocaleString('en')}`);
    }
    pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const view = page.view;
      pages.push({ width: view[2]! - view[0]!, height: view[3]! - view[1]!, items: itemsOf(await page.getTextContent(), view) });
      page.cleanup();
    }
    meta = await pdf.getMetadata().catch(() => undefined);
  } catch (err) {
    throw err instanceof ExtractError ? err : failure(err);
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
  if (!pages.some((p) => p.items.some((i) => i.str.trim()))) throw new ExtractError(NO_TEXT_LAYER);

  const { blocks, pageStarts } = pdfParagraphs(readingOrder(pages), pages.length);
  const info = (meta?.info ?? {}) as Record<string, unknown>;
  const xmp = meta?.metadata;
  const xmpCreator = xmp?.get('dc:creator') as unknown;
  const found: Partial<DocumentMetadata> = {
    title: usableTitle(info['Title']) ?? usableTitle(xmp?.get('dc:title')),
    author: str(info['Author']) ?? (Array.isArray(xmpCreator) ? xmpCreator.join(', ') : str(xmpCreator)),
    published: pdfDate(info['CreationDate']) ?? pdfDate(xmp?.get('xmp:createdate')),
    modified: pdfDate(info['ModDate']) ?? pdfDate(xmp?.get('xmp:modifydate')),
    language: str(info['Language']),
  };
  const doc = assemble({
    format: 'pdf',
    mediaType: 'application/pdf',
    encoding: 'binary',
    blocks,
    metadata: finishMetadata(found, blocks, fileName),
    extractor: { name: EXTRACTORS.pdf.name, version: pdfjs.version },
  });
  const cp = new CodePointIndex(doc.text);
  return { ...doc, pageStarts: pageStarts.map((u) => cp.toCodePoint(u)) };
}

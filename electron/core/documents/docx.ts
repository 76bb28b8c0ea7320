// Word documents (.docx) → document. mammoth turns the WordprocessingML into plain semantic
// HTML (headings from the Heading styles, lists from the numbering, tables, footnote and
// endnote references as [n]); that HTML goes through the same converter as web pages.
// Footnotes and endnotes are moved to the end under a "Notes" heading, each "[n] text".
// Before mammoth sees the file, the ZIP is checked (zip-bomb limits) and repacked with only
// the text parts, so mammoth never inflates anything the checks did not pass, nor images.

import mammoth from 'mammoth';
import { zipSync } from 'fflate';
import type { Block } from '../text/model';
import { assemble, finishMetadata } from './assemble';
import { parseHtmlDocument, type DomElement } from './dom';
import { htmlToBlocks } from './html-blocks';
import { pdfDate } from './dates';
import { ExtractError, type DocumentMetadata, type ExtractedDocument } from './types';
import { EXTRACTORS } from './versions';
import { firstText, parseXmlBytes } from './xml';
import { readZip } from './zip';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The parts mammoth reads for text; media and embedded objects are left packed. */
const isTextPart = (name: string) => /^(\[Content_Types\]\.xml|_rels\/\.rels|docProps\/core\.xml|word\/([^/]+\.xml|_rels\/[^/]+\.rels))$/.test(name);

const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

/** Metadata from docProps/core.xml (Dublin Core). */
function coreMetadata(part: Uint8Array | undefined): Partial<DocumentMetadata> {
  const root = part ? parseXmlBytes(part) : undefined;
  if (!root) return {};
  return {
    title: firstText(root, 'title'),
    author: firstText(root, 'creator'),
    published: pdfDate(firstText(root, 'created')),
    modified: pdfDate(firstText(root, 'modified')),
    language: firstText(root, 'language'),
  };
}

/** Takes mammoth's notes list (li#footnote-N / li#endnote-N) out of the body, as blocks. */
function takeNotes(body: DomElement): Block[] {
  const notes = Array.from(body.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]'));
  const out: Block[] = [];
  notes.forEach((li, i) => {
    for (const back of Array.from(li.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]'))) back.remove();
    const blocks = htmlToBlocks(li);
    const first = blocks[0];
    // mammoth numbers references [1], [2]… in the order notes are listed; label each to match.
    const run = first?.type === 'paragraph' ? first.content[0] : undefined;
    if (run && !('br' in run) && Object.keys(run).length === 1) run.text = `[${i + 1}] ${run.text}`;
    else if (first?.type === 'paragraph') first.content.unshift({ text: `[${i + 1}] ` });
    else blocks.unshift({ type: 'paragraph', content: [{ text: `[${i + 1}]` }] });
    out.push(...blocks);
  });
  const lists = new Set(notes.map((li) => li.parentNode).filter((p): p is DomElement => !!p));
  for (const list of lists) list.remove();
  return out;
}

export async function extractDocx(fileName: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  const parts = readZip(bytes, isTextPart);
  if (!parts.has('word/document.xml')) throw new ExtractError('it is not a Word document (word/document.xml is missing)');
  const repacked = zipSync(Object.fromEntries([...parts].filter(([n]) => n !== 'docProps/core.xml')), { level: 0 });

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(repacked.buffer, repacked.byteOffset, repacked.byteLength) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        // Images are not text; an empty src keeps mammoth from reading or encoding them.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch {
    // mammoth's messages are XML parser internals; the user needs to know it is the file.
    throw new ExtractError('it is a damaged Word document (its text cannot be read)');
  }

  const doc = parseHtmlDocument(`<!doctype html><html><body>${html}</body></html>`);
  const body = doc.body!;
  const notes = takeNotes(body);
  const blocks = htmlToBlocks(body);
  if (notes.length) blocks.push({ type: 'heading', level: 2, content: [{ text: 'Notes' }] }, ...notes);

  return assemble({
    format: 'docx',
    mediaType: DOCX_MEDIA_TYPE,
    encoding: 'utf-8',
    blocks,
    metadata: finishMetadata(coreMetadata(parts.get('docProps/core.xml')), blocks, fileName),
    extractor: EXTRACTORS.docx,
  });
}

// The last step every extractor shares: blocks → canonical text, length in code points, a
// title that is never empty, and the refusal of a document with no readable text.

import { codePointLength } from '../text/codepoints';
import { titleFromFileName } from '../text/metadata';
import { canonicalText, inlineText, type Block } from '../text/model';
import { ExtractError, type DocumentMetadata, type ExtractedDocument } from './types';

/** The first heading among the first few blocks, as a title. */
export function headingTitle(blocks: readonly Block[], within = 3): string | undefined {
  for (const b of blocks.slice(0, within)) {
    if (b.type === 'heading') return inlineText(b.content).replace(/\s+/g, ' ').trim() || undefined;
  }
  return undefined;
}

/** Drops empty fields; falls back to a heading, then to the file name, for the title. */
export function finishMetadata(found: Partial<DocumentMetadata>, blocks: readonly Block[], fileName: string): DocumentMetadata {
  const out: DocumentMetadata = { title: found.title?.trim() || headingTitle(blocks) || titleFromFileName(fileName) };
  for (const [k, v] of Object.entries(found)) {
    if (k !== 'title' && typeof v === 'string' && v.trim()) (out as unknown as Record<string, string>)[k] = v.trim();
  }
  return out;
}

type Parts = Omit<ExtractedDocument, 'text' | 'length'>;

export function assemble(parts: Parts): ExtractedDocument {
  const text = canonicalText(parts.blocks);
  if (text.trim() === '') throw new ExtractError('it has no readable text');
  // Sources never reach here with a CR (decoders normalise line endings); make sure of it.
  if (text.includes('\r')) throw new Error('canonical text contains a carriage return');
  const doc: ExtractedDocument = { ...parts, text, length: codePointLength(text) };
  if (!doc.notes?.length) delete doc.notes;
  return doc;
}

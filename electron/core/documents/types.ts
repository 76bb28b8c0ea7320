// The shapes every extractor returns and the limits they share. An extractor reduces one
// source file to the document model (blocks) and its canonical text; nothing it returns
// refers back to the source's markup, so nothing from the file is ever rendered as HTML.

import type { ArticleMetadata } from '../text/metadata';
import type { Block } from '../text/model';

export type { DocumentFormat } from '../domain/types';
import type { DocumentFormat } from '../domain/types';
export type HtmlMode = 'article' | 'page';

export interface ExtractOptions {
  /** 'article' (default): Readability's pick; 'page': the whole body, for when it picked wrong. */
  htmlMode?: HtmlMode;
}

/** ArticleMetadata plus what some formats carry beyond it (additive). */
export interface DocumentMetadata extends ArticleMetadata {
  /** ISO date (YYYY-MM-DD) of the last change, when the format records it (DOCX, PDF). */
  modified?: string;
  /** Language tag declared by the source (html lang, dc:language). */
  language?: string;
}

export interface ExtractedDocument {
  format: DocumentFormat;
  mediaType: string;
  /** Character encoding the text was decoded from ('binary' for PDF's text layer). */
  encoding: string;
  blocks: Block[];
  /** canonicalText(blocks): `\n` line endings, never a `\r`. */
  text: string;
  /** Length of `text` in code points. */
  length: number;
  metadata: DocumentMetadata;
  /** PDF: code-point offset in `text` where each page starts, page 1 first. */
  pageStarts?: number[];
  /** Which code made the text, so a collection can be re-extracted and compared later. */
  extractor: { name: string; version: string };
  htmlMode?: HtmlMode;
  /** Warnings worth showing the user ("extracted the whole page: no article found"). */
  notes?: string[];
}

export type Extraction = { ok: true; doc: ExtractedDocument } | { ok: false; reason: string };

/** A refusal the user can act on; thrown inside extractors, turned into `{ ok: false }`. */
export class ExtractError extends Error {
  override readonly name = 'ExtractError';
}

export const MB = 1024 * 1024;

export const LIMITS = {
  /** Any source file. */
  fileBytes: 50 * MB,
  pdfPages: 2000,
  /** ZIP containers (DOCX, EPUB): checked on the central directory before inflating. */
  zipEntries: 10_000,
  zipEntryBytes: 64 * MB,
  zipTotalBytes: 256 * MB,
  /** Compression ratio above which a large entry is treated as a zip bomb. */
  zipRatio: 200,
  /** Entries smaller than this may compress as well as they like. */
  zipRatioFloor: 1 * MB,
  epubChapters: 5000,
  /** Nesting depth the HTML converter follows before flattening to text. */
  htmlDepth: 400,
} as const;

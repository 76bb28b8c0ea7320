// The file each document was extracted from: format, name, size, SHA-256, the extractor and
// its version, the HTML mode, PDF page starts and extraction notes; and, unless the study
// says not to keep them, the file's own bytes (content-addressed, so a file kept twice is
// stored once). An archivist can prove years later which file was annotated.

import type { Database } from 'better-sqlite3';
import type { DocumentFormat, DocumentSource } from '../domain/types';

export type SourceInsert = Omit<DocumentSource, 'originalKept'>;

interface SourceRow {
  format: DocumentFormat;
  media_type: string;
  file_name: string;
  size: number;
  sha256: string;
  extractor: string;
  extractor_version: string;
  html_mode: 'article' | 'page' | null;
  page_starts: string | null;
  notes: string;
  kept: number;
}

export class SourceRepo {
  constructor(private readonly db: Database) {}

  get(documentId: string): DocumentSource | null {
    const r = this.db
      .prepare(
        `SELECT s.*, EXISTS (SELECT 1 FROM originals o WHERE o.sha256 = s.sha256) AS kept
           FROM document_sources s WHERE s.document_id = ?`,
      )
      .get(documentId) as SourceRow | undefined;
    if (!r) return null;
    return {
      format: r.format,
      mediaType: r.media_type,
      fileName: r.file_name,
      size: r.size,
      sha256: r.sha256,
      extractor: r.extractor,
      extractorVersion: r.extractor_version,
      htmlMode: r.html_mode,
      pageStarts: r.page_starts ? (JSON.parse(r.page_starts) as number[]) : null,
      notes: JSON.parse(r.notes) as string[],
      originalKept: r.kept === 1,
    };
  }

  put(documentId: string, s: SourceInsert): void {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO document_sources (document_id, format, media_type, file_name, size, sha256, extractor, extractor_version, html_mode, page_starts, notes)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(documentId, s.format, s.mediaType, s.fileName, s.size, s.sha256, s.extractor, s.extractorVersion, s.htmlMode, s.pageStarts ? JSON.stringify(s.pageStarts) : null, JSON.stringify(s.notes));
  }

  /** The document already made from a file with these bytes, if any. */
  documentFromFile(sha256: string, htmlMode: 'article' | 'page' | null = null): string | undefined {
    return this.db.prepare('SELECT document_id FROM document_sources WHERE sha256 = ? AND html_mode IS ? LIMIT 1').pluck().get(sha256, htmlMode) as string | undefined;
  }

  keepOriginal(sha256: string, bytes: Uint8Array): void {
    this.db.prepare('INSERT OR IGNORE INTO originals (sha256, bytes) VALUES (?, ?)').run(sha256, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }

  original(sha256: string): Buffer | undefined {
    return this.db.prepare('SELECT bytes FROM originals WHERE sha256 = ?').pluck().get(sha256) as Buffer | undefined;
  }

  /** Originals no document (nor trashed document) refers to any more. */
  dropUnusedOriginals(): number {
    return this.db
      .prepare(
        `DELETE FROM originals WHERE sha256 NOT IN (SELECT sha256 FROM document_sources)
           AND NOT EXISTS (SELECT 1 FROM trash t WHERE json_extract(t.snapshot, '$.source.sha256') = originals.sha256)`,
      )
      .run().changes;
  }
}

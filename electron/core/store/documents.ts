// Documents in a study: rows ↔ domain objects. The canonical text and the structure are
// read only when a document is opened; lists use the summary columns. A document keeps
// the file it came from (store/sources.ts) and its lines in the text search index.

import type { Database, Statement } from 'better-sqlite3';
import type { DocumentFormat, DocumentHead, DocumentSummary } from '../domain/types';
import type { ArticleMetadata } from '../text/metadata';
import type { Block } from '../text/model';
import { indexText } from './migrations/005-collections';

interface SummaryRow {
  id: string;
  title: string;
  file_name: string;
  format: DocumentFormat;
  author: string | null;
  location: string | null;
  source_url: string | null;
  published: string | null;
  length: number;
  imported_at: string;
  collection_id: string | null;
  html_mode: 'article' | 'page' | null;
  annotation_count: number;
  tag_counts: string | null;
  verdict_counts: string | null;
}

// Verdicts count for annotations whose tag is Claim or one of its descendants. The format
// is the original file's (the documents table only knows plain text from structured text).
const HEAD_COLUMNS = `d.id, d.title, d.file_name, coalesce(s.format, d.format) AS format, d.author, d.location, d.source_url, d.published,
         d.length, d.imported_at, d.collection_id, s.html_mode`;
const FROM = 'FROM documents d LEFT JOIN document_sources s ON s.document_id = d.id';
const SUMMARY_SQL = `
  WITH RECURSIVE claim_tags(id) AS (
    SELECT 'claim' UNION SELECT t.id FROM tags t JOIN claim_tags c ON t.parent_id = c.id
  )
  SELECT ${HEAD_COLUMNS},
         (SELECT count(*) FROM annotations a WHERE a.document_id = d.id) AS annotation_count,
         (SELECT json_group_object(tag_id, n) FROM
            (SELECT tag_id, count(*) AS n FROM annotations a WHERE a.document_id = d.id GROUP BY tag_id)) AS tag_counts,
         (SELECT json_group_object(verdict_id, n) FROM
            (SELECT verdict_id, count(*) AS n FROM annotations a
              WHERE a.document_id = d.id AND a.verdict_id IS NOT NULL AND a.tag_id IN (SELECT id FROM claim_tags)
              GROUP BY verdict_id)) AS verdict_counts
  ${FROM}`;

function toHead(r: Omit<SummaryRow, 'annotation_count' | 'tag_counts' | 'verdict_counts'>): DocumentHead {
  return {
    id: r.id,
    title: r.title,
    fileName: r.file_name,
    format: r.format,
    author: r.author,
    location: r.location,
    sourceUrl: r.source_url,
    published: r.published,
    length: r.length,
    importedAt: r.imported_at,
    collectionId: r.collection_id,
    htmlMode: r.html_mode,
  };
}

function toSummary(r: SummaryRow): DocumentSummary {
  return {
    ...toHead(r),
    annotationCount: r.annotation_count,
    tagCounts: r.tag_counts ? (JSON.parse(r.tag_counts) as Record<string, number>) : {},
    verdictCounts: r.verdict_counts ? (JSON.parse(r.verdict_counts) as Record<string, number>) : {},
  };
}

/** A document as it is written: its text and structure, what it says about itself, where it goes. */
export interface DocumentInsert {
  /** SHA-256 (hex) of the canonical text. */
  id: string;
  fileName: string;
  format: DocumentFormat;
  encoding: string;
  metadata: ArticleMetadata;
  blocks: Block[];
  text: string;
  /** In code points. */
  length: number;
  collectionId?: string | null;
}

export class DocumentRepo {
  private readonly listStmt: Statement<[], SummaryRow>;
  private readonly headsStmt: Statement<[], SummaryRow>;
  private readonly getStmt: Statement<[string], SummaryRow>;
  private readonly contentStmt: Statement<[string], { text: string; structure: string }>;
  private readonly insertStmt: Statement;
  private readonly existsStmt: Statement<[string], { id: string }>;

  constructor(private readonly db: Database) {
    this.listStmt = db.prepare(`${SUMMARY_SQL} ORDER BY d.imported_at DESC, d.title`);
    this.headsStmt = db.prepare(`SELECT ${HEAD_COLUMNS} ${FROM} ORDER BY d.imported_at DESC, d.title`);
    this.getStmt = db.prepare(`${SUMMARY_SQL} WHERE d.id = ?`);
    this.contentStmt = db.prepare('SELECT text, structure FROM documents WHERE id = ?');
    this.existsStmt = db.prepare('SELECT id FROM documents WHERE id = ?');
    this.insertStmt = db.prepare(`
      INSERT INTO documents (id, title, file_name, format, encoding, author, location, source_url,
                             published, text, length, structure, imported_at, collection_id)
      VALUES (@id, @title, @fileName, @format, @encoding, @author, @location, @sourceUrl,
              @published, @text, @length, @structure, @importedAt, @collectionId)`);
  }

  list(): DocumentSummary[] {
    return this.listStmt.all().map(toSummary);
  }

  /** The list without the counts, which cost a pass over the annotations' index. */
  heads(): DocumentHead[] {
    return this.headsStmt.all().map(toHead);
  }

  get(id: string): DocumentSummary | undefined {
    const row = this.getStmt.get(id);
    return row && toSummary(row);
  }

  exists(id: string): boolean {
    return this.existsStmt.get(id) !== undefined;
  }

  content(id: string): { text: string; blocks: Block[] } | undefined {
    const row = this.contentStmt.get(id);
    return row && { text: row.text, blocks: JSON.parse(row.structure) as Block[] };
  }

  insert(d: DocumentInsert, importedAt: string): void {
    const m = d.metadata;
    this.insertStmt.run({
      id: d.id,
      title: m.title,
      fileName: d.fileName,
      // The table knows plain text from structured text; the original format is the source's.
      format: d.format === 'plain' ? 'plain' : 'markdown',
      encoding: d.encoding,
      author: m.author ?? null,
      location: m.location ?? null,
      sourceUrl: m.sourceUrl ?? null,
      published: m.published ?? null,
      text: d.text,
      length: d.length,
      structure: JSON.stringify(d.blocks),
      importedAt,
      collectionId: d.collectionId ?? null,
    });
    indexText(this.db, d.id, d.text);
  }

  /** Fill metadata the stored copy lacks from a re-imported copy (e.g. the .md twin of a .txt). */
  enrich(id: string, m: ArticleMetadata): boolean {
    const r = this.db
      .prepare(
        `UPDATE documents SET
           author = coalesce(author, @author), location = coalesce(location, @location),
           source_url = coalesce(source_url, @sourceUrl), published = coalesce(published, @published)
         WHERE id = @id AND (
           (author IS NULL AND @author IS NOT NULL) OR (location IS NULL AND @location IS NOT NULL) OR
           (source_url IS NULL AND @sourceUrl IS NOT NULL) OR (published IS NULL AND @published IS NOT NULL))`,
      )
      .run({ id, author: m.author ?? null, location: m.location ?? null, sourceUrl: m.sourceUrl ?? null, published: m.published ?? null });
    return r.changes > 0;
  }

  /**
   * The last time anyone worked on a document here: its import, an annotation made, changed
   * or deleted on it, an unanchored one brought in. A colleague's deletion older than that
   * does not take it away.
   */
  lastWorkedOn(id: string): string | undefined {
    return (
      (this.db
        .prepare(
          `SELECT max(t) FROM (
             SELECT imported_at AS t FROM documents WHERE id = @id
             UNION ALL SELECT max(modified) FROM annotations WHERE document_id = @id
             UNION ALL SELECT max(at) FROM changes WHERE document_id = @id
             UNION ALL SELECT max(deleted) FROM tombstones WHERE document_id = @id
             UNION ALL SELECT max(imported) FROM orphans WHERE document_id = @id)`,
        )
        .pluck()
        .get({ id }) as string | null) ?? undefined
    );
  }

  rename(id: string, title: string): boolean {
    return this.db.prepare('UPDATE documents SET title = ? WHERE id = ?').run(title, id).changes > 0;
  }

  moveTo(ids: readonly string[], collectionId: string | null): number {
    const stmt = this.db.prepare('UPDATE documents SET collection_id = ? WHERE id = ?');
    return ids.reduce((n, id) => n + stmt.run(collectionId, id).changes, 0);
  }

  /** Lines of article text matching an FTS query, with where they start (code points). */
  searchText(query: string, limit: number, documentId?: string): Array<{ documentId: string; start: number; line: string }> {
    return this.db
      .prepare(
        `SELECT m.document_id AS documentId, m.start, f.text AS line FROM text_fts f JOIN text_fts_map m ON m.fts_rowid = f.rowid
          WHERE text_fts MATCH ? ${documentId ? 'AND m.document_id = ?' : ''} ORDER BY m.document_id, m.start LIMIT ?`,
      )
      .all(...(documentId ? [query, documentId, limit] : [query, limit])) as Array<{ documentId: string; start: number; line: string }>;
  }
}

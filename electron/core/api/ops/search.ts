// Search across the study: words (FTS5 over quoted text, notes and facts) combined with
// filters on tag (with its sub-tags), verdict, speaker, place (a country's name matches the
// places in it) and document; and the same words in the articles' own text. Results carry
// their document's title so the UI can open the document at the annotation or the line.

import { z } from 'zod';
import { DocumentId, TagId } from '../../domain/entities';
import { annotationColumns, type Row } from '../../store/annotations';
import type { Annotation } from '../../domain/types';
import { gazetteer } from '../../facts/gazetteer';
import type { Ctx } from './context';

export interface SearchHit {
  annotation: Annotation;
  documentTitle: string;
}

/** A line of an article's text where the words occur. */
export interface TextHit {
  documentId: string;
  documentTitle: string;
  /** Where the line starts, in code points. */
  start: number;
  line: string;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  /** The words in the articles' text (only when words were given and no annotation filter). */
  textHits: TextHit[];
}

/** User words → an FTS5 query: every word must appear, as a word or a word's beginning. */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu) ?? [];
  if (!words.length) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' AND ');
}

const COLUMNS = annotationColumns('a');

interface HitRow extends Row {
  title: string;
}

export const searchRequests = {
  search: z.object({
    text: z.string().max(500).optional(),
    tag: TagId.optional(),
    verdict: z.string().min(1).max(64).optional(),
    speakerId: z.string().min(1).max(64).optional(),
    place: z.string().min(1).max(300).optional(),
    documentId: DocumentId.optional(),
    limit: z.number().int().min(1).max(1000).optional(),
    offset: z.number().int().min(0).optional(),
  }),
};

export function search(ctx: Ctx, req: z.infer<typeof searchRequests.search>): SearchResult {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const match = req.text ? ftsQuery(req.text) : null;
  // With words, the full-text index drives the query; otherwise the filters' indexes do.
  let from = 'annotations a';
  if (match) {
    from = 'annotation_fts f JOIN annotation_fts_map m ON m.fts_rowid = f.rowid JOIN annotations a ON a.id = m.annotation_id';
    where.push('annotation_fts MATCH @match');
    params.match = match;
  }
  if (req.tag) {
    where.push(`a.tag_id IN (WITH RECURSIVE sub(id) AS (SELECT @tag UNION SELECT t.id FROM tags t JOIN sub ON t.parent_id = sub.id) SELECT id FROM sub)`);
    params.tag = req.tag;
  }
  if (req.verdict) {
    where.push('a.verdict_id = @verdict');
    params.verdict = req.verdict;
  }
  if (req.speakerId) {
    where.push('a.speaker_id = @speaker');
    params.speaker = req.speakerId;
  }
  if (req.place) {
    // "Kyrgyzstan" finds Osh: a country's name also matches every place placed in it.
    const country = gazetteer().search(req.place, { limit: 1 }).find((c) => c.kind === 'country' && c.match === 'exact');
    where.push(`(json_extract(a.fields, '$.location.name') = @place COLLATE NOCASE${country ? ` OR json_extract(a.fields, '$.location.country') = @country` : ''})`);
    params.place = req.place;
    if (country) params.country = country.country;
  }
  if (req.documentId) {
    where.push('a.document_id = @document');
    params.document = req.documentId;
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const limit = req.limit ?? 200;
  const db = ctx.study.db;
  // Words alone: the full-text index counts its own rows (one row per annotation).
  const countSql = match && where.length === 1 ? 'SELECT count(*) FROM annotation_fts WHERE annotation_fts MATCH @match' : `SELECT count(*) FROM ${from} ${filter}`;
  const total = db.prepare(countSql).pluck().get(params) as number;
  // Document by document, in text order. The page is chosen on narrow keys first; only its
  // own rows are then read, so a page costs little even when thousands match.
  const rows = db
    .prepare(
      `WITH page AS (SELECT a.rowid AS r, a.document_id AS doc, a.start AS pos FROM ${from} ${filter} ORDER BY doc, pos LIMIT @limit OFFSET @offset)
       SELECT ${COLUMNS}, d.title FROM page JOIN annotations a ON a.rowid = page.r JOIN documents d ON d.id = a.document_id ORDER BY page.doc, page.pos`,
    )
    .all({ ...params, limit, offset: req.offset ?? 0 }) as HitRow[];
  const onlyWords = match && !req.tag && !req.verdict && !req.speakerId && !req.place;
  const titles = onlyWords ? new Map(ctx.study.documents.heads().map((d) => [d.id, d.title])) : null;
  return {
    total,
    hits: rows.map((r) => ({
      documentTitle: r.title,
      annotation: ctx.study.annotations.fromRow(r),
    })),
    textHits: onlyWords ? ctx.study.documents.searchText(match!, limit, req.documentId).map((h) => ({ ...h, documentTitle: titles!.get(h.documentId) ?? '' })) : [],
  };
}

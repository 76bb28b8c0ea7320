// Importing one article file into a study (the app and the command-line tool share it).
// One transaction; a duplicate text enriches the stored copy's metadata instead.

import { z } from 'zod';
import type { DocumentSummary } from '../../domain/types';
import type { Study } from '../../store/study';
import { parseArticle } from '../../text/article';

export const fileRequests = {
  /** One file per call, so the UI can show progress and cancel between files. */
  importFile: z.object({ name: z.string().min(1).max(1024), dataBase64: z.string().max(70_000_000) }),
};

export type ImportOutcome =
  | { status: 'imported'; fileName: string; document: DocumentSummary }
  | { status: 'duplicate'; fileName: string; document: DocumentSummary }
  | { status: 'refused'; fileName: string; reason: string };

export function importArticle(study: Study, name: string, bytes: Uint8Array, now: string): ImportOutcome {
  const fileName = name.replace(/\\/g, '/').replace(/^.*\//, '');
  const parsed = parseArticle(fileName, bytes);
  if (!parsed.ok) return { status: 'refused', fileName, reason: parsed.reason };
  const { article } = parsed;
  const docs = study.documents;
  const status = study.write(() => {
    if (docs.exists(article.id)) {
      docs.enrich(article.id, article.metadata);
      return 'duplicate' as const;
    }
    docs.insert(article, now);
    return 'imported' as const;
  });
  return { status, fileName, document: docs.get(article.id)! };
}

/** Article files by name; anything else offered to an import is read as annotations. */
export function looksLikeArticle(name: string): boolean {
  return /\.(md|markdown|txt)$/i.test(name);
}

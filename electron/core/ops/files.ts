// Importing one article file into a study (the app and the command-line tool share it).
// One transaction; a duplicate text enriches the stored copy's metadata instead.

import type { ImportOutcome } from '../contract';
import type { Study } from '../store/study';
import { parseArticle } from '../text/article';

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

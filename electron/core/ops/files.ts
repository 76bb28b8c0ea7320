// Operations on an open study shared by the service (the app) and the command-line tool:
// importing one article file and exporting annotations. Each write is one transaction.

import { randomUUID } from 'node:crypto';
import type { ExportFile, ImportOutcome } from '../contract';
import { AppError } from '../errors';
import { toW3CCollection } from '../formats/w3c';
import type { Study } from '../store/study';
import { parseArticle } from '../text/article';

export const APP = { name: 'Sourcemark', version: '0.1.0' };

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

/** A file name every OS accepts, from a title. */
export function safeFileName(title: string): string {
  const cleaned = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .replace(/[. ]+$/, '');
  return cleaned || 'export';
}

/** W3C Web Annotation JSON-LD of one document, or of the whole study. */
export function exportW3C(study: Study, documentId: string | undefined, now: string): ExportFile {
  const summaries = documentId ? [study.documents.get(documentId)] : study.documents.list();
  if (summaries.some((d) => !d)) throw new AppError('not_found', `There is no document ${documentId} in this study.`);
  const docs = summaries.map((summary) => ({ summary: summary!, annotations: study.annotations.listByDocument(summary!.id) }));
  const single = documentId ? docs[0]!.summary : undefined;
  const collection = toW3CCollection({
    collectionId: `urn:uuid:${randomUUID()}`,
    label: single ? `${study.meta.name}: ${single.title}` : study.meta.name,
    generated: now,
    generator: APP,
    documents: docs,
    tags: study.tags.list(),
  });
  return {
    fileName: `${safeFileName(single ? single.title : study.meta.name)}.annotations.jsonld`,
    mimeType: 'application/ld+json',
    content: JSON.stringify(collection, null, 2) + '\n',
  };
}

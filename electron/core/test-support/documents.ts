// A Markdown or text article put straight into a study, without the service (store tests and
// benchmarks): parsed as the importer parses it, stored in one transaction.

import type { DocumentSummary } from '../domain/types';
import type { Study } from '../store/study';
import { parseArticle } from '../text/article';

export function addArticle(study: Study, name: string, bytes: Uint8Array, now: string): DocumentSummary {
  const r = parseArticle(name, bytes);
  if (!r.ok) throw new Error(`${name}: ${r.reason}`);
  const a = r.article;
  study.write(() => {
    if (!study.documents.exists(a.id)) study.documents.insert({ id: a.id, fileName: a.fileName, format: a.format, encoding: a.encoding, metadata: a.metadata, blocks: a.blocks, text: a.text, length: a.length }, now);
  });
  return study.documents.get(a.id)!;
}

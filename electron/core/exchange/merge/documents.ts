// Stage 1: which local document each incoming document is. By content hash first; a text
// that differs (a corrected version, matched by its web address or title and file name)
// takes the annotations re-anchored by quote; a new text the file carries is added. A file
// that annotates a document this study lacks, and does not carry it, is refused. A document
// deleted here stays out unless they worked on it afterwards (document-deletions.ts).

import { InputError } from '../../input/errors';
import { sha256Hex } from '../../text/article';
import { CodePointIndex, codePointLength } from '../../text/codepoints';
import { canonicalText } from '../../text/model';
import type { DocumentHead } from '../../domain/types';
import type { IncomingDocument } from '../read';
import { leftOutHere } from './document-deletions';
import type { MergeContext } from './plan';

function findEdited(local: readonly DocumentHead[], d: IncomingDocument): DocumentHead | undefined {
  return (
    local.find((l) => (d.meta?.sourceUrl && l.sourceUrl === d.meta.sourceUrl) || (d.meta && d.meta.fileName && l.title === d.meta.title && l.fileName === d.meta.fileName)) ??
    (/^https?:/.test(d.ref) ? local.find((l) => l.sourceUrl === d.ref) : undefined)
  );
}

export function planDocuments(ctx: MergeContext): void {
  const { study, incoming, summary, plan, docMap } = ctx;
  const local = study.documents.heads();
  const unknown: string[] = [];
  for (const d of incoming.documents) {
    if (docMap.has(d.ref)) continue;
    if (d.text !== null) {
      if (sha256Hex(d.text) !== d.ref) throw new InputError(`the text of “${d.meta?.title ?? d.ref}” does not match its identity (the file was changed by hand)`);
      if (d.blocks && canonicalText(d.blocks) !== d.text) throw new InputError(`the structure of “${d.meta?.title ?? d.ref}” does not match its text`);
      const lastPage = d.source?.pageStarts?.at(-1);
      if (lastPage !== undefined && lastPage > codePointLength(d.text)) throw new InputError(`the pages of “${d.meta?.title ?? d.ref}” start beyond its text (at ${lastPage})`);
    }
    if (study.documents.exists(d.ref)) {
      docMap.set(d.ref, { id: d.ref, sameText: true });
      summary.documents.matched++;
      continue;
    }
    if (leftOutHere(ctx, d)) continue;
    const edited = findEdited(local, d);
    if (edited) {
      docMap.set(d.ref, { id: edited.id, sameText: false });
      summary.documents.reanchored.push(edited.title);
      continue;
    }
    if (d.text !== null && d.meta) {
      const m = d.meta;
      const metadata = { title: m.title, ...(m.author ? { author: m.author } : {}), ...(m.location ? { location: m.location } : {}), ...(m.sourceUrl ? { sourceUrl: m.sourceUrl } : {}), ...(m.published ? { published: m.published } : {}) };
      const index = new CodePointIndex(d.text);
      plan.documents.push({ doc: { id: d.ref, fileName: m.fileName, format: m.format, encoding: 'utf-8', metadata, blocks: d.blocks ?? [], text: d.text, length: index.length }, importedAt: m.importedAt });
      ctx.newTexts.set(d.ref, index);
      docMap.set(d.ref, { id: d.ref, sameText: true });
      summary.documents.added.push(m.title);
      continue;
    }
    unknown.push(d.meta?.title && d.meta.title !== d.ref ? `“${d.meta.title}” (${d.ref})` : d.ref);
  }
  if (unknown.length) {
    const n = unknown.length;
    throw new InputError(`it annotates ${n === 1 ? 'a document' : `${n} documents`} not in this study: ${unknown.slice(0, 3).join(', ')}${n > 3 ? ', …' : ''}. Import the article${n === 1 ? '' : 's'} first`);
  }
}

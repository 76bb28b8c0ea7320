// Which documents the library shows and in what order: a collection (or none, or all), a
// filter on title, author, place and file name, and a sort. Pure, so it is tested directly.

import type { DocumentSummary } from '../../../electron/core/api/contract';

/** The orders the library offers. */
export type LibrarySort = 'imported' | 'title' | 'published' | 'annotations';

export function libraryView(documents: readonly DocumentSummary[], view: { collection: string; sort: LibrarySort; query: string }): DocumentSummary[] {
  const q = view.query.trim().toLowerCase();
  const shown = documents.filter(
    (d) =>
      (view.collection === '' || (view.collection === 'none' ? d.collectionId === null : d.collectionId === view.collection)) &&
      (!q || [d.title, d.author, d.location, d.fileName].some((f) => f?.toLowerCase().includes(q))),
  );
  const by: Record<LibrarySort, (a: DocumentSummary, b: DocumentSummary) => number> = {
    imported: (a, b) => b.importedAt.localeCompare(a.importedAt) || a.title.localeCompare(b.title),
    title: (a, b) => a.title.localeCompare(b.title, undefined, { numeric: true, sensitivity: 'base' }),
    // Newest first; documents without a date at the end.
    published: (a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title),
    annotations: (a, b) => b.annotationCount - a.annotationCount || a.title.localeCompare(b.title),
  };
  return shown.sort(by[view.sort]);
}

import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../electron/core/api/contract';
import { libraryView } from './library-order';

const doc = (id: string, over: Partial<DocumentSummary>): DocumentSummary => ({
  id, title: id, fileName: `${id}.md`, format: 'markdown', author: null, location: null, sourceUrl: null, published: null, length: 1, importedAt: '2026-01-01T00:00:00Z', collectionId: null, htmlMode: null, annotationCount: 0, tagCounts: {}, verdictCounts: {}, ...over,
});
const docs = [
  doc('b', { collectionId: 'c1', published: '2020-01-01', annotationCount: 5, importedAt: '2026-01-02T00:00:00Z' }),
  doc('a', { collectionId: 'c1', annotationCount: 9, author: 'Ana Lima' }),
  doc('c', { published: '2024-05-05', importedAt: '2026-01-03T00:00:00Z' }),
];

describe('the library view', () => {
  it.each<[string, Parameters<typeof libraryView>[1], string[]]>([
    ['all, newest import first', { collection: '', sort: 'imported', query: '' }, ['c', 'b', 'a']],
    ['by title', { collection: '', sort: 'title', query: '' }, ['a', 'b', 'c']],
    ['by date, undated last', { collection: '', sort: 'published', query: '' }, ['c', 'b', 'a']],
    ['by annotation count', { collection: '', sort: 'annotations', query: '' }, ['a', 'b', 'c']],
    ['one collection', { collection: 'c1', sort: 'title', query: '' }, ['a', 'b']],
    ['in no collection', { collection: 'none', sort: 'title', query: '' }, ['c']],
    ['filtered by author', { collection: '', sort: 'title', query: 'lima' }, ['a']],
  ])('%s', (_what, view, ids) => {
    expect(libraryView(docs, view).map((d) => d.id)).toEqual(ids);
  });
});

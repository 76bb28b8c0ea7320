// The library pane: the open study, its collections (filter, and a menu to add, rename,
// delete and move into them), the documents in the chosen order (virtualised, so
// thousands scroll smoothly) with their annotation counts, and the Import buttons.

import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { DocumentSummary } from '../../../electron/core/api/contract';
import type { AppState, LibrarySort } from '../state/store';
import { store } from '../state/store';
import { DocumentRow } from './DocumentRow';
import { libraryView } from './library-order';

interface Props {
  state: AppState;
  onImport(): void;
  onImportFolder(): void;
  onChangeStudy(): void;
}

const SORTS: Array<[LibrarySort, string]> = [
  ['imported', 'Last imported'],
  ['title', 'Title'],
  ['published', 'Date'],
  ['annotations', 'Most annotated'],
];

export function Library({ state: s, onImport, onImportFolder, onChangeStudy }: Props) {
  const session = s.session!;
  const shown = useMemo(() => libraryView(s.documents, s.library), [s.documents, s.library]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: shown.length, getScrollElement: () => scrollRef.current, estimateSize: () => 76, overscan: 8, useFlushSync: false, getItemKey: (i) => shown[i]!.id });
  const currentId = s.current?.summary.id ?? null;

  return (
    <nav className="library" aria-label="Library">
      <div className="pane-head">
        <button type="button" className="study-name" onClick={onChangeStudy} title={`${session.study?.path}\nClick to open or create another study`}>
          <span className="label">Study</span>
          <span className="name">{session.study?.name ?? 'No study'}</span>
        </button>
        <button type="button" className="primary" onClick={onImport} title="Import articles, web pages, PDF, Word or EPUB files (Ctrl+O)">
          Import…
        </button>
        <button type="button" className="icon" onClick={onImportFolder} title="Import every file in a folder, as a collection (Ctrl+Alt+O)" aria-label="Import a folder">
          ⊞
        </button>
      </div>
      {s.documents.length > 0 && (
        <div className="library-tools">
          <label className="visually-hidden" htmlFor="library-collection">
            Collection
          </label>
          <select id="library-collection" value={s.library.collection} onChange={(e) => store.setLibrary({ collection: e.target.value })}>
            <option value="">All documents ({s.documents.length})</option>
            {s.collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.documentCount})
              </option>
            ))}
            <option value="none">In no collection</option>
          </select>
          <label className="visually-hidden" htmlFor="library-sort">
            Order
          </label>
          <select id="library-sort" value={s.library.sort} onChange={(e) => store.setLibrary({ sort: e.target.value as LibrarySort })}>
            {SORTS.map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </select>
          <button type="button" className="icon" title="Collections: add, rename, delete" aria-label="Manage collections" onClick={() => store.showDialog({ kind: 'collections' })}>
            ⋯
          </button>
          <input className="search" type="search" placeholder={`Filter ${shown.length} document${shown.length === 1 ? '' : 's'}`} aria-label="Filter documents" value={s.library.query} onChange={(e) => store.setLibrary({ query: e.target.value })} />
        </div>
      )}
      <div className="doc-list" ref={scrollRef}>
        {s.documents.length === 0 ? (
          <div className="empty">
            <p>No documents yet.</p>
            <p>Import articles, saved web pages, PDF, Word or EPUB files — or a whole folder — or drop them anywhere on this window.</p>
          </div>
        ) : shown.length === 0 ? (
          <div className="empty">
            <p>No document matches.</p>
          </div>
        ) : (
          <ul style={{ height: virtual.getTotalSize() }} aria-label="Documents">
            {virtual.getVirtualItems().map((row) => {
              const d = shown[row.index]!;
              return (
                <li key={d.id} data-index={row.index} ref={virtual.measureElement} style={{ transform: `translateY(${row.start}px)` }}>
                  <DocumentRow doc={d} current={d.id === currentId} session={session} collections={s.collections} />
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </nav>
  );
}

export type { DocumentSummary };

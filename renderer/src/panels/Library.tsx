// The library pane: the open study, its documents (virtualised, filterable) with their
// annotation counts per tag, and the Import button.

import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { DocumentSummary, Session, Verdict } from '../../../electron/core/api/contract';

interface Props {
  session: Session;
  documents: readonly DocumentSummary[];
  currentId: string | null;
  onOpen(id: string): void;
  onImport(): void;
  onChangeStudy(): void;
}

export function Library({ session, documents, currentId, onOpen, onImport, onChangeStudy }: Props) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return documents;
    return documents.filter((d) => [d.title, d.author, d.location, d.fileName].some((f) => f?.toLowerCase().includes(q)));
  }, [documents, query]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: shown.length, getScrollElement: () => scrollRef.current, estimateSize: () => 76, overscan: 8, useFlushSync: false, getItemKey: (i) => shown[i]!.id });

  return (
    <nav className="library" aria-label="Library">
      <div className="pane-head">
        <button type="button" className="study-name" onClick={onChangeStudy} title={`${session.study?.path}\nClick to open or create another study`}>
          <span className="label">Study</span>
          <span className="name">{session.study?.name ?? 'No study'}</span>
        </button>
        <button type="button" className="primary" onClick={onImport} title="Import .md, .markdown or .txt articles (Ctrl+O)">
          Import…
        </button>
      </div>
      {documents.length > 0 && (
        <input
          className="search"
          type="search"
          placeholder={`Filter ${documents.length} document${documents.length === 1 ? '' : 's'}`}
          aria-label="Filter documents"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      )}
      <div className="doc-list" ref={scrollRef}>
        {documents.length === 0 ? (
          <div className="empty">
            <p>No articles yet.</p>
            <p>Import .md or .txt files, or drop them anywhere on this window.</p>
          </div>
        ) : (
          <ul style={{ height: virtual.getTotalSize() }} aria-label="Documents">
            {virtual.getVirtualItems().map((row) => {
              const d = shown[row.index]!;
              return (
                <li key={d.id} data-index={row.index} ref={virtual.measureElement} style={{ transform: `translateY(${row.start}px)` }}>
                  <button type="button" className={d.id === currentId ? 'doc current' : 'doc'} aria-current={d.id === currentId ? 'page' : undefined} onClick={() => onOpen(d.id)}>
                    <span className="doc-row-title">{d.title}</span>
                    <span className="doc-row-meta">{[d.author, d.location, d.published].filter(Boolean).join(' · ') || d.fileName}</span>
                    <span className="counts" aria-label={`${d.annotationCount} annotations`}>
                      {session.tags.map((t, slot) =>
                        d.tagCounts[t.id] ? (
                          <span key={t.id} className="count" title={`${d.tagCounts[t.id]} ${t.name.toLowerCase()}`}>
                            <span className="dot" style={{ background: `var(--t${slot})` }} aria-hidden="true" />
                            {d.tagCounts[t.id]}
                          </span>
                        ) : null,
                      )}
                      {d.annotationCount === 0 && <span className="count none">no annotations</span>}
                    </span>
                    <VerdictCounts counts={d.verdictCounts} verdicts={session.verdicts} />
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </nav>
  );
}

/** Claims per verdict, in the study's verdict order. */
export function VerdictCounts({ counts, verdicts }: { counts: Record<string, number>; verdicts: readonly Verdict[] }) {
  const shown = verdicts.filter((v) => counts[v.id]);
  if (!shown.length) return null;
  return (
    <span className="verdict-counts" aria-label="Claims by verdict">
      {shown.map((v) => (
        <span key={v.id} className="count">
          <span className="dot" style={{ background: v.color }} aria-hidden="true" />
          {counts[v.id]} {v.label.toLowerCase()}
        </span>
      ))}
    </span>
  );
}

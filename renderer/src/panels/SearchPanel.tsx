// Search across the study: words in quoted text, notes and facts, narrowed by tag, verdict,
// speaker, place and document. A result opens its document at the annotation.

import { useEffect, useRef, useState } from 'react';
import type { DocumentSummary, Person, Request, SearchResult, Tag, Verdict } from '../../../electron/core/api/contract';
import { api, errorMessage } from '../api';

interface Props {
  tags: readonly Tag[];
  verdicts: readonly Verdict[];
  people: readonly Person[];
  documents: readonly DocumentSummary[];
  currentDocumentId: string | null;
  onOpen(documentId: string, annotationId: string): void;
  /** Open a document at a place in its text (code points). */
  onOpenText(documentId: string, start: number, length: number): void;
  onClose(): void;
}

type Filters = Omit<Request<'search'>, 'limit' | 'offset'>;

export function SearchPanel({ tags, verdicts, people, documents, currentDocumentId, onOpen, onOpenText, onClose }: Props) {
  const [filters, setFilters] = useState<Filters>({});
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  useEffect(() => {
    const active = Object.values(filters).some((v) => v !== undefined && v !== '');
    if (!active) return setResult(null);
    const t = setTimeout(() => {
      const req = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '')) as Filters;
      api
        .search({ ...req, limit: 300 })
        .then((r) => (setResult(r), setError(null)))
        .catch((e) => setError(errorMessage(e)));
    }, 150);
    return () => clearTimeout(t);
  }, [filters]);

  const set = (patch: Filters) => setFilters((f) => ({ ...f, ...patch }));
  const tagName = new Map(tags.map((t) => [t.id, t.name]));
  const slot = new Map(tags.map((t, i) => [t.id, i]));

  return (
    <aside className="annotations search-panel" aria-label="Search">
      <div className="pane-head">
        <h2>Search</h2>
        <span className="spacer" />
        <button type="button" className="icon" aria-label="Close search" onClick={onClose}>
          ×
        </button>
      </div>
      <div className="search-form" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <input ref={input} type="search" aria-label="Search words" placeholder="Words in quotes, notes, places, speakers…" value={filters.text ?? ''} onChange={(e) => set({ text: e.target.value })} />
        <select aria-label="Tag" value={filters.tag ?? ''} onChange={(e) => set({ tag: e.target.value || undefined })}>
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <select aria-label="Verdict" value={filters.verdict ?? ''} onChange={(e) => set({ verdict: e.target.value || undefined })}>
          <option value="">Any verdict</option>
          {verdicts.map((v) => (
            <option key={v.id} value={v.id}>
              {v.label}
            </option>
          ))}
        </select>
        <select aria-label="Speaker" value={filters.speakerId ?? ''} onChange={(e) => set({ speakerId: e.target.value || undefined })}>
          <option value="">Any speaker</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <input aria-label="Place" placeholder="Place" value={filters.place ?? ''} onChange={(e) => set({ place: e.target.value || undefined })} />
        <select aria-label="Document" value={filters.documentId ?? ''} onChange={(e) => set({ documentId: e.target.value || undefined })}>
          <option value="">All documents</option>
          {currentDocumentId && <option value={currentDocumentId}>This document</option>}
          {documents
            .filter((d) => d.id !== currentDocumentId)
            .map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
        </select>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="search-results" role="status" aria-live="polite">
        {result === null ? (
          <p className="empty">Type words or pick a filter.</p>
        ) : (
          <>
            <p className="muted result-count">
              {result.total === 0 && !result.textHits.length
                ? 'Nothing found.'
                : `${result.total} annotation${result.total === 1 ? '' : 's'}${result.total > result.hits.length ? ` (first ${result.hits.length} shown)` : ''}${result.textHits.length ? `; ${result.textHits.length} line${result.textHits.length === 1 ? '' : 's'} of text` : ''}`}
            </p>
            <ul aria-label="Results">
              {result.hits.map((h) => (
                <li key={h.annotation.id}>
                  <button type="button" className="result" onClick={() => onOpen(h.annotation.documentId, h.annotation.id)}>
                    <span className="ann-tag" style={{ ['--c' as string]: `var(--t${slot.get(h.annotation.tag) ?? 0})` }}>
                      {tagName.get(h.annotation.tag) ?? h.annotation.tag}
                    </span>
                    <span className="ann-quote" dir="auto">
                      {h.annotation.exact}
                    </span>
                    {h.annotation.note && <span className="ann-note" dir="auto">{h.annotation.note}</span>}
                    <span className="result-doc">{h.documentTitle}</span>
                  </button>
                </li>
              ))}
            </ul>
            {result.textHits.length > 0 && (
              <>
                <h3 className="result-heading">In the articles’ text</h3>
                <ul aria-label="Text results">
                  {result.textHits.map((h) => (
                    <li key={`${h.documentId}:${h.start}`}>
                      <button type="button" className="result" onClick={() => onOpenText(h.documentId, h.start, Array.from(h.line).length)}>
                        <span className="ann-quote" dir="auto">
                          {h.line.length > 240 ? `${h.line.slice(0, 237)}…` : h.line}
                        </span>
                        <span className="result-doc">{h.documentTitle}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </aside>
  );
}

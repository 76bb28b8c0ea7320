// The annotations pane: filter chips per tag, the document's annotations in text order
// (virtualised: thousands stay smooth), unanchored ones apart, and the inspector.

import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { Orphan, Person, PlacedAnnotation, Request, Tag, Verdict } from '../../../electron/core/api/contract';
import { verdictCounts } from '../state/annotation-list';
import { Inspector } from './Inspector';
import { VerdictCounts } from './Library';
import { UnanchoredList } from './UnanchoredList';

interface Props {
  annotations: readonly PlacedAnnotation[];
  /** Imported annotations that could not be placed in this text. */
  orphans: readonly Orphan[];
  placingId: string | null;
  onPlace(o: Orphan | null): void;
  onDiscardOrphan(id: string): void;
  /** Open the agreement view (shown when two or more people annotated the document). */
  onCompare(): void;
  tags: readonly Tag[];
  verdicts: readonly Verdict[];
  people: readonly Person[];
  userName: string;
  hiddenTags: ReadonlySet<string>;
  selectedId: string | null;
  onToggleTag(tag: string): void;
  onSelect(id: string, reveal: boolean): void;
  onUpdate(id: string, patch: Omit<Request<'updateAnnotation'>, 'id'>, mergeKey?: string): void;
  onDelete(id: string): void;
  onCreatePerson(name: string, role: string): Promise<Person | undefined>;
}

export function AnnotationPanel(p: Props) {
  const slot = useMemo(() => new Map(p.tags.map((t, i) => [t.id, i])), [p.tags]);
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const a of p.annotations) c.set(a.tag, (c.get(a.tag) ?? 0) + 1);
    return c;
  }, [p.annotations]);
  const verdicts = useMemo(() => verdictCounts(p.annotations, p.tags), [p.annotations, p.tags]);
  const shown = useMemo(() => p.annotations.filter((a) => a.placement.status === 'anchored' && !p.hiddenTags.has(a.tag)), [p.annotations, p.hiddenTags]);
  const orphans = useMemo(() => p.annotations.filter((a) => a.placement.status === 'orphan'), [p.annotations]);
  const selected = p.annotations.find((a) => a.id === p.selectedId) ?? null;
  const authors = useMemo(() => [...new Set(p.annotations.map((a) => a.author))], [p.annotations]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 68,
    overscan: 10,
    useFlushSync: false,
    // Sizes follow the annotation, not its row number, as rows are inserted above.
    getItemKey: (i) => shown[i]!.id,
  });
  const selectedIndex = shown.findIndex((a) => a.id === p.selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtual.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtual]);

  const onListKey = (e: React.KeyboardEvent) => {
    if (!shown.length) return;
    const i = selectedIndex;
    const go = (n: number) => {
      e.preventDefault();
      const next = shown[Math.max(0, Math.min(shown.length - 1, n))]!;
      p.onSelect(next.id, true);
    };
    if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i < 0 ? 0 : i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(shown.length - 1);
    else if ((e.key === 'Delete' || e.key === 'Backspace') && p.selectedId) {
      e.preventDefault();
      p.onDelete(p.selectedId);
    } else if (e.key === 'Enter' && p.selectedId) {
      e.preventDefault();
      document.getElementById('annotation-note')?.focus();
    }
  };

  return (
    <aside className="annotations" aria-label="Annotations">
      <div className="pane-head">
        <h2>
          Annotations <span className="muted">{p.annotations.length}</span>
        </h2>
        {authors.length > 1 && (
          <button type="button" onClick={p.onCompare} title={`Compare ${authors.join(', ')}`}>
            Compare {authors.length} people…
          </button>
        )}
      </div>
      <div className="filters" role="group" aria-label="Show tags">
        {p.tags.map((t, s) => (
          <button
            key={t.id}
            type="button"
            className="chip"
            aria-pressed={!p.hiddenTags.has(t.id)}
            onClick={() => p.onToggleTag(t.id)}
            title={p.hiddenTags.has(t.id) ? `Show ${t.name.toLowerCase()} annotations` : `Hide ${t.name.toLowerCase()} annotations`}
          >
            <span className="dot" style={{ background: `var(--t${s})` }} aria-hidden="true" />
            {t.name} <span className="muted">{counts.get(t.id) ?? 0}</span>
          </button>
        ))}
      </div>
      <div className="verdict-row">
        <VerdictCounts counts={verdicts} verdicts={p.verdicts} />
      </div>
      <div
        className="ann-list"
        ref={scrollRef}
        // An empty listbox is invalid ARIA: the role comes with the first option.
        role={shown.length ? 'listbox' : undefined}
        tabIndex={0}
        aria-label="Annotations in text order"
        aria-activedescendant={selectedIndex >= 0 ? `ann-${p.selectedId}` : undefined}
        onKeyDown={onListKey}
      >
        {p.annotations.length === 0 ? (
          <div className="empty">
            <p>No annotations yet.</p>
            <p>Select text in the article, then press 1–4 or pick a tag from the bar that appears.</p>
          </div>
        ) : shown.length === 0 ? (
          <div className="empty">
            <p>All tags are hidden. Turn one on above.</p>
          </div>
        ) : (
          <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
            {virtual.getVirtualItems().map((row) => {
              const a = shown[row.index]!;
              const s = slot.get(a.tag) ?? 0;
              return (
                <div
                  key={a.id}
                  id={`ann-${a.id}`}
                  role="option"
                  aria-selected={a.id === p.selectedId}
                  data-index={row.index}
                  ref={virtual.measureElement}
                  className={a.id === p.selectedId ? 'ann selected' : 'ann'}
                  style={{ transform: `translateY(${row.start}px)` }}
                  onClick={() => p.onSelect(a.id, true)}
                >
                  <span className="ann-tag" style={{ ['--c' as string]: `var(--t${s})` }}>
                    {p.tags[s]?.name ?? a.tag}
                  </span>
                  <span className="ann-quote">{a.exact}</span>
                  {a.note && <span className="ann-note">{a.note}</span>}
                </div>
              );
            })}
          </div>
        )}
      </div>
      <UnanchoredList stored={orphans} imported={p.orphans} tags={p.tags} placingId={p.placingId} onPlace={p.onPlace} onDiscard={p.onDiscardOrphan} />
      {selected && (
        <Inspector
          annotation={selected}
          tags={p.tags}
          verdicts={p.verdicts}
          people={p.people}
          userName={p.userName}
          onUpdate={p.onUpdate}
          onDelete={p.onDelete}
          onCreatePerson={p.onCreatePerson}
        />
      )}
    </aside>
  );
}

// The annotations pane: filter chips per tag, the document's annotations in text order
// (virtualised: thousands stay smooth), unanchored ones apart, and the inspector.

import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Orphan, Person, ListedAnnotation, Request, Tag, Verdict } from '../../../electron/core/api/contract';
import { tagKind } from '../../../electron/core/domain/kinds';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { Inspector } from './Inspector';
import { VerdictCounts } from './VerdictCounts';
import { UnanchoredList } from './UnanchoredList';
import type { FactChanges } from '../state/fact-changes';

interface Props {
  /** The open document, whose annotations these are. */
  documentId: string;
  annotations: readonly ListedAnnotation[];
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
  onUpdateFacts(id: string, changes: FactChanges, mergeKey?: string): void;
  onDelete(id: string): void;
  onCreatePerson(name: string, role: string): Promise<Person | undefined>;
}

export function AnnotationPanel(p: Props) {
  const slot = useMemo(() => new Map(p.tags.map((t, i) => [t.id, i])), [p.tags]);
  // One pass over the annotations for everything the pane derives from them.
  const { counts, verdicts, shown, authors } = useMemo(() => {
    const counts = new Map<string, number>();
    const verdicts: Record<string, number> = {};
    const authors = new Set<string>();
    const claim = new Set(p.tags.filter((t) => tagKind(t.id, p.tags) === 'claim').map((t) => t.id));
    let filtered = false;
    for (const a of p.annotations) {
      counts.set(a.tag, (counts.get(a.tag) ?? 0) + 1);
      authors.add(a.author);
      const v = a.fields.claim?.verdict;
      if (v && claim.has(a.tag)) verdicts[v] = (verdicts[v] ?? 0) + 1;
      if (p.hiddenTags.has(a.tag)) filtered = true;
    }
    const shown = filtered ? p.annotations.filter((a) => !p.hiddenTags.has(a.tag)) : p.annotations;
    return { counts, verdicts, shown, authors: [...authors] };
  }, [p.annotations, p.hiddenTags, p.tags]);
  const selected = p.annotations.find((a) => a.id === p.selectedId) ?? null;

  const scrollRef = useRef<HTMLDivElement>(null);
  const split = useDefaultLayout({ id: 'sourcemark-side', storage: localStorage, onlySaveAfterUserInteractions: true });
  const selectedRef = useRef(-1);
  const virtual = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 68,
    overscan: 10,
    useFlushSync: false,
    // Sizes follow the annotation, not its row number, as rows are inserted above.
    getItemKey: (i) => shown[i]!.id,
    // The selected row is drawn at once, even before the list has scrolled to it.
    rangeExtractor: (range) => {
      const rows = defaultRangeExtractor(range);
      const i = selectedRef.current;
      if (i < 0 || rows.includes(i)) return rows;
      const near = Array.from({ length: 21 }, (_, k) => i - 10 + k).filter((k) => k >= 0 && k < range.count);
      return [...new Set([...rows, ...near])].sort((a, b) => a - b);
    },
  });
  const selectedIndex = shown.findIndex((a) => a.id === p.selectedId);
  selectedRef.current = selectedIndex;
  useLayoutEffect(() => {
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

  const list = (
    <>
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
                    className={a.id === p.selectedId ? 'ann selected' : 'ann'}
                    style={{ transform: `translateY(${row.start}px)` }}
                    onClick={() => p.onSelect(a.id, true)}
                  >
                    <span className="ann-tag" style={{ ['--c' as string]: `var(--t${s})` }}>
                      {p.tags[s]?.name ?? a.tag}
                    </span>
                    <span className="ann-quote" dir="auto">{a.exact}</span>
                    {a.note && <span className="ann-note" dir="auto">{a.note}</span>}
                  </div>
                );
              })}
            </div>
          )}
        </div>
        <UnanchoredList imported={p.orphans} tags={p.tags} placingId={p.placingId} onPlace={p.onPlace} onDiscard={p.onDiscardOrphan} />
    </>
  );

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
      {selected ? (
        // With an annotation open, the list and the inspector share the height; the line
        // between them can be moved, and the split is remembered.
        <Group id="sourcemark-side" orientation="vertical" className="side-split" defaultLayout={split.defaultLayout} onLayoutChanged={split.onLayoutChanged}>
          <Panel id="list" defaultSize="45%" minSize="140px" className="side-list">
            {list}
          </Panel>
          <Separator className="pane-handle pane-handle-row" aria-label="Resize the list and the selected annotation" />
          <Panel id="inspector" minSize="160px" className="side-inspector">
            <Inspector
            annotation={selected}
            documentId={p.documentId}
            tags={p.tags}
            verdicts={p.verdicts}
            people={p.people}
            userName={p.userName}
            onUpdate={p.onUpdate}
            onUpdateFacts={p.onUpdateFacts}
            onDelete={p.onDelete}
            onCreatePerson={p.onCreatePerson}
            />
          </Panel>
        </Group>
      ) : (
        list
      )}
    </aside>
  );
}

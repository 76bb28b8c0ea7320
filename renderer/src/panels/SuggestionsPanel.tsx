// The suggestion pass's list: every pending proposal in text order with what it says
// (speaker, reading, place), accept or reject one, or all of a kind; Enter, Backspace, n
// and p do the same from the reader. Nothing here is saved until accepted.

import { useEffect, useRef } from 'react';
import type { Suggestion, Tag } from '../../../electron/core/api/contract';
import { store } from '../state/store';

const KINDS: Array<[Suggestion['kind'], string]> = [
  ['quote', 'Quotes'],
  ['figure', 'Figures'],
  ['location', 'Places'],
];

export function SuggestionsPanel({ suggestions, activeId, tags }: { suggestions: readonly Suggestion[]; activeId: string | null; tags: readonly Tag[] }) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);
  const slot = (kind: string) => tags.findIndex((t) => t.id === kind);
  return (
    <aside className="annotations suggestions" aria-label="Suggestions">
      <div className="pane-head">
        <h2>Suggestions ({suggestions.length})</h2>
        <span className="spacer" />
        <button type="button" onClick={() => store.endSuggestions()}>
          Done
        </button>
      </div>
      <p className="muted suggestions-help">Proposals are not saved until you accept them. Enter accepts, Backspace rejects, n / p move.</p>
      <div className="suggestion-kinds">
        {KINDS.map(([kind, label]) => {
          const n = suggestions.filter((s) => s.kind === kind).length;
          const sure = suggestions.filter((s) => s.kind === kind && s.confident).length;
          return n ? (
            <div key={kind} className="suggestion-kind">
              <span>
                {label}: {n}
              </span>
              <button type="button" onClick={() => void store.settleKind(kind, true)} disabled={!sure} title={sure < n ? `The ${sure} the pass is sure of` : undefined}>
                Accept {sure < n ? `${sure} sure` : 'all'}
              </button>
              <button type="button" onClick={() => void store.settleKind(kind, false)}>
                Reject all
              </button>
            </div>
          ) : null;
        })}
      </div>
      <ul className="suggestion-list" ref={list}>
        {suggestions.map((s) => (
          <li key={s.id} aria-current={s.id === activeId} className={s.id === activeId ? 'suggestion-item active' : 'suggestion-item'}>
            <button type="button" className="suggestion-pick" onClick={() => store.focusSuggestion(s.id)}>
              <span className="ann-tag" style={{ color: `var(--t${slot(s.kind)})` }}>
                {s.kind === 'location' ? 'Place' : s.kind === 'quote' ? 'Quote' : 'Figure'}
              </span>
              <span className="ann-quote" dir="auto">
                {s.exact.length > 120 ? `${s.exact.slice(0, 117)}…` : s.exact}
              </span>
              <span className={s.confident ? 'suggestion-label' : 'suggestion-label unsure'}>{s.label}</span>
            </button>
            <span className="suggestion-actions">
              <button type="button" onClick={() => void store.acceptSuggestions([s.id])} aria-label={`Accept ${s.exact.slice(0, 40)}`}>
                Accept
              </button>
              <button type="button" onClick={() => store.rejectSuggestions([s.id])} aria-label={`Reject ${s.exact.slice(0, 40)}`}>
                Reject
              </button>
            </span>
          </li>
        ))}
      </ul>
    </aside>
  );
}

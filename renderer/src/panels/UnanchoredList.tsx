// Imported annotations that could not be placed in this text (a stored one always fits its
// document's text). Their quote and context are kept and shown; each can be placed on a
// selection by hand, or discarded.

import type { Orphan, Tag } from '../../../electron/core/api/contract';

interface Props {
  imported: readonly Orphan[];
  tags: readonly Tag[];
  placingId: string | null;
  onPlace(o: Orphan | null): void;
  onDiscard(id: string): void;
}

const context = (a: { prefix: string; suffix: string }) => `…${a.prefix.slice(-24)}▮${a.suffix.slice(0, 24)}…`;

export function UnanchoredList({ imported, tags, placingId, onPlace, onDiscard }: Props) {
  const total = imported.length;
  if (!total) return null;
  const tagName = (id: string) => tags.find((t) => t.id === id)?.name ?? id;
  return (
    <details className="orphans" open={imported.length > 0}>
      <summary>Unanchored ({total})</summary>
      <p className="muted">These annotations could not be placed in this text. Nothing is lost: their quotes and context are kept here.</p>
      <ul aria-label="Unanchored annotations">
        {imported.map((o) => (
          <li key={o.id} className={o.id === placingId ? 'placing' : undefined}>
            <span className="ann-tag">{tagName(o.tag)}</span> <q>{o.exact}</q> <span className="muted">{context(o)}</span>
            <div className="muted">
              by {o.author}, from {o.origin}
              {o.note ? ` — ${o.note}` : ''}
            </div>
            <div className="orphan-actions">
              {o.id === placingId ? (
                <button type="button" onClick={() => onPlace(null)}>
                  Cancel placing
                </button>
              ) : (
                <button type="button" onClick={() => onPlace(o)} title="Select the passage in the text, then press “Place here”">
                  Place in text…
                </button>
              )}
              <button type="button" onClick={() => onDiscard(o.id)} title="Remove it from the list (it will not come back on a later import)">
                Discard
              </button>
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}

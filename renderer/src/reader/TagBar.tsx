// The small floating bar over a selection: one button per tag, with its shortcut key.
// Buttons keep the text selection (no focus change on press). Tagging more than a few
// paragraphs at once is usually a slip of the mouse, so the bar asks first, in place.

import { useEffect, useRef } from 'react';
import type { Tag } from '../../../electron/core/api/contract';

/** A tagging that waits for the user to confirm it. */
export interface PendingTag {
  tag: string;
  paragraphs: number;
}

interface Props {
  tags: readonly Tag[];
  top: number;
  left: number;
  /** The quote of an unanchored annotation being placed: one button, "Place here". */
  placing?: string | null;
  /** A tag's id, or null for "Place here". */
  onPick(tag: string | null): void;
  pending?: PendingTag | null;
  onConfirm?(): void;
  onCancel?(): void;
}

const keep = (e: React.MouseEvent) => e.preventDefault();

function Confirm({ pending, name, onConfirm, onCancel, top, left }: { pending: PendingTag; name: string; onConfirm(): void; onCancel(): void; top: number; left: number }) {
  const ok = useRef<HTMLButtonElement>(null);
  // Focus goes to [Tag]: Enter confirms, Escape (or Cancel) goes back to the text.
  useEffect(() => ok.current?.focus(), []);
  return (
    <div
      className="tag-bar confirming"
      role="alertdialog"
      aria-label="Confirm tagging"
      aria-describedby="tag-confirm-text"
      style={{ top, left }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <span id="tag-confirm-text" className="tag-confirm-text">
        Tag {pending.paragraphs} paragraphs as {name}?
      </span>
      <button ref={ok} type="button" className="tag-button primary" onMouseDown={keep} onClick={onConfirm}>
        Tag
      </button>
      <button type="button" className="tag-button" onMouseDown={keep} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

export function TagBar({ tags, top, left, placing, onPick, pending, onConfirm, onCancel }: Props) {
  if (pending && onConfirm && onCancel) {
    const name = tags.find((t) => t.id === pending.tag)?.name ?? pending.tag;
    return <Confirm pending={pending} name={name} onConfirm={onConfirm} onCancel={onCancel} top={top} left={left} />;
  }
  if (placing)
    return (
      <div className="tag-bar" role="toolbar" aria-label="Place the unanchored annotation" style={{ top, left }}>
        <button type="button" className="tag-button primary" title={`Place “${placing}” on this selection`} onMouseDown={keep} onClick={() => onPick(null)}>
          Place here
        </button>
      </div>
    );
  return (
    <div className="tag-bar" role="toolbar" aria-label="Tag the selection" style={{ top, left }}>
      {tags.map((t, slot) => (
        <button
          key={t.id}
          type="button"
          className="tag-button"
          data-tag={t.id}
          title={t.shortcut ? `Tag as ${t.name} (${t.shortcut})` : `Tag as ${t.name}`}
          onMouseDown={keep}
          onClick={() => onPick(t.id)}
        >
          <span className="swatch" style={{ background: `var(--t${slot})` }} aria-hidden="true" />
          {t.name}
          {t.shortcut && <kbd>{t.shortcut}</kbd>}
        </button>
      ))}
    </div>
  );
}

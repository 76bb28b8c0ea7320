// The small floating bar over a selection: one button per tag, with its shortcut key.
// Buttons keep the text selection (no focus change on press).

import type { Tag } from '../../../electron/core/api/contract';

interface Props {
  tags: readonly Tag[];
  top: number;
  left: number;
  /** The quote of an unanchored annotation being placed: one button, "Place here". */
  placing?: string | null;
  /** A tag's id, or null for "Place here". */
  onPick(tag: string | null): void;
}

export function TagBar({ tags, top, left, placing, onPick }: Props) {
  if (placing)
    return (
      <div className="tag-bar" role="toolbar" aria-label="Place the unanchored annotation" style={{ top, left }}>
        <button type="button" className="tag-button primary" title={`Place “${placing}” on this selection`} onMouseDown={(e) => e.preventDefault()} onClick={() => onPick(null)}>
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
          onMouseDown={(e) => e.preventDefault()}
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

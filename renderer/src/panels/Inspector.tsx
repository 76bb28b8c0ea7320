// The inspector for the selected annotation: its tag, its note (saved as you type, one undo
// step per editing session), who made it and when, and Delete.

import { useEffect, useRef, useState } from 'react';
import type { PlacedAnnotation, Tag } from '../../../electron/core/contract';

interface Props {
  annotation: PlacedAnnotation;
  tags: readonly Tag[];
  onUpdate(id: string, patch: { tag?: string; note?: string }, mergeKey?: string): void;
  onDelete(id: string): void;
}

const SAVE_AFTER_MS = 600;
// Building a formatter is slow; one serves every render.
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
let sessionSeq = 0;

export function Inspector({ annotation: a, tags, onUpdate, onDelete }: Props) {
  const [draft, setDraft] = useState(a.note);
  const editing = useRef<{ key: string; timer?: ReturnType<typeof setTimeout> } | null>(null);

  // Another annotation, or the note changed from outside (undo): show the stored note.
  useEffect(() => {
    if (!editing.current) setDraft(a.note);
  }, [a.id, a.note]);

  const save = (value: string) => {
    const e = editing.current;
    if (e?.timer) clearTimeout(e.timer);
    if (value !== a.note) onUpdate(a.id, { note: value }, e?.key);
  };

  // Leaving this annotation saves what was typed.
  useEffect(() => {
    return () => {
      const e = editing.current;
      if (e?.timer) clearTimeout(e.timer);
    };
  }, [a.id]);

  return (
    <section className="inspector" aria-label="Selected annotation">
      <blockquote className="insp-quote">{a.exact}</blockquote>
      <div className="insp-tags" role="radiogroup" aria-label="Tag">
        {tags.map((t, slot) => (
          <button
            key={t.id}
            type="button"
            role="radio"
            aria-checked={a.tag === t.id}
            className="chip"
            onClick={() => a.tag !== t.id && onUpdate(a.id, { tag: t.id })}
          >
            <span className="dot" style={{ background: `var(--t${slot})` }} aria-hidden="true" />
            {t.name}
          </button>
        ))}
      </div>
      <label className="insp-label" htmlFor="annotation-note">
        Note
      </label>
      <textarea
        id="annotation-note"
        value={draft}
        rows={3}
        placeholder="Why this matters, what to check…"
        onFocus={() => (editing.current = { key: `note-${a.id}-${++sessionSeq}` })}
        onChange={(e) => {
          const value = e.target.value;
          setDraft(value);
          const ed = editing.current;
          if (ed) {
            if (ed.timer) clearTimeout(ed.timer);
            ed.timer = setTimeout(() => save(value), SAVE_AFTER_MS);
          }
        }}
        onBlur={(e) => {
          save(e.target.value);
          editing.current = null;
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) (e.target as HTMLTextAreaElement).blur();
        }}
      />
      <div className="insp-foot">
        <span className="muted" title={`Created ${a.created}, modified ${a.modified}`}>
          {a.author} · {when.format(new Date(a.modified))}
        </span>
        <button type="button" className="danger" onClick={() => onDelete(a.id)} title="Delete this annotation (Delete)">
          Delete
        </button>
      </div>
    </section>
  );
}

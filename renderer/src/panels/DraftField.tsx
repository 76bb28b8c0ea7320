// A text field that saves as you type (after a pause) and when you leave it. Each focus is
// one editing session, so undo takes back the whole session, not each keystroke. A value
// changed from outside (undo, another annotation) replaces the draft unless you are typing.

import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';

const SAVE_AFTER_MS = 600;
let sessionSeq = 0;

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement & HTMLTextAreaElement>, 'value' | 'onChange' | 'onSave'> {
  rows?: number;
  value: string;
  onSave(value: string, mergeKey: string): void;
  multiline?: boolean;
  /** Identity of what is edited: a new identity drops the draft. */
  identity: string;
}

export function DraftField({ value, onSave, multiline, identity, ...rest }: Props) {
  const [draft, setDraft] = useState(value);
  const editing = useRef<{ key: string; timer?: ReturnType<typeof setTimeout> } | null>(null);
  const latest = useRef({ value, onSave });
  latest.current = { value, onSave };

  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [identity, value]);

  const save = (v: string) => {
    const e = editing.current;
    if (e?.timer) clearTimeout(e.timer);
    if (v !== latest.current.value) latest.current.onSave(v, e?.key ?? `draft-${++sessionSeq}`);
  };

  useEffect(
    () => () => {
      if (editing.current?.timer) clearTimeout(editing.current.timer);
    },
    [identity],
  );

  const common = {
    ...rest,
    value: draft,
    onFocus: () => (editing.current = { key: `draft-${identity}-${++sessionSeq}` }),
    onChange: (e: { target: { value: string } }) => {
      const v = e.target.value;
      setDraft(v);
      const ed = editing.current;
      if (ed) {
        if (ed.timer) clearTimeout(ed.timer);
        ed.timer = setTimeout(() => save(v), SAVE_AFTER_MS);
      }
    },
    onBlur: (e: { target: { value: string } }) => {
      save(e.target.value);
      editing.current = null;
    },
    onKeyDown: (e: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey || !multiline))) e.currentTarget.blur();
    },
  };
  return multiline ? <textarea {...common} /> : <input {...common} />;
}

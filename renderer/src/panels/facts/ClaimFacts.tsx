// Claim facts: the verdict (from the study's list), the rationale, the sources, and who
// checked it and when.

import { useEffect, useRef, useState } from 'react';
import type { ClaimFields, Source, Verdict } from '../../../../electron/core/api/contract';
import { DraftField } from '../DraftField';

const EMPTY: ClaimFields = { verdict: 'unchecked', rationale: '', sources: [], checkedBy: null, checkedAt: null };

interface Props {
  id: string;
  fields: ClaimFields | undefined;
  verdicts: readonly Verdict[];
  userName: string;
  onChange(next: ClaimFields, mergeKey?: string): void;
}

const isUrl = (s: string) => /^https?:\/\/[^\s]+\.[^\s]+/i.test(s.trim());
const today = () => new Date().toISOString().slice(0, 10);

export function ClaimFacts({ id, fields, verdicts, userName, onChange }: Props) {
  const f = fields ?? EMPTY;
  const set = (patch: Partial<ClaimFields>, mergeKey?: string) => onChange({ ...f, ...patch }, mergeKey);
  return (
    <div className="facts" aria-label="Claim">
      <div className="fact-row">
        <span className="fact-label" id={`verdict-${id}`}>
          Verdict
        </span>
        <div className="verdicts" role="radiogroup" aria-labelledby={`verdict-${id}`}>
          {verdicts.map((v) => (
            <button key={v.id} type="button" role="radio" aria-checked={f.verdict === v.id} className="chip verdict" onClick={() => set({ verdict: v.id })}>
              <span className="dot" style={{ background: v.color }} aria-hidden="true" />
              {v.label}
            </button>
          ))}
        </div>
      </div>
      <label className="fact-label" htmlFor={`rationale-${id}`}>
        Rationale
      </label>
      <DraftField id={`rationale-${id}`} identity={id} multiline rows={2} value={f.rationale} placeholder="Why this verdict" onSave={(v, k) => set({ rationale: v }, k)} />
      <Sources id={id} sources={f.sources} onChange={(sources) => set({ sources })} />
      <div className="fact-grid">
        <label htmlFor={`checked-by-${id}`}>Checked by</label>
        <DraftField id={`checked-by-${id}`} identity={id} value={f.checkedBy ?? ''} onSave={(v, k) => set({ checkedBy: v.trim() || null }, k)} />
        <label htmlFor={`checked-at-${id}`}>On</label>
        <input id={`checked-at-${id}`} type="date" value={f.checkedAt ?? ''} onChange={(e) => set({ checkedAt: e.target.value || null })} />
      </div>
      {!f.checkedBy && (
        <button type="button" className="link" onClick={() => set({ checkedBy: userName, checkedAt: today() })}>
          Checked by me today
        </button>
      )}
    </div>
  );
}

let rowSeq = 0;
/** A row as typed: an address or a citation, and a page title for an address. */
interface Row {
  key: number;
  text: string;
  title: string;
}
const looksLikeUrl = (s: string) => /^(https?:\/\/|www\.)/i.test(s.trim());
const rowOf = (s: Source): Row => ({ key: ++rowSeq, text: s.url ?? s.title, title: s.url ? s.title : '' });
/** The sources a set of rows stands for; half-typed addresses are kept back until they are valid. */
function sourcesOf(rows: readonly Row[]): Source[] {
  const out: Source[] = [];
  for (const r of rows) {
    const text = r.text.trim();
    if (!text) continue;
    if (!looksLikeUrl(text)) out.push({ url: null, title: text.slice(0, 500) });
    else {
      const url = /^www\./i.test(text) ? `https://${text}` : text;
      if (isUrl(url)) out.push({ url, title: r.title.trim() });
    }
  }
  return out;
}
const same = (a: readonly Source[], b: readonly Source[]) => JSON.stringify(a) === JSON.stringify(b);

function Sources({ id, sources, onChange }: { id: string; sources: readonly Source[]; onChange(next: Source[]): void }) {
  const [rows, setRows] = useState<Row[]>(() => sources.map(rowOf));
  // Rows are re-read from the annotation only when it is another one, or its sources changed
  // elsewhere (undo, a merge) — not when our own save comes back, nor when the rationale is
  // saved: a row being typed must never be dropped.
  const seen = useRef({ id, sources: JSON.stringify(sources) });
  useEffect(() => {
    const incoming = JSON.stringify(sources);
    const other = seen.current.id !== id;
    if (!other && incoming === seen.current.sources) return;
    seen.current = { id, sources: incoming };
    setRows((rs) => (!other && same(sourcesOf(rs), sources) ? rs : sources.map(rowOf)));
  }, [id, sources]);
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const edit = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const commit = (next: Row[]) => {
    setRows(next);
    const valid = sourcesOf(next);
    if (same(valid, sources)) return;
    seen.current = { id, sources: JSON.stringify(valid) };
    onChange(valid);
  };
  const add = () => {
    const row = { key: ++rowSeq, text: '', title: '' };
    setRows([...rows, row]);
    setFocusKey(row.key);
  };
  return (
    <fieldset className="sources">
      <legend className="fact-label">Sources</legend>
      {rows.map((r, i) => {
        const web = looksLikeUrl(r.text);
        const bad = web && !sourcesOf([r]).length;
        return (
          <div className={web ? 'source-row' : 'source-row citation'} key={r.key}>
            <input
              aria-label={`Source ${i + 1}: address or citation`}
              placeholder="https://… or a citation"
              value={r.text}
              aria-invalid={bad}
              ref={(el) => {
                if (el && focusKey === r.key) {
                  el.focus();
                  setFocusKey(null);
                }
              }}
              onChange={(e) => edit(r.key, { text: e.target.value })}
              onBlur={() => commit(rows)}
            />
            {web && <input aria-label={`Source ${i + 1} title`} placeholder="Title" value={r.title} onChange={(e) => edit(r.key, { title: e.target.value })} onBlur={() => commit(rows)} />}
            <button type="button" className="icon small" aria-label={`Remove source ${i + 1}`} onClick={() => commit(rows.filter((x) => x.key !== r.key))}>
              ×
            </button>
            {bad && <span className="field-error">Not a web address</span>}
          </div>
        );
      })}
      <button type="button" className="link" onClick={add}>
        Add source
      </button>
    </fieldset>
  );
}

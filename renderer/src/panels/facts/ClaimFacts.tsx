// Claim facts: the verdict (from the study's list), the rationale, the sources, and who
// checked it and when.

import { useEffect, useState } from 'react';
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
type Row = Source & { key: number };
const rowsOf = (sources: readonly Source[]): Row[] => sources.map((s) => ({ ...s, key: ++rowSeq }));

function Sources({ id, sources, onChange }: { id: string; sources: readonly Source[]; onChange(next: Source[]): void }) {
  // Rows being typed stay here until their address is a web address.
  const [rows, setRows] = useState<Row[]>(() => rowsOf(sources));
  useEffect(() => setRows(rowsOf(sources)), [id, sources]);
  const edit = (key: number, patch: Partial<Source>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const commit = (next: Row[]) => {
    setRows(next);
    const valid = next.filter((s) => isUrl(s.url)).map((s) => ({ url: s.url.trim(), title: s.title.trim() }));
    if (JSON.stringify(valid) !== JSON.stringify(sources)) onChange(valid);
  };
  return (
    <fieldset className="sources">
      <legend className="fact-label">Sources</legend>
      {rows.map((s, i) => (
        <div className="source-row" key={s.key}>
          <input aria-label={`Source ${i + 1} title`} placeholder="Title" value={s.title} onChange={(e) => edit(s.key, { title: e.target.value })} onBlur={() => commit(rows)} />
          <input
            aria-label={`Source ${i + 1} address`}
            placeholder="https://…"
            value={s.url}
            aria-invalid={!!s.url && !isUrl(s.url)}
            onChange={(e) => edit(s.key, { url: e.target.value })}
            onBlur={() => commit(rows)}
          />
          <button type="button" className="icon small" aria-label={`Remove source ${i + 1}`} onClick={() => commit(rows.filter((r) => r.key !== s.key))}>
            ×
          </button>
          {!!s.url && !isUrl(s.url) && <span className="field-error">Not a web address</span>}
        </div>
      ))}
      <button type="button" className="link" onClick={() => setRows([...rows, { url: '', title: '', key: ++rowSeq }])}>
        Add source
      </button>
    </fieldset>
  );
}

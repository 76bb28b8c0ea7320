// The Verdicts and People tabs of the vocabulary dialog: the study's verdict list (order,
// colour, label) and the people quotes are attributed to.

import { useState } from 'react';
import type { Person, Verdict } from '../../../electron/core/api/contract';
import { api } from '../api';
import { DraftField } from './DraftField';
import type { TabProps } from './tab-props';

export function VerdictsTab({ verdicts, run, onVerdicts, setInfo }: TabProps & { verdicts: readonly Verdict[]; onVerdicts(v: Verdict[]): void }) {
  const [rows, setRows] = useState<Verdict[]>(() => verdicts.map((v) => ({ ...v })));
  const move = (i: number, d: number) => {
    const next = [...rows];
    const [r] = next.splice(i, 1);
    next.splice(i + d, 0, r!);
    setRows(next);
  };
  const changed = JSON.stringify(rows) !== JSON.stringify(verdicts);
  return (
    <>
      <ul className="verdict-list">
        {rows.map((v, i) => (
          <li key={v.id}>
            <input type="color" aria-label={`Colour of ${v.label}`} value={v.color.toLowerCase()} onChange={(e) => setRows(rows.map((r, j) => (j === i ? { ...r, color: e.target.value.toUpperCase() } : r)))} />
            <input aria-label={`Verdict ${i + 1}`} value={v.label} onChange={(e) => setRows(rows.map((r, j) => (j === i ? { ...r, label: e.target.value } : r)))} />
            <button type="button" className="icon small" aria-label={`Move ${v.label} up`} disabled={i === 0} onClick={() => move(i, -1)}>
              ↑
            </button>
            <button type="button" className="icon small" aria-label={`Move ${v.label} down`} disabled={i === rows.length - 1} onClick={() => move(i, 1)}>
              ↓
            </button>
            <button type="button" className="icon small" aria-label={`Remove ${v.label}`} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions left">
        <button type="button" onClick={() => setRows([...rows, { id: `verdict-${crypto.randomUUID()}`, label: '', color: '#999999' }])}>
          Add verdict
        </button>
        <button
          type="button"
          className="primary"
          disabled={!changed}
          onClick={() =>
            void run(async () => {
              const saved = await api.saveVerdicts({ verdicts: rows });
              onVerdicts(saved);
              setRows(saved.map((v) => ({ ...v })));
              setInfo('Verdicts saved.');
            })
          }
        >
          Save verdicts
        </button>
      </div>
    </>
  );
}

export function PeopleTab({ people, run, onPeople }: Omit<TabProps, 'setInfo'> & { people: readonly Person[]; onPeople(): void }) {
  if (!people.length) return <p className="muted">No people yet. Speakers you set on quotes appear here.</p>;
  return (
    <table className="tag-table">
      <thead>
        <tr>
          <th>Name</th>
          <th>Role or affiliation</th>
        </tr>
      </thead>
      <tbody>
        {people.map((p) => (
          <tr key={p.id}>
            <td>
              <DraftField aria-label={`Name of ${p.name}`} identity={p.id} value={p.name} onSave={(v) => v.trim() && void run(async () => (await api.savePerson({ id: p.id, name: v, role: p.role }), onPeople()))} />
            </td>
            <td>
              <DraftField aria-label={`Role of ${p.name}`} identity={p.id} value={p.role} onSave={(v) => void run(async () => (await api.savePerson({ id: p.id, name: p.name, role: v }), onPeople()))} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

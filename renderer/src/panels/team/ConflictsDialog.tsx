// Review what merges set aside: for each annotation changed both here and by a colleague,
// the two versions field by field ("Yours" and "Theirs — from <file>"), the differing fields
// marked, the kept one labelled; keep it, or take the other instead.

import { useEffect, useState } from 'react';
import type { Conflict, DocumentSummary } from '../../../../electron/core/api/contract';
import { api, errorMessage } from '../../api';
import { Dialog } from '../../ui/Dialog';
import { conflictRows, type Names } from './conflict-rows';

interface Props extends Names {
  documents: readonly DocumentSummary[];
  onChanged(): void;
  onClose(): void;
}

/** The two columns in reading order (yours first), each with its heading and its side. */
function columns(c: Conflict): Array<{ side: 'kept' | 'other'; heading: string }> {
  const kept = { side: 'kept' as const, heading: c.keptFrom === 'theirs' ? `Theirs — from ${c.origin} (kept)` : c.keptFrom === 'here' ? 'Yours (kept)' : 'Kept in the study' };
  const other = { side: 'other' as const, heading: c.keptFrom === 'theirs' ? 'Yours (set aside)' : c.keptFrom === 'here' ? `Theirs — from ${c.origin} (set aside)` : `Set aside in the merge of ${c.origin}` };
  return c.keptFrom === 'theirs' ? [other, kept] : [kept, other];
}

function ConflictTable({ c, names, onResolve }: { c: Conflict; names: Names; onResolve(keep: 'kept' | 'other'): void }) {
  const rows = conflictRows(c.kept, c.other, names);
  const cols = columns(c);
  return (
    <table className="conflict-table" aria-label="The two versions">
      <thead>
        <tr>
          <th scope="col">Field</th>
          {cols.map((col) => (
            <th scope="col" key={col.side}>
              {col.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.field} className={r.differs ? 'differs' : undefined}>
            <th scope="row">
              {r.field}
              {r.differs && <span className="visually-hidden"> (differs)</span>}
            </th>
            {cols.map((col) => (
              <td key={col.side}>{col.side === 'kept' ? r.kept : r.other}</td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td />
          {cols.map((col) => (
            <td key={col.side}>
              {col.side === 'kept' ? (
                <button type="button" onClick={() => onResolve('kept')}>
                  Keep this
                </button>
              ) : (
                <button type="button" onClick={() => onResolve('other')}>
                  {'deleted' in c.other ? 'Delete it' : 'Use this instead'}
                </button>
              )}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}

export function ConflictsDialog({ documents, tags, verdicts, people, onChanged, onClose }: Props) {
  const [list, setList] = useState<Conflict[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api
      .listConflicts({})
      .then(setList)
      .catch((e) => setError(errorMessage(e)));
  }, []);
  const resolve = async (id: number, keep: 'kept' | 'other') => {
    setError(null);
    try {
      setList(await api.resolveConflict({ id, keep }));
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const title = (id: string) => documents.find((d) => d.id === id)?.title ?? 'A removed document';

  return (
    <Dialog title="Conflicts to review" size="wide" onClose={onClose}>
      <p className="muted">These annotations were changed both here and by a colleague. The newer version was kept; the fields that differ are marked.</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="tab-panel">
        {list === null ? (
          <p className="muted">Loading…</p>
        ) : list.length === 0 ? (
          <p>No conflicts left to review.</p>
        ) : (
          <ul className="conflicts">
            {list.map((c) => (
              <li key={c.id} aria-label={`Conflict in ${title(c.documentId)}`}>
                <h3>{title(c.documentId)}</h3>
                <ConflictTable c={c} names={{ tags, verdicts, people }} onResolve={(keep) => void resolve(c.id, keep)} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </Dialog>
  );
}

// Review what merges set aside: for each annotation changed on both sides, the version kept
// and the other one; keep the first, or take the other instead.

import { useEffect, useState } from 'react';
import type { Annotation, Conflict, DocumentSummary, Tag, Verdict } from '../../../../electron/core/api/contract';
import { api, errorMessage } from '../../api';
import { Dialog } from '../../ui/Dialog';

interface Props {
  documents: readonly DocumentSummary[];
  tags: readonly Tag[];
  verdicts: readonly Verdict[];
  onChanged(): void;
  onClose(): void;
}

function Version({ v, tags, verdicts }: { v: Conflict['other']; tags: readonly Tag[]; verdicts: readonly Verdict[] }) {
  if ('deleted' in v) return <p>Deleted{v.by ? ` by ${v.by}` : ''} on {v.deleted.slice(0, 16).replace('T', ' ')}.</p>;
  const a: Annotation = v;
  const verdict = a.fields.claim?.verdict ? verdicts.find((x) => x.id === a.fields.claim!.verdict)?.label : null;
  return (
    <dl className="version">
      <dt>Tag</dt>
      <dd>{tags.find((t) => t.id === a.tag)?.name ?? a.tag}</dd>
      <dt>Text</dt>
      <dd>
        <q>{a.exact}</q>
      </dd>
      {a.note && (
        <>
          <dt>Note</dt>
          <dd>{a.note}</dd>
        </>
      )}
      {verdict && (
        <>
          <dt>Verdict</dt>
          <dd>{verdict}</dd>
        </>
      )}
      <dt>Changed</dt>
      <dd>{a.modified.slice(0, 16).replace('T', ' ')}</dd>
    </dl>
  );
}

export function ConflictsDialog({ documents, tags, verdicts, onChanged, onClose }: Props) {
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
      <p className="muted">These annotations were changed both here and by a colleague. The newer version was kept; the other is shown beside it.</p>
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
                <div className="side-by-side">
                  <section>
                    <h4>Kept in the study</h4>
                    <Version v={c.kept} tags={tags} verdicts={verdicts} />
                    <button type="button" onClick={() => void resolve(c.id, 'kept')}>
                      Keep this
                    </button>
                  </section>
                  <section>
                    <h4>Set aside (from {c.origin})</h4>
                    <Version v={c.other} tags={tags} verdicts={verdicts} />
                    <button type="button" onClick={() => void resolve(c.id, 'other')}>
                      {'deleted' in c.other ? 'Delete it' : 'Use this instead'}
                    </button>
                  </section>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Dialog>
  );
}

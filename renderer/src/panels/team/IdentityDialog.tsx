// Who you are (recorded on every annotation and change you make), and who has worked in this
// study so far.

import { useEffect, useState } from 'react';
import type { Contributor, Session } from '../../../../electron/core/api/contract';
import { api, errorMessage } from '../../api';
import { Dialog, DialogFooter } from '../../ui/Dialog';

interface Props {
  session: Session;
  /** First start: a welcome that can be skipped (work is then recorded as “Unknown”). */
  welcome?: boolean;
  onSaved(session: Session): void;
  onClose(): void;
}

export function IdentityDialog({ session, welcome = false, onSaved, onClose }: Props) {
  const me = session.identity;
  const [name, setName] = useState(me.chosen ? me.name : '');
  const [email, setEmail] = useState(me.email ?? '');
  const [orcid, setOrcid] = useState(me.orcid ?? '');
  const [error, setError] = useState<string | null>(null);
  const [people, setPeople] = useState<Contributor[] | null>(null);

  useEffect(() => {
    api
      .listContributors({})
      .then(setPeople)
      .catch(() => setPeople([]));
  }, []);

  const save = async () => {
    setError(null);
    try {
      onSaved(await api.setIdentity({ name, email, orcid }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Dialog title={welcome ? 'Welcome to Sourcemark' : 'Your name'} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <p className="muted">
          {welcome ? 'Who is annotating? ' : ''}Every annotation and change you make records this name, so a team can see who tagged what.
          {welcome ? ' You can skip this: your work is then recorded as “Unknown” until you set a name (File › Your Name).' : ''}
        </p>
        <label htmlFor="identity-name">Name</label>
        <input id="identity-name" value={name} placeholder="Your name" onChange={(e) => setName(e.target.value)} autoComplete="name" required autoFocus />
        <label htmlFor="identity-email">E-mail (optional)</label>
        <input id="identity-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="email" />
        <label htmlFor="identity-orcid">ORCID iD (optional)</label>
        <input id="identity-orcid" value={orcid} placeholder="0000-0002-1825-0097" onChange={(e) => setOrcid(e.target.value)} />
        <DialogFooter error={error} onCancel={onClose} cancelLabel={welcome ? 'Skip' : 'Cancel'}>
          <button type="submit" className="primary">
            Save
          </button>
        </DialogFooter>
      </form>
      {!welcome && <h3>Contributors to this study</h3>}
      {welcome ? null : people === null ? (
        <p className="muted">Loading…</p>
      ) : people.length === 0 ? (
        <p className="muted">Nobody has annotated in this study yet.</p>
      ) : (
        <table className="tag-table contributors" aria-label="Contributors">
          <thead>
            <tr>
              <th>Name</th>
              <th>Contact</th>
              <th className="num">Annotations</th>
              <th>Active</th>
            </tr>
          </thead>
          <tbody>
            {people.map((c) => (
              <tr key={c.name}>
                <td>{c.name}</td>
                <td>{[c.email, c.orcid && `ORCID ${c.orcid}`].filter(Boolean).join(' · ')}</td>
                <td className="num">{c.annotations}</td>
                <td>
                  {c.firstSeen.slice(0, 10)}
                  {c.lastSeen.slice(0, 10) !== c.firstSeen.slice(0, 10) ? ` – ${c.lastSeen.slice(0, 10)}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}

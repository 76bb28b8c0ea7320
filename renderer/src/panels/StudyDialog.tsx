// Open or create a study in browser mode (Electron uses the native file dialogs instead):
// recent studies, or a path typed in. Errors show in the dialog and change nothing.

import { useState } from 'react';
import type { Session } from '../../../electron/core/api/contract';
import { Dialog, DialogFooter } from '../ui/Dialog';

interface Props {
  kind: 'open' | 'new';
  session: Session;
  /** Open or create (by `kind`) the study at `path`; resolves to an error message or null. */
  onSubmit(path: string): Promise<string | null>;
  onClose(): void;
}

export function StudyDialog({ kind, session, onSubmit, onClose }: Props) {
  const sep = session.defaultStudyDir.includes('\\') ? '\\' : '/';
  const [path, setPath] = useState(kind === 'new' ? `${session.defaultStudyDir}${sep}New study.sourcemark` : '');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const submit = async (target = path) => {
    if (!target.trim()) return setError('Type the path of a study file.');
    setWorking(true);
    const err = await onSubmit(target.trim());
    setWorking(false);
    setError(err);
  };

  const others = session.recentStudies.filter((p) => p !== session.study?.path);
  return (
    <Dialog title={kind === 'new' ? 'New study' : 'Open study'} onClose={onClose}>
        {kind === 'open' && others.length > 0 && (
          <>
            <h3>Recent studies</h3>
            <ul className="recent">
              {others.map((p) => (
                <li key={p}>
                  <button type="button" onClick={() => void submit(p)} disabled={working}>
                    {p}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label htmlFor="study-path">{kind === 'new' ? 'Create the study file at' : 'Study file'}</label>
          <input
            id="study-path"
            autoFocus
            value={path}
            onChange={(e) => setPath(e.target.value)}
            placeholder={`${session.defaultStudyDir}${sep}….sourcemark`}
            spellCheck={false}
          />
          <DialogFooter error={error} onCancel={onClose}>
            <button type="submit" className="primary" disabled={working}>
              {kind === 'new' ? 'Create' : 'Open'}
            </button>
          </DialogFooter>
        </form>
    </Dialog>
  );
}

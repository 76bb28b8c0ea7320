// The exchange dialogs over the window, one at a time: export, import with preview, your
// name, conflict review and the agreement view. They report back through the store.

import type { AppState } from '../../state/store';
import { describeImport } from '../../../../electron/core/exchange/describe';
import { download } from '../../files';
import { store } from '../../state/store';
import { CompareView } from './CompareView';
import { ConflictsDialog } from './ConflictsDialog';
import { ExportDialog } from './ExportDialog';
import { IdentityDialog } from './IdentityDialog';
import { ImportDialog } from './ImportDialog';

interface Props {
  state: AppState;
}

export function TeamDialogs({ state: s }: Props) {
  const dropped = s.dialog?.kind === 'import' ? (s.dialog.file ?? null) : null;
  const tags = s.session?.tags ?? [];
  return (
    <>
      {s.dialog?.kind === 'export' && (
        <ExportDialog
          documents={s.documents}
          currentId={s.current?.summary.id ?? null}
          initialScope={s.dialog.scope}
          onExported={(file) => {
            download(file);
            store.showDialog(null);
            store.notify('info', `Exported ${file.fileName}.`);
          }}
          onClose={() => store.showDialog(null)}
        />
      )}
      {s.dialog?.kind === 'import' && (
        <ImportDialog
          initial={dropped}
          tags={tags}
          onImported={(summary) => {
            store.showDialog(null);
            store.reportMerge(summary.origin, describeImport(summary));
            void store.afterImport();
          }}
          onClose={() => store.showDialog(null)}
        />
      )}
      {s.dialog?.kind === 'identity' && s.session && (
        <IdentityDialog
          session={s.session}
          welcome={s.dialog.welcome ?? false}
          onSaved={(session) => {
            store.showDialog(null);
            void store.refreshSession();
            store.notify('info', `You are annotating as ${session.identity.name}.`);
          }}
          onClose={() => store.showDialog(null)}
        />
      )}
      {s.dialog?.kind === 'conflicts' && s.session && (
        <ConflictsDialog
          documents={s.documents}
          tags={tags}
          verdicts={s.session.verdicts}
          people={s.people}
          onChanged={() => void store.afterImport()}
          onClose={() => store.showDialog(null)}
        />
      )}
      {s.dialog?.kind === 'compare' && s.current && (
        <CompareView
          documentId={s.current.summary.id}
          title={s.current.summary.title}
          tags={tags}
          onReveal={(id) => {
            store.showDialog(null);
            store.select(id, true);
          }}
          onClose={() => store.showDialog(null)}
        />
      )}
    </>
  );
}

// Every dialog over the window, each shown when the state asks for it: studies, tags, the
// map, the team's dialogs, the library's (rename, collections, import report), the
// shortcuts sheet and the confirmation before hard-to-undo steps.

import type { AppState } from '../state/store';
import { store } from '../state/store';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ShortcutsSheet } from '../ui/ShortcutsSheet';
import { CollectionsDialog, ImportReportDialog, RenameDocumentDialog } from './LibraryDialogs';
import { MapView } from './MapView';
import { StudyDialog } from './StudyDialog';
import { TagManager } from './TagManager';
import { TeamDialogs } from './team/TeamDialogs';

export function Dialogs({ state: s }: { state: AppState }) {
  const d = s.dialog;
  return (
    <>
      {s.studyDialog && s.session && <StudyDialog kind={s.studyDialog} session={s.session} onSubmit={(p) => store.switchStudy(s.studyDialog!, p)} onClose={() => store.showStudyDialog(null)} />}
      {s.tagManager && s.session && (
        <TagManager
          session={s.session}
          documents={s.documents}
          people={s.people}
          onTags={(tags) => void store.setTags(tags)}
          onVerdicts={(v) => store.setVerdicts(v)}
          onPeople={() => void store.refreshPeople()}
          onClose={() => store.showTagManager(false)}
        />
      )}
      {s.mapOpen && (
        <MapView
          documentId={s.current?.summary.id ?? null}
          onReveal={(doc, id) => {
            store.showMap(false);
            void store.reveal(doc, id);
          }}
          onClose={() => store.showMap(false)}
        />
      )}
      <TeamDialogs state={s} />
      {d?.kind === 'rename-document' && <RenameDocumentDialog doc={s.documents.find((x) => x.id === d.id) ?? null} onClose={() => store.showDialog(null)} />}
      {d?.kind === 'collections' && <CollectionsDialog collections={s.collections} onClose={() => store.showDialog(null)} />}
      {d?.kind === 'import-report' && s.importReport && <ImportReportDialog report={s.importReport} onClose={() => store.showDialog(null)} />}
      {s.shortcutsOpen && <ShortcutsSheet onClose={() => store.showShortcuts(false)} />}
      {s.confirm && <ConfirmDialog confirm={s.confirm} onClose={() => store.ask(null)} />}
    </>
  );
}

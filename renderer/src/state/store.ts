// The UI's state and the actions that change it, in layers: session, open document and
// annotations, library, suggestions, and here the panes and dialogs. Every action goes
// through the API first and updates the screen from what the study saved.

import { api, onWriteWait } from '../api';
import { SuggestionStore } from './suggestions';
import type { Confirm, Dialog } from './store-base';

export type { AppState, Busy, Confirm, Dialog, FileToImport, ImportReport, LibrarySort, Notice } from './store-base';

export class AppStore extends SuggestionStore {
  showStudyDialog(kind: 'open' | 'new' | null): void {
    this.set({ studyDialog: kind });
  }
  showTagManager(open: boolean): void {
    this.set({ tagManager: open });
  }
  showSearch(open: boolean): void {
    this.set({ searching: open });
  }
  showMap(open: boolean): void {
    this.set({ mapOpen: open });
  }
  showShortcuts(open: boolean): void {
    this.set({ shortcutsOpen: open });
  }
  showDialog(dialog: Dialog | null): void {
    this.set({ dialog });
  }
  ask(confirm: Confirm | null): void {
    this.set({ confirm });
  }

  /** A merge's summary, one line per kind of change, as a notice with the report behind it. */
  reportMerge(origin: string, lines: string[]): void {
    this.set({ importReport: { when: new Date().toISOString(), rows: lines.map((detail) => ({ file: origin, outcome: 'merged', detail })) } });
    this.notify('info', `Imported ${origin}. ${lines[0] ?? ''}`, { label: 'Details', run: () => this.showDialog({ kind: 'import-report' }) });
  }

  /** After a merge: the session (tags, verdicts, conflicts), the library and the open document. */
  async afterImport(): Promise<void> {
    await this.guard('Could not refresh after the import', async () => {
      const session = await api.getSession({});
      this.set({ session });
      await this.refreshDocuments();
      const cur = this.state.current?.summary.id ?? this.state.documents[0]?.id;
      if (cur) await this.openDocument(cur);
    });
    // Undo steps refer to annotations the import may have changed.
    this.history.clear();
    this.syncHistory();
  }
}

export const store = new AppStore();
onWriteWait((message) => store.setWriteWait(message));

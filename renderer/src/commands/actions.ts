// What each command does, and when it can be done: the UI's half of the command table
// (electron/core/api/commands.ts holds the ids, labels and keys). The menus, the menu bar,
// the keymap and the shortcuts sheet all run these.

import type { CommandId } from '../../../electron/core/api/commands';
import { host } from '../api';
import type { AppState } from '../state/store';
import { store } from '../state/store';

export interface Binding {
  run(): void;
  enabled?(s: AppState): boolean;
  checked?(s: AppState): boolean;
  /** A label that says more than the table's ("Undo tag Claim"). */
  label?(s: AppState): string | undefined;
}

export interface ActionDeps {
  pickFiles(): void;
  pickFolder(): void;
  toggleTheme(): void;
  isDark(): boolean;
  togglePane(pane: 'library' | 'annotations'): void;
}

const hasDocument = (s: AppState) => !!s.current;

/** Open or create a study: the native dialog in Electron, ours in the browser. */
export async function chooseStudy(kind: 'open' | 'new'): Promise<void> {
  if (!host) return store.showStudyDialog(kind);
  const path = await host.chooseStudy(kind);
  const err = path && (await store.switchStudy(kind, path));
  if (err) store.notify('error', err);
}

export async function openRecent(path: string): Promise<void> {
  const err = await store.switchStudy('open', path);
  if (err) store.notify('error', err);
}

export function bindings(d: ActionDeps): Record<CommandId, Binding> {
  return {
    'new-study': { run: () => void chooseStudy('new') },
    'open-study': { run: () => void chooseStudy('open') },
    'import-files': { run: d.pickFiles, enabled: (s) => !!s.session?.study && !s.busy },
    'import-folder': { run: d.pickFolder, enabled: (s) => !!s.session?.study && !s.busy },
    'import-annotations': { run: () => store.showDialog({ kind: 'import' }), enabled: (s) => !!s.session?.study },
    'export-document': { run: () => store.showDialog({ kind: 'export', scope: 'document' }), enabled: hasDocument },
    'export-study': { run: () => store.showDialog({ kind: 'export', scope: 'study' }), enabled: (s) => !!s.session?.study },
    identity: { run: () => store.showDialog({ kind: 'identity' }) },
    'keep-originals': {
      run: () => void store.setKeepOriginals(!store.getState().session?.study?.keepsOriginals),
      checked: (s) => !!s.session?.study?.keepsOriginals,
      enabled: (s) => !!s.session?.study,
    },
    undo: { run: () => void store.undo(), enabled: (s) => !!s.undoLabel, label: (s) => (s.undoLabel ? `Undo ${s.undoLabel}` : undefined) },
    redo: { run: () => void store.redo(), enabled: (s) => !!s.redoLabel, label: (s) => (s.redoLabel ? `Redo ${s.redoLabel}` : undefined) },
    'delete-annotation': {
      run: () => {
        const id = store.getState().selectedId;
        if (id) void store.remove(id);
      },
      enabled: (s) => !!s.selectedId,
    },
    'manage-tags': { run: () => store.showTagManager(true), enabled: (s) => !!s.session?.study },
    conflicts: { run: () => store.showDialog({ kind: 'conflicts' }), enabled: (s) => !!s.session?.openConflicts },
    search: { run: () => store.showSearch(true), enabled: (s) => !!s.session?.study },
    suggest: { run: () => void store.suggest(), enabled: (s) => hasDocument(s) && !s.busy },
    'place-confident': { run: () => void store.placeConfidentLocations(), enabled: (s) => !!s.session?.study },
    'rename-document': { run: () => store.getState().current && store.showDialog({ kind: 'rename-document', id: store.getState().current!.summary.id }), enabled: hasDocument },
    'delete-document': { run: () => store.getState().current && store.deleteDocument(store.getState().current!.summary.id), enabled: hasDocument },
    map: { run: () => store.showMap(true), enabled: (s) => !!s.session?.study },
    'toggle-library': { run: () => d.togglePane('library') },
    'toggle-annotations': { run: () => d.togglePane('annotations') },
    'toggle-theme': { run: d.toggleTheme, checked: () => d.isDark() },
    shortcuts: { run: () => store.showShortcuts(true) },
  };
}


// The window: the menu bar, then library | reader | side pane (annotations, search results
// or suggestions), the dialogs over them, and the notices. Every command — menu, keyboard,
// toolbar, native menu — runs the same action from commands/actions.ts.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MenuCommand } from '../../electron/core/api/host-bridge';
import { bindings as makeBindings, openRecent } from './commands/actions';
import { host } from './api';
import { pickWithHost, toImports } from './files';
import { useAppState } from './hooks';
import { Dialogs } from './panels/Dialogs';
import { Library } from './panels/Library';
import { ReaderArea } from './panels/ReaderArea';
import { SidePane } from './panels/SidePane';
import { TopBar } from './panels/TopBar';
import { store, type FileToImport } from './state/store';
import { applyTheme, initialTheme, tagVariables, type Theme } from './theme';
import { DropZone } from './ui/DropZone';
import { Notices } from './ui/Notices';
import { Panes, type PanesHandle } from './ui/Panes';
import { useKeymap } from './ui/useKeymap';

export function App() {
  const s = useAppState();
  const [theme, setTheme] = useState<Theme>(initialTheme);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const panes = useRef<PanesHandle>(null);
  const themeRef = useRef(theme);
  themeRef.current = theme;

  useEffect(() => applyTheme(theme), [theme]);
  useEffect(() => void store.init(), []);
  // Closing the window while typing a note: leaving the field saves it.
  useEffect(() => {
    const flush = () => (document.activeElement as HTMLElement | null)?.blur();
    window.addEventListener('beforeunload', flush);
    return () => window.removeEventListener('beforeunload', flush);
  }, []);

  // Documents are imported; an annotation file among them opens the import preview.
  const importFiles = useCallback((files: FileToImport[]) => void store.importFiles(files, (file) => store.showDialog({ kind: 'import', file })), []);
  const pick = useCallback(
    async (kind: 'files' | 'folder') => {
      const picked = await pickWithHost(kind);
      if (picked) importFiles(picked);
      else if (!host) (kind === 'files' ? filesInput : folderInput).current?.click();
    },
    [importFiles],
  );
  const bindings = useMemo(
    () =>
      makeBindings({
        pickFiles: () => void pick('files'),
        pickFolder: () => void pick('folder'),
        toggleTheme: () => setTheme((t) => (t === 'dark' ? 'light' : 'dark')),
        isDark: () => themeRef.current === 'dark',
        togglePane: (p) => panes.current?.toggle(p),
      }),
    [pick],
  );
  const onHostCommand = useCallback(
    (c: MenuCommand) => {
      if (c.command === 'open-recent' && 'path' in c) void openRecent(c.path);
      else if (c.command === 'import-paths' && 'files' in c) importFiles(c.files.map((f) => ({ name: f.name, ...(f.collection ? { collection: f.collection } : {}), readBase64: () => host!.readFile(f.path) })));
    },
    [importFiles],
  );
  useKeymap(s, bindings, onHostCommand);

  const tags = s.session?.tags ?? [];
  const vars = useMemo(() => tagVariables(tags, theme), [tags, theme]);

  return (
    <div className="app" style={vars} data-ready={s.ready || undefined}>
      <TopBar state={s} bindings={bindings} theme={theme} nativeMenu={!!host} />
      <input ref={filesInput} type="file" multiple hidden data-testid="import-input" onChange={(e) => (e.target.files?.length && importFiles(toImports(e.target.files)), (e.target.value = ''))} />
      <input ref={folderInput} type="file" multiple hidden data-testid="import-folder-input" {...{ webkitdirectory: '' }} onChange={(e) => (e.target.files?.length && importFiles(toImports(e.target.files)), (e.target.value = ''))} />
      {s.session && (
        <Panes
          ref={panes}
          library={<Library state={s} onImport={() => void pick('files')} onImportFolder={() => void pick('folder')} onChangeStudy={bindings['open-study'].run} />}
          reader={<ReaderArea state={s} onImport={() => void pick('files')} />}
          side={<SidePane state={s} />}
        />
      )}
      <Dialogs state={s} />
      <DropZone onFiles={importFiles} />
      <Notices notices={s.notices} busy={s.busy} writeWait={s.writeWait} onDismiss={(id) => store.dismiss(id)} />
    </div>
  );
}

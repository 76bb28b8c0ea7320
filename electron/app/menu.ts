// The native application menu. Items that act on the study are sent to the renderer as menu
// commands, so the menu, the in-app toolbar and the keyboard all run the same code.

import fs from 'node:fs';
import path from 'node:path';
import { BrowserWindow, Menu, dialog, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../core/api/host-bridge';

const ARTICLE_FILTERS = [{ name: 'Articles', extensions: ['md', 'markdown', 'txt'] }];

function send(win: BrowserWindow | undefined, command: MenuCommand): void {
  win?.webContents.send('menu', command);
}

async function importArticles(win: BrowserWindow): Promise<void> {
  const r = await dialog.showOpenDialog(win, { title: 'Import articles', properties: ['openFile', 'multiSelections'], filters: ARTICLE_FILTERS });
  if (r.canceled) return;
  const files = r.filePaths.map((p) => ({ name: path.basename(p), dataBase64: fs.readFileSync(p).toString('base64') }));
  send(win, { command: 'import-files', files });
}

export function buildMenu(getWindow: () => BrowserWindow | undefined, recentStudies: string[]): Menu {
  const cmd = (command: MenuCommand) => () => send(getWindow(), command);
  const template: MenuItemConstructorOptions[] = [
    {
      label: '&File',
      submenu: [
        { label: 'New Study…', accelerator: 'CmdOrCtrl+Shift+N', click: cmd({ command: 'new-study' }) },
        { label: 'Open Study…', accelerator: 'CmdOrCtrl+Shift+O', click: cmd({ command: 'open-study' }) },
        {
          label: 'Open Recent',
          submenu: recentStudies.length
            ? recentStudies.map((p) => ({ label: p, click: cmd({ command: 'open-recent', path: p }) }))
            : [{ label: 'No recent studies', enabled: false }],
        },
        { type: 'separator' },
        {
          label: 'Import Articles…',
          accelerator: 'CmdOrCtrl+O',
          click: () => {
            const win = getWindow();
            if (win) void importArticles(win);
          },
        },
        { type: 'separator' },
        { label: 'Import Annotations…', accelerator: 'CmdOrCtrl+I', click: cmd({ command: 'import-annotations' }) },
        { type: 'separator' },
        { label: 'Export Document…', accelerator: 'CmdOrCtrl+E', click: cmd({ command: 'export-document' }) },
        { label: 'Export Study…', accelerator: 'CmdOrCtrl+Shift+E', click: cmd({ command: 'export-study' }) },
        { type: 'separator' },
        { label: 'Your Name…', click: cmd({ command: 'identity' }) },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: cmd({ command: 'undo' }) },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: cmd({ command: 'redo' }) },
        { type: 'separator' },
        { role: 'copy' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Delete Annotation', accelerator: 'Delete', registerAccelerator: false, click: cmd({ command: 'delete-annotation' }) },
        { type: 'separator' },
        { label: 'Tags, Verdicts and People…', click: cmd({ command: 'manage-tags' }) },
        { label: 'Review Conflicts…', click: cmd({ command: 'conflicts' }) },
        { label: 'Search Study…', accelerator: 'CmdOrCtrl+Shift+F', click: cmd({ command: 'search' }) },
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Map of Locations…', click: cmd({ command: 'map' }) },
        { type: 'separator' },
        { label: 'Toggle Dark Theme', accelerator: 'CmdOrCtrl+Shift+L', click: cmd({ command: 'toggle-theme' }) },
        { type: 'separator' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'resetZoom' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}

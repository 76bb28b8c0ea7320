// The only user of ipcMain. Each API method is one channel; a request is served only when it
// comes from our own window's main frame, then validated and dispatched exactly as the web
// host does. Host-only channels (native dialogs, external links) validate their arguments too.

import { BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { dispatch } from '../core/api/dispatch';
import type { ApiImpl } from '../core/api/contract';
import { METHOD_NAMES, SESSION_CHANGING } from '../core/api/methods';
import { STUDY_EXTENSION } from '../core/store/open';
import type { Result } from '../core/domain/errors';
import type { MenuState, PickedFile } from '../core/api/host-bridge';
import { expandPicked, type HandedFiles } from './handed-files';

export const APP_ORIGIN = 'app://sourcemark';

export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || !frame.url.startsWith(`${APP_ORIGIN}/`)) return false;
  const win = BrowserWindow.fromWebContents(event.sender);
  return !!win && frame === event.sender.mainFrame;
}

const untrusted: Result<never> = { ok: false, error: { code: 'invalid_request', message: 'Request from an untrusted frame.' } };

const ChooseStudy = z.enum(['open', 'new']);
const ExternalUrl = z.url({ protocol: /^https?$/ });

/** Ask before a link from a document leaves the app, showing the whole address. */
export async function confirmExternal(win: BrowserWindow | null, url: string): Promise<boolean> {
  const options = {
    type: 'question' as const,
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this address in your web browser?',
    detail: url,
  };
  const r = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  return r.response === 0;
}

export interface HostIpc {
  onSessionChanged(): void;
  onMenuState(state: MenuState): void;
  handed: HandedFiles;
}

const ChooseImport = z.enum(['files', 'folder']);
const FilePath = z.string().min(1).max(4096);
const MenuStateSchema = z.record(z.string().max(64), z.object({ enabled: z.boolean(), checked: z.boolean().optional(), label: z.string().max(300).optional() }));

export function registerIpc(api: ApiImpl, { onSessionChanged, onMenuState, handed }: HostIpc): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(`sm:${method}`, async (event, request: unknown) => {
      if (!isTrustedSender(event)) return untrusted;
      const result = await dispatch(api, method, request);
      if (result.ok && SESSION_CHANGING.has(method)) onSessionChanged();
      return result;
    });
  }

  ipcMain.handle('host:chooseStudy', async (event, kind: unknown): Promise<string | null> => {
    if (!isTrustedSender(event)) return null;
    const parsed = ChooseStudy.safeParse(kind);
    if (!parsed.success) return null;
    const win = BrowserWindow.fromWebContents(event.sender)!;
    const filters = [{ name: 'Sourcemark study', extensions: [STUDY_EXTENSION.slice(1)] }];
    if (parsed.data === 'open') {
      const r = await dialog.showOpenDialog(win, { title: 'Open study', properties: ['openFile'], filters });
      return r.canceled ? null : (r.filePaths[0] ?? null);
    }
    const r = await dialog.showSaveDialog(win, { title: 'New study', defaultPath: `New study${STUDY_EXTENSION}`, filters });
    return r.canceled ? null : (r.filePath ?? null);
  });

  // Files and folders to import: the user's choice, and only it, may be read afterwards.
  ipcMain.handle('host:chooseImport', async (event, kind: unknown): Promise<PickedFile[] | null> => {
    if (!isTrustedSender(event)) return null;
    const parsed = ChooseImport.safeParse(kind);
    if (!parsed.success) return null;
    const win = BrowserWindow.fromWebContents(event.sender)!;
    const folder = parsed.data === 'folder';
    const r = await dialog.showOpenDialog(win, { title: folder ? 'Import a folder' : 'Import files', properties: folder ? ['openDirectory'] : ['openFile', 'multiSelections'] });
    return r.canceled ? null : handed.hand(expandPicked(r.filePaths));
  });

  ipcMain.handle('host:readFile', (event, file: unknown): string => {
    if (!isTrustedSender(event)) throw new Error('Request from an untrusted frame.');
    return handed.read(FilePath.parse(file));
  });

  ipcMain.on('host:menuState', (event, state: unknown) => {
    if (!isTrustedSender(event as unknown as IpcMainInvokeEvent)) return;
    const parsed = MenuStateSchema.safeParse(state);
    if (parsed.success) onMenuState(parsed.data as MenuState);
  });

  ipcMain.handle('host:openExternal', async (event, url: unknown): Promise<boolean> => {
    if (!isTrustedSender(event)) return false;
    const parsed = ExternalUrl.safeParse(url);
    if (!parsed.success) return false;
    if (!(await confirmExternal(BrowserWindow.fromWebContents(event.sender), parsed.data))) return false;
    await shell.openExternal(parsed.data);
    return true;
  });
}

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

export function registerIpc(api: ApiImpl, onSessionChanged: () => void): void {
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

  ipcMain.handle('host:openExternal', async (event, url: unknown): Promise<boolean> => {
    if (!isTrustedSender(event)) return false;
    const parsed = ExternalUrl.safeParse(url);
    if (!parsed.success) return false;
    if (!(await confirmExternal(BrowserWindow.fromWebContents(event.sender), parsed.data))) return false;
    await shell.openExternal(parsed.data);
    return true;
  });
}

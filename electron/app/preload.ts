// Runs in the sandboxed renderer before the page. Exposes exactly two objects:
// window.sourcemark (one function per API method, each returning a Result) and
// window.sourcemarkHost (native dialogs, external links, menu commands). Nothing else of
// Electron or Node reaches the page.

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { METHOD_NAMES, type Method } from '../core/api/methods';
import type { Bridge, HostBridge, MenuCommand } from '../core/api/host-bridge';

const api = Object.fromEntries(
  METHOD_NAMES.map((m: Method) => [m, (request: unknown) => ipcRenderer.invoke(`sm:${m}`, request ?? {})]),
) as Bridge satisfies Record<Method, unknown>;

const host: HostBridge = {
  platform: process.platform,
  chooseStudy: (kind) => ipcRenderer.invoke('host:chooseStudy', kind),
  chooseImport: (kind) => ipcRenderer.invoke('host:chooseImport', kind),
  readFile: (file) => ipcRenderer.invoke('host:readFile', file),
  openExternal: (url) => ipcRenderer.invoke('host:openExternal', url),
  setMenuState: (state) => ipcRenderer.send('host:menuState', state),
  onMenu(listener) {
    const wrapped = (_e: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on('menu', wrapped);
    return () => ipcRenderer.removeListener('menu', wrapped);
  },
};

contextBridge.exposeInMainWorld('sourcemark', api);
contextBridge.exposeInMainWorld('sourcemarkHost', host);

// Electron main process: lifecycle and the window only. The window is locked down (context
// isolation, sandbox, no Node, CSP, no navigation, no new windows, no remote requests); all
// logic lives in core/ and is reached through ipc.ts.

import fs from 'node:fs';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, net, protocol, session, shell } from 'electron';
import { pathToFileURL } from 'node:url';
import { SourcemarkService } from '../core/api/service';
import { workerExtractor } from '../core/isolation/extractor';
import { dataFolder } from '../hosting/settings-file';
import { setNativeBinding } from '../core/store/open';
import { APP_ORIGIN, confirmExternal, registerIpc } from './ipc';
import { buildMenu } from './menu';
import { filesFromArgv, sortOpenRequests } from './open-paths';
import { expandPicked, HandedFiles } from './handed-files';
import type { MenuState } from '../core/api/host-bridge';
import { utilityIsolate } from './utility-isolate';
import { CSP } from '../hosting/csp';

const RENDERER_DIR = path.join(__dirname, '../renderer');

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

/** better-sqlite3 built for Electron's ABI (scripts/native-electron.mjs), never node_modules' Node build. */
function electronSqliteBinding(): string | undefined {
  const candidates = [
    path.join(process.resourcesPath, 'native', 'better_sqlite3.node'),
    path.join(__dirname, '../../.native/electron/better_sqlite3.node'),
  ];
  return candidates.find((p) => fs.existsSync(p));
}

function serveRenderer(): void {
  protocol.handle('app', (request) => {
    const url = new URL(request.url);
    const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = path.resolve(RENDERER_DIR, '.' + rel);
    if (url.host !== 'sourcemark' || !file.startsWith(RENDERER_DIR + path.sep)) return new Response('Forbidden', { status: 403 });
    return net.fetch(pathToFileURL(file).toString()).then((r) => {
      const headers = new Headers(r.headers);
      headers.set('Content-Security-Policy', CSP);
      headers.set('X-Content-Type-Options', 'nosniff');
      return new Response(r.body, { status: r.status, headers });
    });
  });
}

function lockDownSession(): void {
  const s = session.defaultSession;
  s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  // No remote content, ever: only our own app:// scheme (and devtools) may load.
  s.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_details, callback) => callback({ cancel: true }));
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Sourcemark',
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    // Links come from imported documents: the user sees the whole address before it opens.
    if (/^https?:\/\//i.test(url)) void confirmExternal(win, url).then((ok) => (ok ? shell.openExternal(url) : undefined));
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/** Arguments before the files: the executable, and in development also the app folder. */
const ARGV_SKIP = app.isPackaged ? 1 : 2;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let win: BrowserWindow | undefined;
  let service: SourcemarkService | undefined;
  /** Files the page may read: those the user chose or the system handed over. */
  const handed = new HandedFiles();
  let menuState: MenuState = {};
  /** Files handed over before the window could take them. */
  const pending: string[] = [];
  const launchFiles = filesFromArgv(process.argv, process.cwd(), ARGV_SKIP);

  /** Studies are opened; anything else goes to the importer, which reads what the file really is. */
  const openFiles = (paths: string[]) => {
    if (!win || win.webContents.isLoading()) return void pending.push(...paths);
    const { studies, articles } = sortOpenRequests(paths);
    const last = studies[studies.length - 1];
    if (last) win.webContents.send('menu', { command: 'open-recent', path: last });
    const files = handed.hand(expandPicked(articles));
    if (files.length) win.webContents.send('menu', { command: 'import-paths', files });
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (win?.isMinimized()) win.restore();
    win?.focus();
    openFiles(filesFromArgv(argv, workingDirectory, ARGV_SKIP));
  });

  // macOS: a file double-clicked in the Finder, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFiles([file]);
  });

  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  void app.whenReady().then(() => {
    const binding = electronSqliteBinding();
    setNativeBinding(binding);
    serveRenderer();
    lockDownSession();
    const { studies, articles } = sortOpenRequests(launchFiles);
    const launchStudy = studies[studies.length - 1];
    pending.push(...articles);
    try {
      // Workers cannot start from inside app.asar: they are unpacked beside it (electron-builder.yml).
      const extract = workerExtractor(path.join(__dirname, '../workers/extract.cjs').replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`));
      service = new SourcemarkService({ ...dataFolder(app.getPath('userData')), extract, isolate: utilityIsolate(binding), ...(launchStudy ? { studyPath: launchStudy } : {}) }).start();
    } catch (e) {
      dialog.showErrorBox('Sourcemark cannot start', `No study could be opened or created: ${(e as Error).message}`);
      app.quit();
      return;
    }
    const svc = service;
    const refreshMenu = () => Menu.setApplicationMenu(buildMenu(() => win, svc.settings.recentStudies, menuState));
    registerIpc(svc, {
      onSessionChanged: refreshMenu,
      onMenuState: (state) => {
        menuState = state;
        refreshMenu();
      },
      handed,
    });
    refreshMenu();
    win = createWindow();
    win.webContents.once('did-finish-load', () => openFiles(pending.splice(0)));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) win = createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => service?.close());
}

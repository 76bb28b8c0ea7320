// The native application menu, built from the one command table (core/api/commands.ts): the
// same items, groups and shortcuts as the in-app menu bar, each sent to the page as its
// command id; items are enabled and checked as the page reports (setMenuState).

import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { COMMANDS, type MenuName } from '../core/api/commands';
import type { MenuCommand, MenuState } from '../core/api/host-bridge';

const MENUS: MenuName[] = ['File', 'Edit', 'Document', 'View', 'Help'];

function send(win: BrowserWindow | undefined, command: MenuCommand): void {
  win?.webContents.send('menu', command);
}

/** A key without a modifier ("/", "Delete", "?") must not be taken from text fields. */
const bare = (key: string) => !key.includes('+') || key.startsWith('Shift+');

export function buildMenu(getWindow: () => BrowserWindow | undefined, recentStudies: string[], state: MenuState): Menu {
  const template: MenuItemConstructorOptions[] = MENUS.map((menu) => {
    const items: MenuItemConstructorOptions[] = [];
    let group = -1;
    for (const c of COMMANDS) {
      if (c.menu !== menu) continue;
      if (group !== -1 && c.group !== group) items.push({ type: 'separator' });
      if (menu === 'File' && group === 1 && c.group !== 1) {
        items.splice(items.length - 1, 0, {
          label: 'Open Recent',
          submenu: recentStudies.length ? recentStudies.map((p) => ({ label: p, click: () => send(getWindow(), { command: 'open-recent', path: p }) })) : [{ label: 'No recent studies', enabled: false }],
        });
      }
      group = c.group;
      const s = state[c.id];
      const key = 'keys' in c ? c.keys[0] : undefined;
      items.push({
        label: s?.label ?? c.label,
        ...(key ? { accelerator: key, registerAccelerator: !bare(key) } : {}),
        ...(s?.checked !== undefined ? { type: 'checkbox' as const, checked: s.checked } : {}),
        enabled: s?.enabled ?? true,
        click: () => send(getWindow(), { command: c.id }),
      });
    }
    if (menu === 'File') items.push({ type: 'separator' }, { role: 'quit' });
    if (menu === 'Edit') items.push({ type: 'separator' }, { role: 'copy' }, { role: 'selectAll' });
    if (menu === 'View') items.push({ type: 'separator' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { role: 'resetZoom' }, { type: 'separator' }, { role: 'togglefullscreen' });
    return { label: `&${menu}`, submenu: items };
  });
  return Menu.buildFromTemplate(template);
}

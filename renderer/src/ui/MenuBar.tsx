// The in-app menu bar (browser mode; Electron shows the same table as its native menu):
// File, Edit, Document, View and Help, each item with its shortcut, enabled as its binding
// says; the File menu also lists recent studies.

import { COMMANDS, keyLabel, type CommandId, type MenuName } from '../../../electron/core/api/commands';
import type { Binding } from '../commands/actions';
import type { AppState } from '../state/store';
import { Menu, type MenuEntry } from './Menu';

const MENUS: MenuName[] = ['File', 'Edit', 'Document', 'View', 'Help'];

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A menu's entries from the table: groups separated, labels and states from the bindings; `extra` follows the first group. */
export function menuEntries(menu: MenuName, state: AppState, bindings: Record<CommandId, Binding>, extra: MenuEntry[] = []): MenuEntry[] {
  const groups = new Map<number, MenuEntry[]>();
  for (const c of COMMANDS) {
    if (c.menu !== menu) continue;
    const b = bindings[c.id];
    const checked = b.checked?.(state);
    const list = groups.get(c.group) ?? [];
    list.push({
      label: b.label?.(state) ?? c.label,
      ...('keys' in c ? { shortcut: keyLabel(c.keys[0], IS_MAC) } : {}),
      ...(checked !== undefined ? { checked } : {}),
      disabled: b.enabled ? !b.enabled(state) : false,
      onSelect: b.run,
    });
    groups.set(c.group, list);
  }
  const parts = [...groups.values()];
  if (extra.length) parts.splice(1, 0, extra);
  return parts.flatMap((g, i) => (i ? ['separator' as const, ...g] : g));
}

export function MenuBar({ state, bindings, recent, onOpenRecent }: { state: AppState; bindings: Record<CommandId, Binding>; recent: string[]; onOpenRecent(path: string): void }) {
  const recentItems: MenuEntry[] = recent.slice(0, 5).map((p) => ({ label: `Open ${p.split(/[\\/]/).pop()}`, onSelect: () => onOpenRecent(p) }));
  return (
    <nav className="menubar" aria-label="Menus">
      {MENUS.map((m) => (
        <Menu key={m} label={m} items={menuEntries(m, state, bindings, m === 'File' ? recentItems : [])} />
      ))}
    </nav>
  );
}

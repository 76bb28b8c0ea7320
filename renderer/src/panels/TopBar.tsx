// The bar above the panes: the menus (in browser mode; Electron shows them natively), and
// the buttons used most — conflicts waiting, who is annotating, suggest, search, map, undo,
// redo, theme — each with its shortcut in the tooltip.

import { keyLabel, type CommandId } from '../../../electron/core/api/commands';
import { COMMANDS } from '../../../electron/core/api/commands';
import type { Binding } from '../commands/actions';
import type { AppState } from '../state/store';
import type { Theme } from '../theme';
import { IS_MAC, MenuBar } from '../ui/MenuBar';
import { openRecent } from '../commands/actions';

interface Props {
  state: AppState;
  bindings: Record<CommandId, Binding>;
  theme: Theme;
  nativeMenu: boolean;
}

/** "Search (Ctrl+Shift+F)": a command's label with its first shortcut. */
function tip(id: CommandId, text?: string): string {
  const c = COMMANDS.find((x) => x.id === id)!;
  const key = 'keys' in c ? ` (${keyLabel(c.keys[0], IS_MAC)})` : '';
  return `${text ?? c.label.replace(/…$/, '')}${key}`;
}

export function TopBar({ state: s, bindings: b, theme, nativeMenu }: Props) {
  const session = s.session;
  const recent = (session?.recentStudies ?? []).filter((p) => p !== session?.study?.path);
  const on = (id: CommandId) => (b[id].enabled ? b[id].enabled!(s) : true);
  return (
    <header className="topbar">
      <span className="brand">Sourcemark</span>
      {!nativeMenu && <MenuBar state={s} bindings={b} recent={recent} onOpenRecent={(p) => void openRecent(p)} />}
      <span className="spacer" />
      {session && session.openConflicts > 0 && (
        <button type="button" className="conflicts-button" onClick={b.conflicts.run} title="Annotations changed both here and by a colleague">
          {session.openConflicts} conflict{session.openConflicts === 1 ? '' : 's'} to review
        </button>
      )}
      {session && (
        <button type="button" className="identity-button" onClick={b.identity.run} title={session.identity.chosen ? 'Your name, e-mail and ORCID; who contributed' : 'Set the name recorded on your annotations'}>
          {session.identity.chosen ? session.identity.name : 'Set your name'}
        </button>
      )}
      <button type="button" onClick={b.suggest.run} disabled={!on('suggest')} title={tip('suggest', 'Suggest quotes, figures and places in this document')}>
        Suggest
      </button>
      <button type="button" className="search-button" onClick={b.search.run} title={tip('search')}>
        Search…
      </button>
      <button type="button" onClick={b.map.run} title={tip('map')}>
        Map
      </button>
      <button type="button" className="icon" onClick={b.undo.run} disabled={!on('undo')} title={s.undoLabel ? tip('undo', `Undo ${s.undoLabel}`) : 'Nothing to undo'} aria-label="Undo">
        ↶
      </button>
      <button type="button" className="icon" onClick={b.redo.run} disabled={!on('redo')} title={s.redoLabel ? tip('redo', `Redo ${s.redoLabel}`) : 'Nothing to redo'} aria-label="Redo">
        ↷
      </button>
      <button type="button" className="icon" onClick={b['toggle-theme'].run} title={tip('toggle-theme', 'Switch light/dark theme')} aria-label="Switch theme">
        {theme === 'dark' ? '☀' : '☾'}
      </button>
      <button type="button" className="icon" onClick={b.shortcuts.run} title={tip('shortcuts')} aria-label="Keyboard shortcuts">
        ?
      </button>
    </header>
  );
}

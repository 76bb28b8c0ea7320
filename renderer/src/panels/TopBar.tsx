// The menu bar: File / Edit / View (in browser mode; Electron has the native menu), the
// study's name, and Undo/Redo buttons that say what they will undo.

import type { Session } from '../../../electron/core/api/contract';
import type { Theme } from '../theme';
import { Menu } from './Menu';

interface Actions {
  importArticles(): void;
  chooseStudy(kind: 'open' | 'new'): void;
  openRecent(path: string): void;
  exportAs(scope: 'document' | 'study'): void;
  importAnnotations(): void;
  identity(): void;
  conflicts(): void;
  undo(): void;
  redo(): void;
  deleteSelected(): void;
  toggleTheme(): void;
  manageTags(): void;
  search(): void;
  map(): void;
}

interface Props {
  session: Session | null;
  hasDocument: boolean;
  hasSelection: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  theme: Theme;
  nativeMenu: boolean;
  actions: Actions;
}

export function TopBar({ session, hasDocument, hasSelection, undoLabel, redoLabel, theme, nativeMenu, actions: a }: Props) {
  const recent = (session?.recentStudies ?? []).filter((p) => p !== session?.study?.path);
  return (
    <header className="topbar">
      <span className="brand">Sourcemark</span>
      {!nativeMenu && (
        <div className="menubar">
          <Menu
            label="File"
            items={[
              { label: 'New study…', onSelect: () => a.chooseStudy('new') },
              { label: 'Open study…', shortcut: 'Ctrl+Shift+O', onSelect: () => a.chooseStudy('open') },
              ...recent.slice(0, 5).map((p) => ({ label: `Open ${p.split(/[\\/]/).pop()}`, onSelect: () => a.openRecent(p) })),
              'separator',
              { label: 'Import articles…', shortcut: 'Ctrl+O', onSelect: a.importArticles },
              'separator',
              { label: 'Import annotations…', shortcut: 'Ctrl+I', onSelect: a.importAnnotations },
              'separator',
              { label: 'Export document…', shortcut: 'Ctrl+E', disabled: !hasDocument, onSelect: () => a.exportAs('document') },
              { label: 'Export study…', shortcut: 'Ctrl+Shift+E', onSelect: () => a.exportAs('study') },
              'separator',
              { label: 'Your name…', onSelect: a.identity },
            ]}
          />
          <Menu
            label="Edit"
            items={[
              { label: undoLabel ? `Undo ${undoLabel}` : 'Undo', shortcut: 'Ctrl+Z', disabled: !undoLabel, onSelect: a.undo },
              { label: redoLabel ? `Redo ${redoLabel}` : 'Redo', shortcut: 'Ctrl+Shift+Z', disabled: !redoLabel, onSelect: a.redo },
              'separator',
              { label: 'Delete annotation', shortcut: 'Del', disabled: !hasSelection, onSelect: a.deleteSelected },
              'separator',
              { label: 'Tags, verdicts and people…', onSelect: a.manageTags },
              { label: 'Review conflicts…', disabled: !session?.openConflicts, onSelect: a.conflicts },
            ]}
          />
          <Menu
            label="View"
            items={[
              { label: 'Search…', shortcut: 'Ctrl+Shift+F', onSelect: a.search },
              { label: 'Map of locations…', onSelect: a.map },
              'separator',
              { label: theme === 'dark' ? 'Light theme' : 'Dark theme', shortcut: 'Ctrl+Shift+L', onSelect: a.toggleTheme },
            ]}
          />
        </div>
      )}
      <span className="spacer" />
      {session && session.openConflicts > 0 && (
        <button type="button" className="conflicts-button" onClick={a.conflicts} title="Annotations changed both here and by a colleague">
          {session.openConflicts} conflict{session.openConflicts === 1 ? '' : 's'} to review
        </button>
      )}
      {session && (
        <button type="button" className="identity-button" onClick={a.identity} title={session.identity.chosen ? 'Your name, e-mail and ORCID; who contributed' : 'Set the name recorded on your annotations'}>
          {session.identity.chosen ? session.identity.name : `Annotating as ${session.identity.name} — set your name`}
        </button>
      )}
      <button type="button" className="search-button" onClick={a.search} title="Search the study (Ctrl+Shift+F or /)">
        Search…
      </button>
      <button type="button" onClick={a.map} title="Map of the locations">
        Map
      </button>
      <button type="button" className="icon" onClick={a.undo} disabled={!undoLabel} title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'} aria-label="Undo">
        ↶
      </button>
      <button type="button" className="icon" onClick={a.redo} disabled={!redoLabel} title={redoLabel ? `Redo ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'} aria-label="Redo">
        ↷
      </button>
      <button type="button" className="icon" onClick={a.toggleTheme} title="Switch light/dark theme (Ctrl+Shift+L)" aria-label="Switch theme">
        {theme === 'dark' ? '☀' : '☾'}
      </button>
    </header>
  );
}

// Every command a user can give, in one table: its id, label, where it sits in the menus and
// its keyboard shortcuts. The Electron menu, the in-app menu bar, the keymap and the
// shortcuts sheet are all built from it; the UI binds each id to an action and says when it
// is enabled. Plain data: the Electron main process loads it without the UI.

export type MenuName = 'File' | 'Edit' | 'Document' | 'View' | 'Help';

export interface CommandSpec {
  id: string;
  label: string;
  menu: MenuName;
  /** Items of one group sit together; a new group starts after a separator. */
  group: number;
  /** Electron accelerator syntax: "CmdOrCtrl+Shift+O", "F1", "Delete". The first is shown. */
  keys?: readonly string[];
  /** Also when typing in a field (saving, importing), not only in the reader and lists. */
  whileTyping?: boolean;
  /** One line for the shortcuts sheet, when the label alone does not say enough. */
  help?: string;
}

export const COMMANDS = [
  { id: 'new-study', label: 'New Study…', menu: 'File', group: 1, keys: ['CmdOrCtrl+Shift+N'], whileTyping: true },
  { id: 'open-study', label: 'Open Study…', menu: 'File', group: 1, keys: ['CmdOrCtrl+Shift+O'], whileTyping: true },
  { id: 'import-files', label: 'Import Files…', menu: 'File', group: 2, keys: ['CmdOrCtrl+O'], whileTyping: true, help: 'Articles, web pages, PDF, Word and EPUB files' },
  { id: 'import-folder', label: 'Import Folder…', menu: 'File', group: 2, keys: ['CmdOrCtrl+Alt+O'], whileTyping: true, help: 'Every file in a folder, as a collection' },
  { id: 'import-annotations', label: 'Import Annotations…', menu: 'File', group: 2, keys: ['CmdOrCtrl+I'], whileTyping: true },
  { id: 'export-document', label: 'Export Document…', menu: 'File', group: 3, keys: ['CmdOrCtrl+E'], whileTyping: true },
  { id: 'export-study', label: 'Export Study…', menu: 'File', group: 3, keys: ['CmdOrCtrl+Shift+E'], whileTyping: true },
  { id: 'identity', label: 'Your Name…', menu: 'File', group: 4 },
  { id: 'keep-originals', label: 'Keep Original Files in This Study', menu: 'File', group: 4, help: 'Store each imported file’s own bytes, to prove and re-extract it later' },
  { id: 'undo', label: 'Undo', menu: 'Edit', group: 1, keys: ['CmdOrCtrl+Z'] },
  { id: 'redo', label: 'Redo', menu: 'Edit', group: 1, keys: ['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y'] },
  { id: 'delete-annotation', label: 'Delete Annotation', menu: 'Edit', group: 2, keys: ['Delete'] },
  { id: 'manage-tags', label: 'Tags, Verdicts and People…', menu: 'Edit', group: 3 },
  { id: 'conflicts', label: 'Review Conflicts…', menu: 'Edit', group: 3 },
  { id: 'search', label: 'Search Study…', menu: 'Edit', group: 4, keys: ['CmdOrCtrl+Shift+F', '/'], help: 'Words in the articles and in annotations; filters by tag, verdict, speaker, place' },
  { id: 'suggest', label: 'Suggest Quotes, Figures and Places', menu: 'Document', group: 1, keys: ['CmdOrCtrl+Shift+G'], help: 'Proposals to accept (Enter) or reject (Backspace); n / p move between them' },
  { id: 'place-confident', label: 'Place All Confident Locations', menu: 'Document', group: 1, help: 'Every location tag in the study whose best gazetteer match is confident' },
  { id: 'rename-document', label: 'Rename Document…', menu: 'Document', group: 2, keys: ['F2'] },
  { id: 'delete-document', label: 'Delete Document…', menu: 'Document', group: 2 },
  { id: 'map', label: 'Map of Locations…', menu: 'View', group: 1, keys: ['CmdOrCtrl+Shift+M'] },
  { id: 'toggle-library', label: 'Show or Hide the Library', menu: 'View', group: 2, keys: ['CmdOrCtrl+Shift+1'] },
  { id: 'toggle-annotations', label: 'Show or Hide the Annotations', menu: 'View', group: 2, keys: ['CmdOrCtrl+Shift+2'] },
  { id: 'toggle-theme', label: 'Dark Theme', menu: 'View', group: 3, keys: ['CmdOrCtrl+Shift+L'], whileTyping: true },
  { id: 'shortcuts', label: 'Keyboard Shortcuts', menu: 'Help', group: 1, keys: ['F1', 'Shift+?'], help: 'This list' },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMANDS)[number]['id'];

/** Keys that work in the reader itself (not commands of the menus), for the shortcuts sheet. */
export const READER_KEYS: ReadonlyArray<{ keys: string; does: string }> = [
  { keys: '1 – 4', does: 'Tag the selection as Claim, Quote, Figure, Location (your own tags’ keys too)' },
  { keys: 'Shift+← / →', does: 'Select text; with an annotation picked, move its end' },
  { keys: 'Alt+Shift+← / →', does: 'Move the picked annotation’s start' },
  { keys: 'Click again', does: 'Where highlights overlap, pick the next annotation there' },
  { keys: 'Enter / Backspace', does: 'Accept or reject the current suggestion' },
  { keys: 'n / p', does: 'Next or previous suggestion' },
  { keys: 'Esc', does: 'Clear the selection; close a dialog' },
];

/** An accelerator as people read it on this platform: "Ctrl+Shift+O", or "⇧⌘O" on a Mac. */
export function keyLabel(accelerator: string, mac: boolean): string {
  const parts = accelerator.split('+');
  const key = parts.pop()!;
  if (!mac) return [...parts.map((p) => (p === 'CmdOrCtrl' ? 'Ctrl' : p)), key === 'Delete' ? 'Del' : key].join('+');
  const symbols: Record<string, string> = { CmdOrCtrl: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃' };
  return parts.map((p) => symbols[p] ?? p).join('') + (key === 'Delete' ? '⌦' : key);
}

import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/core/api/commands';
import { commandFor, type KeyPress } from './keymap';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('the keymap', () => {
  it.each<[string, KeyPress, boolean, boolean, string | null]>([
    ['Ctrl+O imports files', press('o', { ctrlKey: true }), false, false, 'import-files'],
    ['⌘O on a Mac', press('o', { metaKey: true }), false, true, 'import-files'],
    ['Ctrl+O is not a Mac shortcut', press('o', { ctrlKey: true }), false, true, null],
    ['Ctrl+Shift+O opens a study', press('O', { ctrlKey: true, shiftKey: true }), false, false, 'open-study'],
    ['Ctrl+Alt+O imports a folder', press('o', { ctrlKey: true, altKey: true }), false, false, 'import-folder'],
    ['Ctrl+Z undoes', press('z', { ctrlKey: true }), false, false, 'undo'],
    ['but not while typing in a field', press('z', { ctrlKey: true }), true, false, null],
    ['Ctrl+Y redoes too', press('y', { ctrlKey: true }), false, false, 'redo'],
    ['F1 shows the shortcuts', press('F1'), false, false, 'shortcuts'],
    ['"?" (typed with Shift) shows them too', press('?', { shiftKey: true }), false, false, 'shortcuts'],
    ['"?" in a field is a question mark', press('?', { shiftKey: true }), true, false, null],
    ['"/" searches', press('/'), false, false, 'search'],
    ['Delete deletes the picked annotation', press('Delete'), false, false, 'delete-annotation'],
    ['a plain letter is no command', press('o'), false, false, null],
    ['Ctrl+E exports even while typing', press('e', { ctrlKey: true }), true, false, 'export-document'],
    ['Ctrl+Shift+1 hides the library, though Shift made the key "!"', press('!', { ctrlKey: true, shiftKey: true, code: 'Digit1' }), false, false, 'toggle-library'],
    ['Ctrl+Shift+2 the annotations (a layout giving "@")', press('@', { ctrlKey: true, shiftKey: true, code: 'Digit2' }), false, false, 'toggle-annotations'],
    ['Ctrl+! is not Ctrl+Shift+1', press('!', { ctrlKey: true, shiftKey: true }), false, false, null],
  ])('%s', (_what, e, typing, mac, id) => {
    expect(commandFor(e, typing, mac)).toBe(id);
  });

  it('no two commands share a shortcut', () => {
    const all = COMMANDS.flatMap((c) => ('keys' in c ? [...c.keys] : []));
    expect(new Set(all).size).toBe(all.length);
  });
});

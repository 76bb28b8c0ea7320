// The reader's keys, one row per situation.

import { describe, expect, it } from 'vitest';
import { readerKeyAction, type KeyContext, type KeyPress } from './keymap';

const ctx = (over: Partial<KeyContext> = {}): KeyContext => ({
  selectionEmpty: true,
  selectedId: null,
  adjustable: false,
  suggestionActive: false,
  shortcuts: new Map([
    ['1', 'claim'],
    ['2', 'quote'],
  ]),
  startDir: 'ltr',
  endDir: 'ltr',
  ...over,
});
const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });
const picked = { selectedId: 'a', adjustable: true };

describe('readerKeyAction', () => {
  it.each<[string, KeyPress, Partial<KeyContext>, ReturnType<typeof readerKeyAction>]>([
    ['a tag key over a selection tags it', key('1'), { selectionEmpty: false }, { kind: 'tag', tag: 'claim' }],
    ['a tag key with nothing selected does nothing', key('2'), {}, { kind: 'swallow' }],
    ['Delete removes the selected annotation', key('Delete'), { selectedId: 'a' }, { kind: 'delete' }],
    ['Backspace too', key('Backspace'), { selectedId: 'a' }, { kind: 'delete' }],
    ['Delete with none selected never edits the text', key('Delete'), {}, { kind: 'swallow' }],
    ['Escape clears', key('Escape'), {}, { kind: 'escape' }],
    ['typing is swallowed', key('x'), {}, { kind: 'swallow' }],
    ['Enter too (no active suggestion)', key('Enter'), {}, { kind: 'swallow' }],
    ['arrows are left to the browser', key('ArrowRight'), {}, null],
    ['Shift+arrows select text when no annotation is picked', key('ArrowRight', { shiftKey: true }), {}, null],
    ['copy is left alone', key('c', { ctrlKey: true }), {}, null],
    ['Ctrl+End jumps to the end', key('End', { ctrlKey: true }), {}, { kind: 'edge', to: 'end', extend: false }],
    ['Ctrl+Shift+Home selects to the start', key('Home', { ctrlKey: true, shiftKey: true }), {}, { kind: 'edge', to: 'start', extend: true }],
    ['⌘+End on a Mac', key('End', { metaKey: true }), {}, { kind: 'edge', to: 'end', extend: false }],
    ['Shift+→ moves the picked annotation’s end forward', key('ArrowRight', { shiftKey: true }), picked, { kind: 'adjust', startDelta: 0, endDelta: 1 }],
    ['Shift+← moves it back', key('ArrowLeft', { shiftKey: true }), picked, { kind: 'adjust', startDelta: 0, endDelta: -1 }],
    ['Alt+Shift+← moves the start back', key('ArrowLeft', { shiftKey: true, altKey: true }), picked, { kind: 'adjust', startDelta: -1, endDelta: 0 }],
    ['in right-to-left text Shift+← moves the end forward (arrows are visual)', key('ArrowLeft', { shiftKey: true }), { ...picked, endDir: 'rtl' }, { kind: 'adjust', startDelta: 0, endDelta: 1 }],
    ['… and Alt+Shift+→ the start back', key('ArrowRight', { shiftKey: true, altKey: true }), { ...picked, startDir: 'rtl' }, { kind: 'adjust', startDelta: -1, endDelta: 0 }],
    ['a just-made annotation is not adjusted: Shift+→ selects', key('ArrowRight', { shiftKey: true }), { selectedId: 'a', adjustable: false }, null],
    ['nor while text is selected', key('ArrowRight', { shiftKey: true }), { ...picked, selectionEmpty: false }, null],
    ['Enter accepts the active suggestion', key('Enter'), { suggestionActive: true }, { kind: 'suggestion', action: 'accept' }],
    ['Backspace rejects it (before deleting the selected annotation)', key('Backspace'), { suggestionActive: true, selectedId: 'a' }, { kind: 'suggestion', action: 'reject' }],
    ['n moves to the next', key('n'), { suggestionActive: true }, { kind: 'suggestion', action: 'next' }],
    ['p to the previous', key('p'), { suggestionActive: true }, { kind: 'suggestion', action: 'previous' }],
    ['with text selected, suggestion keys do not apply', key('Enter'), { suggestionActive: true, selectionEmpty: false }, { kind: 'swallow' }],
    ['… and a tag key tags the selection', key('1'), { suggestionActive: true, selectionEmpty: false }, { kind: 'tag', tag: 'claim' }],
  ])('%s', (_name, press, over, expected) => {
    expect(readerKeyAction(press, ctx(over))).toEqual(expected);
  });
});

// Which command a key press gives, from the one command table: modifiers must match exactly
// (Ctrl on Windows and Linux, ⌘ on a Mac, for "CmdOrCtrl"), a symbol key like "?" or "/"
// matches whatever Shift it took to type it, and outside the reader a command fires while
// typing in a field only when it says so (saving and importing do; Delete and Undo don't).

import { COMMANDS, type CommandId } from '../../../electron/core/api/commands';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** The physical key ("Digit1"): with Shift, "1" arrives as "!" on many layouts. */
  code?: string;
}

const isSymbol = (key: string) => key.length === 1 && !/[a-z0-9]/i.test(key);

/** Does one accelerator ("CmdOrCtrl+Shift+O") match a key press? */
export function matches(accelerator: string, e: KeyPress, mac: boolean): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop()!;
  const want = new Set(parts);
  const mod = mac ? e.metaKey : e.ctrlKey;
  const other = mac ? e.ctrlKey : e.metaKey;
  if (want.has('CmdOrCtrl') !== mod || other) return false;
  if (want.has('Alt') !== e.altKey) return false;
  if (!isSymbol(key) && want.has('Shift') !== e.shiftKey) return false;
  // With Alt held, some layouts give another character: compare the plain key when we can.
  const pressed = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (/^\d$/.test(key) && e.code === `Digit${key}`) return true;
  return pressed === (key.length === 1 ? key.toLowerCase() : key);
}

/** The command a key press gives, or null. `typing` is true in an input, textarea or select. */
export function commandFor(e: KeyPress, typing: boolean, mac: boolean): CommandId | null {
  for (const c of COMMANDS) {
    if (!('keys' in c)) continue;
    if (typing && !('whileTyping' in c && c.whileTyping)) continue;
    if (c.keys.some((k) => matches(k, e, mac))) return c.id;
  }
  return null;
}

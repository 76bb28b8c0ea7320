// The reader's keys as one table: which key does what in which situation. Pure (table-tested);
// keys.ts asks it on every key press and hands the answer to the reader. The text itself
// never changes: typing is swallowed.

import type { Direction } from './bidi';

export type SuggestionAction = 'accept' | 'reject' | 'next' | 'previous';

export interface KeyContext {
  selectionEmpty: boolean;
  /** The selected annotation, and whether its ends may be moved (it was picked, not just made). */
  selectedId: string | null;
  adjustable: boolean;
  /** A proposal of the suggestion pass is active. */
  suggestionActive: boolean;
  /** Tag id by shortcut key. */
  shortcuts: ReadonlyMap<string, string>;
  /** Direction of the text at the selected annotation's start and end: arrows are visual. */
  startDir: Direction;
  endDir: Direction;
}

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export type KeyAction =
  | { kind: 'tag'; tag: string }
  | { kind: 'adjust'; startDelta: number; endDelta: number }
  | { kind: 'delete' }
  | { kind: 'escape' }
  | { kind: 'suggestion'; action: SuggestionAction }
  | { kind: 'edge'; to: 'start' | 'end'; extend: boolean }
  /** Handled by doing nothing: a key that would type into the article. */
  | { kind: 'swallow' };

const SUGGESTION_KEYS: Record<string, SuggestionAction> = { Enter: 'accept', Backspace: 'reject', n: 'next', p: 'previous' };

/** What a key press does in the reader; null leaves it to ProseMirror and the browser. */
export function readerKeyAction(e: KeyPress, c: KeyContext): KeyAction | null {
  const mod = e.ctrlKey || e.metaKey;
  // Ctrl+Home/End: ours, because the browser's stops short in chunks it has not laid out.
  if (mod && !e.altKey && (e.key === 'Home' || e.key === 'End')) return { kind: 'edge', to: e.key === 'Home' ? 'start' : 'end', extend: e.shiftKey };
  // Shift+←/→ moves the selected annotation's end, Alt+Shift+←/→ its start, in the direction
  // the arrow points on screen (in right-to-left text → moves towards the start of the text).
  if (c.selectedId && c.adjustable && c.selectionEmpty && e.shiftKey && !mod && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
    const dir = e.altKey ? c.startDir : c.endDir;
    const delta = (e.key === 'ArrowRight') === (dir === 'ltr') ? 1 : -1;
    return e.altKey ? { kind: 'adjust', startDelta: delta, endDelta: 0 } : { kind: 'adjust', startDelta: 0, endDelta: delta };
  }
  if (mod || e.altKey) return null;
  if (c.suggestionActive && c.selectionEmpty && !e.shiftKey && e.key in SUGGESTION_KEYS) return { kind: 'suggestion', action: SUGGESTION_KEYS[e.key]! };
  const tag = c.shortcuts.get(e.key);
  if (tag) return c.selectionEmpty ? { kind: 'swallow' } : { kind: 'tag', tag };
  if (e.key === 'Delete' || e.key === 'Backspace') return c.selectedId ? { kind: 'delete' } : { kind: 'swallow' };
  if (e.key === 'Escape') return { kind: 'escape' };
  // Typing never changes the article.
  if (e.key.length === 1 || e.key === 'Enter') return { kind: 'swallow' };
  return null;
}

// The focus layer: the selected annotation's outline with a handle at each end (drag one to
// move that end), and the brief flash of an annotation revealed from the list. Small, so it
// is rebuilt whole whenever it changes.

import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { focusKey } from './plugins';

interface PmRange {
  from: number;
  to: number;
}

export function focusDecorations(state: EditorState, selected?: { from: number; to: number }, flash?: { from: number; to: number }): DecorationSet {
  const decos: Decoration[] = [];
  if (selected) {
    decos.push(Decoration.inline(selected.from, selected.to, { class: 'hl-selected' }));
    // Handles at both ends: drag one to move that end of the annotation.
    decos.push(Decoration.widget(selected.from, () => handle('start'), { side: -1, key: `start-${selected.from}`, ignoreSelection: true }));
    decos.push(Decoration.widget(selected.to, () => handle('end'), { side: 1, key: `end-${selected.to}`, ignoreSelection: true }));
  }
  if (flash) decos.push(Decoration.inline(flash.from, flash.to, { class: 'hl-flash' }));
  return DecorationSet.create(state.doc, decos);
}

function handle(edge: 'start' | 'end'): HTMLElement {
  const el = document.createElement('span');
  el.className = `adjust-handle ${edge}`;
  el.dataset.edge = edge;
  el.contentEditable = 'false';
  el.title = edge === 'start' ? 'Drag to move the start (or Alt+Shift+←/→)' : 'Drag to move the end (or Shift+←/→)';
  return el;
}

/** Rebuilds the focus decorations only when the ranges they show change. */
export class FocusLayer {
  private shown = '';

  sync(tr: Transaction, state: EditorState, selected: PmRange | undefined, flash: PmRange | undefined): boolean {
    const key = JSON.stringify([selected, flash]);
    if (key === this.shown) return false;
    this.shown = key;
    tr.setMeta(focusKey, focusDecorations(state, selected, flash));
    return true;
  }
}

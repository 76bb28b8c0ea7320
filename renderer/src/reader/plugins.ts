// ProseMirror plugins of the reader: the read-only guard (the caret and keyboard selection of
// an editable view, with every change to the text refused), the highlight layer, and the
// focus layer (the selected annotation's outline and the brief flash when it is revealed).

import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export const highlightKey = new PluginKey<DecorationSet>('sm-highlights');
export const focusKey = new PluginKey<DecorationSet>('sm-focus');

function layerPlugin(key: PluginKey<DecorationSet>): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, old) => (tr.getMeta(key) as DecorationSet | undefined) ?? old,
    },
    props: { decorations: (state: EditorState) => key.getState(state) },
  });
}

const readOnlyGuard = new Plugin({
  filterTransaction: (tr) => !tr.docChanged,
  props: {
    handleDOMEvents: {
      beforeinput: (_view, event) => {
        event.preventDefault();
        return true;
      },
      cut: (_view, event) => {
        event.preventDefault();
        return true;
      },
    },
    handlePaste: () => true,
    handleDrop: () => true,
    handleTextInput: () => true,
  },
});

export const ReaderBehaviour = Extension.create({
  name: 'sourcemarkReader',
  addProseMirrorPlugins() {
    return [readOnlyGuard, layerPlugin(highlightKey), layerPlugin(focusKey)];
  },
});

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

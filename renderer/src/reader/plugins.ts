// ProseMirror plugins of the reader: the read-only guard (the caret and keyboard selection of
// an editable view, with every change to the text refused) and the decoration layers, each
// set whole by a transaction's meta: highlights, suggestions, page numbers, and the focus
// layer (the selected annotation's outline and handles, the brief flash when it is revealed).

import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { DecorationSet } from '@tiptap/pm/view';

export const highlightKey = new PluginKey<DecorationSet>('sm-highlights');
export const focusKey = new PluginKey<DecorationSet>('sm-focus');
export const suggestionKey = new PluginKey<DecorationSet>('sm-suggestions');
export const pageKey = new PluginKey<DecorationSet>('sm-pages');

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
    return [readOnlyGuard, layerPlugin(highlightKey), layerPlugin(suggestionKey), layerPlugin(pageKey), layerPlugin(focusKey)];
  },
});

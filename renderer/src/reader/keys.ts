// The TipTap extension of the reader's keys: it asks the table (keymap.ts) on every key press
// and hands the answer to the reader; Ctrl+Home/End it carries out itself.

import { Extension } from '@tiptap/core';
import { Plugin, Selection, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { readerKeyAction, type KeyAction, type KeyContext } from './keymap';
import { scrollToEdge } from './viewport';

export type { KeyAction, KeyContext, SuggestionAction } from './keymap';

/** What the reader does with the actions (Reader.tsx provides it). */
export interface KeyHost {
  context(view: EditorView): KeyContext;
  run(view: EditorView, action: Exclude<KeyAction, { kind: 'edge' } | { kind: 'swallow' }>): void;
}

/** Caret (or the selection's head, with Shift) to the start or end of the article, and scroll there. */
export function moveToEdge(view: EditorView, to: 'start' | 'end', extend: boolean): void {
  const { doc, selection } = view.state;
  const edge = to === 'end' ? Selection.atEnd(doc) : Selection.atStart(doc);
  const next = extend ? TextSelection.between(selection.$anchor, edge.$head) : edge;
  view.dispatch(view.state.tr.setSelection(next));
  const scroller = view.dom.closest<HTMLElement>('.reader-scroll');
  if (scroller) scrollToEdge(scroller, to);
}

export const ReaderKeys = Extension.create<{ host: KeyHost | null }>({
  name: 'sourcemarkReaderKeys',
  addOptions: () => ({ host: null }),
  addProseMirrorPlugins() {
    const host = this.options.host;
    return [
      new Plugin({
        props: {
          handleKeyDown(view, event) {
            if (!host) return false;
            const action = readerKeyAction(event, host.context(view));
            if (!action) return false;
            if (action.kind === 'edge') moveToEdge(view, action.to, action.extend);
            else if (action.kind !== 'swallow') host.run(view, action);
            return true;
          },
        },
      }),
    ];
  },
});

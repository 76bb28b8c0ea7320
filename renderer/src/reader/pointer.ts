// The reader's mouse: a click on a highlight selects its annotation — again and again on a
// spot where several overlap, each click the next one — or activates a suggestion; dragging
// one of the selected annotation's handles moves that end. The decisions are clicks.ts.

import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { dragEdge, nextAtClick } from './clicks';

export interface PointerHost {
  /** Ids of the annotations under a click, innermost first. */
  select(id: string | null): void;
  selectedId(): string | null;
  suggestionClick(id: string): void;
  /** The selected annotation's span, if its handles are showing. */
  selectedSpan(): { id: string; start: number; end: number } | undefined;
  /** A document position → a code point. */
  codePointAt(pos: number): number;
  /** While dragging: the span to show (null when the drag ends). */
  preview(span: { start: number; end: number } | null): void;
  commit(id: string, start: number, end: number): void;
}

function dragHandle(view: EditorView, event: MouseEvent, host: PointerHost): boolean {
  const handle = (event.target as HTMLElement | null)?.closest?.<HTMLElement>('.adjust-handle');
  const a = handle && host.selectedSpan();
  if (!handle || !a) return false;
  event.preventDefault();
  const edge = handle.dataset.edge === 'start' ? 'start' : 'end';
  let span = { start: a.start, end: a.end };
  const move = (e: MouseEvent) => {
    const hit = view.posAtCoords({ left: e.clientX, top: e.clientY });
    if (!hit) return;
    span = dragEdge(edge, span, host.codePointAt(hit.pos));
    host.preview(span);
  };
  const up = () => {
    window.removeEventListener('mousemove', move);
    host.preview(null);
    if (span.start !== a.start || span.end !== a.end) host.commit(a.id, span.start, span.end);
  };
  window.addEventListener('mousemove', move);
  window.addEventListener('mouseup', up, { once: true });
  return true;
}

/** A click on a suggestion activates it; on highlights, selects the next annotation under it. Never consumes the event. */
function clickOn(event: MouseEvent, host: PointerHost): false {
  const target = event.target as HTMLElement | null;
  const suggestion = target?.closest<HTMLElement>('[data-suggestion]')?.dataset.suggestion;
  if (suggestion) host.suggestionClick(suggestion);
  else host.select(nextAtClick(target?.closest<HTMLElement>('[data-ids]')?.dataset.ids?.split(' ') ?? [], host.selectedId()));
  return false;
}

export const ReaderPointer = Extension.create<{ host: PointerHost | null }>({
  name: 'sourcemarkReaderPointer',
  addOptions: () => ({ host: null }),
  addProseMirrorPlugins() {
    const host = this.options.host;
    return [
      new Plugin({
        props: {
          handleDOMEvents: { mousedown: (view, event) => !!host && dragHandle(view, event, host) },
          handleClick: (_view, _pos, event) => !!host && clickOn(event, host),
          // Quick second and third clicks are double and triple clicks to ProseMirror; they
          // cycle all the same (and the browser still selects the word or paragraph).
          handleDoubleClick: (_view, _pos, event) => !!host && clickOn(event, host),
          handleTripleClick: (_view, _pos, event) => !!host && clickOn(event, host),
        },
      }),
    ];
  },
});

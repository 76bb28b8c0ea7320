// What the reader's key and pointer extensions (keys.ts, pointer.ts) ask of the reader, built
// over refs to its latest props and layers, so the editor is made once and never goes stale.

import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { Direction } from './bidi';
import type { KeyHost } from './keys';
import type { ReaderLayers } from './layers';
import type { PointerHost } from './pointer';
import type { ReaderProps } from './props';

export interface ReaderRefs {
  props(): ReaderProps;
  layers(): ReaderLayers | null;
  /** Tag the selection, or place the waiting orphan (null); true when the bar asks first (a long selection). */
  tagSelection(view: EditorView, tag: string | null): boolean;
  /** Undo groups moves of one gesture: a new key each time another annotation is picked. */
  adjustKey(id: string): string;
  preview(range: { from: number; to: number } | null): void;
}

function dirAt(view: EditorView, pos: number): Direction {
  const $pos = view.state.doc.resolve(Math.min(pos, view.state.doc.content.size));
  return $pos.parent.attrs.dir === 'rtl' ? 'rtl' : 'ltr';
}

export function keyHost(r: ReaderRefs): KeyHost {
  return {
    context(view) {
      const p = r.props();
      const range = r.layers()?.range(p.selectedId);
      return {
        selectionEmpty: view.state.selection.empty,
        selectedId: p.selectedId,
        adjustable: p.adjustable,
        suggestionActive: !!p.activeSuggestionId && !!p.onSuggestionKey,
        shortcuts: new Map(p.tags.filter((t) => t.shortcut).map((t) => [t.shortcut!, t.id])),
        startDir: range ? dirAt(view, range.from) : 'ltr',
        endDir: range ? dirAt(view, range.to) : 'ltr',
      };
    },
    run(view, action) {
      const p = r.props();
      switch (action.kind) {
        case 'tag':
          r.tagSelection(view, action.tag);
          return;
        case 'adjust': {
          const l = r.layers();
          const a = l?.annotation(p.selectedId);
          if (l && a) p.onAdjustBy(a.id, action.startDelta, action.endDelta, l.map.cp.length, r.adjustKey(a.id));
          return;
        }
        case 'delete':
          if (p.selectedId) p.onDelete(p.selectedId);
          return;
        case 'escape':
          view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, view.state.selection.head)));
          return p.onSelect(null);
        case 'suggestion':
          return p.onSuggestionKey?.(action.action);
      }
    },
  };
}

export function pointerHost(r: ReaderRefs): PointerHost {
  return {
    select: (id) => r.props().onSelect(id),
    selectedId: () => r.props().selectedId,
    suggestionClick: (id) => r.props().onSuggestionClick?.(id),
    selectedSpan() {
      const a = r.layers()?.annotation(r.props().selectedId);
      return a && { id: a.id, start: a.start, end: a.end };
    },
    codePointAt: (pos) => r.layers()?.map.pmRangeToCodePoints(pos, pos).start ?? 0,
    preview(span) {
      const l = r.layers();
      r.preview(span && l ? l.toPm(span.start, span.end) : null);
    },
    commit: (id, start, end) => r.props().onAdjust(id, start, end, `drag-${id}-${Date.now()}`),
  };
}

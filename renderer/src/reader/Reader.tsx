// The article reader: a TipTap view over the document, highlights as decorations, the
// floating tag bar, and the keys 1–9 (tag), Delete (remove), Escape (clear).

import { EditorContent, useEditor } from '@tiptap/react';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Block, PlacedAnnotation, Tag } from '../../../electron/core/api/contract';
import { blocksToDoc, TextMap } from './docmap';
import { readerSchemaExtensions } from './extensions';
import { HighlightLayer, HighlightStyler, type HighlightSpan } from './highlights';
import { ReaderBehaviour, focusDecorations, focusKey, highlightKey } from './plugins';
import { TagBar } from './TagBar';

export interface ReaderProps {
  /** The document's structure; a new array means a new document (it never changes in place). */
  blocks: readonly Block[];
  annotations: readonly PlacedAnnotation[];
  tags: readonly Tag[];
  hiddenTags: ReadonlySet<string>;
  selectedId: string | null;
  /** The selected annotation's ends may be moved (it was picked, not just created). */
  adjustable: boolean;
  flash: { id: string; nonce: number } | null;
  onTag(tag: string, start: number, end: number): void;
  /** While an unanchored annotation waits for a place, the bar offers "Place here" instead of tags. */
  placing?: string | null;
  onPlace?(start: number, end: number): void;
  /** Move an annotation's ends; calls of one gesture share `mergeKey` (one undo step). */
  onAdjust(id: string, start: number, end: number, mergeKey: string): void;
  /** Move them by some characters (keyboard): `length` is the document's, in code points. */
  onAdjustBy(id: string, startDelta: number, endDelta: number, length: number, mergeKey: string): void;
  onSelect(id: string | null): void;
  onDelete(id: string): void;
}

interface Loaded {
  map: TextMap;
  layer: HighlightLayer;
  /** What the layer currently shows, to diff against new props. */
  shown: Map<string, PlacedAnnotation>;
  hidden: ReadonlySet<string>;
}

function spanOf(map: TextMap, a: PlacedAnnotation): HighlightSpan {
  const { from, to } = map.codePointsToPm(a.start, a.end);
  return { id: a.id, tag: a.tag, from, to };
}

const visible = (a: PlacedAnnotation, hidden: ReadonlySet<string>) => a.placement.status === 'anchored' && !hidden.has(a.tag);

export function Reader(props: ReaderProps) {
  const latest = useRef(props);
  latest.current = props;
  const loaded = useRef<Loaded | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [bar, setBar] = useState<{ top: number; left: number } | null>(null);
  const pointerDown = useRef(false);
  const [flashing, setFlashing] = useState<string | null>(null);
  /** The selected/flash ranges the focus layer shows, to skip needless updates. */
  const focusShown = useRef('');
  const styleRef = useRef<HTMLStyleElement>(null);
  /** While an end is dragged: the range shown (ProseMirror positions). */
  const [preview, setPreview] = useState<{ from: number; to: number } | null>(null);
  const adjustSession = useRef(0);

  const styler = useMemo(() => new HighlightStyler(new Map(props.tags.map((t, slot) => [t.id, { slot, name: t.name }]))), [props.tags]);
  /** Write the styler's rules into the reader's style sheet when a new combination appears. */
  const syncStyles = useCallback(() => {
    const el = styleRef.current;
    if (el && el.dataset.version !== String(styler.version)) {
      el.textContent = styler.css();
      el.dataset.version = String(styler.version);
    }
  }, [styler]);

  const tagSelection = useCallback((view: EditorView, tagId: string | null) => {
    const sel = view.state.selection;
    const l = loaded.current;
    if (sel.empty || !l) return;
    const { start, end } = l.map.pmRangeToCodePoints(sel.from, sel.to);
    if (end > start) {
      if (tagId === null) latest.current.onPlace?.(start, end);
      else latest.current.onTag(tagId, start, end);
    }
    // The tagged span is now a highlight; drop the selection so the next one starts clean.
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, sel.to)));
  }, []);

  const editor = useEditor(
    {
      extensions: [...readerSchemaExtensions(), ReaderBehaviour],
      editable: true,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'reader-text',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-readonly': 'true',
          'aria-label': 'Article text. Select a passage, then press 1 to 4 to tag it.',
          spellcheck: 'false',
          autocorrect: 'off',
          autocapitalize: 'off',
          translate: 'no',
        },
        handleKeyDown(view, event) {
          const p = latest.current;
          // Shift+←/→ moves the selected annotation's end; Alt+Shift+←/→ its start.
          if (p.selectedId && p.adjustable && event.shiftKey && !event.ctrlKey && !event.metaKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight') && view.state.selection.empty) {
            const a = loaded.current?.shown.get(p.selectedId);
            if (!a) return false;
            const delta = event.key === 'ArrowRight' ? 1 : -1;
            const length = loaded.current!.map.cp.length;
            p.onAdjustBy(a.id, event.altKey ? delta : 0, event.altKey ? 0 : delta, length, `adjust-${a.id}-${adjustSession.current}`);
            return true;
          }
          if (event.ctrlKey || event.metaKey || event.altKey) return false;
          const tag = p.tags.find((t) => t.shortcut && t.shortcut === event.key);
          if (tag) {
            if (!view.state.selection.empty) tagSelection(view, tag.id);
            return true;
          }
          if (event.key === 'Delete' || event.key === 'Backspace') {
            if (p.selectedId) p.onDelete(p.selectedId);
            return true;
          }
          if (event.key === 'Escape') {
            view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, view.state.selection.head)));
            p.onSelect(null);
            return true;
          }
          // Typing never changes the article.
          return event.key.length === 1 || event.key === 'Enter';
        },
        handleDOMEvents: {
          // Dragging a handle of the selected annotation moves that end.
          mousedown(view, event) {
            const handle = (event.target as HTMLElement | null)?.closest?.<HTMLElement>('.adjust-handle');
            const l = loaded.current;
            const p = latest.current;
            const a = p.selectedId ? l?.shown.get(p.selectedId) : undefined;
            if (!handle || !l || !a) return false;
            event.preventDefault();
            const edge = handle.dataset.edge;
            let { start, end } = a;
            const move = (e: MouseEvent) => {
              const hit = view.posAtCoords({ left: e.clientX, top: e.clientY });
              if (!hit) return;
              const cp = l.map.pmRangeToCodePoints(hit.pos, hit.pos).start;
              if (edge === 'start') start = Math.min(cp, end - 1);
              else end = Math.max(cp, start + 1);
              setPreview(l.map.codePointsToPm(start, end));
            };
            const up = () => {
              window.removeEventListener('mousemove', move);
              setPreview(null);
              if (start !== a.start || end !== a.end) latest.current.onAdjust(a.id, start, end, `drag-${a.id}-${Date.now()}`);
            };
            window.addEventListener('mousemove', move);
            window.addEventListener('mouseup', up, { once: true });
            return true;
          },
        },
        handleClick(_view, _pos, event) {
          const hit = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-ids]');
          const ids = hit?.dataset.ids?.split(' ') ?? [];
          latest.current.onSelect(ids[0] ?? null);
          return false;
        },
      },
    },
    [],
  );

  // React saves and restores the selection of a focused contenteditable around every commit
  // by walking all of its text (react-dom's getSelectionInformation), which costs ~60 ms per
  // update on a 1 MB article. ProseMirror owns this selection, so React need not see the
  // reader as editable; the attribute (what the browser uses) is untouched.
  useEffect(() => {
    if (editor) Object.defineProperty(editor.view.dom, 'contentEditable', { configurable: true, get: () => 'inherit' });
  }, [editor]);

  const updateBar = useCallback(() => {
    const view = editor?.view;
    const scroller = scrollRef.current;
    if (!view || !scroller || pointerDown.current) return;
    const { from, to, empty } = view.state.selection;
    if (empty || !view.hasFocus()) return setBar(null);
    const a = view.coordsAtPos(from);
    const b = view.coordsAtPos(to);
    const box = scroller.getBoundingClientRect();
    let top = Math.min(a.top, b.top) - box.top + scroller.scrollTop - 48;
    if (top < scroller.scrollTop) top = Math.max(a.bottom, b.bottom) - box.top + scroller.scrollTop + 8;
    const left = Math.min(Math.max(a.left - box.left, 8), box.width - 330);
    setBar({ top, left });
  }, [editor]);

  // Load a document: a fresh editor state (the text never changes afterwards).
  useLayoutEffect(() => {
    if (!editor) return;
    const doc = editor.schema.nodeFromJSON(blocksToDoc(props.blocks));
    const map = new TextMap(doc);
    const p = latest.current;
    const shown = new Map(p.annotations.filter((a) => visible(a, p.hiddenTags)).map((a) => [a.id, a]));
    const layer = new HighlightLayer(doc, styler, [...shown.values()].map((a) => spanOf(map, a)));
    loaded.current = { map, layer, shown, hidden: p.hiddenTags };
    focusShown.current = '';
    // Highlights go into the state before the view sees it, so the DOM is built once.
    const fresh = EditorState.create({ doc, plugins: editor.state.plugins });
    syncStyles();
    editor.view.updateState(fresh.apply(fresh.tr.setMeta(highlightKey, layer.decorations)));
    scrollRef.current?.scrollTo({ top: 0 });
    setBar(null);
  }, [editor, props.blocks, styler, syncStyles]);

  // Annotations, filters, selection or flash changed: update only what differs, in one
  // transaction (each ProseMirror update compares decorations across the document).
  useLayoutEffect(() => {
    const l = loaded.current;
    if (!editor || !l) return;
    if (l.hidden !== props.hiddenTags) {
      l.hidden = props.hiddenTags;
      l.layer.apply([], [...l.shown.keys()]);
      l.shown.clear();
    }
    const upsert: HighlightSpan[] = [];
    const remove: string[] = [];
    const next = new Set<string>();
    for (const a of props.annotations) {
      if (!visible(a, props.hiddenTags)) continue;
      next.add(a.id);
      const old = l.shown.get(a.id);
      if (old === a) continue;
      if (!old || old.tag !== a.tag || old.start !== a.start || old.end !== a.end) upsert.push(spanOf(l.map, a));
      l.shown.set(a.id, a);
    }
    for (const id of l.shown.keys()) {
      if (!next.has(id)) {
        remove.push(id);
        l.shown.delete(id);
      }
    }
    const tr = editor.state.tr;
    if (upsert.length || remove.length) {
      tr.setMeta(highlightKey, l.layer.apply(upsert, remove));
      syncStyles();
    }

    const range = (id: string | null) => {
      const a = id ? l.shown.get(id) : undefined;
      return a ? l.map.codePointsToPm(a.start, a.end) : undefined;
    };
    const selected = preview ?? range(props.selectedId);
    const flash = range(flashing);
    const key = JSON.stringify([selected, flash]);
    if (key !== focusShown.current) {
      focusShown.current = key;
      tr.setMeta(focusKey, focusDecorations(editor.state, selected, flash));
    }
    if (tr.getMeta(highlightKey) || tr.getMeta(focusKey)) editor.view.dispatch(tr);
  }, [editor, props.annotations, props.hiddenTags, props.blocks, props.selectedId, flashing, syncStyles, preview]);

  // A new selection starts a new adjusting gesture (its own undo step).
  useEffect(() => {
    adjustSession.current++;
  }, [props.selectedId]);

  // Reveal: scroll the annotation into view and flash it.
  useEffect(() => {
    const l = loaded.current;
    const view = editor?.view;
    if (!props.flash || !l || !view) return;
    const a = l.shown.get(props.flash.id);
    if (!a) return;
    const { from } = l.map.codePointsToPm(a.start, a.end);
    const cancel = revealPosition(view, scrollRef.current!, from);
    setFlashing(a.id);
    const t = setTimeout(() => setFlashing(null), 1600);
    return () => {
      cancel();
      clearTimeout(t);
    };
  }, [props.flash?.nonce, editor]);

  useEffect(() => {
    if (!editor) return;
    const onSel = () => updateBar();
    const onBlur = () => setTimeout(() => !editor.view.hasFocus() && !document.activeElement?.closest('.tag-bar') && setBar(null), 0);
    editor.on('selectionUpdate', onSel);
    editor.on('focus', onSel);
    editor.on('blur', onBlur);
    return () => {
      editor.off('selectionUpdate', onSel);
      editor.off('focus', onSel);
      editor.off('blur', onBlur);
    };
  }, [editor, updateBar]);

  return (
    <div
      className="reader-scroll"
      ref={scrollRef}
      onPointerDown={(e) => {
        if ((e.target as HTMLElement).closest('.tag-bar')) return;
        pointerDown.current = true;
        setBar(null);
      }}
      onPointerUp={() => {
        pointerDown.current = false;
        // After the browser's last selectionchange and ProseMirror's read of it.
        requestAnimationFrame(updateBar);
      }}
    >
      <style ref={styleRef} />
      <EditorContent editor={editor} className="reader-page" />
      {bar && editor && (
        <TagBar
          tags={props.tags}
          top={bar.top}
          left={bar.left}
          placing={props.placing ?? null}
          onPick={(tagId) => {
            tagSelection(editor.view, tagId);
            editor.view.focus();
          }}
        />
      )}
    </div>
  );
}

/**
 * Scroll a document position to the middle of the reader. Off-screen chunks have estimated
 * heights until they are laid out, so the position is checked again once the chunks around it
 * have rendered, and the scroll corrected if it moved.
 */
function revealPosition(view: EditorView, scroller: HTMLElement, pos: number): () => void {
  const target = () => {
    const { node } = view.domAtPos(pos);
    return node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement);
  };
  target()?.scrollIntoView({ block: 'center' });
  let frame = 0;
  let tries = 0;
  const later = (fn: () => void) => (frame = requestAnimationFrame(() => (frame = requestAnimationFrame(fn))));
  const check = () => {
    const el = target();
    if (!el) return;
    const r = el.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    if ((r.top >= box.top && r.bottom <= box.bottom) || tries++ >= 5) return;
    el.scrollIntoView({ block: 'center' });
    later(check);
  };
  later(check);
  return () => cancelAnimationFrame(frame);
}

// The article reader: a TipTap view over the document with layers of decorations drawn over
// it (layers.ts), the floating tag bar, and the reader's own keys and mouse (keys.ts,
// pointer.ts). This file wires them to the props; the behaviour lives in those modules.

import { EditorContent, useEditor } from '@tiptap/react';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { blocksToDoc } from './document';
import { readerSchemaExtensions } from './extensions';
import { FocusLayer } from './focus';
import { HighlightStyler } from './highlights';
import { keyHost, pointerHost, type ReaderRefs } from './hosts';
import { ReaderKeys } from './keys';
import { ReaderLayers, type LayerInput, type PmRange } from './layers';
import { ReaderBehaviour } from './plugins';
import { ReaderPointer } from './pointer';
import type { ReaderProps } from './props';
import { suggestionColours } from './suggestions';
import { barPlacement } from './bar';
import { TagBar, type PendingTag } from './TagBar';
import { dropWithHighlight, newTagFlow, tagThenDrop } from './tag-flow';
import { observeChunks, revealPosition } from './viewport';

export type { ReaderProps } from './props';

/** A selection touching this many paragraphs or more is tagged only once confirmed. */
export const CONFIRM_PARAGRAPHS = 4;
const NONE: readonly never[] = [];
/** Chunks drawn before the view first paints: the top of the article. */
const FIRST_CHUNKS = [0, 1];

const layerInput = (p: ReaderProps): LayerInput => ({
  annotations: p.annotations,
  hiddenTags: p.hiddenTags,
  suggestions: p.suggestions ?? NONE,
  activeSuggestionId: p.activeSuggestionId ?? null,
  pageStarts: p.pageStarts ?? null,
});

export function Reader(props: ReaderProps) {
  const latest = useRef(props);
  latest.current = props;
  const layers = useRef<ReaderLayers | null>(null);
  const focusLayer = useRef(new FocusLayer());
  const scrollRef = useRef<HTMLDivElement>(null);
  const styleRef = useRef<HTMLStyleElement>(null);
  const [bar, setBar] = useState<{ top: number; left: number } | null>(null);
  const [pending, setPending] = useState<(PendingTag & { start: number; end: number }) | null>(null);
  const pointerDown = useRef(false);
  /** The stretch flashed after a reveal (an annotation's, or a search hit's). */
  const [flashing, setFlashing] = useState<PmRange | null>(null);
  /** While an end is dragged: the range shown. */
  const [preview, setPreview] = useState<PmRange | null>(null);
  const adjustSession = useRef(0);
  const tagFlow = useRef(newTagFlow());

  const styler = useMemo(() => new HighlightStyler(new Map(props.tags.map((t, slot) => [t.id, { slot, name: t.name }]))), [props.tags]);
  const kindColours = useMemo(() => suggestionColours(props.tags), [props.tags]);
  /** Write the styler's rules into the reader's style sheet when a new combination appears. */
  const syncStyles = useCallback(() => {
    const el = styleRef.current;
    const version = `${styler.version}:${kindColours}`;
    if (el && el.dataset.version !== version) {
      el.textContent = `${kindColours}\n${styler.css()}`;
      el.dataset.version = version;
    }
  }, [styler, kindColours]);

  const collapse = (view: EditorView, at: number) => view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, at)));

  const tagThenDropNow = (view: EditorView, tag: string, start: number, end: number) =>
    tagThenDrop(tagFlow.current, () => view.state.selection, () => latest.current.onTag(tag, start, end), (at) => collapse(view, at));

  const refs = useMemo<ReaderRefs>(
    () => ({
      props: () => latest.current,
      layers: () => layers.current,
      tagSelection(view, tagId) {
        const sel = view.state.selection;
        const l = layers.current;
        if (sel.empty || !l) return false;
        const { start, end } = l.map.pmRangeToCodePoints(sel.from, sel.to);
        if (end <= start) return false;
        const paragraphs = l.map.paragraphsBetween(sel.from, sel.to);
        if (tagId !== null && paragraphs >= CONFIRM_PARAGRAPHS) {
          setPending({ tag: tagId, paragraphs, start, end });
          return true;
        }
        if (tagId === null) {
          latest.current.onPlace?.(start, end);
          collapse(view, sel.to);
        } else tagThenDropNow(view, tagId, start, end);
        return false;
      },
      adjustKey: (id) => `adjust-${id}-${adjustSession.current}`,
      preview: setPreview,
    }),
    [],
  );

  const editor = useEditor(
    {
      extensions: [...readerSchemaExtensions(), ReaderBehaviour, ReaderKeys.configure({ host: keyHost(refs) }), ReaderPointer.configure({ host: pointerHost(refs) })],
      editable: true,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'reader-text',
          // Blocks without a dir of their own are left to right, whatever the window's direction.
          dir: 'ltr',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-readonly': 'true',
          'aria-label': 'Article text. Select a passage, then press 1 to 4 to tag it.',
          spellcheck: 'false',
          autocorrect: 'off',
          autocapitalize: 'off',
          translate: 'no',
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
    // Focus in the bar itself (its [Tag] button when it asks first) keeps it open.
    if (empty || (!view.hasFocus() && !document.activeElement?.closest('.tag-bar'))) return setBar(null);
    setBar(barPlacement(view.coordsAtPos(from), view.coordsAtPos(to), scroller));
  }, [editor]);

  // Load a document: a fresh editor state (the text never changes afterwards).
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!editor || !scroller) return;
    const doc = blocksToDoc(editor.schema, props.blocks);
    const l = new ReaderLayers(doc, styler, FIRST_CHUNKS);
    layers.current = l;
    focusLayer.current = new FocusLayer();
    // Highlights go into the state before the view sees it, so the DOM is built once.
    const fresh = EditorState.create({ doc, plugins: editor.state.plugins });
    const tr = fresh.tr;
    l.sync(tr, layerInput(latest.current));
    syncStyles();
    editor.view.updateState(fresh.apply(tr));
    scroller.scrollTo({ top: 0 });
    setBar(null);
    setPending(null);
    // Chunks coming near the screen get their highlights and suggestions drawn.
    return observeChunks(editor.view, scroller, (chunks) => {
      const t = editor.state.tr;
      if (layers.current === l && l.open(t, chunks)) {
        syncStyles();
        editor.view.dispatch(t);
      }
    });
  }, [editor, props.blocks, styler, syncStyles]);

  // Annotations, filters, suggestions, selection or flash changed: update only what differs,
  // in one transaction (each ProseMirror update compares decorations across the document).
  useLayoutEffect(() => {
    const l = layers.current;
    if (!editor || !l) return;
    const tr = editor.state.tr;
    const changed = l.sync(tr, layerInput(props));
    if (changed) syncStyles();
    const focused = focusLayer.current.sync(tr, editor.state, preview ?? l.range(props.selectedId), flashing ?? undefined);
    // A tagged selection is dropped in the transaction that draws its highlight (tag-flow.ts).
    const at = changed && tagFlow.current.pending ? dropWithHighlight(tagFlow.current, editor.state.selection) : null;
    if (at !== null) tr.setSelection(TextSelection.create(tr.doc, at));
    if (changed || focused) editor.view.dispatch(tr);
  }, [editor, props.annotations, props.hiddenTags, props.blocks, props.selectedId, props.suggestions, props.activeSuggestionId, props.pageStarts, flashing, syncStyles, preview]);

  // A new selection starts a new adjusting gesture (its own undo step).
  useEffect(() => {
    adjustSession.current++;
  }, [props.selectedId]);

  // Reveal: scroll an annotation, or a stretch of text (a search hit), into view and flash it.
  const reveal = (range: PmRange | undefined) => {
    if (!range || !editor) return;
    const cancel = revealPosition(editor.view, scrollRef.current!, range.from);
    setFlashing(range);
    const t = setTimeout(() => setFlashing(null), 1600);
    return () => {
      cancel();
      clearTimeout(t);
    };
  };
  useEffect(() => reveal(layers.current?.range(props.flash?.id ?? null)), [props.flash?.nonce, editor]);
  useEffect(() => {
    const r = props.revealText;
    const l = layers.current;
    if (r && l && r.start >= 0 && r.end <= l.map.cp.length && r.start <= r.end) return reveal(l.toPm(r.start, r.end));
  }, [props.revealText?.nonce, editor]);

  // The proposal under review comes into view.
  useEffect(() => {
    const range = layers.current?.suggestionRange(props.activeSuggestionId ?? null);
    if (range && editor) return revealPosition(editor.view, scrollRef.current!, range.from);
  }, [props.activeSuggestionId, editor]);

  useEffect(() => {
    if (!editor) return;
    const onSel = () => updateBar();
    // A new selection drops a question about the old one.
    const onMove = () => {
      setPending(null);
      updateBar();
    };
    const onBlur = () => setTimeout(() => !editor.view.hasFocus() && !document.activeElement?.closest('.tag-bar') && setBar(null), 0);
    editor.on('selectionUpdate', onMove);
    editor.on('focus', onSel);
    editor.on('blur', onBlur);
    return () => {
      editor.off('selectionUpdate', onMove);
      editor.off('focus', onSel);
      editor.off('blur', onBlur);
    };
  }, [editor, updateBar]);

  const settle = (commit: boolean) => {
    const p = pending;
    setPending(null);
    if (!editor) return;
    editor.view.focus();
    if (commit && p) tagThenDropNow(editor.view, p.tag, p.start, p.end);
  };

  return (
    <div
      className="reader-scroll"
      ref={scrollRef}
      onPointerDown={(e) => {
        if ((e.target as HTMLElement).closest('.tag-bar')) return;
        pointerDown.current = true;
        setBar(null);
      }}
      onPointerUp={(e) => {
        if ((e.target as HTMLElement).closest('.tag-bar')) return;
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
          pending={pending}
          onConfirm={() => settle(true)}
          onCancel={() => settle(false)}
          onPick={(tagId) => {
            // When the bar asks first, its [Tag] button takes the focus instead.
            if (!refs.tagSelection(editor.view, tagId)) editor.view.focus();
          }}
        />
      )}
    </div>
  );
}

// Everything the reader draws over one document, kept in step with the props: highlights
// (annotations not hidden by a tag filter), suggestions and page numbers (the focus layer,
// which needs the DOM for its handles, is focus.ts).
// Each sync compares the new props with what is drawn and writes only the difference into
// one transaction, so a new annotation costs one chunk's redraw, not the whole set's.
// No DOM here: the reader owns the view, this owns the decorations (tested under Node).

import type { Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { ListedAnnotation } from '../../../electron/core/api/contract';
import { TextMap } from './docmap';
import { HighlightLayer, type HighlightSpan, type HighlightStyler } from './highlights';
import { pageDecorations } from './pages';
import { highlightKey, pageKey, suggestionKey } from './plugins';
import { SuggestionLayer, type Suggestion, type SuggestionSpan } from './suggestions';

export interface LayerInput {
  annotations: readonly ListedAnnotation[];
  hiddenTags: ReadonlySet<string>;
  suggestions: readonly Suggestion[];
  activeSuggestionId: string | null;
  pageStarts: readonly number[] | null;
}

export interface PmRange {
  from: number;
  to: number;
}

const visible = (a: ListedAnnotation, hidden: ReadonlySet<string>) => !hidden.has(a.tag);

export class ReaderLayers {
  readonly map: TextMap;
  readonly highlights: HighlightLayer;
  private readonly suggestionLayer: SuggestionLayer;
  /** What the layers show, to diff new props against. */
  private readonly shown = new Map<string, ListedAnnotation>();
  private readonly shownSuggestions = new Map<string, SuggestionSpan>();
  private last: Partial<LayerInput> = {};

  constructor(
    readonly doc: PMNode,
    private readonly styler: HighlightStyler,
    open: Iterable<number>,
  ) {
    this.map = new TextMap(doc);
    const first = [...open];
    this.highlights = new HighlightLayer(doc, this.map.chunks, styler, [], first);
    this.suggestionLayer = new SuggestionLayer(doc, this.map.chunks, [], first);
  }

  toPm(start: number, end: number): PmRange {
    return this.map.codePointsToPm(start, end);
  }

  annotation(id: string | null): ListedAnnotation | undefined {
    return id ? this.shown.get(id) : undefined;
  }

  range(id: string | null): PmRange | undefined {
    const a = this.annotation(id);
    return a ? this.toPm(a.start, a.end) : undefined;
  }

  suggestionRange(id: string | null): PmRange | undefined {
    const s = id ? this.shownSuggestions.get(id) : undefined;
    return s && { from: s.from, to: s.to };
  }

  private syncHighlights(p: LayerInput): DecorationMeta {
    const before = this.last.annotations;
    if (p.annotations === before && p.hiddenTags === this.last.hiddenTags) return null;
    if (p.hiddenTags !== this.last.hiddenTags || !before) {
      // Everything anew (a document opening, a tag filter): one fresh set, not 10,000 changes.
      this.shown.clear();
      const spans: HighlightSpan[] = [];
      for (const a of p.annotations) {
        if (!visible(a, p.hiddenTags)) continue;
        this.shown.set(a.id, a);
        spans.push({ id: a.id, tag: a.tag, ...this.toPm(a.start, a.end) });
      }
      return this.highlights.reset(spans);
    }
    // The store replaces an array with one that differs in an item or two, in the same
    // order: skip the common head and tail by identity and compare only the middle.
    const list = p.annotations;
    let head = 0;
    while (head < list.length && head < before.length && list[head] === before[head]) head++;
    let tail = 0;
    while (tail < list.length - head && tail < before.length - head && list[list.length - 1 - tail] === before[before.length - 1 - tail]) tail++;
    const middle = list.slice(head, list.length - tail);
    const gone = new Set(before.slice(head, before.length - tail).map((a) => a.id));
    for (const a of middle) gone.delete(a.id);
    const upsert: HighlightSpan[] = [];
    const remove: string[] = [];
    for (const id of gone) if (this.shown.delete(id)) remove.push(id);
    for (const a of middle) {
      const old = this.shown.get(a.id);
      if (old === a) continue;
      if (!visible(a, p.hiddenTags)) {
        if (old && this.shown.delete(a.id)) remove.push(a.id);
        continue;
      }
      if (!old || old.tag !== a.tag || old.start !== a.start || old.end !== a.end) upsert.push({ id: a.id, tag: a.tag, ...this.toPm(a.start, a.end) });
      this.shown.set(a.id, a);
    }
    return upsert.length || remove.length ? this.highlights.apply(upsert, remove) : null;
  }

  private syncSuggestions(p: LayerInput): DecorationMeta {
    if (p.suggestions === this.last.suggestions && p.activeSuggestionId === this.last.activeSuggestionId) return null;
    const upsert: SuggestionSpan[] = [];
    const remove: string[] = [];
    const next = new Set<string>();
    for (const s of p.suggestions) {
      if (!(s.end > s.start) || s.start < 0 || s.end > this.map.cp.length) continue;
      next.add(s.id);
      const span: SuggestionSpan = { id: s.id, kind: s.kind, label: s.label, active: s.id === p.activeSuggestionId, ...this.toPm(s.start, s.end) };
      const old = this.shownSuggestions.get(s.id);
      if (old && old.from === span.from && old.to === span.to && old.kind === span.kind && old.label === span.label && old.active === span.active) continue;
      upsert.push(span);
      this.shownSuggestions.set(s.id, span);
    }
    for (const id of this.shownSuggestions.keys()) {
      if (next.has(id)) continue;
      remove.push(id);
      this.shownSuggestions.delete(id);
    }
    return upsert.length || remove.length ? this.suggestionLayer.apply(upsert, remove) : null;
  }

  /** Bring the layers in line with the props; the changes go into `tr`. True if there were any. */
  sync(tr: Transaction, p: LayerInput): boolean {
    const highlights = this.syncHighlights(p);
    const suggestions = this.syncSuggestions(p);
    if (highlights) tr.setMeta(highlightKey, highlights);
    if (suggestions) tr.setMeta(suggestionKey, suggestions);
    const pages = p.pageStarts !== this.last.pageStarts;
    if (pages) tr.setMeta(pageKey, pageDecorations(this.doc, this.map, p.pageStarts));
    this.last = { ...p };
    return !!(highlights || suggestions || pages);
  }

  /** Draw highlights and suggestions in these chunks too; true if anything new was drawn. */
  open(tr: Transaction, chunks: readonly number[]): boolean {
    const fresh = chunks.filter((c) => !this.highlights.isOpen(c));
    if (!fresh.length) return false;
    tr.setMeta(highlightKey, this.highlights.openChunks(fresh));
    tr.setMeta(suggestionKey, this.suggestionLayer.openChunks(fresh));
    return true;
  }

  /** The style sheet the highlights need so far (see HighlightStyler). */
  get styles(): { css: string; version: number } {
    return { css: this.styler.css(), version: this.styler.version };
  }
}

type DecorationMeta = ReturnType<HighlightLayer['apply']> | null;

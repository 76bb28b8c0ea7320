// The reader's props: what the app gives it and the calls it makes back. Kept apart from the
// component so the reader's helpers can name them without importing the component.

import type { Block, ListedAnnotation, Tag } from '../../../electron/core/api/contract';
import type { SuggestionAction } from './keymap';
import type { Suggestion } from './suggestions';

export type { Suggestion, SuggestionKind } from './suggestions';
export type { SuggestionAction } from './keymap';

export interface ReaderProps {
  /** The document's structure; a new array means a new document (it never changes in place). */
  blocks: readonly Block[];
  annotations: readonly ListedAnnotation[];
  tags: readonly Tag[];
  hiddenTags: ReadonlySet<string>;
  selectedId: string | null;
  /** The selected annotation's ends may be moved (it was picked, not just created). */
  adjustable: boolean;
  /** Scroll to an annotation and flash it; a new nonce each time. */
  flash: { id: string; nonce: number } | null;
  /** Scroll to a stretch of text (code points) and flash it, say a search hit; a new nonce each time. */
  revealText?: { start: number; end: number; nonce: number } | null;
  /**
   * Tag a span (code points). A selection touching 4 paragraphs or more is confirmed in the
   * tag bar first ("Tag 7 paragraphs as Claim? [Tag] [Cancel]"): this is called only after.
   */
  /** Resolves to the saved annotation, or to nothing when it could not be saved. */
  onTag(tag: string, start: number, end: number): Promise<unknown> | void;
  /** While an unanchored annotation waits for a place, the bar offers "Place here" instead of tags. */
  placing?: string | null;
  onPlace?(start: number, end: number): void;
  /** Move an annotation's ends; calls of one gesture share `mergeKey` (one undo step). */
  onAdjust(id: string, start: number, end: number, mergeKey: string): void;
  /** Move them by some characters (keyboard): `length` is the document's, in code points. */
  onAdjustBy(id: string, startDelta: number, endDelta: number, length: number, mergeKey: string): void;
  /** A click on a highlight: the annotation under it (where several overlap, each click the next), or null. */
  onSelect(id: string | null): void;
  onDelete(id: string): void;
  /** PDF: the code-point offset where each page starts, page 1 first (DocumentDetail.source.pageStarts). */
  pageStarts?: readonly number[] | null;
  /** Proposals of the suggestion pass, drawn with a dotted outline; never annotations until accepted. */
  suggestions?: readonly Suggestion[];
  /** The proposal under review: emphasised, and scrolled into view when it becomes active. */
  activeSuggestionId?: string | null;
  /** Enter / Backspace / n / p while a proposal is active and no text is selected. */
  onSuggestionKey?(action: SuggestionAction): void;
  onSuggestionClick?(id: string): void;
}

// The whole-document suggestion pass in the UI: proposals shown in the reader (never saved)
// until the user accepts or rejects them one by one or by kind; accepting is one undo step.

import type { Suggestion } from '../../../electron/core/api/contract';
import { api } from '../api';
import { LibraryStore } from './library-store';

export type { Suggestion };

export class SuggestionStore extends LibraryStore {
  async suggest(): Promise<void> {
    const doc = this.state.current;
    if (!doc) return this.notify('error', 'Open a document first: suggestions are made for the open document.');
    await this.guard('Could not make suggestions', async () => {
      this.set({ busy: { label: `Reading “${doc.summary.title}” for quotes, figures and places`, done: 0, total: 1 } });
      try {
        const suggestions = await api.suggestDocument({ documentId: doc.summary.id });
        this.set({ suggestions, activeSuggestion: suggestions[0]?.id ?? null, searching: false });
        this.notify('info', suggestions.length ? `${suggestions.length} suggestions. Enter accepts, Backspace rejects, n and p move between them.` : 'Nothing to suggest: every quote, figure and place found is annotated already.');
      } finally {
        this.set({ busy: null });
      }
    });
  }

  focusSuggestion(id: string | null): void {
    this.set({ activeSuggestion: id });
  }

  /** Move to the next (1) or previous (-1) proposal. */
  stepSuggestion(delta: 1 | -1): void {
    const list = this.state.suggestions;
    if (!list.length) return;
    const i = list.findIndex((s) => s.id === this.state.activeSuggestion);
    this.set({ activeSuggestion: list[(i + delta + list.length) % list.length]!.id });
  }

  /** Accept some proposals (by default the one in focus): written in one go, undone in one go. */
  async acceptSuggestions(ids: string[] = this.state.activeSuggestion ? [this.state.activeSuggestion] : []): Promise<void> {
    const doc = this.state.current;
    const chosen = this.state.suggestions.filter((s) => ids.includes(s.id));
    if (!doc || !chosen.length) return;
    await this.guard('Could not accept the suggestions', async () => {
      const made = await api.acceptSuggestions({ documentId: doc.summary.id, items: chosen.map(({ kind, start, end, fields, speaker }) => ({ kind, start, end, fields, speaker })) });
      this.applyManyLocally(made);
      this.dropSuggestions(ids);
      this.history.record({ kind: 'accept', annotations: made });
      this.syncHistory();
      if (made.some((a) => a.fields.quote?.speakerId)) await this.refreshPeople();
    });
  }

  rejectSuggestions(ids: string[] = this.state.activeSuggestion ? [this.state.activeSuggestion] : []): void {
    this.dropSuggestions(ids);
  }

  /** Accept or reject every remaining proposal of a kind. */
  async settleKind(kind: Suggestion['kind'], accept: boolean): Promise<void> {
    const ids = this.state.suggestions.filter((s) => s.kind === kind && (!accept || s.confident)).map((s) => s.id);
    if (accept) await this.acceptSuggestions(ids);
    else this.rejectSuggestions(ids);
  }

  endSuggestions(): void {
    this.set({ suggestions: [], activeSuggestion: null });
  }

  private dropSuggestions(ids: string[]): void {
    const list = this.state.suggestions;
    const gone = new Set(ids);
    const i = list.findIndex((s) => s.id === this.state.activeSuggestion);
    const rest = list.filter((s) => !gone.has(s.id));
    // Focus moves on to the proposal after the one settled.
    const next = rest.find((s, j) => j >= i - [...gone].filter((g) => list.findIndex((x) => x.id === g) < i).length) ?? rest[rest.length - 1];
    this.set({ suggestions: rest, activeSuggestion: next?.id ?? null });
  }

  /** Every location of the study whose best match is confident gets it; one undoable step per annotation. */
  async placeConfidentLocations(): Promise<void> {
    await this.guard('Could not place the locations', async () => {
      const r = await api.placeConfidentLocations({});
      for (const { before, after } of r.placed) this.history.record({ kind: 'update', before, after });
      this.syncHistory();
      await this.refreshDocuments();
      if (this.state.current) await this.openDocument(this.state.current.summary.id);
      this.notify('info', `Placed ${r.placed.length} location${r.placed.length === 1 ? '' : 's'}; ${r.unplaced} still without a place (the map lists them).`);
    });
  }
}

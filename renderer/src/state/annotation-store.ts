// The open document and its annotations: opening, tagging, editing, moving ends, deleting,
// undo and redo, picking and revealing, and placing what an import could not place.

import type { Annotation, Orphan, ListedAnnotation, Request } from '../../../electron/core/api/contract';
import { api, errorMessage } from '../api';
import { applyAnnotations, tagCounts, verdictCounts } from './annotation-list';
import { withFactChanges, type FactChanges } from './fact-changes';
import { describeEdit, stepFor, type Edit } from './history';
import { SessionStore } from './session-store';
import type { AppState } from './store-base';

let flashSeq = 0;

export class AnnotationStore extends SessionStore {
  override async openDocument(id: string): Promise<void> {
    await this.guard('Could not open the document', async () => {
      const detail = await api.getDocument({ id });
      this.set({
        current: { summary: detail.summary, blocks: detail.blocks, source: detail.source },
        annotations: detail.annotations,
        orphans: detail.orphans,
        placing: null,
        selectedId: null,
        flash: null,
        suggestions: [],
        activeSuggestion: null,
      });
      await api.setLastDocument({ id });
    });
  }

  select(id: string | null, reveal = false): void {
    this.set({ selectedId: id, adjustable: !!id, ...(reveal && id ? { flash: { id, nonce: ++flashSeq } } : {}) });
  }

  /** Open a document (if need be) and reveal one of its annotations. */
  async reveal(documentId: string, annotationId: string): Promise<void> {
    if (this.state.current?.summary.id !== documentId) await this.openDocument(documentId);
    if (this.state.annotations.some((a) => a.id === annotationId)) this.select(annotationId, true);
  }

  /** Open a document (if need be) at a place in its text. */
  async revealText(documentId: string, start: number, length: number): Promise<void> {
    if (this.state.current?.summary.id !== documentId) await this.openDocument(documentId);
    this.set({ revealText: { start, end: start + length, nonce: ++flashSeq } });
  }

  toggleTagFilter(tag: string): void {
    const next = new Set(this.state.hiddenTags);
    if (next.has(tag)) next.delete(tag);
    else next.add(tag);
    this.set({ hiddenTags: next });
  }

  /** Keep the library's counts for the open document in step with its annotations. */
  protected setAnnotations(annotations: ListedAnnotation[], selectedId = this.state.selectedId): void {
    const cur = this.state.current;
    const patch: Partial<AppState> = { annotations, selectedId };
    if (cur) {
      const summary = { ...cur.summary, annotationCount: annotations.length, tagCounts: tagCounts(annotations), verdictCounts: verdictCounts(annotations, this.state.session?.tags ?? []) };
      patch.current = { ...cur, summary };
      patch.documents = this.state.documents.map((d) => (d.id === summary.id ? summary : d));
    }
    this.set(patch);
  }

  protected applyLocally(a: Annotation | { deleted: string }): void {
    if ('deleted' in a) this.applyManyLocally([], [a.deleted]);
    else this.applyManyLocally([a]);
  }

  /** Many saved changes, one update of the list (and one render). */
  protected applyManyLocally(upserts: readonly Annotation[], deleted: readonly string[] = []): void {
    const here = upserts.filter((a) => a.documentId === this.state.current?.summary.id);
    const gone = new Set(deleted);
    if (!here.length && !this.state.annotations.some((a) => gone.has(a.id))) return;
    const selectedId = this.state.selectedId && gone.has(this.state.selectedId) ? null : this.state.selectedId;
    this.setAnnotations(applyAnnotations(this.state.annotations, here, gone), selectedId);
  }

  async tag(tag: string, start: number, end: number): Promise<Annotation | undefined> {
    const doc = this.state.current;
    if (!doc) return undefined;
    return this.guard('Could not tag the selection', async () => {
      const a = await api.createAnnotation({ documentId: doc.summary.id, tag, start, end });
      this.applyLocally(a);
      this.set({ selectedId: a.id, adjustable: false });
      this.history.record({ kind: 'create', annotation: a });
      this.syncHistory();
      return a;
    });
  }

  async update(id: string, patch: Omit<Request<'updateAnnotation'>, 'id'>, mergeKey?: string): Promise<void> {
    const before = this.state.annotations.find((a) => a.id === id);
    if (!before) return;
    await this.guard('Could not save the change', async () => {
      const after = await api.updateAnnotation({ id, ...patch });
      this.applyLocally(after);
      this.history.record({ kind: 'update', before, after, ...(mergeKey ? { mergeKey } : {}) });
      this.syncHistory();
    });
  }

  /** Edits that must start from what the last one saved (moves by key repeat, facts), in order. */
  private queue: Promise<void> = Promise.resolve();

  /**
   * Change some of an annotation's facts: each group's changed parts, laid over the facts the
   * study last saved (null removes a group). Queued, like moves: two fields saved before the
   * first answer arrives must not have the second undo the first.
   */
  updateFacts(id: string, changes: FactChanges, mergeKey?: string): Promise<void> {
    this.queue = this.queue.then(async () => {
      const a = this.state.annotations.find((x) => x.id === id);
      if (!a) return;
      await this.update(id, { fields: withFactChanges(a.fields, changes) }, mergeKey);
    });
    return this.queue;
  }

  /**
   * Move an annotation's ends by a number of characters. Key repeats arrive faster than the
   * study answers, so moves are queued and each starts from the span the last one saved.
   */
  adjustBy(id: string, startDelta: number, endDelta: number, length: number, mergeKey: string): void {
    this.queue = this.queue.then(async () => {
      const a = this.state.annotations.find((x) => x.id === id);
      if (!a) return;
      const start = Math.min(Math.max(a.start + startDelta, 0), a.end - 1);
      const end = Math.max(Math.min(a.end + endDelta, length), start + 1);
      if (start !== a.start || end !== a.end) await this.update(id, { start, end }, mergeKey);
    });
  }

  async remove(id: string): Promise<void> {
    await this.guard('Could not delete the annotation', async () => {
      const gone = await api.deleteAnnotation({ id });
      this.applyLocally({ deleted: id });
      this.history.record({ kind: 'delete', annotation: gone });
      this.syncHistory();
    });
  }

  /** Apply one undo or redo step through the API; documents are the library's business. */
  protected async applyStep(edit: Edit, direction: 'undo' | 'redo'): Promise<void> {
    const step = stepFor(edit, direction);
    // One request and one list update per step, however many annotations it holds.
    if (step.op === 'delete') {
      await api.deleteAnnotations({ ids: step.ids });
      this.applyManyLocally([], step.ids);
    } else if (step.op === 'restore') {
      this.applyManyLocally(await api.restoreAnnotations({ annotations: step.annotations }));
    } else if (step.op === 'update') {
      const { op: _op, ...update } = step;
      this.applyLocally(await api.updateAnnotation(update));
    }
  }

  private async runStep(edit: Edit, direction: 'undo' | 'redo'): Promise<boolean> {
    try {
      await this.applyStep(edit, direction);
      // A change in another document: its counts in the library changed, and say where.
      const documentId = edit.kind === 'update' ? edit.after.documentId : edit.kind === 'delete-document' ? edit.id : edit.kind === 'accept' ? edit.annotations[0]?.documentId : edit.annotation.documentId;
      if (edit.kind === 'delete-document' || documentId !== this.state.current?.summary.id) {
        await this.refreshDocuments();
        const title = this.state.documents.find((d) => d.id === documentId)?.title ?? 'another document';
        if (edit.kind !== 'delete-document') this.notify('info', `${direction === 'undo' ? 'Undid' : 'Redid'} “${describeEdit(edit, this.tagName)}” in “${title}”.`);
      }
      return true;
    } catch (e) {
      this.notify('error', `Could not ${direction} “${describeEdit(edit, this.tagName)}”: ${errorMessage(e)}`);
      return false;
    }
  }

  async undo(): Promise<void> {
    const edit = this.history.peekUndo();
    if (!edit) return;
    if (await this.runStep(edit, 'undo')) this.history.undone();
    else this.history.dropUndo();
    this.syncHistory();
  }

  async redo(): Promise<void> {
    const edit = this.history.peekRedo();
    if (!edit) return;
    if (await this.runStep(edit, 'redo')) this.history.redone();
    else this.history.dropRedo();
    this.syncHistory();
  }

  startPlacing(orphan: Orphan | null): void {
    this.set({ placing: orphan });
    if (orphan) this.notify('info', `Select the passage for “${orphan.exact.slice(0, 60)}”, then press “Place here”. Esc cancels.`);
  }

  async placeOrphan(start: number, end: number): Promise<void> {
    const o = this.state.placing;
    if (!o) return;
    await this.guard('Could not place the annotation', async () => {
      const a = await api.placeOrphan({ id: o.id, start, end });
      this.set({ placing: null, orphans: this.state.orphans.filter((x) => x.id !== o.id) });
      this.applyLocally(a);
      this.select(a.id, true);
      this.notify('info', 'Placed the annotation.');
    });
  }

  async discardOrphan(id: string): Promise<void> {
    await this.guard('Could not discard the annotation', async () => {
      await api.discardOrphan({ id });
      this.set({ orphans: this.state.orphans.filter((x) => x.id !== id), placing: this.state.placing?.id === id ? null : this.state.placing });
    });
  }
}

// The UI's state and the actions that change it. Every action goes through the API first and
// updates the screen from what the study saved, so what you see is what is stored.

import type { Annotation, DocumentSummary, ExportFile, Orphan, Person, PlacedAnnotation, Request, Session, Tag, Verdict } from '../../../electron/core/api/contract';
import { api, errorMessage, onWriteWait } from '../api';
import { StoreBase, type AppState, type Busy, type Dialog, type FileToImport } from './store-base';
import { removeAnnotation, tagCounts, upsertAnnotation, verdictCounts } from './annotation-list';
import { UndoHistory, describeEdit, stepFor, type Edit } from './history';

export type { AppState, Busy, Dialog, FileToImport, Notice } from './store-base';

let flashSeq = 0;

export class AppStore extends StoreBase {
  readonly history = new UndoHistory();

  tagName = (id: string) => this.state.session?.tags.find((t) => t.id === id)?.name ?? id;

  private syncHistory(): void {
    const u = this.history.peekUndo();
    const r = this.history.peekRedo();
    this.set({ undoLabel: u ? describeEdit(u, this.tagName) : null, redoLabel: r ? describeEdit(r, this.tagName) : null });
  }

  async init(): Promise<void> {
    await this.guard('Could not start', async () => {
      const session = await api.getSession({});
      this.set({ session });
      if (session.startupError) this.notify('error', session.startupError);
      await this.refreshDocuments();
      if (session.lastDocumentId) await this.openDocument(session.lastDocumentId);
    });
  }

  private async refreshDocuments(): Promise<void> {
    const [documents, people] = await Promise.all([api.listDocuments({}), api.listPeople({})]);
    this.set({ documents, people });
  }

  /** Add a person to the study (or find the one with that name and role). */
  async createPerson(name: string, role: string): Promise<Person | undefined> {
    return this.guard('Could not add the person', async () => {
      const person = await api.savePerson({ name, role });
      if (!this.state.people.some((p) => p.id === person.id)) {
        this.set({ people: [...this.state.people, person].sort((a, b) => a.name.localeCompare(b.name)) });
      }
      return person;
    });
  }

  private async adoptSession(session: Session): Promise<void> {
    this.history.clear();
    this.set({ session, current: null, annotations: [], selectedId: null, studyDialog: null });
    this.syncHistory();
    await this.refreshDocuments();
    if (session.lastDocumentId) await this.openDocument(session.lastDocumentId);
  }

  /**
   * Open an existing study ('open') or create a new one ('new') and switch to it.
   * Returns an error message for the study dialog to show, or null on success.
   */
  async switchStudy(kind: 'open' | 'new', path: string): Promise<string | null> {
    try {
      await this.adoptSession(await (kind === 'open' ? api.openStudy({ path }) : api.createStudy({ path })));
      this.notify('info', `${kind === 'open' ? 'Opened' : 'Created'} the study “${this.state.session?.study?.name}”.`);
      return null;
    } catch (e) {
      return errorMessage(e);
    }
  }

  showStudyDialog(kind: 'open' | 'new' | null): void {
    this.set({ studyDialog: kind });
  }

  showTagManager(open: boolean): void {
    this.set({ tagManager: open });
  }

  showSearch(open: boolean): void {
    this.set({ searching: open });
  }

  showMap(open: boolean): void {
    this.set({ mapOpen: open });
  }

  /** Open a document (if need be) and reveal one of its annotations. */
  async reveal(documentId: string, annotationId: string): Promise<void> {
    if (this.state.current?.summary.id !== documentId) await this.openDocument(documentId);
    if (this.state.annotations.some((a) => a.id === annotationId)) this.select(annotationId, true);
  }

  /** The study's tag set changed (tags renamed, merged, added…): counts may have moved too. */
  async setTags(tags: Tag[]): Promise<void> {
    const session = this.state.session;
    if (!session) return;
    this.set({ session: { ...session, tags } });
    await this.guard('Could not refresh the library', () => this.refreshDocuments());
    const cur = this.state.current;
    if (cur) await this.openDocument(cur.summary.id);
  }

  setVerdicts(verdicts: Verdict[]): void {
    const session = this.state.session;
    if (session) this.set({ session: { ...session, verdicts } });
  }

  async refreshPeople(): Promise<void> {
    await this.guard('Could not refresh people', async () => this.set({ people: await api.listPeople({}) }));
  }

  async importFiles(files: FileToImport[]): Promise<void> {
    if (!files.length || this.state.busy) return;
    let cancelled = false;
    const busy = (done: number, name: string): Busy => ({
      label: `Importing ${name}`,
      done,
      total: files.length,
      cancel: () => (cancelled = true),
    });
    const imported: DocumentSummary[] = [];
    const duplicates: string[] = [];
    const refused: string[] = [];
    for (const [i, f] of files.entries()) {
      if (cancelled) break;
      this.set({ busy: busy(i, f.name) });
      try {
        const r = await api.importFile({ name: f.name, dataBase64: await f.readBase64() });
        if (r.status === 'imported') imported.push(r.document);
        else if (r.status === 'duplicate') duplicates.push(`${r.fileName} is already in the study as “${r.document.title}”.`);
        else if (r.status === 'refused') refused.push(`${r.fileName}: ${r.reason}.`);
      } catch (e) {
        refused.push(`${f.name}: ${errorMessage(e)}`);
      }
    }
    this.set({ busy: null });
    await this.guard('Could not refresh the library', () => this.refreshDocuments());
    const skipped = cancelled ? files.length - imported.length - duplicates.length - refused.length : 0;
    const parts = [
      imported.length ? `Imported ${imported.length} article${imported.length === 1 ? '' : 's'}.` : 'No new articles imported.',
      skipped ? `Cancelled before ${skipped} more.` : '',
    ].filter(Boolean);
    this.notify(refused.length ? 'error' : 'info', parts.join(' '), [...refused.map((r) => `Not imported: ${r}`), ...duplicates]);
    const first = imported[0];
    if (first && (files.length === 1 || !this.state.current)) await this.openDocument(first.id);
  }

  async openDocument(id: string): Promise<void> {
    await this.guard('Could not open the document', async () => {
      const detail = await api.getDocument({ id });
      this.set({ current: { summary: detail.summary, blocks: detail.blocks }, annotations: detail.annotations, orphans: detail.orphans, placing: null, selectedId: null, flash: null });
      await api.setLastDocument({ id });
    });
  }

  select(id: string | null, reveal = false): void {
    this.set({ selectedId: id, adjustable: !!id, ...(reveal && id ? { flash: { id, nonce: ++flashSeq } } : {}) });
  }

  toggleTagFilter(tag: string): void {
    const next = new Set(this.state.hiddenTags);
    if (next.has(tag)) next.delete(tag);
    else next.add(tag);
    this.set({ hiddenTags: next });
  }

  /** Keep the library's counts for the open document in step with its annotations. */
  private setAnnotations(annotations: PlacedAnnotation[], selectedId = this.state.selectedId): void {
    const cur = this.state.current;
    const patch: Partial<AppState> = { annotations, selectedId };
    if (cur) {
      const summary = {
        ...cur.summary,
        annotationCount: annotations.length,
        tagCounts: tagCounts(annotations),
        verdictCounts: verdictCounts(annotations, this.state.session?.tags ?? []),
      };
      patch.current = { ...cur, summary };
      patch.documents = this.state.documents.map((d) => (d.id === summary.id ? summary : d));
    }
    this.set(patch);
  }

  private applyLocally(a: Annotation | { deleted: string }): void {
    if ('deleted' in a) {
      this.setAnnotations(removeAnnotation(this.state.annotations, a.deleted), this.state.selectedId === a.deleted ? null : this.state.selectedId);
    } else if (a.documentId === this.state.current?.summary.id) {
      this.setAnnotations(upsertAnnotation(this.state.annotations, a));
    }
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
      const { placement: _p, ...plain } = before;
      this.history.record({ kind: 'update', before: plain, after, ...(mergeKey ? { mergeKey } : {}) });
      this.syncHistory();
    });
  }

  private adjusting: Promise<void> = Promise.resolve();

  /**
   * Move an annotation's ends by a number of characters. Key repeats arrive faster than the
   * study answers, so moves are queued and each starts from the span the last one saved.
   */
  adjustBy(id: string, startDelta: number, endDelta: number, length: number, mergeKey: string): void {
    this.adjusting = this.adjusting.then(async () => {
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

  private async runStep(change: Edit, direction: 'undo' | 'redo'): Promise<boolean> {
    const step = stepFor(change, direction);
    try {
      if (step.op === 'delete') {
        await api.deleteAnnotation({ id: step.id });
        this.applyLocally({ deleted: step.id });
      } else if (step.op === 'restore') {
        this.applyLocally(await api.restoreAnnotation({ annotation: step.annotation }));
      } else {
        const { op: _op, ...update } = step;
        this.applyLocally(await api.updateAnnotation(update));
      }
      // A change in another document: its counts in the library changed, and say where.
      const documentId = change.kind === 'update' ? change.after.documentId : change.annotation.documentId;
      if (documentId !== this.state.current?.summary.id) {
        await this.refreshDocuments();
        const title = this.state.documents.find((d) => d.id === documentId)?.title ?? 'another document';
        this.notify('info', `${direction === 'undo' ? 'Undid' : 'Redid'} “${describeEdit(change, this.tagName)}” in “${title}”.`);
      }
      return true;
    } catch (e) {
      this.notify('error', `Could not ${direction} “${describeEdit(change, this.tagName)}”: ${errorMessage(e)}`);
      return false;
    }
  }

  async undo(): Promise<void> {
    const change = this.history.peekUndo();
    if (!change) return;
    if (await this.runStep(change, 'undo')) this.history.undone();
    else this.history.dropUndo();
    this.syncHistory();
  }

  async redo(): Promise<void> {
    const change = this.history.peekRedo();
    if (!change) return;
    if (await this.runStep(change, 'redo')) this.history.redone();
    else this.history.dropRedo();
    this.syncHistory();
  }

  showDialog(dialog: Dialog | null): void {
    this.set({ dialog });
  }

  /** Quick export (Ctrl+E): W3C JSON-LD of the open document, or of the study. */
  async exportW3C(scope: 'document' | 'study'): Promise<ExportFile | undefined> {
    if (scope === 'document' && !this.state.current) {
      this.notify('error', 'Open a document first, or export the whole study.');
      return undefined;
    }
    return this.guard('Could not export', () => api.exportAs({ format: 'w3c', ...(scope === 'document' ? { documentIds: [this.state.current!.summary.id] } : {}) }));
  }

  /** After a merge: the session (tags, verdicts, conflicts), the library and the open document. */
  async afterImport(): Promise<void> {
    await this.guard('Could not refresh after the import', async () => {
      const session = await api.getSession({});
      this.set({ session });
      await this.refreshDocuments();
      const cur = this.state.current?.summary.id ?? this.state.documents[0]?.id;
      if (cur) await this.openDocument(cur);
    });
    // Undo steps refer to annotations the import may have changed.
    this.history.clear();
    this.syncHistory();
  }

  async refreshSession(): Promise<void> {
    await this.guard('Could not refresh', async () => this.set({ session: await api.getSession({}) }));
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

export const store = new AppStore();
onWriteWait((message) => store.setWriteWait(message));

// The library: importing files (documents, or annotation files routed to the import preview)
// with progress, cancel and a report; collections; renaming, moving, deleting (with undo)
// and restoring documents; the library's filter and order.

import type { DocumentSummary } from '../../../electron/core/api/contract';
import { api, errorMessage } from '../api';
import { AnnotationStore } from './annotation-store';
import type { Edit } from './history';
import type { FileToImport, ImportReport, LibrarySort } from './store-base';
import { plural } from '../../../electron/core/exchange/describe';

export class LibraryStore extends AnnotationStore {
  /**
   * Import files one at a time (so progress shows and Cancel works between files). What the
   * files are comes from their content: documents are added, annotation files go to the
   * import preview. What was imported stays if the rest is cancelled.
   */
  async importFiles(files: FileToImport[], onAnnotations?: (file: FileToImport) => void): Promise<void> {
    if (!files.length || this.state.busy) return;
    let cancelled = false;
    const report: ImportReport = { when: new Date().toISOString(), rows: [] };
    const imported: DocumentSummary[] = [];
    let wholePageOffer: DocumentSummary | null = null;
    const annotationFiles: FileToImport[] = [];
    for (const [i, f] of files.entries()) {
      if (cancelled) break;
      this.set({ busy: { label: `Importing ${f.name}`, done: i, total: files.length, cancel: () => (cancelled = true) } });
      try {
        const r = await api.importFile({ name: f.name, dataBase64: await f.readBase64(), ...(f.collection ? { collection: f.collection } : {}) });
        if (r.status === 'annotations') annotationFiles.push(f);
        else if (r.status === 'refused') report.rows.push({ file: f.name, outcome: 'refused', detail: r.reason });
        else {
          if (r.status === 'imported') imported.push(r.document);
          if (r.document.htmlMode === 'article') wholePageOffer = r.document;
          report.rows.push({ file: f.name, outcome: r.status === 'imported' ? 'imported' : 'already present', detail: [r.document.title, ...r.notes].join(' — '), documentId: r.document.id });
        }
      } catch (e) {
        report.rows.push({ file: f.name, outcome: 'refused', detail: errorMessage(e) });
      }
    }
    this.set({ busy: null, importReport: report });
    await this.guard('Could not refresh the library', () => this.refreshDocuments());
    this.announce(report, files.length, cancelled, files.length === 1 ? wholePageOffer : null);
    const first = imported[0];
    if (first && (files.length === 1 || !this.state.current)) await this.openDocument(first.id);
    const annotations = annotationFiles[0];
    if (annotations) {
      if (annotationFiles.length > 1) this.notify('info', `${plural(annotationFiles.length, 'file')} of annotations: importing ${annotations.name} first; import the others with File › Import Annotations.`);
      onAnnotations?.(annotations);
    }
  }

  /** One notice for a batch; the report (with every refusal and its reason) is one click away. */
  private announce(report: ImportReport, total: number, cancelled: boolean, wholePage: DocumentSummary | null): void {
    const count = (o: ImportReport['rows'][number]['outcome']) => report.rows.filter((r) => r.outcome === o).length;
    const [added, present, refused] = [count('imported'), count('already present'), count('refused')];
    if (!report.rows.length) return;
    const parts = [
      added ? `Imported ${plural(added, 'document')}.` : 'No new documents.',
      present ? `${plural(present, 'file')} already in the study.` : '',
      refused ? `${plural(refused, 'file')} could not be read.` : '',
      cancelled ? `Cancelled before ${plural(total - report.rows.length, 'more file')}.` : '',
    ].filter(Boolean);
    const only = report.rows.length === 1 ? report.rows[0]! : null;
    if (only?.outcome === 'refused') return this.notify('error', `Could not import ${only.file}: ${only.detail}.`);
    if (wholePage && !refused) {
      this.notify('info', `${parts.join(' ')} The article was taken from the page; if it is the wrong part, use the whole page.`, { label: 'Use the whole page', run: () => void this.useWholePage(wholePage.id) });
    } else if (total > 1 || refused) {
      this.notify(refused ? 'error' : 'info', parts.join(' '), { label: 'Details', run: () => this.set({ dialog: { kind: 'import-report' } }) });
    } else this.notify('info', parts.join(' '));
  }

  async useWholePage(id: string): Promise<void> {
    await this.guard('Could not take the whole page', async () => {
      const r = await api.useWholePage({ id });
      if (r.status === 'refused') return this.notify('error', `${r.fileName}: ${r.reason}`);
      if (r.status === 'annotations') return;
      await this.refreshDocuments();
      await this.openDocument(r.document.id);
      this.notify('info', `“${r.document.title}” now holds the whole page.`);
    });
  }

  setLibrary(patch: Partial<{ collection: string; sort: LibrarySort; query: string }>): void {
    this.set({ library: { ...this.state.library, ...patch } });
  }

  async renameDocument(id: string, title: string): Promise<boolean> {
    const r = await this.guard('Could not rename the document', () => api.renameDocument({ id, title }));
    if (!r) return false;
    this.set({ documents: this.state.documents.map((d) => (d.id === id ? r : d)), ...(this.state.current?.summary.id === id ? { current: { ...this.state.current, summary: r } } : {}) });
    return true;
  }

  /** Delete a document (to the trash); asks first when it holds annotations. Undo brings it back. */
  deleteDocument(id: string): void {
    const doc = this.state.documents.find((d) => d.id === id);
    if (!doc) return;
    const go = () =>
      void this.guard('Could not delete the document', async () => {
        await api.deleteDocument({ id });
        if (this.state.current?.summary.id === id) this.set({ current: null, annotations: [], orphans: [], selectedId: null, suggestions: [] });
        await this.refreshDocuments();
        this.history.record({ kind: 'delete-document', id, title: doc.title });
        this.syncHistory();
        this.notify('info', `Deleted “${doc.title}”.`, { label: 'Undo', run: () => void this.undo() });
      });
    if (!doc.annotationCount) return go();
    this.set({ confirm: { title: 'Delete the document?', text: `“${doc.title}” holds ${plural(doc.annotationCount, 'annotation')}. They go with it (Undo brings everything back; colleagues’ studies delete it too when they merge your work).`, yes: 'Delete', run: go } });
  }

  protected override async applyStep(edit: Edit, direction: 'undo' | 'redo'): Promise<void> {
    if (edit.kind !== 'delete-document') return super.applyStep(edit, direction);
    if (direction === 'undo') await api.restoreDocument({ id: edit.id });
    else {
      await api.deleteDocument({ id: edit.id });
      if (this.state.current?.summary.id === edit.id) this.set({ current: null, annotations: [], orphans: [], selectedId: null });
    }
  }

  async moveDocuments(ids: string[], collectionId: string | null): Promise<void> {
    await this.guard('Could not move the documents', async () => {
      const documents = await api.moveDocuments({ ids, collectionId });
      this.set({ documents, collections: await api.listCollections({}) });
    });
  }

  async createCollection(name: string): Promise<boolean> {
    const r = await this.guard('Could not add the collection', () => api.createCollection({ name }));
    if (r) this.set({ collections: r });
    return !!r;
  }

  async renameCollection(id: string, name: string): Promise<boolean> {
    const r = await this.guard('Could not rename the collection', () => api.renameCollection({ id, name }));
    if (r) this.set({ collections: r });
    return !!r;
  }

  async deleteCollection(id: string): Promise<void> {
    const c = this.state.collections.find((x) => x.id === id);
    if (!c) return;
    this.set({
      confirm: {
        title: 'Delete the collection?',
        text: `“${c.name}” goes; its ${plural(c.documentCount, 'document')} stay in the study, in no collection.`,
        yes: 'Delete collection',
        run: () =>
          void this.guard('Could not delete the collection', async () => {
            this.set({ collections: await api.deleteCollection({ id }) });
            await this.refreshDocuments();
          }),
      },
    });
  }
}

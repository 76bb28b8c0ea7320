// The library's small dialogs: renaming a document, managing collections, and the report
// of an import (every file with what became of it, savable as CSV).

import { useState } from 'react';
import type { Collection, DocumentSummary } from '../../../electron/core/api/contract';
import { download } from '../files';
import type { ImportReport } from '../state/store';
import { store } from '../state/store';
import { Dialog, DialogFooter } from '../ui/Dialog';
import { reportCsv } from './report-csv';

export function RenameDocumentDialog({ doc, onClose }: { doc: DocumentSummary | null; onClose(): void }) {
  const [title, setTitle] = useState(doc?.title ?? '');
  if (!doc) return null;
  return (
    <Dialog title="Rename the document" size="small" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void store.renameDocument(doc.id, title).then((ok) => ok && onClose());
        }}
      >
        <label htmlFor="rename-title">Title</label>
        <input id="rename-title" value={title} dir="auto" onChange={(e) => setTitle(e.target.value)} autoFocus required />
        <p className="muted">The text and its annotations stay as they are; only the title the library shows changes.</p>
        <DialogFooter onCancel={onClose}>
          <button type="submit" className="primary" disabled={!title.trim()}>
            Rename
          </button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

export function CollectionsDialog({ collections, onClose }: { collections: readonly Collection[]; onClose(): void }) {
  const [name, setName] = useState('');
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  return (
    <Dialog title="Collections" onClose={onClose} description="Groups of documents; a folder imported becomes one. Deleting a collection keeps its documents.">
      <ul className="collection-list" aria-label="Collections">
        {collections.map((c) => (
          <li key={c.id}>
            {editing?.id === c.id ? (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void store.renameCollection(c.id, editing.name).then((ok) => ok && setEditing(null));
                }}
              >
                <input aria-label={`New name for ${c.name}`} value={editing.name} onChange={(e) => setEditing({ id: c.id, name: e.target.value })} autoFocus />
                <button type="submit">Save</button>
                <button type="button" onClick={() => setEditing(null)}>
                  Cancel
                </button>
              </form>
            ) : (
              <>
                <span className="collection-name">{c.name}</span> <span className="muted">{c.documentCount} documents</span>
                <button type="button" onClick={() => setEditing({ id: c.id, name: c.name })}>
                  Rename
                </button>
                <button type="button" onClick={() => void store.deleteCollection(c.id)}>
                  Delete
                </button>
              </>
            )}
          </li>
        ))}
        {!collections.length && <li className="muted">No collections yet.</li>}
      </ul>
      <form
        className="new-collection"
        onSubmit={(e) => {
          e.preventDefault();
          void store.createCollection(name).then((ok) => ok && setName(''));
        }}
      >
        <label htmlFor="new-collection">New collection</label>
        <input id="new-collection" value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" disabled={!name.trim()}>
          Add
        </button>
      </form>
    </Dialog>
  );
}

export function ImportReportDialog({ report, onClose }: { report: ImportReport; onClose(): void }) {
  const count = (o: string) => report.rows.filter((r) => r.outcome === o).length;
  return (
    <Dialog
      title="Import report"
      size="wide"
      onClose={onClose}
      description={`${count('imported')} imported, ${count('already present')} already present, ${count('refused')} refused${count('merged') ? `, ${count('merged')} lines of merged work` : ''}.`}
      footer={
        <DialogFooter onCancel={onClose} cancelLabel="Close">
          <button type="button" onClick={() => download({ fileName: `import-report-${report.when.slice(0, 19).replace(/[:T]/g, '-')}.csv`, mimeType: 'text/csv', content: reportCsv(report) })}>
            Save as CSV…
          </button>
        </DialogFooter>
      }
    >
      <table className="tag-table import-report">
        <thead>
          <tr>
            <th>File</th>
            <th>Outcome</th>
            <th>Details</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((r, i) => (
            <tr key={i} className={r.outcome === 'refused' ? 'refused' : undefined}>
              <td dir="auto">{r.file}</td>
              <td>{r.outcome}</td>
              <td dir="auto">
                {r.documentId ? (
                  <button type="button" className="link" onClick={() => (onClose(), void store.openDocument(r.documentId!))}>
                    {r.detail}
                  </button>
                ) : (
                  r.detail
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}

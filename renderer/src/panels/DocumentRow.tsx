// One document in the library: title, what it says about itself, its counts per tag and
// verdict; opens on click, and a small menu renames, moves or deletes it.

import type { Collection, DocumentSummary, Session } from '../../../electron/core/api/contract';
import { store } from '../state/store';
import { Menu } from '../ui/Menu';
import { VerdictCounts } from './VerdictCounts';

const FORMAT: Record<DocumentSummary['format'], string> = { markdown: 'MD', plain: 'TXT', html: 'WEB', pdf: 'PDF', docx: 'DOCX', epub: 'EPUB' };

export function DocumentRow({ doc: d, current, session, collections }: { doc: DocumentSummary; current: boolean; session: Session; collections: readonly Collection[] }) {
  return (
    <div className={current ? 'doc-row current' : 'doc-row'}>
      <button type="button" className={current ? 'doc current' : 'doc'} aria-current={current ? 'page' : undefined} onClick={() => void store.openDocument(d.id)}>
        <span className="doc-row-title" dir="auto">
          <span className="format-badge" title={`${d.format} file`}>
            {FORMAT[d.format]}
          </span>{' '}
          {d.title}
        </span>
        <span className="doc-row-meta" dir="auto">
          {[d.author, d.location, d.published].filter(Boolean).join(' · ') || d.fileName}
        </span>
        <span className="counts" aria-label={`${d.annotationCount} annotations`}>
          {session.tags.map((t, slot) =>
            d.tagCounts[t.id] ? (
              <span key={t.id} className="count" title={`${d.tagCounts[t.id]} ${t.name.toLowerCase()}`}>
                <span className="dot" style={{ background: `var(--t${slot})` }} aria-hidden="true" />
                {d.tagCounts[t.id]}
              </span>
            ) : null,
          )}
          {d.annotationCount === 0 && <span className="count none">no annotations</span>}
        </span>
        <VerdictCounts counts={d.verdictCounts} verdicts={session.verdicts} />
      </button>
      <Menu
        label="⋯"
        ariaLabel={`More for “${d.title}”`}
        items={[
          { label: 'Rename…', onSelect: () => store.showDialog({ kind: 'rename-document', id: d.id }) },
          ...collections.filter((c) => c.id !== d.collectionId).map((c) => ({ label: `Move to ${c.name}`, onSelect: () => void store.moveDocuments([d.id], c.id) })),
          ...(d.collectionId ? [{ label: 'Take out of its collection', onSelect: () => void store.moveDocuments([d.id], null) }] : []),
          'separator' as const,
          { label: 'Delete…', onSelect: () => store.deleteDocument(d.id) },
        ]}
      />
    </div>
  );
}

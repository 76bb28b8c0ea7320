// The middle pane: the open document (header, then the reader with its highlights, pending
// suggestions and page numbers), or what to do when none is open.

import type { AppState } from '../state/store';
import { store } from '../state/store';
import { DocHeader } from '../reader/DocHeader';
import { Reader } from '../reader/Reader';

export function ReaderArea({ state: s, onImport }: { state: AppState; onImport(): void }) {
  const tags = s.session?.tags ?? [];
  return (
    <main className="reader" aria-label="Reader">
      {s.current ? (
        <>
          <DocHeader doc={s.current.summary} tags={tags} onManageTags={() => store.showTagManager(true)} />
          <Reader
            blocks={s.current.blocks}
            annotations={s.annotations}
            tags={tags}
            hiddenTags={s.hiddenTags}
            selectedId={s.selectedId}
            adjustable={s.adjustable}
            flash={s.flash}
            onTag={(tag, start, end) => store.tag(tag, start, end)}
            placing={s.placing?.exact ?? null}
            onPlace={(start, end) => void store.placeOrphan(start, end)}
            onAdjust={(id, start, end, key) => void store.update(id, { start, end }, key)}
            onAdjustBy={(id, ds, de, length, key) => store.adjustBy(id, ds, de, length, key)}
            onSelect={(id) => store.select(id)}
            onDelete={(id) => void store.remove(id)}
            revealText={s.revealText}
            pageStarts={s.current.source?.pageStarts ?? null}
            suggestions={s.suggestions}
            activeSuggestionId={s.activeSuggestion}
            onSuggestionKey={(a) => (a === 'accept' ? void store.acceptSuggestions() : a === 'reject' ? store.rejectSuggestions() : store.stepSuggestion(a === 'next' ? 1 : -1))}
            onSuggestionClick={(id) => store.focusSuggestion(id)}
          />
        </>
      ) : (
        <div className="empty reader-empty">
          <h2>Open a document to start</h2>
          <p>Sourcemark reads articles (Markdown, text), saved web pages, PDF reports, Word files and EPUB books.</p>
          <button type="button" className="primary" onClick={onImport}>
            Import files…
          </button>
          <p className="muted">or drop files and folders anywhere on this window.</p>
        </div>
      )}
    </main>
  );
}

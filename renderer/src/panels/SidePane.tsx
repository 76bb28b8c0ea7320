// The right-hand pane: search results while searching, the pending suggestions during a
// suggestion pass, otherwise the open document's annotations and the inspector.

import type { AppState } from '../state/store';
import { store } from '../state/store';
import { AnnotationPanel } from './AnnotationPanel';
import { SearchPanel } from './SearchPanel';
import { SuggestionsPanel } from './SuggestionsPanel';

export function SidePane({ state: s }: { state: AppState }) {
  const session = s.session!;
  const tags = session.tags;
  if (s.searching) {
    return (
      <SearchPanel
        tags={tags}
        verdicts={session.verdicts}
        people={s.people}
        documents={s.documents}
        currentDocumentId={s.current?.summary.id ?? null}
        onOpen={(doc, id) => void store.reveal(doc, id)}
        onOpenText={(doc, start, length) => void store.revealText(doc, start, length)}
        onClose={() => store.showSearch(false)}
      />
    );
  }
  if (s.suggestions.length) return <SuggestionsPanel suggestions={s.suggestions} activeId={s.activeSuggestion} tags={tags} />;
  if (!s.current) return <aside className="annotations" aria-label="Annotations" />;
  return (
    <AnnotationPanel
      documentId={s.current.summary.id}
      annotations={s.annotations}
      orphans={s.orphans}
      placingId={s.placing?.id ?? null}
      onPlace={(o) => store.startPlacing(o)}
      onDiscardOrphan={(id) => void store.discardOrphan(id)}
      onCompare={() => store.showDialog({ kind: 'compare' })}
      tags={tags}
      verdicts={session.verdicts}
      people={s.people}
      userName={session.userName}
      onCreatePerson={(name, role) => store.createPerson(name, role)}
      hiddenTags={s.hiddenTags}
      selectedId={s.selectedId}
      onToggleTag={(t) => store.toggleTagFilter(t)}
      onSelect={(id, reveal) => store.select(id, reveal)}
      onUpdate={(id, patch, key) => void store.update(id, patch, key)}
      onUpdateFacts={(id, changes, key) => void store.updateFacts(id, changes, key)}
      onDelete={(id) => void store.remove(id)}
    />
  );
}

// The document header: title and the metadata recognised on import, with the tag legend
// (each tag's colour and underline pattern, which doubles as its filter state).

import type { DocumentSummary, Tag } from '../../../electron/core/api/contract';
import { openExternal } from '../links';

export function DocHeader({ doc, tags, onManageTags }: { doc: DocumentSummary; tags: readonly Tag[]; onManageTags(): void }) {
  const facts = [doc.author && `By ${doc.author}`, doc.location, doc.published].filter(Boolean) as string[];
  return (
    <header className="doc-header">
      {/* A title keeps its own direction (a Hebrew title in an English window reads right to left). */}
      <h1 className="doc-title" dir="auto">
        {doc.title}
      </h1>
      <p className="doc-meta">
        {facts.map((f) => (
          <span key={f} dir="auto">
            {f}
          </span>
        ))}
        {doc.sourceUrl && (
          <a
            href={doc.sourceUrl}
            onClick={(e) => {
              e.preventDefault();
              openExternal(doc.sourceUrl!);
            }}
            title={`${doc.sourceUrl} (opens in your browser)`}
          >
            {hostOf(doc.sourceUrl)} ↗
          </a>
        )}
        <span className="doc-file" title="Imported file">
          {doc.fileName}
        </span>
      </p>
      <ul className="legend" aria-label="Tags">
        {tags.map((t, slot) => (
          <li key={t.id}>
            <span className={`legend-sample p${slot % 4}`} style={{ ['--c' as string]: `var(--t${slot})`, ['--f' as string]: `var(--t${slot}-fill)` }}>
              {t.name}
            </span>
            {t.shortcut && <kbd>{t.shortcut}</kbd>}
          </li>
        ))}
        <li>
          <button type="button" className="link" onClick={onManageTags}>
            Edit tags…
          </button>
        </li>
      </ul>
    </header>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'source';
  }
}

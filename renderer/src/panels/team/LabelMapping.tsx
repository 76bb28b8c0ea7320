// The import preview's label mapping: each label or code the file uses, how many
// annotations carry it, and what it becomes here — an existing tag (matched by id, by a
// mapping remembered for that tool, or by name) or a new tag — editable before anything is
// written. The choices are remembered for the next file from the same tool.

import type { ImportSummary, Tag } from '../../../../electron/core/api/contract';

const VIA: Record<ImportSummary['labels'][number]['via'], string> = {
  choice: 'your choice',
  id: 'same tag',
  alias: 'as last time',
  name: 'same name',
  new: 'new tag',
};

interface Props {
  summary: ImportSummary;
  tags: readonly Tag[];
  choices: Record<string, string | null>;
  onChoose(key: string, tagId: string | null): void;
}

export function LabelMapping({ summary, tags, choices, onChoose }: Props) {
  if (!summary.labels.length) return null;
  return (
    <table className="tag-table label-mapping" aria-label="What each incoming label becomes">
      <thead>
        <tr>
          <th>In the file</th>
          <th className="num">Annotations</th>
          <th>Becomes</th>
        </tr>
      </thead>
      <tbody>
        {summary.labels.map((l) => {
          const chosen = l.key in choices ? choices[l.key] : l.target.isNew ? null : l.target.tagId;
          return (
            <tr key={l.key}>
              <td dir="auto">
                {l.color && <span className="dot" style={{ background: l.color }} aria-hidden="true" />} {l.name}
              </td>
              <td className="num">{l.count}</td>
              <td>
                <select aria-label={`Tag for “${l.name}”`} value={chosen ?? ''} onChange={(e) => onChoose(l.key, e.target.value || null)}>
                  <option value="">New tag “{l.name}”</option>
                  {tags.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </select>{' '}
                <span className="muted">{l.key in choices ? VIA.choice : VIA[l.via]}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

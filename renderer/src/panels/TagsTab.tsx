// The Tags tab of the vocabulary dialog: the study's tags as a tree with colour, key, parent and
// description; add, rename, merge and delete; CSV import and export of the tag set.

import { useMemo, useRef, useState } from 'react';
import type { DocumentSummary, Request, Tag } from '../../../electron/core/api/contract';
import { api } from '../api';
import { download } from '../files';
import { DraftField } from './DraftField';
import type { TabProps } from './tab-props';

/** Tags in hierarchy order, each with its depth. */
function tree(tags: readonly Tag[]): Array<{ tag: Tag; depth: number }> {
  const out: Array<{ tag: Tag; depth: number }> = [];
  const walk = (parent: string | null, depth: number) => {
    for (const t of tags.filter((x) => x.parentId === parent)) {
      out.push({ tag: t, depth });
      walk(t.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export function TagsTab({ tags, documents, run, onTags, setInfo }: TabProps & { tags: readonly Tag[]; documents: readonly DocumentSummary[]; onTags(tags: Tag[]): void }) {
  const usage = useMemo(() => {
    const n = new Map<string, number>();
    for (const d of documents) for (const [t, c] of Object.entries(d.tagCounts)) n.set(t, (n.get(t) ?? 0) + c);
    return n;
  }, [documents]);
  const [merging, setMerging] = useState<{ from: string; into: string } | null>(null);
  const [draft, setDraft] = useState({ name: '', parentId: '', shortcut: '' });
  const fileInput = useRef<HTMLInputElement>(null);
  const byId = new Map(tags.map((t) => [t.id, t]));
  const descendants = (id: string): Set<string> => {
    const out = new Set<string>([id]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const t of tags) if (t.parentId && out.has(t.parentId) && !out.has(t.id)) (out.add(t.id), (grew = true));
    }
    return out;
  };
  const update = (id: string, patch: Omit<Request<'updateTag'>, 'id'>) => run(async () => onTags(await api.updateTag({ id, ...patch })));

  return (
    <>
      <table className="tag-table">
        <thead>
          <tr>
            <th>Colour</th>
            <th>Name</th>
            <th>Key</th>
            <th>Parent</th>
            <th>Description</th>
            <th>Used</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {tree(tags).map(({ tag: t, depth }) => (
            <tr key={t.id} data-tag={t.name}>
              <td>
                <input type="color" aria-label={`Colour of ${t.name}`} value={t.color.toLowerCase()} onChange={(e) => void update(t.id, { color: e.target.value.toUpperCase() })} />
              </td>
              <td style={{ paddingLeft: 6 + depth * 18 }}>
                <DraftField aria-label={`Name of ${t.name}`} identity={t.id} value={t.name} onSave={(v) => v.trim() && v !== t.name && void update(t.id, { name: v.trim() })} />
              </td>
              <td>
                <input
                  className="key"
                  aria-label={`Shortcut key of ${t.name}`}
                  maxLength={1}
                  value={t.shortcut ?? ''}
                  onChange={(e) => void update(t.id, { shortcut: e.target.value.trim() || null })}
                />
              </td>
              <td>
                <select aria-label={`Parent of ${t.name}`} value={t.parentId ?? ''} disabled={t.builtin} onChange={(e) => void update(t.id, { parentId: e.target.value || null })}>
                  <option value="">—</option>
                  {tags
                    .filter((x) => !descendants(t.id).has(x.id))
                    .map((x) => (
                      <option key={x.id} value={x.id}>
                        {x.name}
                      </option>
                    ))}
                </select>
              </td>
              <td>
                <DraftField aria-label={`Description of ${t.name}`} identity={t.id} value={t.description} onSave={(v) => v !== t.description && void update(t.id, { description: v })} />
              </td>
              <td className="num">{usage.get(t.id) ?? 0}</td>
              <td className="actions">
                {!t.builtin && merging?.from !== t.id && (
                  <>
                    <button type="button" onClick={() => setMerging({ from: t.id, into: '' })}>
                      Merge…
                    </button>
                    <button type="button" className="danger" disabled={(usage.get(t.id) ?? 0) > 0} title={(usage.get(t.id) ?? 0) > 0 ? 'In use: merge it into another tag instead' : 'Delete this tag'} onClick={() => void run(async () => onTags(await api.deleteTag({ id: t.id })))}>
                      Delete
                    </button>
                  </>
                )}
                {merging?.from === t.id && (
                  <span className="merge">
                    <select aria-label={`Merge ${t.name} into`} value={merging.into} onChange={(e) => setMerging({ from: t.id, into: e.target.value })}>
                      <option value="">into…</option>
                      {tags
                        .filter((x) => x.id !== t.id)
                        .map((x) => (
                          <option key={x.id} value={x.id}>
                            {x.name}
                          </option>
                        ))}
                    </select>
                    <button
                      type="button"
                      className="primary"
                      disabled={!merging.into}
                      onClick={() =>
                        void run(async () => {
                          const r = await api.mergeTags({ from: t.id, into: merging.into });
                          onTags(r.tags);
                          setMerging(null);
                          setInfo(`Merged “${t.name}” into “${byId.get(merging.into)?.name}”: ${r.moved} annotation${r.moved === 1 ? '' : 's'} moved.`);
                        })
                      }
                    >
                      Merge {usage.get(t.id) ?? 0}
                    </button>
                    <button type="button" onClick={() => setMerging(null)}>
                      Cancel
                    </button>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="new-tag"
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            onTags(await api.createTag({ name: draft.name.trim(), parentId: draft.parentId || null, shortcut: draft.shortcut.trim() || null }));
            setDraft({ name: '', parentId: '', shortcut: '' });
          });
        }}
      >
        <input aria-label="New tag name" placeholder="New tag name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        <select aria-label="New tag parent" value={draft.parentId} onChange={(e) => setDraft({ ...draft, parentId: e.target.value })}>
          <option value="">no parent</option>
          {tags.map((t) => (
            <option key={t.id} value={t.id}>
              under {t.name}
            </option>
          ))}
        </select>
        <input className="key" aria-label="New tag shortcut key" placeholder="key" maxLength={1} value={draft.shortcut} onChange={(e) => setDraft({ ...draft, shortcut: e.target.value })} />
        <button type="submit" className="primary" disabled={!draft.name.trim()}>
          Add tag
        </button>
      </form>
      <div className="dialog-actions left">
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import tag set (CSV)…
        </button>
        <button type="button" onClick={() => void run(async () => download(await api.exportTagSet({})))}>
          Export tag set (CSV)
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,text/csv"
          hidden
          data-testid="tagset-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file)
              void run(async () => {
                const r = await api.importTagSet({ content: await file.text() });
                onTags(r.tags);
                setInfo(`${file.name}: ${r.created} tag${r.created === 1 ? '' : 's'} added, ${r.updated} updated.`);
              });
          }}
        />
      </div>
    </>
  );
}

// The study's vocabulary in one dialog: its tags (colour, key, parent, description; rename,
// merge, delete, CSV import/export), its verdict list and its people. Every refusal from the
// study is shown here, next to what caused it.

import { useMemo, useRef, useState } from 'react';
import type { DocumentSummary, Person, Request, Session, Tag, Verdict } from '../../../electron/core/api/contract';
import { api, errorMessage } from '../api';
import { download } from '../files';
import { DraftField } from './DraftField';

interface Props {
  session: Session;
  documents: readonly DocumentSummary[];
  people: readonly Person[];
  onTags(tags: Tag[]): void;
  onVerdicts(verdicts: Verdict[]): void;
  onPeople(): void;
  onClose(): void;
}

type TabId = 'tags' | 'verdicts' | 'people';

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

export function TagManager({ session, documents, people, onTags, onVerdicts, onPeople, onClose }: Props) {
  const [tab, setTab] = useState<TabId>('tags');
  const [error, setError] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const run = async (fn: () => Promise<void>) => {
    setError(null);
    setInfo(null);
    try {
      await fn();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <div className="backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="dialog wide" role="dialog" aria-modal="true" aria-labelledby="tagmgr-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <div className="dialog-head">
          <h2 id="tagmgr-title">Tags, verdicts and people</h2>
          <button type="button" className="icon" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </div>
        <div role="tablist" className="tabs">
          {(['tags', 'verdicts', 'people'] as const).map((t) => (
            <button key={t} role="tab" type="button" aria-selected={tab === t} onClick={() => setTab(t)}>
              {t === 'tags' ? 'Tags' : t === 'verdicts' ? 'Verdicts' : 'People'}
            </button>
          ))}
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {info && (
          <p className="info" role="status">
            {info}
          </p>
        )}
        <div role="tabpanel" className="tab-panel">
          {tab === 'tags' && <TagsTab tags={session.tags} documents={documents} run={run} onTags={onTags} setInfo={setInfo} />}
          {tab === 'verdicts' && <VerdictsTab verdicts={session.verdicts} run={run} onVerdicts={onVerdicts} setInfo={setInfo} />}
          {tab === 'people' && <PeopleTab people={people} run={run} onPeople={onPeople} />}
        </div>
      </div>
    </div>
  );
}

interface TabProps {
  run(fn: () => Promise<void>): Promise<void>;
  setInfo(text: string | null): void;
}

function TagsTab({ tags, documents, run, onTags, setInfo }: TabProps & { tags: readonly Tag[]; documents: readonly DocumentSummary[]; onTags(tags: Tag[]): void }) {
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

function VerdictsTab({ verdicts, run, onVerdicts, setInfo }: TabProps & { verdicts: readonly Verdict[]; onVerdicts(v: Verdict[]): void }) {
  const [rows, setRows] = useState<Verdict[]>(() => verdicts.map((v) => ({ ...v })));
  const move = (i: number, d: number) => {
    const next = [...rows];
    const [r] = next.splice(i, 1);
    next.splice(i + d, 0, r!);
    setRows(next);
  };
  const changed = JSON.stringify(rows) !== JSON.stringify(verdicts);
  return (
    <>
      <ul className="verdict-list">
        {rows.map((v, i) => (
          <li key={v.id}>
            <input type="color" aria-label={`Colour of ${v.label}`} value={v.color.toLowerCase()} onChange={(e) => setRows(rows.map((r, j) => (j === i ? { ...r, color: e.target.value.toUpperCase() } : r)))} />
            <input aria-label={`Verdict ${i + 1}`} value={v.label} onChange={(e) => setRows(rows.map((r, j) => (j === i ? { ...r, label: e.target.value } : r)))} />
            <button type="button" className="icon small" aria-label={`Move ${v.label} up`} disabled={i === 0} onClick={() => move(i, -1)}>
              ↑
            </button>
            <button type="button" className="icon small" aria-label={`Move ${v.label} down`} disabled={i === rows.length - 1} onClick={() => move(i, 1)}>
              ↓
            </button>
            <button type="button" className="icon small" aria-label={`Remove ${v.label}`} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions left">
        <button type="button" onClick={() => setRows([...rows, { id: `verdict-${crypto.randomUUID()}`, label: '', color: '#999999' }])}>
          Add verdict
        </button>
        <button
          type="button"
          className="primary"
          disabled={!changed}
          onClick={() =>
            void run(async () => {
              const saved = await api.saveVerdicts({ verdicts: rows });
              onVerdicts(saved);
              setRows(saved.map((v) => ({ ...v })));
              setInfo('Verdicts saved.');
            })
          }
        >
          Save verdicts
        </button>
      </div>
    </>
  );
}

function PeopleTab({ people, run, onPeople }: Omit<TabProps, 'setInfo'> & { people: readonly Person[]; onPeople(): void }) {
  if (!people.length) return <p className="muted">No people yet. Speakers you set on quotes appear here.</p>;
  return (
    <table className="tag-table">
      <thead>
        <tr>
          <th>Name</th>
          <th>Role or affiliation</th>
        </tr>
      </thead>
      <tbody>
        {people.map((p) => (
          <tr key={p.id}>
            <td>
              <DraftField aria-label={`Name of ${p.name}`} identity={p.id} value={p.name} onSave={(v) => v.trim() && void run(async () => (await api.savePerson({ id: p.id, name: v, role: p.role }), onPeople()))} />
            </td>
            <td>
              <DraftField aria-label={`Role of ${p.name}`} identity={p.id} value={p.role} onSave={(v) => void run(async () => (await api.savePerson({ id: p.id, name: p.name, role: v }), onPeople()))} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

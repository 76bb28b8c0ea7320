// How far the people who annotated a document agree: per tag, span F1 (exact and overlapping)
// and Cohen's kappa over characters; then, side by side, where their annotations differ.

import { useEffect, useState } from 'react';
import type { Comparison, DiffRow, Tag } from '../../../../electron/core/api/contract';
import { api, errorMessage } from '../../api';
import { Dialog } from '../../ui/Dialog';

interface Props {
  documentId: string;
  title: string;
  tags: readonly Tag[];
  onReveal(annotationId: string): void;
  onClose(): void;
}

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);
const k = (x: number | null) => (x === null ? '–' : Math.abs(x) < 0.005 ? '0.00' : x.toFixed(2));

const KIND: Record<DiffRow['kind'], string> = {
  same: 'Agree',
  facts: 'Same span, other facts',
  boundary: 'Other boundaries',
  tag: 'Other tag',
  'only-a': 'Only left',
  'only-b': 'Only right',
};

function PersonSelect({ label, value, people, onChange }: { label: string; value: string; people: Comparison['annotators']; onChange(name: string): void }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {people.map((p) => (
          <option key={p.name} value={p.name}>
            {p.name} ({p.count})
          </option>
        ))}
      </select>
    </label>
  );
}

export function CompareView({ documentId, title, tags, onReveal, onClose }: Props) {
  const [who, setWho] = useState<{ a?: string; b?: string }>({});
  const [data, setData] = useState<Comparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [onlyDiffs, setOnlyDiffs] = useState(true);
  useEffect(() => {
    setError(null);
    api
      .compareAnnotators({ documentId, ...who })
      .then(setData)
      .catch((e) => setError(errorMessage(e)));
  }, [documentId, who]);

  const slot = (id: string) => Math.max(0, tags.findIndex((t) => t.id === id));
  const tagName = (id: string) => tags.find((t) => t.id === id)?.name ?? id;
  const pair = data?.pair ?? null;
  const rows = pair ? (onlyDiffs ? pair.rows.filter((r) => r.kind !== 'same') : pair.rows) : [];
  const cell = (s: DiffRow['a']) =>
    s ? (
      <button type="button" className="diff-cell" onClick={() => onReveal(s.id)} title="Show in the text">
        <span className="ann-tag" style={{ ['--c' as string]: `var(--t${slot(s.tag)})` }}>
          {tagName(s.tag)}
        </span>
        <span className="ann-quote" dir="auto">{s.exact}</span>
      </button>
    ) : (
      <span className="muted diff-empty">—</span>
    );

  return (
    <Dialog title={`Agreement: ${title}`} size="wide" className="compare-dialog" onClose={onClose}>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {data && data.annotators.length < 2 ? (
        <p>
          Only {data.annotators.length === 1 ? data.annotators[0]!.name : 'nobody'} has annotated this document. Import a colleague’s work on it (File › Import
          annotations…) to compare.
        </p>
      ) : (
        pair &&
        data && (
          <div className="tab-panel">
            <div className="compare-who">
              <PersonSelect label="Left" value={pair.a} people={data.annotators} onChange={(a) => setWho({ a, b: a === pair.b ? pair.a : pair.b })} />
              <PersonSelect label="Right" value={pair.b} people={data.annotators} onChange={(b) => setWho({ a: b === pair.a ? pair.b : pair.a, b })} />
            </div>
            <table className="tag-table agreement" aria-label="Agreement per tag">
              <thead>
                <tr>
                  <th>Tag</th>
                  <th className="num">{pair.a}</th>
                  <th className="num">{pair.b}</th>
                  <th className="num" title="Spans with the same start, end and tag">F1 exact</th>
                  <th className="num" title="Spans of the same tag that overlap">F1 overlap</th>
                  <th className="num" title="Cohen's kappa over characters: 1 is full agreement, 0 what chance gives">Kappa</th>
                </tr>
              </thead>
              <tbody>
                {pair.tags.map((t) => (
                  <tr key={t.tag}>
                    <td>{tagName(t.tag)}</td>
                    <td className="num">{t.countA}</td>
                    <td className="num">{t.countB}</td>
                    <td className="num">{pct(t.f1Exact)}</td>
                    <td className="num">{pct(t.f1Overlap)}</td>
                    <td className="num">{k(t.kappa)}</td>
                  </tr>
                ))}
                <tr className="total">
                  <td>All tags</td>
                  <td className="num">{pair.tags.reduce((n, t) => n + t.countA, 0)}</td>
                  <td className="num">{pair.tags.reduce((n, t) => n + t.countB, 0)}</td>
                  <td className="num">{pct(pair.f1Exact)}</td>
                  <td className="num">{pct(pair.f1Overlap)}</td>
                  <td className="num" title="Mean of the tags' kappas">{k(pair.meanKappa)}</td>
                </tr>
              </tbody>
            </table>
            {data.pairs.length > 1 && (
              <p className="muted">
                Other pairs:{' '}
                {data.pairs
                  .filter((p) => !(p.a === pair.a && p.b === pair.b) && !(p.a === pair.b && p.b === pair.a))
                  .map((p) => `${p.a} & ${p.b}: F1 ${pct(p.f1Exact)}, kappa ${k(p.meanKappa)}`)
                  .join(' · ')}
              </p>
            )}
            <div className="compare-head">
              <h3>Side by side</h3>
              <label className="choice">
                <input type="checkbox" checked={onlyDiffs} onChange={(e) => setOnlyDiffs(e.target.checked)} /> Only where they differ
              </label>
            </div>
            {rows.length === 0 ? (
              <p className="muted">{onlyDiffs ? 'They agree on every annotation.' : 'No annotations.'}</p>
            ) : (
              <table className="diff" aria-label="Annotations side by side">
                <thead>
                  <tr>
                    <th>{pair.a}</th>
                    <th />
                    <th>{pair.b}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r, i) => (
                    <tr key={i} className={`diff-${r.kind}`}>
                      <td>{cell(r.a)}</td>
                      <td className="diff-kind">{KIND[r.kind]}</td>
                      <td>{cell(r.b)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        )
      )}
    </Dialog>
  );
}

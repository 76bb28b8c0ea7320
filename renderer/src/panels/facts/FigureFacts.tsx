// Figure facts: the number as written, its value (or range), qualifier, unit and as-of date.
// Read automatically when tagged; every part can be corrected here.

import type { FigureFields } from '../../../../electron/core/api/contract';
import { QUALIFIERS } from '../../../../electron/core/domain/kinds';
import { DraftField } from '../DraftField';

interface Props {
  id: string;
  exact: string;
  fields: FigureFields | undefined;
  onChange(next: FigureFields, mergeKey?: string): void;
}

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 6 });

function parseNumber(s: string): number | null | undefined {
  const t = s.trim().replace(/\s/g, '');
  if (!t) return null;
  const n = Number(t.replace(/,(?=\d{1,2}$)/, '.').replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

export function summary(f: FigureFields): string {
  if (f.value === null) return 'No value read';
  const v = f.valueMax !== null ? `${number.format(f.value)}–${number.format(f.valueMax)}` : number.format(f.value);
  return [f.qualifier, f.unit === '%' ? `${v}%` : v, f.unit !== '%' ? f.unit : null, f.asOf ? `(as of ${f.asOf})` : null].filter(Boolean).join(' ');
}

export function FigureFacts({ id, exact, fields, onChange }: Props) {
  const f: FigureFields = fields ?? { written: exact, value: null, valueMax: null, qualifier: null, unit: null, asOf: null };
  const set = (patch: Partial<FigureFields>, mergeKey?: string) => onChange({ ...f, ...patch }, mergeKey);
  const numberField = (key: 'value' | 'valueMax', label: string) => (
    <>
      <label htmlFor={`${key}-${id}`}>{label}</label>
      <DraftField
        id={`${key}-${id}`}
        identity={id}
        inputMode="decimal"
        value={f[key] === null ? '' : String(f[key])}
        onSave={(v, k) => {
          const n = parseNumber(v);
          if (n !== undefined) set({ [key]: n }, k);
        }}
      />
    </>
  );
  return (
    <div className="facts" aria-label="Figure">
      <p className="fact-summary" aria-live="polite">
        {summary(f)}
      </p>
      <div className="fact-grid">
        <label htmlFor={`written-${id}`}>As written</label>
        <DraftField id={`written-${id}`} identity={id} value={f.written} onSave={(v, k) => set({ written: v }, k)} />
        {numberField('value', 'Value')}
        {numberField('valueMax', 'Up to (range)')}
        <label htmlFor={`qualifier-${id}`}>Qualifier</label>
        <select id={`qualifier-${id}`} value={f.qualifier ?? ''} onChange={(e) => set({ qualifier: (e.target.value || null) as FigureFields['qualifier'] })}>
          <option value="">exactly</option>
          {QUALIFIERS.map((q) => (
            <option key={q} value={q}>
              {q}
            </option>
          ))}
        </select>
        <label htmlFor={`unit-${id}`}>Unit</label>
        <DraftField id={`unit-${id}`} identity={id} value={f.unit ?? ''} placeholder="people, %, USD…" onSave={(v, k) => set({ unit: v.trim() || null }, k)} />
        <label htmlFor={`asof-${id}`}>As of</label>
        <DraftField
          id={`asof-${id}`}
          identity={id}
          value={f.asOf ?? ''}
          placeholder="YYYY-MM-DD"
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
          onSave={(v, k) => {
            const t = v.trim();
            if (!t || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(t)) set({ asOf: t || null }, k);
          }}
        />
      </div>
    </div>
  );
}

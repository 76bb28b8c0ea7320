// Claims per verdict as small coloured counts, shown in library rows and the annotation list.

import type { Verdict } from '../../../electron/core/api/contract';

/** Claims per verdict, in the study's verdict order. */
export function VerdictCounts({ counts, verdicts }: { counts: Record<string, number>; verdicts: readonly Verdict[] }) {
  const shown = verdicts.filter((v) => counts[v.id]);
  if (!shown.length) return null;
  return (
    <span className="verdict-counts" aria-label="Claims by verdict">
      {shown.map((v) => (
        <span key={v.id} className="count">
          <span className="dot" style={{ background: v.color }} aria-hidden="true" />
          {counts[v.id]} {v.label.toLowerCase()}
        </span>
      ))}
    </span>
  );
}

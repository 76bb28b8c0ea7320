// What two versions of one annotation say, field by field, for the conflict review: every
// field either side sets, in a fixed order, each marked when the two differ. Times keep their
// seconds, because two edits a minute apart are exactly what a conflict is about.

import type { Annotation, Conflict, Person, Tag, Verdict } from '../../../../electron/core/api/contract';

export interface ConflictRow {
  field: string;
  kept: string;
  other: string;
  differs: boolean;
}

export interface Names {
  tags: readonly Tag[];
  verdicts: readonly Verdict[];
  people: readonly Person[];
}

/** "2026-03-18 09:00:05" from an ISO time. */
export const stamp = (iso: string) => iso.slice(0, 19).replace('T', ' ');

function describe(a: Annotation, n: Names): Array<[string, string]> {
  const claim = a.fields.claim;
  const figure = a.fields.figure;
  const place = a.fields.location;
  const speaker = a.fields.quote?.speakerId ? (n.people.find((p) => p.id === a.fields.quote!.speakerId)?.name ?? 'a person not in this study') : '';
  const range = figure ? [figure.value, figure.valueMax].filter((x) => x !== null).join('–') : '';
  return [
    ['Tag', n.tags.find((t) => t.id === a.tag)?.name ?? a.tag],
    ['Text', a.exact],
    ['Position', `${a.start}–${a.end}`],
    ['Note', a.note],
    ['Verdict', claim?.verdict ? (n.verdicts.find((v) => v.id === claim.verdict)?.label ?? claim.verdict) : ''],
    ['Rationale', claim?.rationale ?? ''],
    ['Sources', (claim?.sources ?? []).map((s) => (s.url ? `${s.title ? `${s.title} — ` : ''}${s.url}` : s.title)).join('\n')],
    ['Checked', claim?.checkedBy || claim?.checkedAt ? [claim.checkedBy, claim.checkedAt].filter(Boolean).join(', ') : ''],
    ['Speaker', speaker],
    ['Figure', figure ? [figure.qualifier, range, figure.unit, figure.asOf ? `as of ${figure.asOf}` : null].filter(Boolean).join(' ') : ''],
    ['Place', place ? `${place.name}${place.country ? `, ${place.country}` : ''}${place.lat !== null && place.lon !== null ? ` (${place.lat}, ${place.lon})` : ''}` : ''],
    ['Created by', a.author],
    ['Changed', stamp(a.modified)],
  ];
}

/** The rows to show; fields empty on both sides are left out. */
export function conflictRows(kept: Annotation, other: Conflict['other'], names: Names): ConflictRow[] {
  const left = describe(kept, names);
  if ('deleted' in other) return [...left.map(([field, k]) => ({ field, kept: k, other: '', differs: false })).filter((r) => r.kept), { field: 'Deleted', kept: '', other: `${stamp(other.deleted)}${other.by ? ` by ${other.by}` : ''}`, differs: true }];
  const right = new Map(describe(other, names));
  return left
    .map(([field, k]) => ({ field, kept: k, other: right.get(field) ?? '', differs: k !== (right.get(field) ?? '') }))
    .filter((r) => r.kept || r.other);
}

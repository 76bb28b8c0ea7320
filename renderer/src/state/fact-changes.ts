// Edits to an annotation's facts as what changed, not as whole groups: a form computes a
// group from the facts it was shown, which may be older than what the study holds by the
// time the edit is saved (two fields saved before the first answer arrives). Laying only the
// changed parts over the latest facts keeps both edits.

import type { AnnotationFields } from '../../../electron/core/api/contract';

/** Per group of facts: the parts that changed, or null to remove the group. */
export type FactChanges = { [K in keyof AnnotationFields]?: Partial<NonNullable<AnnotationFields[K]>> | null };

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** What `next` changes of `shown` (the facts the form was drawn from), group by group. */
export function factChanges(shown: AnnotationFields, next: { [K in keyof AnnotationFields]?: AnnotationFields[K] | null }): FactChanges {
  const out: Record<string, unknown> = {};
  for (const [group, value] of Object.entries(next) as Array<[keyof AnnotationFields, Record<string, unknown> | null | undefined]>) {
    if (value === undefined) continue;
    if (value === null) {
      out[group] = null;
      continue;
    }
    const before = (shown[group] ?? {}) as Record<string, unknown>;
    const diff = Object.fromEntries(Object.entries(value).filter(([k, v]) => !(k in before) || !same(v, before[k])));
    if (Object.keys(diff).length || !shown[group]) out[group] = diff;
  }
  return out as FactChanges;
}

/** The latest facts with the changes laid over them. */
export function withFactChanges(latest: AnnotationFields, changes: FactChanges): AnnotationFields {
  const fields: Record<string, unknown> = { ...latest };
  for (const [group, diff] of Object.entries(changes)) {
    if (diff === null) delete fields[group];
    else if (diff) fields[group] = { ...(fields[group] as object | undefined), ...diff };
  }
  return fields as AnnotationFields;
}

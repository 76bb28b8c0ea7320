// An annotation's facts as read from the study. Each row's JSON is checked against the
// fields schema (a study may come from a stranger); most annotations share a few shapes of
// facts, so the check is made once per distinct JSON text, and a text the schema keeps as it
// is is then only parsed (a fresh object each time: callers may change what they get).

import { parseFields } from '../domain/fields';
import type { AnnotationFields } from '../domain/types';

/** JSON texts the schema accepts unchanged (true) or not (false: checked every time, warnings and all). */
const unchanged = new Map<string, boolean>();
const MAX_KNOWN = 20_000;

export function readFields(json: string): AnnotationFields {
  const known = unchanged.get(json);
  if (known === true) return JSON.parse(json) as AnnotationFields;
  const fields = parseFields(json);
  if (known === undefined) {
    if (unchanged.size >= MAX_KNOWN) unchanged.clear();
    unchanged.set(json, JSON.stringify(fields) === json);
  }
  return fields;
}

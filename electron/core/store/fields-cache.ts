// An annotation's facts as read from the study. Each row's JSON is checked against the
// fields schema (a study may come from a stranger); most annotations share a few shapes of
// facts, so the check is asked once per distinct JSON text (domain/quick-check.ts), and a
// text the schema keeps as it is is then only parsed (a fresh object each time: callers may
// change what they get).

import { parseFields } from '../domain/fields';
import { isPlainFieldsJson } from '../domain/quick-check';
import type { AnnotationFields } from '../domain/types';

export function readFields(json: string): AnnotationFields {
  return isPlainFieldsJson(json) ? (JSON.parse(json) as AnnotationFields) : parseFields(json);
}

// A fast way through the entity schemas for large lists in the one form our own files write
// them: exactly the schema's keys, strings within the limits, dates already in the study's
// form (UTC with milliseconds). An entry in that form is one the schema accepts and returns
// unchanged, so the list is taken as it is; a list with any other entry goes through the
// schema (zod) whole, which gives the same result and the same refusal as before. Checking
// 100,000 annotations so takes a tenth of the time.

import { AnnotationFieldsSchema, type AnnotationFields } from './fields';
import { LIMITS } from './entities';

const DOCUMENT_ID = /^[0-9a-f]{64}$/;
const STUDY_DATE = /^(19|2\d)\d\d-\d\d-\d\dT\d\d:\d\d:\d\d\.\d\d\dZ$/;
const MAX_OFFSET = 2 ** 31 - 1;

const str = (v: unknown, min: number, max: number): boolean => typeof v === 'string' && v.length >= min && v.length <= max;
const offset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_OFFSET;

const num = (s: string, at: number, digits: number): number => Number(s.slice(at, at + digits));
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A date the foreign-date schema keeps as it is: ISO 8601 in UTC with milliseconds, a real moment. */
export function isStudyDate(v: unknown): v is string {
  if (typeof v !== 'string' || !STUDY_DATE.test(v)) return false;
  const year = num(v, 0, 4);
  const month = num(v, 5, 2);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS[month - 1];
  return days !== undefined && num(v, 8, 2) >= 1 && num(v, 8, 2) <= days && num(v, 11, 2) < 24 && num(v, 14, 2) < 60 && num(v, 17, 2) < 60;
}

/** Exactly these keys, in this order (the schema's own: it would drop any other key and reorder). */
function exactKeys(o: object, keys: readonly string[]): boolean {
  let n = 0;
  for (const k in o) {
    if (k !== keys[n] || !Object.prototype.hasOwnProperty.call(o, k)) return false;
    n++;
  }
  return n === keys.length && Object.getPrototypeOf(o) === Object.prototype;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Facts by their JSON: whether the fields schema keeps them exactly as they are. Few shapes recur. */
const fieldsKept = new Map<string, boolean>();

/**
 * Whether facts written as this JSON text are accepted by the fields schema and returned
 * unchanged (asked of the schema once per distinct text: the study's rows, a file's facts).
 */
export function isPlainFieldsJson(json: string): boolean {
  let kept = fieldsKept.get(json);
  if (kept === undefined) {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      value = undefined;
    }
    const parsed = isRecord(value) ? AnnotationFieldsSchema.safeParse(value) : null;
    kept = !!parsed?.success && JSON.stringify(parsed.data) === json;
    if (fieldsKept.size >= 20_000) fieldsKept.clear();
    fieldsKept.set(json, kept);
  }
  return kept;
}

/** The JSON of facts the fields schema accepts and returns unchanged, or null. */
function plainFieldsJson(v: unknown): string | null {
  if (!isRecord(v)) return null;
  const json = JSON.stringify(v);
  return isPlainFieldsJson(json) ? json : null;
}

/** Facts the fields schema accepts and returns unchanged. */
export const isPlainFields = (v: unknown): boolean => plainFieldsJson(v) !== null;

/** AnnotationFieldsSchema.safeParse, answered without zod for facts in the plain form (with a copy of them, as zod gives). */
export function safeParseFields(v: unknown): ReturnType<typeof AnnotationFieldsSchema.safeParse> {
  const json = plainFieldsJson(v);
  if (json !== null) return { success: true, data: JSON.parse(json) as AnnotationFields };
  return AnnotationFieldsSchema.safeParse(v);
}

const ANNOTATION_KEYS = ['id', 'documentId', 'tag', 'start', 'end', 'exact', 'prefix', 'suffix', 'note', 'fields', 'author', 'created', 'modified'];

/** An annotation as ForeignAnnotationSchema accepts it and returns it unchanged. */
export function isPlainForeignAnnotation(v: unknown): boolean {
  if (!isRecord(v) || !exactKeys(v, ANNOTATION_KEYS)) return false;
  return (
    str(v.id, 1, 200) &&
    typeof v.documentId === 'string' &&
    DOCUMENT_ID.test(v.documentId) &&
    str(v.tag, 1, 64) &&
    offset(v.start) &&
    offset(v.end) &&
    v.start < v.end &&
    str(v.exact, 0, LIMITS.quote) &&
    str(v.prefix, 0, LIMITS.context) &&
    str(v.suffix, 0, LIMITS.context) &&
    str(v.note, 0, LIMITS.note) &&
    str(v.author, 0, LIMITS.author) &&
    isStudyDate(v.created) &&
    isStudyDate(v.modified) &&
    isPlainFields(v.fields)
  );
}

const CHANGE_KEYS = ['annotationId', 'documentId', 'action', 'author', 'at'];
const ACTIONS = new Set(['create', 'edit', 'delete', 'restore']);

/** A change as ChangeSchema accepts it and returns it unchanged. */
export function isPlainChange(v: unknown): boolean {
  if (!isRecord(v) || !exactKeys(v, CHANGE_KEYS)) return false;
  return str(v.annotationId, 1, 200) && typeof v.documentId === 'string' && DOCUMENT_ID.test(v.documentId) && ACTIONS.has(v.action as string) && str(v.author, 0, LIMITS.author) && isStudyDate(v.at);
}

/** A list whose every entry is in the plain form (so the schema would return it unchanged). */
export const plainList =
  (plain: (v: unknown) => boolean) =>
  (v: unknown): boolean =>
    Array.isArray(v) && v.every(plain);

// What every reader of another tool's file shares: the limits each annotation meets (the
// same as the API's), dates in the one form the study compares, and the vocabulary a file
// brings by name (verdicts, people, tags), collected once with stable ids.

import { isStudyDate, safeParseFields } from '../domain/quick-check';
import { firstIssue, ForeignDateTime, LIMITS } from '../domain/entities';
import { nextTagColor } from '../domain/palette';
import type { Person, Tag, Verdict } from '../domain/types';
import { InputError } from '../input/errors';
import { uuidV5 } from './ids';
import type { Incoming, IncomingAnnotation } from './incoming';

/**
 * A moment from a file as the study keeps it (UTC, milliseconds). A date and time without a
 * zone (REFI-QDA allows it; QualCoder writes it) is read as UTC; a number is seconds since
 * 1970 (Label Studio 0.x), or milliseconds when it is that large.
 */
export function foreignDate(raw: unknown, where: string, fallback: string, field = 'date'): string {
  if (raw === undefined || raw === null || raw === '') return fallback;
  if (isStudyDate(raw)) return raw; // already in the study's form: the schema would return it as it is
  let s = '';
  if (typeof raw === 'number' && Number.isFinite(raw) && Math.abs(raw) < 1e14) s = new Date(raw > 1e11 ? raw : raw * 1000).toISOString();
  else if (typeof raw === 'string') s = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(raw.trim()) ? `${raw.trim()}Z` : raw.trim();
  const r = ForeignDateTime.safeParse(s);
  if (!r.success) throw new InputError(`${where} cannot be used (${field}: ${firstIssue(r.error).replace(/^top: /, '')}; it says ${JSON.stringify(String(raw).slice(0, 40))})`);
  return r.data;
}

const tooLong = (s: string, max: number) => s.length > max;

/** An annotation checked against the limits every annotation from a file meets; `where` names it. */
export function checked(a: IncomingAnnotation, where: string): IncomingAnnotation {
  const problem =
    !a.tagName.trim() ? 'tag: it has none'
    : tooLong(a.tagName, LIMITS.name) ? `tag: longer than ${LIMITS.name} characters`
    : tooLong(a.exact, LIMITS.quote) ? 'quote: longer than a million characters'
    : tooLong(a.prefix, LIMITS.context) || tooLong(a.suffix, LIMITS.context) ? `quote context: longer than ${LIMITS.context} characters`
    : tooLong(a.note, LIMITS.note) ? `note: longer than ${LIMITS.note.toLocaleString('en')} characters`
    : tooLong(a.author, LIMITS.author) ? `author: longer than ${LIMITS.author} characters`
    : null;
  if (problem) throw new InputError(`${where} cannot be used (${problem})`);
  if (Object.keys(a.fields).length) {
    const f = safeParseFields(a.fields);
    if (!f.success) throw new InputError(`${where} cannot be used (${firstIssue(f.error)})`);
    return { ...a, fields: f.data };
  }
  return a;
}

/** A colour as #RRGGBB (from #RGB, RRGGBB or #RRGGBBAA), or null. */
export function hexColor(raw: string | null | undefined): string | null {
  const v = (raw ?? '').trim();
  const short = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(v);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  const long = /^#?([0-9a-f]{6})(?:[0-9a-f]{2})?$/i.exec(v);
  return long ? `#${long[1]!.toUpperCase()}` : null;
}

/** The vocabulary a file brings by name, collected with stable ids. */
export class Vocabulary {
  private readonly verdictsByLabel = new Map<string, Verdict>();
  private readonly peopleByKey = new Map<string, Person>();
  private readonly tagsById = new Map<string, Tag>();
  private readonly tagIds = new Map<string, string>();

  /** The id of a verdict named in the file (matched to the study's list by label when merged). */
  verdict(label: string): string {
    const clean = label.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().slice(0, LIMITS.verdictLabel);
    const key = clean.toLowerCase();
    let v = this.verdictsByLabel.get(key);
    if (!v) {
      const slug = key.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48) || uuidV5(`verdict/${key}`).slice(0, 8);
      let id = slug;
      for (let n = 2; [...this.verdictsByLabel.values()].some((x) => x.id === id); n++) id = `${slug}-${n}`;
      v = { id, label: clean || 'Verdict', color: nextTagColor([...this.verdictsByLabel.values()].map((x) => x.color), this.verdictsByLabel.size) };
      this.verdictsByLabel.set(key, v);
    }
    return v.id;
  }

  /** The id of a person named in the file (matched to the study's people by name and role). */
  person(name: string, role = ''): string {
    const n = name.replace(/\s+/g, ' ').trim().slice(0, LIMITS.personName);
    const r = role.replace(/\s+/g, ' ').trim().slice(0, LIMITS.role);
    const key = `${n}\u0000${r}`;
    let p = this.peopleByKey.get(key);
    if (!p) this.peopleByKey.set(key, (p = { id: uuidV5(`person/${key}`), name: n || 'Unknown', role: r }));
    return p.id;
  }

  /** A tag the file defines (a code, a label with a colour); `key` is the file's own id for it. */
  tag(key: string, t: { name: string; color?: string | null; parentKey?: string | null; description?: string; shortcut?: string | null }): string {
    const known = this.tagIds.get(key);
    if (known) return known;
    const id = `t-${uuidV5(`tag/${key}`)}`;
    this.tagIds.set(key, id);
    if (!this.tagsById.has(id)) {
      this.tagsById.set(id, {
        id,
        name: t.name.trim().slice(0, LIMITS.name) || 'Imported',
        // No colour: the merge gives a new tag one from the palette.
        color: hexColor(t.color) ?? '',
        shortcut: t.shortcut && /^[0-9a-z]$/i.test(t.shortcut) ? t.shortcut.toLowerCase() : null,
        builtin: false,
        parentId: t.parentKey ? `t-${uuidV5(`tag/${t.parentKey}`)}` : null,
        description: (t.description ?? '').slice(0, LIMITS.tagDescription),
      });
    }
    return id;
  }

  hasTag(id: string): boolean {
    return this.tagsById.has(id);
  }

  /** Fill an Incoming's vocabulary; parents that the file does not define are dropped. */
  into(incoming: Incoming): Incoming {
    const tags = [...this.tagsById.values()].map((t) => (t.parentId && !this.tagsById.has(t.parentId) ? { ...t, parentId: null } : t));
    return { ...incoming, tags, verdicts: [...this.verdictsByLabel.values()], people: [...this.peopleByKey.values()] };
  }
}

/** A tool's name for remembering its label mapping: "QualCoder 3.6" → "QualCoder". */
export function toolName(kind: string, generator: string | null | undefined): string {
  const name = (generator ?? '').replace(/\([^)]*\)/g, '').replace(/[\s,;:]*(v(ersion)?\s*)?\d[\w.\-+ ]*$/i, '').trim().slice(0, 60);
  return name ? `${kind}:${name}` : kind;
}

// The tag set as CSV (name, parent, colour, description, and optionally shortcut), for
// archivists who keep their vocabularies in spreadsheets. Parsing is strict and total: a
// missing column, a duplicate name, an unknown parent or a cycle of parents refuses the whole
// file with the rows named. RFC 4180 quoting (papaparse); cells that a spreadsheet would run
// as a formula are written with a leading apostrophe and read back without it.

import Papa from 'papaparse';
import { AppError } from '../domain/errors';
import type { Tag } from '../domain/types';
import { hexColor } from './foreign';

export interface TagSetRow {
  name: string;
  parent: string | null;
  color: string | null;
  description: string;
  shortcut: string | null;
}

const FORMULA = /^[=+\-@\t\r]/;

export function protectCell(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

export function unprotectCell(value: string): string {
  return value.length > 1 && value[0] === "'" && FORMULA.test(value.slice(1)) ? value.slice(1) : value;
}

export function tagSetToCsv(tags: readonly Tag[]): string {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const rows = tags.map((t) => [t.name, t.parentId ? (byId.get(t.parentId)?.name ?? '') : '', t.color, t.description, t.shortcut ?? ''].map(protectCell));
  return Papa.unparse({ fields: ['name', 'parent', 'colour', 'description', 'shortcut'], data: rows }, { newline: '\r\n', quotes: false }) + '\r\n';
}

/** The colour of a row, as #RRGGBB (the one reading of colours the importers share), or null when empty. */
function normaliseColor(raw: string, row: number): string | null {
  const v = raw.trim();
  if (!v) return null;
  const color = hexColor(v);
  if (!color) throw new AppError('bad_input', `Row ${row}: “${v}” is not a colour (use #RRGGBB).`);
  return color;
}

/** Parse and check a tag-set CSV on its own terms; `existing` resolves parents not in the file. */
export function parseTagSetCsv(text: string, existing: readonly Tag[]): TagSetRow[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const fatal = parsed.errors.find((e) => e.type !== 'FieldMismatch');
  if (fatal) throw new AppError('bad_input', `The tag set is not valid CSV (row ${(fatal.row ?? 0) + 2}): ${fatal.message}.`);
  const columns = new Set(parsed.meta.fields ?? []);
  if (columns.has('color')) columns.add('colour');
  const missing = ['name', 'parent', 'colour', 'description'].filter((c) => !columns.has(c));
  if (missing.length) throw new AppError('bad_input', `The tag set needs the columns name, parent, colour and description; missing: ${missing.join(', ')}.`);

  const rows: TagSetRow[] = parsed.data.map((r, i) => {
    const line = i + 2; // the header is row 1
    const name = unprotectCell(r.name ?? '').trim();
    if (!name) throw new AppError('bad_input', `Row ${line}: a tag needs a name.`);
    const shortcut = unprotectCell(r.shortcut ?? '').trim();
    if (shortcut && !/^[0-9a-z]$/i.test(shortcut)) throw new AppError('bad_input', `Row ${line}: the shortcut “${shortcut}” is not a single letter or digit.`);
    return {
      name,
      parent: unprotectCell(r.parent ?? '').trim() || null,
      color: normaliseColor(unprotectCell(r.colour ?? r.color ?? ''), line),
      description: unprotectCell(r.description ?? '').trim(),
      shortcut: shortcut ? shortcut.toLowerCase() : null,
    };
  });
  if (!rows.length) throw new AppError('bad_input', 'The tag set has no tags.');

  const byName = new Map<string, number>();
  rows.forEach((r, i) => {
    const key = r.name.toLowerCase();
    const first = byName.get(key);
    if (first !== undefined) throw new AppError('bad_input', `“${r.name}” appears twice (rows ${first + 2} and ${i + 2}).`);
    byName.set(key, i);
  });
  const known = new Set([...byName.keys(), ...existing.map((t) => t.name.toLowerCase())]);
  rows.forEach((r, i) => {
    if (r.parent && !known.has(r.parent.toLowerCase())) throw new AppError('bad_input', `Row ${i + 2}: the parent “${r.parent}” is neither in the file nor in the study.`);
  });

  // Parents as they will be after the import: the file's rows win over the study's tags.
  const parentOf = new Map<string, string | null>();
  const existingById = new Map(existing.map((t) => [t.id, t]));
  for (const t of existing) parentOf.set(t.name.toLowerCase(), t.parentId ? (existingById.get(t.parentId)?.name.toLowerCase() ?? null) : null);
  for (const r of rows) parentOf.set(r.name.toLowerCase(), r.parent?.toLowerCase() ?? null);
  for (const r of rows) {
    const path = [r.name];
    const seen = new Set([r.name.toLowerCase()]);
    for (let p = parentOf.get(r.name.toLowerCase()); p; p = parentOf.get(p)) {
      path.push(rows.find((x) => x.name.toLowerCase() === p)?.name ?? p);
      if (seen.has(p)) throw new AppError('bad_input', `The parents form a cycle: ${path.join(' → ')}.`);
      seen.add(p);
    }
  }
  return rows;
}

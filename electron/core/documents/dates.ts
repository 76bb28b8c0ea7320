// Dates as sources write them → ISO YYYY-MM-DD (the form ArticleMetadata.published uses),
// or the text as written when it is not recognisably a date.

import { parseDate } from '../text/metadata';

/** YYYY-MM-DD from an ISO timestamp or a written date, else the text as written. */
export function isoDate(s: string | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(t);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  return parseDate(t) ?? parseDate(t.replace(/\s+\d{1,2}:\d{2}.*$/, '')) ?? t;
}

/**
 * A PDF date ("D:20240305101500+01'00'", month and day optional) or an ISO/XMP one
 * ("2024-03-05T10:15:00Z") → YYYY-MM-DD.
 */
export function pdfDate(s: unknown): string | undefined {
  if (typeof s !== 'string' || !s.trim()) return undefined;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(?:\d|[Z+\-']|$)/.exec(s.trim());
  if (m && !/^\d{4}-/.test(s.trim())) return [m[1], m[2] ?? '01', m[3] ?? '01'].join('-');
  return isoDate(s);
}

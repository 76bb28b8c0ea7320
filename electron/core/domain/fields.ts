// The facts each built-in tag records, as zod schemas (checked at the API boundary, on every
// import path and when reading the study) and the types derived from them. The kinds
// themselves, as plain values the UI can load, are in kinds.ts.

import { z } from 'zod';
import { QUALIFIERS } from './kinds';

const Text = (max: number) => z.string().max(max);
const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD');

/** A web page (an http(s) address, and its title if known) or a free-text citation ("Interview
 * notes, box 4", a shelf mark, a DOI, an ISBN): then `url` is null and `title` is the citation. */
export const SourceSchema = z
  .object({
    url: z.url({ protocol: /^https?$/, error: 'a source address must be an http(s) address' }).nullable(),
    title: Text(500),
  })
  .refine((s) => s.url !== null || s.title.trim() !== '', 'a source needs an address or a citation');

export const ClaimFieldsSchema = z.object({
  verdict: z.string().min(1).max(64).nullable(),
  rationale: Text(20_000),
  sources: z.array(SourceSchema).max(100),
  checkedBy: Text(200).nullable(),
  checkedAt: IsoDate.nullable(),
});

export const QuoteFieldsSchema = z.object({
  speakerId: z.string().min(1).max(64).nullable(),
});

export const FigureFieldsSchema = z.object({
  /** The number as the text writes it ("At least 400", "$2bn"). */
  written: Text(200),
  value: z.number().finite().nullable(),
  /** Upper bound of a range ("3–4%"), else null. */
  valueMax: z.number().finite().nullable(),
  qualifier: z.enum(QUALIFIERS).nullable(),
  unit: Text(100).nullable(),
  asOf: IsoDate.nullable(),
});

export const LocationFieldsSchema = z.object({
  name: Text(300),
  /** ISO 3166-1 alpha-2 country code. */
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  geonamesId: z.number().int().positive().nullable(),
  /** Pinned by hand rather than taken from the gazetteer. */
  manual: z.boolean(),
});

export const AnnotationFieldsSchema = z
  .object({
    claim: ClaimFieldsSchema.optional(),
    quote: QuoteFieldsSchema.optional(),
    figure: FigureFieldsSchema.optional(),
    location: LocationFieldsSchema.optional(),
  })
  .strict();

export type Source = z.infer<typeof SourceSchema>;
export type ClaimFields = z.infer<typeof ClaimFieldsSchema>;
export type QuoteFields = z.infer<typeof QuoteFieldsSchema>;
export type FigureFields = z.infer<typeof FigureFieldsSchema>;
export type LocationFields = z.infer<typeof LocationFieldsSchema>;
export type AnnotationFields = z.infer<typeof AnnotationFieldsSchema>;

export const EMPTY_CLAIM: ClaimFields = { verdict: 'unchecked', rationale: '', sources: [], checkedBy: null, checkedAt: null };

/**
 * Read a stored fields column. Writes are always validated, so a mismatch means the file was
 * edited by hand: the annotation still shows (without its facts) and the row stays as it is.
 */
export function parseFields(json: string): AnnotationFields {
  try {
    const parsed = AnnotationFieldsSchema.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through
  }
  console.warn('[sourcemark] annotation fields do not match the study format; shown without them');
  return {};
}

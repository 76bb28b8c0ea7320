// The entities of a study, defined once as zod schemas with their field limits. The API
// contract checks requests with them, the package reader checks every entry with them, and
// every other importer checks what it built with them, so a limit holds on every path into
// a study, not only the API's.

import { z } from 'zod';
import { AnnotationFieldsSchema } from './fields';

export const LIMITS = {
  note: 100_000,
  name: 200,
  author: 200,
  tagDescription: 2000,
  personName: 300,
  role: 300,
  verdictLabel: 100,
  title: 2000,
  fileName: 1024,
  /** An annotation's quote and its context: longer quotes are whole chapters, not annotations. */
  quote: 1_000_000,
  context: 1000,
} as const;

export const DocumentId = z.string().regex(/^[0-9a-f]{64}$/, 'a document id is 64 hex digits');
export const AnnotationId = z.uuid();
/** Ids from other tools (W3C, orphans) are not always UUIDs. */
export const ForeignId = z.string().min(1).max(200);
export const TagId = z.string().min(1).max(64);
export const Offset = z.number().int().min(0).max(2 ** 31 - 1);
export const Note = z.string().max(LIMITS.note);
export const Author = z.string().max(LIMITS.author);
export const Color = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'a colour is #RRGGBB');
export const Shortcut = z.string().regex(/^[0-9a-zA-Z]$/, 'a shortcut is one letter or digit');
export const Name = z.string().min(1).max(LIMITS.name);
/** A moment as ISO 8601 with a time zone ("2026-11-30T10:00:00.000Z"). */
export const IsoDateTime = z.iso.datetime({ offset: true });

/**
 * A moment from a file, in the one form the study compares as text (UTC, milliseconds), so
 * "newer" means newer whatever zone the file wrote. Dates without a time are midnight UTC.
 */
export const ForeignDateTime = z
  .union([z.iso.datetime({ offset: true, local: false }), z.iso.date()], { error: 'a date is ISO 8601 (2026-11-30T10:00:00Z)' })
  .transform((s) => new Date(s).toISOString());

export const TagSchema = z.object({
  id: TagId,
  name: Name,
  color: Color,
  shortcut: z.string().max(1).nullable(),
  builtin: z.boolean(),
  parentId: TagId.nullable(),
  description: z.string().max(LIMITS.tagDescription),
});

export const VerdictSchema = z.object({ id: z.string().min(1).max(64), label: z.string().min(1).max(LIMITS.verdictLabel), color: Color });
export const PersonSchema = z.object({ id: z.string().min(1).max(64), name: z.string().min(1).max(LIMITS.personName), role: z.string().max(LIMITS.role) });

const annotationShape = {
  id: AnnotationId,
  documentId: DocumentId,
  tag: TagId,
  start: Offset,
  end: Offset,
  exact: z.string().max(LIMITS.quote),
  prefix: z.string().max(LIMITS.context),
  suffix: z.string().max(LIMITS.context),
  note: Note,
  fields: AnnotationFieldsSchema,
  author: Author,
  created: IsoDateTime,
  modified: IsoDateTime,
};

/** An annotation as the study holds it (and the API returns it). */
export const AnnotationSchema = z.object(annotationShape).refine((a) => a.start < a.end, { message: 'an annotation ends after it starts', path: ['end'] });

/** An annotation as a file brings it: ids from other tools, dates in any ISO 8601 form. */
export const ForeignAnnotationSchema = z
  .object({ ...annotationShape, id: ForeignId, created: ForeignDateTime, modified: ForeignDateTime })
  .refine((a) => a.start < a.end, { message: 'an annotation ends after it starts', path: ['end'] });

export const TombstoneSchema = z.object({ id: ForeignId, documentId: DocumentId, deleted: ForeignDateTime, author: Author });

/** The kind of file a document was extracted from. */
export const DocumentFormatSchema = z.enum(['markdown', 'plain', 'html', 'pdf', 'docx', 'epub']);

/** Where each page starts (code points, page 1 first); pages never start before the one before. */
const PageStarts = z
  .array(Offset)
  .max(100_000)
  .refine((p) => p.every((x, i) => i === 0 || x >= p[i - 1]!), { message: 'page starts go up, page by page' });

/**
 * The file a document was extracted from, as the study records it and packages carry it (the
 * bytes themselves stay in the study): name, size, media type, SHA-256, the extractor and its
 * version, the web-page mode and PDF page starts, and what extraction noticed.
 */
export const DocumentSourceSchema = z.object({
  format: DocumentFormatSchema,
  mediaType: z.string().min(1).max(255),
  fileName: z.string().max(LIMITS.fileName),
  size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  /** SHA-256 of the original file (the document's own id is the SHA-256 of its text). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 is 64 hex digits'),
  extractor: z.string().min(1).max(200),
  extractorVersion: z.string().max(100),
  /** For web pages: the article alone, or the whole page (the user's choice). */
  htmlMode: z.enum(['article', 'page']).nullable(),
  /** PDF: the code-point offset where each page starts, page 1 first. */
  pageStarts: PageStarts.nullable(),
  notes: z.array(z.string().max(LIMITS.title)).max(100),
});

/** A deleted document, kept so that the deletion travels to colleagues' studies. */
export const DocumentTombstoneSchema = z.object({ id: DocumentId, title: z.string().max(LIMITS.title), deleted: ForeignDateTime, author: Author });

/** A collection as a file carries it: its name and the documents in it. */
export const CollectionEntrySchema = z.object({
  name: z.string().max(LIMITS.name).refine((n) => n.trim().length > 0, { message: 'a collection needs a name' }),
  created: ForeignDateTime,
  documents: z.array(DocumentId).max(1_000_000),
});

export const ChangeSchema = z.object({ annotationId: ForeignId, documentId: DocumentId, action: z.enum(['create', 'edit', 'delete', 'restore']), author: Author, at: ForeignDateTime });
export const ContributorSchema = z.object({
  name: z.string().min(1).max(LIMITS.author),
  email: z.string().max(320).nullable(),
  orcid: z.string().max(64).nullable(),
  firstSeen: ForeignDateTime,
  lastSeen: ForeignDateTime,
});

/** The first problem zod found, as "where: what". */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'bad value';
  return `${issue.path.length ? issue.path.join('.') : 'top'}: ${issue.message}`;
}

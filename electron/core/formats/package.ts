// The Sourcemark exchange package: one zip holding everything a colleague needs to merge
// a study's work into theirs, losslessly: each document's canonical text, structure and
// metadata, every annotation with every field, the tag set, verdicts, people, tombstones
// and contributors. JSON inside, validated field by field when read.

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { z } from 'zod';
import { AnnotationFieldsSchema } from '../fields';
import type { Block } from '../text/model';
import type { Annotation, Change, Contributor, DocumentSummary, Person, Tag, Tombstone, Verdict } from '../types';

export type { Tombstone };
import type { ExportData } from './export-data';

export const PACKAGE_FORMAT = 'sourcemark-package';
export const PACKAGE_VERSION = 1;
/** Larger packages are refused before they are unpacked. */
export const MAX_PACKAGE_BYTES = 512 * 1024 * 1024;


/** A document as a package holds it: its summary's descriptive fields, its text and structure. */
export type PackageDocument = Pick<DocumentSummary, 'id' | 'title' | 'fileName' | 'format' | 'author' | 'location' | 'sourceUrl' | 'published' | 'importedAt'> & {
  text: string;
  blocks: Block[];
};

export interface ExchangePackage {
  study: { id: string; name: string };
  generated: string;
  generator: { name: string; version: string };
  documents: PackageDocument[];
  annotations: Annotation[];
  tags: Tag[];
  verdicts: Verdict[];
  people: Person[];
  tombstones: Tombstone[];
  contributors: Array<Omit<Contributor, 'annotations'>>;
  changes: Change[];
}

/** What a package holds beyond the export data every format shares. */
export interface PackageExtras {
  blocks: ReadonlyMap<string, Block[]>;
  tombstones: readonly Tombstone[];
  contributors: ReadonlyArray<Omit<Contributor, 'annotations'>>;
  changes: readonly Change[];
}

export function writePackage(data: ExportData, { blocks, tombstones, contributors, changes }: PackageExtras): Uint8Array {
  const json = (v: unknown) => strToU8(JSON.stringify(v, null, 1));
  const files: Record<string, Uint8Array> = {
    'manifest.json': json({ format: PACKAGE_FORMAT, version: PACKAGE_VERSION, generator: data.generator, generated: data.generated, study: data.study }),
    'annotations.json': json(data.documents.flatMap((d) => d.annotations)),
    'tags.json': json(data.tags),
    'verdicts.json': json(data.verdicts),
    'people.json': json(data.people),
    'tombstones.json': json(tombstones),
    'contributors.json': json(contributors),
    'changes.json': json(changes),
  };
  for (const { summary, text } of data.documents) {
    const s: DocumentSummary = summary;
    const doc: Omit<PackageDocument, 'text'> = {
      id: s.id,
      title: s.title,
      fileName: s.fileName,
      format: s.format,
      author: s.author,
      location: s.location,
      sourceUrl: s.sourceUrl,
      published: s.published,
      importedAt: s.importedAt,
      blocks: blocks.get(s.id) ?? [],
    };
    files[`documents/${s.id}.json`] = json(doc);
    files[`documents/${s.id}.txt`] = strToU8(text);
  }
  return zipSync(files, { level: 6 });
}

// ---- reading ---------------------------------------------------------------------------

const Id = z.string().min(1).max(200);
const Iso = z.string().max(64);
const DocId = z.string().regex(/^[0-9a-f]{64}$/);

const ManifestSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  version: z.number().int(),
  generator: z.object({ name: z.string(), version: z.string() }),
  generated: Iso,
  study: z.object({ id: z.string(), name: z.string() }),
});

// Blocks are validated by shape on the way in; the canonical text is checked against them.
const InlineSchema = z.union([
  z.object({ br: z.literal(true) }).strict(),
  z
    .object({ text: z.string(), bold: z.literal(true).optional(), italic: z.literal(true).optional(), strike: z.literal(true).optional(), code: z.literal(true).optional(), href: z.string().optional() })
    .strict(),
]);
const BlockSchema: z.ZodType<Block> = z.lazy(() =>
  z.union([
    z.object({ type: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]), content: z.array(InlineSchema) }),
    z.object({ type: z.literal('paragraph'), content: z.array(InlineSchema) }),
    z.object({ type: z.literal('codeBlock'), text: z.string() }),
    z.object({ type: z.literal('blockquote'), content: z.array(BlockSchema) }),
    z.object({ type: z.literal('bulletList'), items: z.array(z.array(BlockSchema)) }),
    z.object({ type: z.literal('orderedList'), start: z.number().int(), items: z.array(z.array(BlockSchema)) }),
    z.object({ type: z.literal('rule') }),
  ]),
) as z.ZodType<Block>;

const DocumentSchema = z.object({
  id: DocId,
  title: z.string().max(2000),
  fileName: z.string().max(1024),
  format: z.enum(['markdown', 'plain']),
  author: z.string().nullable(),
  location: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  published: z.string().nullable(),
  importedAt: Iso,
  blocks: z.array(BlockSchema),
});

export const PackageAnnotationSchema = z.object({
  id: Id,
  documentId: DocId,
  tag: Id,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  note: z.string().max(100_000),
  fields: AnnotationFieldsSchema,
  author: z.string().max(200),
  created: Iso,
  modified: Iso,
});

const TagSchema = z.object({
  id: Id,
  name: z.string().min(1).max(200),
  color: z.string().regex(/^#[0-9A-Fa-f]{6}$/),
  shortcut: z.string().max(1).nullable(),
  builtin: z.boolean(),
  parentId: Id.nullable(),
  description: z.string().max(2000),
});
const VerdictSchema = z.object({ id: Id, label: z.string().min(1).max(100), color: z.string().regex(/^#[0-9A-Fa-f]{6}$/) });
const PersonSchema = z.object({ id: Id, name: z.string().min(1).max(300), role: z.string().max(300) });
const TombstoneSchema = z.object({ id: Id, documentId: DocId, deleted: Iso, author: z.string().max(200) });
const ChangeSchema = z.object({ annotationId: Id, documentId: DocId, action: z.enum(['create', 'edit', 'delete', 'restore']), author: z.string().max(200), at: Iso });
const ContributorSchema = z.object({ name: z.string().min(1).max(200), email: z.string().max(320).nullable(), orcid: z.string().max(64).nullable(), firstSeen: Iso, lastSeen: Iso });

export class PackageError extends Error {}

function entry<T>(files: Record<string, Uint8Array>, name: string, schema: z.ZodType<T>, fallback?: T): T {
  const raw = files[name];
  if (!raw && fallback !== undefined) return fallback;
  if (!raw) throw new PackageError(`it has no ${name}`);
  let value: unknown;
  try {
    value = JSON.parse(strFromU8(raw));
  } catch {
    throw new PackageError(`${name} is not valid JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new PackageError(`${name} does not match the package format (${issue.path.join('.') || 'top'}: ${issue.message})`);
  }
  return parsed.data;
}

/** Unpack and check a package; anything malformed is refused with the reason. */
export function readPackage(bytes: Uint8Array): ExchangePackage {
  if (bytes.length > MAX_PACKAGE_BYTES) throw new PackageError(`it is larger than ${MAX_PACKAGE_BYTES / 1048576} MB`);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new PackageError('it is not a zip archive (or it is damaged)');
  }
  const manifest = entry(files, 'manifest.json', ManifestSchema);
  if (manifest.version > PACKAGE_VERSION) throw new PackageError(`it was written by a newer Sourcemark (package version ${manifest.version}); update Sourcemark to import it`);
  const documents = Object.keys(files)
    .filter((n) => /^documents\/[0-9a-f]{64}\.json$/.test(n))
    .map((n) => {
      const meta = entry(files, n, DocumentSchema);
      const text = files[n.replace(/\.json$/, '.txt')];
      if (!text) throw new PackageError(`${n} has no text beside it`);
      return { ...meta, text: strFromU8(text) };
    });
  return {
    study: manifest.study,
    generated: manifest.generated,
    generator: manifest.generator,
    documents,
    annotations: entry(files, 'annotations.json', z.array(PackageAnnotationSchema)),
    tags: entry(files, 'tags.json', z.array(TagSchema)),
    verdicts: entry(files, 'verdicts.json', z.array(VerdictSchema)),
    people: entry(files, 'people.json', z.array(PersonSchema)),
    tombstones: entry(files, 'tombstones.json', z.array(TombstoneSchema)),
    contributors: entry(files, 'contributors.json', z.array(ContributorSchema), []),
    changes: entry(files, 'changes.json', z.array(ChangeSchema), []),
  };
}

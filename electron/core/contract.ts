// The API between the UI and the core: one method per user action, each taking one object.
// Every request has a zod schema that both hosts (Electron IPC, the browser-mode HTTP host)
// check before the service sees it. The UI imports this file for types only.

import { z } from 'zod';
import { AnnotationFieldsSchema } from './fields';
import { IdentitySchema } from './identity';
import type { ImportSummary } from './exchange/merge';
import type { Comparison } from './ops/compare';
import type { DiffRow, PairAgreement, TagAgreement } from './agreement/agreement';
import type { Candidate } from './facts/gazetteer';
import type { SpeakerProposal } from './facts/speaker';
import { METHOD_NAMES, type Method } from './methods';
import { EXPORT_FORMATS } from './ops/export';
import type { FactSuggestions, MapPoint } from './ops/facts';
import type { SearchHit, SearchResult } from './ops/search';
import type { Block } from './text/model';
import type { Annotation, AnnotationFields, Change, Conflict, Contributor, DocumentDetail, DocumentSummary, Orphan, Person, PlacedAnnotation, Tag, Verdict } from './types';

export type { Annotation, AnnotationFields, Block, Change, Conflict, Contributor, DocumentDetail, DocumentSummary, Orphan, Person, PlacedAnnotation, Tag, Verdict };
export type { Comparison, DiffRow, ImportSummary, PairAgreement, TagAgreement };
export type * from './fields';
export type { Candidate, FactSuggestions, MapPoint, SearchHit, SearchResult, SpeakerProposal };

const DocumentId = z.string().regex(/^[0-9a-f]{64}$/, 'a document id is 64 hex digits');
const AnnotationId = z.uuid();
const TagId = z.string().min(1).max(64);
const Offset = z.number().int().min(0).max(2 ** 31 - 1);
const Note = z.string().max(100_000);
const StudyPath = z.string().min(1).max(4096);
const IsoDate = z.iso.datetime({ offset: true });
const Color = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'a colour is #RRGGBB');
const Shortcut = z.string().regex(/^[0-9a-zA-Z]$/, 'a shortcut is one letter or digit');
const Name = z.string().min(1).max(200);

// Through the browser host a file travels as base64 inside JSON (its body limit is 80 MB).
const ExchangeFile = z.object({ name: z.string().min(1).max(1024), dataBase64: z.string().max(79_000_000) });

const AnnotationSchema = z.object({
  id: AnnotationId,
  documentId: DocumentId,
  tag: TagId,
  start: Offset,
  end: Offset,
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  note: Note,
  fields: AnnotationFieldsSchema,
  author: z.string().max(200),
  created: IsoDate,
  modified: IsoDate,
});

const TagFields = {
  color: Color.optional(),
  shortcut: Shortcut.nullable().optional(),
  parentId: TagId.nullable().optional(),
  description: z.string().max(2000).optional(),
};

export const requests = {
  getSession: z.object({}),
  openStudy: z.object({ path: StudyPath }),
  createStudy: z.object({ path: StudyPath }),
  listDocuments: z.object({}),
  /** One file per call, so the UI can show progress and cancel between files. */
  importFile: z.object({ name: z.string().min(1).max(1024), dataBase64: z.string().max(70_000_000) }),
  getDocument: z.object({ id: DocumentId }),
  setLastDocument: z.object({ id: DocumentId.nullable() }),
  createAnnotation: z.object({ documentId: DocumentId, tag: TagId, start: Offset, end: Offset, note: Note.optional() }),
  /** Any of tag, note, facts (replaced whole) and span; the rest stays. */
  updateAnnotation: z.object({
    id: AnnotationId,
    tag: TagId.optional(),
    note: Note.optional(),
    fields: AnnotationFieldsSchema.optional(),
    start: Offset.optional(),
    end: Offset.optional(),
  }),
  deleteAnnotation: z.object({ id: AnnotationId }),
  /** Undo of a delete: the same annotation, same id, comes back. */
  restoreAnnotation: z.object({ annotation: AnnotationSchema }),
  /** One document, chosen documents, or (no ids) the whole study, in one of the open formats. */
  exportAs: z.object({ format: z.enum(EXPORT_FORMATS), documentIds: z.array(DocumentId).min(1).max(100_000).optional() }),
  createTag: z.object({ name: Name, ...TagFields }),
  updateTag: z.object({ id: TagId, name: Name.optional(), ...TagFields }),
  deleteTag: z.object({ id: TagId }),
  mergeTags: z.object({ from: TagId, into: TagId }),
  exportTagSet: z.object({}),
  importTagSet: z.object({ content: z.string().max(5_000_000) }),
  saveVerdicts: z.object({ verdicts: z.array(z.object({ id: z.string().min(1).max(64), label: z.string().max(100), color: Color })).max(50) }),
  listPeople: z.object({}),
  savePerson: z.object({ id: z.string().min(1).max(64).optional(), name: Name, role: z.string().max(300) }),
  suggestFacts: z.object({ id: AnnotationId }),
  searchPlaces: z.object({ query: z.string().max(300), documentId: DocumentId.optional() }),
  mapPoints: z.object({ documentId: DocumentId.optional() }),
  search: z.object({
    text: z.string().max(500).optional(),
    tag: TagId.optional(),
    verdict: z.string().min(1).max(64).optional(),
    speakerId: z.string().min(1).max(64).optional(),
    place: z.string().min(1).max(300).optional(),
    documentId: DocumentId.optional(),
    limit: z.number().int().min(1).max(1000).optional(),
    offset: z.number().int().min(0).optional(),
  }),
  setIdentity: IdentitySchema,
  listContributors: z.object({}),
  annotationHistory: z.object({ id: AnnotationId }),
  /** A package, another study or W3C JSON; what it would do, nothing written. */
  previewImport: ExchangeFile,
  importAnnotations: ExchangeFile,
  listOrphans: z.object({ documentId: DocumentId.optional() }),
  placeOrphan: z.object({ id: z.string().min(1).max(200), start: Offset, end: Offset }),
  discardOrphan: z.object({ id: z.string().min(1).max(200) }),
  listConflicts: z.object({}),
  resolveConflict: z.object({ id: z.number().int().min(1), keep: z.enum(['kept', 'other']) }),
  compareAnnotators: z.object({ documentId: DocumentId, a: z.string().min(1).max(200).optional(), b: z.string().min(1).max(200).optional() }),
} as const satisfies Record<Method, z.ZodType>;

// Every method has a schema and every schema a method.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _sameNames: Exact<keyof typeof requests, Method> = true;
void _sameNames;

export type { Method };
export const METHODS: readonly Method[] = METHOD_NAMES;
export type Request<M extends Method> = z.infer<(typeof requests)[M]>;

export interface StudyInfo {
  path: string;
  name: string;
  id: string;
  documentCount: number;
  formatVersion: number;
}

export interface Session {
  study: StudyInfo | null;
  /** Why the last study could not be opened at start-up, if it could not. */
  startupError: string | null;
  recentStudies: string[];
  defaultStudyDir: string;
  userName: string;
  /** Who is working; `chosen` is false until the user has said (the name is then the system's). */
  identity: { name: string; email: string | null; orcid: string | null; chosen: boolean };
  /** Conflicts from merges still waiting for review. */
  openConflicts: number;
  lastDocumentId: string | null;
  tags: Tag[];
  verdicts: Verdict[];
}

export type ImportOutcome =
  | { status: 'imported'; fileName: string; document: DocumentSummary }
  | { status: 'duplicate'; fileName: string; document: DocumentSummary }
  | { status: 'refused'; fileName: string; reason: string };

export interface ExportFile {
  fileName: string;
  mimeType: string;
  /** The file: UTF-8 text, or base64 for archives. */
  content: string;
  encoding: 'utf8' | 'base64';
}

export interface Responses {
  getSession: Session;
  openStudy: Session;
  createStudy: Session;
  listDocuments: DocumentSummary[];
  importFile: ImportOutcome;
  getDocument: DocumentDetail;
  setLastDocument: null;
  createAnnotation: Annotation;
  updateAnnotation: Annotation;
  deleteAnnotation: Annotation;
  restoreAnnotation: Annotation;
  exportAs: ExportFile;
  createTag: Tag[];
  updateTag: Tag[];
  deleteTag: Tag[];
  mergeTags: { moved: number; tags: Tag[] };
  exportTagSet: ExportFile;
  importTagSet: { created: number; updated: number; tags: Tag[] };
  saveVerdicts: Verdict[];
  listPeople: Person[];
  savePerson: Person;
  suggestFacts: FactSuggestions;
  searchPlaces: Candidate[];
  mapPoints: MapPoint[];
  search: SearchResult;
  setIdentity: Session;
  listContributors: Contributor[];
  annotationHistory: Change[];
  previewImport: ImportSummary;
  importAnnotations: ImportSummary;
  listOrphans: Orphan[];
  placeOrphan: Annotation;
  discardOrphan: Orphan;
  listConflicts: Conflict[];
  resolveConflict: Conflict[];
  compareAnnotators: Comparison;
}

/** The API as the UI sees it. */
export type Api = { [M in Method]: (request: Request<M>) => Promise<Responses[M]> };

/** The API as the core implements it (synchronous is fine; hosts await either). */
export type ApiImpl = { [M in Method]: (request: Request<M>) => Responses[M] | Promise<Responses[M]> };

// The API between the UI and the core: one method per user action, each taking one object.
// Every request has a zod schema that both hosts (Electron IPC, the browser-mode HTTP host)
// check before the service sees it. The UI imports this file for types only.

import { z } from 'zod';
import { DocumentId } from '../domain/entities';
import { IdentitySchema } from '../domain/identity';
import type { ImportSummary } from '../exchange/merge';
import type { DiffRow, PairAgreement, TagAgreement } from '../agreement/agreement';
import type { Candidate } from '../facts/gazetteer';
import type { SpeakerProposal } from '../facts/speaker';
import { METHOD_NAMES, type Method } from './methods';
import { annotationRequests } from './ops/annotations';
import { compareRequests, type Comparison } from './ops/compare';
import { mergingRequests } from './ops/merging';
import { exportRequests, type ExportFile } from './ops/export';
import { factRequests, type FactSuggestions, type MapPoint } from './ops/facts';
import { fileRequests, type ImportOutcome } from './ops/files';
import { searchRequests, type SearchHit, type SearchResult } from './ops/search';
import { tagSetRequests } from './ops/tagset';
import type { Block } from '../text/model';
import type { Annotation, AnnotationFields, Change, Conflict, Contributor, DocumentDetail, DocumentSummary, Orphan, Person, PlacedAnnotation, Tag, Verdict } from '../domain/types';

export type { Annotation, AnnotationFields, Block, Change, Conflict, Contributor, DocumentDetail, DocumentSummary, Orphan, Person, PlacedAnnotation, Tag, Verdict };
export type { Comparison, DiffRow, ExportFile, ImportOutcome, ImportSummary, PairAgreement, TagAgreement };
export type * from '../domain/fields';
export type { Candidate, FactSuggestions, MapPoint, SearchHit, SearchResult, SpeakerProposal };

const StudyPath = z.string().min(1).max(4096);

/** The session's own requests: which study is open, who is working. */
const sessionRequests = {
  getSession: z.object({}),
  openStudy: z.object({ path: StudyPath }),
  createStudy: z.object({ path: StudyPath }),
  listDocuments: z.object({}),
  setLastDocument: z.object({ id: DocumentId.nullable() }),
  setIdentity: IdentitySchema,
};

/** Every request's schema, gathered from the operations that own them. */
export const requests = {
  ...sessionRequests,
  ...fileRequests,
  ...annotationRequests,
  ...exportRequests,
  ...tagSetRequests,
  ...factRequests,
  ...searchRequests,
  ...mergingRequests,
  ...compareRequests,
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

// The API between the UI and the core, as types: one method per user action, each taking
// one object (its schema in requests.ts) and answering what its operation returns
// (handlers.ts). The UI imports this file for types only.

import type { ImportSummary } from '../exchange/merge';
import type { DiffRow, PairAgreement, TagAgreement } from '../agreement/agreement';
import type { Candidate } from '../facts/gazetteer';
import type { SpeakerProposal } from '../facts/speaker';
import type { handlers, OpMethod } from './handlers';
import { METHOD_NAMES, type Method } from './methods';
import type { Comparison } from './ops/compare';
import type { ExportFile } from './ops/export';
import type { FactSuggestions, MapPoint, Unplaced } from './ops/facts';
import type { Suggestion } from './ops/suggestions';
import type { ImportOutcome } from './ops/importing';
import type { SearchHit, SearchResult } from './ops/search';
import type { Request } from './requests';
import type { Block } from '../text/model';
import type { Annotation, AnnotationFields, Change, Collection, Conflict, Contributor, DocumentDetail, DocumentFormat, DocumentSource, DocumentSummary, Orphan, Person, ListedAnnotation, Tag, Verdict } from '../domain/types';

export type { Annotation, AnnotationFields, Block, Change, Collection, Conflict, Contributor, DocumentDetail, DocumentFormat, DocumentSource, DocumentSummary, Orphan, Person, ListedAnnotation, Tag, Verdict };
export type { Comparison, DiffRow, ExportFile, ImportOutcome, ImportSummary, PairAgreement, TagAgreement };
export type * from '../domain/fields';
export type { Candidate, FactSuggestions, MapPoint, SearchHit, SearchResult, SpeakerProposal, Suggestion, Unplaced };

export type { Method, Request };
export const METHODS: readonly Method[] = METHOD_NAMES;

export interface StudyInfo {
  path: string;
  name: string;
  id: string;
  documentCount: number;
  formatVersion: number;
  /** Whether imported files' own bytes are kept in the study. */
  keepsOriginals: boolean;
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


/** What each method answers: the session's own, and whatever each operation returns. */
export type Responses = {
  getSession: Session;
  openStudy: Session;
  createStudy: Session;
  setLastDocument: null;
  setIdentity: Session;
} & { [M in OpMethod]: Awaited<ReturnType<(typeof handlers)[M]>> };

/** The API as the UI sees it. */
export type Api = { [M in Method]: (request: Request<M>) => Promise<Responses[M]> };

/** The API as the core implements it (synchronous is fine; hosts await either). */
export type ApiImpl = { [M in Method]: (request: Request<M>) => Responses[M] | Promise<Responses[M]> };

// What a merge will do, decided before anything is written: the plan (rows to add, change
// and delete), the summary the user previews, and the context its stages share. Planning
// only reads the study, so a preview is the plan itself, and an import holds the write lock
// only while the plan is applied.

import type { Study } from '../../store/study';
import type { CodePointIndex } from '../../text/codepoints';
import type { Annotation, Change, Conflict, ConflictSide, Contributor, DocumentTombstone, Orphan, Person, SourceFacts, Tag, Tombstone, Verdict } from '../../domain/types';
import type { Incoming } from '../read';
import type { DocumentInsert } from '../../store/documents';

/** What an incoming label (a tag by id, or by name) becomes here. */
export interface LabelMapping {
  /** The incoming tag id, or `name:<lower-case name>`. */
  key: string;
  name: string;
  color: string | null;
  /** How many incoming annotations carry it. */
  count: number;
  /** The local tag it goes to, or a new tag that the import creates. */
  target: { tagId: string; name: string; isNew: boolean };
  /**
   * Why: the user's choice, the same tag id (our own files), a mapping remembered for the
   * tool that wrote the file, the same name (ignoring case, or a built-in's id), or a new tag.
   */
  via: 'choice' | 'id' | 'alias' | 'name' | 'new';
}

export interface ImportSummary {
  origin: string;
  kind: Incoming['kind'];
  /** The tool that wrote the file; label mappings are remembered per tool. */
  tool: string;
  /** What the reader left out or took in another form, in sentences. */
  notices: string[];
  documents: {
    added: string[];
    matched: number;
    reanchored: string[];
    /** Deleted in the file's study: moved to the trash here (titles). */
    deleted: string[];
    /** Deleted in the file's study, but worked on here after that: kept (titles). */
    kept: string[];
    /** Deleted here: the file's copy is left out (titles). */
    deletedHere: string[];
    /** Deleted here and in the trash, but worked on by them after that: left out until restored (titles). */
    deletedHereChanged: string[];
    /** Documents given the record of the file they came from. */
    sources: number;
    /** Documents put in a collection. */
    filed: number;
  };
  /** Collections the import creates. */
  collections: string[];
  annotations: {
    added: number;
    changed: number;
    unchanged: number;
    duplicates: number;
    conflicts: number;
    deleted: number;
    deletedHere: number;
    unanchored: number;
    reanchored: number;
  };
  tags: string[];
  verdicts: string[];
  people: string[];
  labels: LabelMapping[];
}

/**
 * The user's choice per incoming label key: an existing tag's id, or null for a new tag.
 * A label without a choice goes by id, then by the mapping remembered for its tool, then by name.
 */
export type TagChoices = Record<string, string | null>;

export interface Plan {
  documents: Array<{ doc: DocumentInsert; importedAt: string }>;
  tags: Tag[];
  tagParents: Array<{ id: string; parentId: string }>;
  /** The whole new verdict list, when the file brought new verdicts. */
  verdicts: Verdict[] | null;
  people: Person[];
  deletions: Array<{ annotation: Annotation; deleted: string; author: string }>;
  tombstones: Tombstone[];
  conflicts: Array<{ kept: Annotation; other: Conflict['other']; keptFrom: ConflictSide }>;
  orphans: Orphan[];
  updates: Annotation[];
  inserts: Annotation[];
  changes: Change[];
  contributors: Array<Omit<Contributor, 'annotations'>>;
  /** The file records of documents that have none here yet. */
  sources: Array<{ documentId: string; source: SourceFacts }>;
  /** Collections by name (created if new) and the documents, in none yet, to put in each. */
  collections: Array<{ name: string; created: string; documents: string[] }>;
  /** Documents deleted in the file's study, to the trash here (with their deletion's date and author). */
  documentDeletions: DocumentTombstone[];
  /** Deletions of documents this study never had: kept, so they travel on. */
  documentTombstones: DocumentTombstone[];
  /** Documents deleted here that come back (they worked on them afterwards): their tombstones go. */
  liftedTombstones: string[];
}

export interface MergeContext {
  study: Study;
  incoming: Incoming;
  now: string;
  choices: TagChoices;
  summary: ImportSummary;
  plan: Plan;
  /** Incoming document ref → local document id, and whether positions still hold there. */
  docMap: Map<string, { id: string; sameText: boolean }>;
  /** Incoming documents left out because they were deleted here (their annotations too). */
  leftOut: Set<string>;
  /** Incoming label key → local tag id. */
  tagMap: Map<string, string>;
  verdictMap: Map<string, string>;
  personMap: Map<string, string>;
  /** Local annotations as the plan leaves them (existing, minus planned deletions). */
  existing: Map<string, Annotation>;
  /** Deletion dates by annotation id, including those the plan adds. */
  deletedAt: Map<string, string>;
  /** Texts of documents the plan adds (not in the study yet). */
  newTexts: Map<string, CodePointIndex>;
  index(documentId: string): CodePointIndex;
}

export function emptySummary(incoming: Incoming): ImportSummary {
  return {
    origin: incoming.origin,
    kind: incoming.kind,
    tool: incoming.tool ?? incoming.kind,
    notices: [...(incoming.notices ?? [])],
    documents: { added: [], matched: 0, reanchored: [], deleted: [], kept: [], deletedHere: [], deletedHereChanged: [], sources: 0, filed: 0 },
    collections: [],
    annotations: { added: 0, changed: 0, unchanged: 0, duplicates: 0, conflicts: 0, deleted: 0, deletedHere: 0, unanchored: 0, reanchored: 0 },
    tags: [],
    verdicts: [],
    people: [],
    labels: [],
  };
}

export function emptyPlan(): Plan {
  return {
    documents: [], tags: [], tagParents: [], verdicts: null, people: [], deletions: [], tombstones: [], conflicts: [], orphans: [], updates: [], inserts: [], changes: [], contributors: [],
    sources: [], collections: [], documentDeletions: [], documentTombstones: [], liftedTombstones: [],
  };
}

/** The key an incoming label is known by: its tag id when the file has ours, else its name. */
export const labelKey = (tagId: string | null, name: string) => tagId ?? `name:${name.trim().toLowerCase()}`;

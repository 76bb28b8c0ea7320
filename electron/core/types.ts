// Domain types shared by the store, the service, the formats and (as types only) the UI.
// Offsets are Unicode code points over the document's canonical text.

import type { AnnotationFields } from './fields';
import type { Block } from './text/model';

export type { AnnotationFields } from './fields';

export interface Tag {
  id: string;
  name: string;
  /** #RRGGBB */
  color: string;
  /** A single key that applies the tag in the reader, or null. */
  shortcut: string | null;
  builtin: boolean;
  parentId: string | null;
  description: string;
}

export interface Verdict {
  id: string;
  label: string;
  /** #RRGGBB */
  color: string;
}

export interface Person {
  id: string;
  name: string;
  /** Role or affiliation ("opposition leader", "IWPR"), or ''. */
  role: string;
}

export interface DocumentSummary {
  id: string;
  title: string;
  fileName: string;
  format: 'markdown' | 'plain';
  author: string | null;
  location: string | null;
  sourceUrl: string | null;
  published: string | null;
  /** Canonical text length in code points. */
  length: number;
  importedAt: string;
  annotationCount: number;
  /** Annotation count per tag id (tags without annotations are absent). */
  tagCounts: Record<string, number>;
  /** Claim count per verdict id. */
  verdictCounts: Record<string, number>;
}

export interface Annotation {
  id: string;
  documentId: string;
  tag: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  note: string;
  /** The facts of the tag's kind (claim, quote, figure, location); other kinds' facts are kept. */
  fields: AnnotationFields;
  author: string;
  created: string;
  modified: string;
}

/** How an annotation was placed when its document was opened. */
export type Placement = { status: 'anchored'; method: 'position' | 'exact' | 'fuzzy' } | { status: 'orphan' };

export interface PlacedAnnotation extends Annotation {
  placement: Placement;
}

export interface DocumentDetail {
  summary: DocumentSummary;
  blocks: Block[];
  annotations: PlacedAnnotation[];
  /** Imported annotations that could not be placed in this text. */
  orphans: Orphan[];
}

/** Someone who has worked in the study. */
export interface Contributor {
  name: string;
  email: string | null;
  orcid: string | null;
  firstSeen: string;
  lastSeen: string;
  /** How many of the study's annotations are theirs. */
  annotations: number;
}

/** An imported annotation whose quote could not be found in its document's text: no span yet. */
export type Orphan = Omit<Annotation, 'start' | 'end'> & {
  /** The file it came from. */
  origin: string;
  imported: string;
};

/** An annotation changed on both sides of a merge: the version kept and the one set aside. */
export interface Conflict {
  id: number;
  annotationId: string;
  documentId: string;
  kept: Annotation;
  /** The other version, or a deletion ({ deleted, by }). */
  other: Annotation | { deleted: string; by?: string };
  origin: string;
  recorded: string;
}

/** A deletion, kept so that it travels to colleagues' studies. */
export interface Tombstone {
  id: string;
  documentId: string;
  deleted: string;
  author: string;
}

/** One thing someone did to an annotation. */
export interface Change {
  annotationId: string;
  documentId: string;
  action: 'create' | 'edit' | 'delete' | 'restore';
  author: string;
  at: string;
}

// Domain types shared by the store, the service, the formats and (as types only) the UI:
// the entities derived from their one definition in entities.ts, and the shapes the API
// returns. Offsets are Unicode code points over the document's canonical text.

import type { z } from 'zod';
import type { Block } from '../text/model';
import type { AnnotationSchema, ChangeSchema, CollectionEntrySchema, ContributorSchema, DocumentFormatSchema, DocumentSourceSchema, DocumentTombstoneSchema, PersonSchema, TagSchema, TombstoneSchema, VerdictSchema } from './entities';

export type { AnnotationFields } from './fields';

/** A tag: id, name, #RRGGBB colour, a single-key shortcut or null, parent and description. */
export type Tag = z.infer<typeof TagSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
/** A speaker kept in the study; role or affiliation ("opposition leader", "IWPR"), or ''. */
export type Person = z.infer<typeof PersonSchema>;

/** The kind of file a document was extracted from. */
export type DocumentFormat = z.infer<typeof DocumentFormatSchema>;

/** What a document is, without what it holds: listing these reads no annotations. */
export interface DocumentHead {
  id: string;
  title: string;
  fileName: string;
  format: DocumentFormat;
  author: string | null;
  location: string | null;
  sourceUrl: string | null;
  published: string | null;
  /** Canonical text length in code points. */
  length: number;
  importedAt: string;
  /** The collection it belongs to (by default, the folder it was imported from), or null. */
  collectionId: string | null;
  /** For web pages: the article alone, or the whole page (the user's choice). */
  htmlMode: 'article' | 'page' | null;
}

export interface DocumentSummary extends DocumentHead {
  annotationCount: number;
  /** Annotation count per tag id (tags without annotations are absent). */
  tagCounts: Record<string, number>;
  /** Claim count per verdict id. */
  verdictCounts: Record<string, number>;
}

/** An annotation: its span (code points), both selectors, its note and its tag's facts. */
export type Annotation = z.infer<typeof AnnotationSchema>;

/**
 * An annotation as its open document lists it: the document is the one open, and the quote's
 * context is the text around it. A stored span always fits its document's text (the
 * document's id is the hash of that text, and every write checks the span against it).
 */
export type ListedAnnotation = Omit<Annotation, 'documentId' | 'prefix' | 'suffix'>;

/** The file a document was extracted from, as it travels in packages (no bytes). */
export type SourceFacts = z.infer<typeof DocumentSourceSchema>;

/** The file a document was extracted from, kept so it can be proved and re-extracted. */
export type DocumentSource = SourceFacts & {
  /** Whether the study holds the original bytes. */
  originalKept: boolean;
};

/** A named group of documents. */
export interface Collection {
  id: string;
  name: string;
  created: string;
  documentCount: number;
}

export interface DocumentDetail {
  summary: DocumentSummary;
  source: DocumentSource | null;
  blocks: Block[];
  annotations: ListedAnnotation[];
  /** Imported annotations that could not be placed in this text. */
  orphans: Orphan[];
}

/** Someone who has worked in the study, and how many of its annotations are theirs. */
export type Contributor = z.infer<typeof ContributorSchema> & { annotations: number };

/** An imported annotation whose quote could not be found in its document's text: no span yet. */
export type Orphan = Omit<Annotation, 'start' | 'end'> & {
  /** The file it came from. */
  origin: string;
  imported: string;
};

export type ConflictSide = 'here' | 'theirs' | 'unknown';

/** An annotation changed on both sides of a merge: the version kept and the one set aside. */
export interface Conflict {
  id: number;
  annotationId: string;
  documentId: string;
  kept: Annotation;
  /** The other version, or a deletion ({ deleted, by }). */
  other: Annotation | { deleted: string; by?: string };
  /** Whose the kept version is: this study's ('here') or the imported file's ('theirs');
   *  'unknown' for conflicts recorded before study format 6. */
  keptFrom: ConflictSide;
  origin: string;
  recorded: string;
}

/** A deletion, kept so that it travels to colleagues' studies. */
export type Tombstone = z.infer<typeof TombstoneSchema>;

/** A deleted document, kept so that the deletion travels to colleagues' studies. */
export type DocumentTombstone = z.infer<typeof DocumentTombstoneSchema>;

/** A collection as a file carries it: its name and its documents' ids. */
export type CollectionEntry = z.infer<typeof CollectionEntrySchema>;

/** One thing someone did to an annotation. */
export type Change = z.infer<typeof ChangeSchema>;

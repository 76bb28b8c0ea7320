// What every reader of another tool's file produces, whatever the format: documents by
// reference (with their text when the file carries it), annotations by document reference
// with their tag by id and name and their place perhaps unknown, and the vocabulary and
// history the file brings; packages and studies also their deleted documents, collections
// and the files documents came from. The merge (exchange/merge) works on this shape alone.

import type { Annotation, Change, CollectionEntry, Contributor, DocumentSummary, DocumentTombstone, Person, SourceFacts, Tag, Tombstone, Verdict } from '../domain/types';
import type { Block } from '../text/model';

/** A document's descriptive fields as a file carries them. */
export type IncomingDocumentMeta = Pick<DocumentSummary, 'title' | 'fileName' | 'format' | 'author' | 'location' | 'sourceUrl' | 'published' | 'importedAt'>;

export interface IncomingDocument {
  /** How annotations refer to it: the text's SHA-256, or a web address (W3C targets). */
  ref: string;
  /** Known when the file carries the text (packages, studies, brat, REFI-QDA…). */
  text: string | null;
  blocks: Block[] | null;
  meta: IncomingDocumentMeta | null;
  /** The file it was extracted from, when the file says (packages and studies; never the bytes). */
  source?: SourceFacts | null;
}

/** An annotation as the file gives it: its document by reference, its tag by id and name, its place maybe unknown. */
export type IncomingAnnotation = Omit<Annotation, 'documentId' | 'tag' | 'start' | 'end'> & {
  documentRef: string;
  /** The tag by id when the file knows ours, and by name always. */
  tagId: string | null;
  tagName: string;
  start: number | null;
  end: number | null;
};

export interface Incoming {
  origin: string;
  /** The format it was read from (a registry id, or 'study'). */
  kind: string;
  /**
   * The tool that wrote it ("brat", "refi:QualCoder", "labelstudio"…): the label mapping the
   * user chose in a preview is remembered per tool. Defaults to `kind`.
   */
  tool?: string;
  documents: IncomingDocument[];
  annotations: IncomingAnnotation[];
  tags: Tag[];
  verdicts: Verdict[];
  people: Person[];
  tombstones: Tombstone[];
  contributors: Array<Omit<Contributor, 'annotations'>>;
  changes: Change[];
  /** Documents the file's study deleted (packages and studies). */
  documentTombstones?: DocumentTombstone[];
  /** Collections by name, with the documents (by ref) in each (packages and studies). */
  collections?: CollectionEntry[];
  /** What the reader did not take, or took in another form, in sentences for the preview. */
  notices?: string[];
}

/** The limits a reader keeps to (the import path's, the same as the API's for each field). */
export interface ReadLimits {
  jsonBytes: number;
  annotations: number;
  /** Now, for refusing dates in the future. */
  now: string;
  /** Who the annotations of a file that names no author are recorded as. */
  user?: string;
}

/** A file that travels with the one being read: the .txt beside a brat .ann. */
export interface Companion {
  name: string;
  bytes: Uint8Array;
}

/** An Incoming with nothing but what a reader fills in. */
export function emptyIncoming(origin: string, kind: string): Incoming {
  return { origin, kind, documents: [], annotations: [], tags: [], verdicts: [], people: [], tombstones: [], contributors: [], changes: [] };
}

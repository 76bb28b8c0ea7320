// A snapshot of what an export holds, read from the study once and handed to the format
// writers, which stay pure (no database, no clock of their own).

import { tagKinds, type TagKind } from '../domain/kinds';
import type { Annotation, Change, CollectionEntry, Contributor, DocumentSource, DocumentHead, DocumentTombstone, Person, Tag, Tombstone, Verdict } from '../domain/types';
import type { Block } from '../text/model';

export interface ExportDocument {
  summary: DocumentHead;
  /** Canonical text: offsets count its code points. */
  text: string;
  annotations: Annotation[];
  /** The file it was extracted from (its PDF page starts give each annotation's page). */
  source?: DocumentSource | null;
}

export interface ExportData {
  study: { id: string; name: string };
  /** What the export is called ("Study: Document" for one document, else the study's name). */
  label: string;
  generated: string;
  generator: { name: string; version: string };
  documents: ExportDocument[];
  tags: Tag[];
  verdicts: Verdict[];
  people: Person[];
  /** Read only for writers that carry the study's history (the package). */
  history?: ExportHistory;
}

/** What a lossless copy of the chosen documents carries besides their annotations. */
export interface ExportHistory {
  blocks: ReadonlyMap<string, Block[]>;
  tombstones: readonly Tombstone[];
  contributors: ReadonlyArray<Omit<Contributor, 'annotations'>>;
  changes: readonly Change[];
  /** Documents the study deleted (a whole-study export only: a selection says nothing of others). */
  documentTombstones: readonly DocumentTombstone[];
  /** Collections by name with the exported documents in each. */
  collections: readonly CollectionEntry[];
}

/** Lookups every writer needs. */
export class ExportIndex {
  readonly tags: Map<string, Tag>;
  readonly verdicts: Map<string, Verdict>;
  readonly people: Map<string, Person>;
  private readonly kinds: Map<string, TagKind | null>;

  constructor(readonly data: ExportData) {
    this.kinds = tagKinds(data.tags);
    this.tags = new Map(data.tags.map((t) => [t.id, t]));
    this.verdicts = new Map(data.verdicts.map((v) => [v.id, v]));
    this.people = new Map(data.people.map((p) => [p.id, p]));
  }

  kind(a: Annotation): TagKind | null {
    return this.kinds.get(a.tag) ?? null;
  }

  tagName(a: Annotation): string {
    return this.tags.get(a.tag)?.name ?? a.tag;
  }

  /** The facts of the annotation's own kind (others it may keep from an earlier tag are not exported as current). */
  verdict(a: Annotation): Verdict | null {
    const id = this.kind(a) === 'claim' ? a.fields.claim?.verdict : null;
    return id ? (this.verdicts.get(id) ?? { id, label: id, color: '#888888' }) : null;
  }

  speaker(a: Annotation): Person | null {
    const id = this.kind(a) === 'quote' ? a.fields.quote?.speakerId : null;
    return id ? (this.people.get(id) ?? null) : null;
  }

  figure(a: Annotation) {
    return this.kind(a) === 'figure' ? (a.fields.figure ?? null) : null;
  }

  place(a: Annotation) {
    return this.kind(a) === 'location' ? (a.fields.location ?? null) : null;
  }
}

export function geonamesUri(id: number): string {
  return `https://sws.geonames.org/${id}/`;
}

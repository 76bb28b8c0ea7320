// W3C Web Annotation JSON-LD export: an AnnotationCollection with one embedded page.
// Each annotation targets its document by the SHA-256 of the canonical text (urn:sha256:…),
// with a TextQuoteSelector and a TextPositionSelector in code points, the tag as a
// `tagging` body and the note as a `commenting` body.
// Spec: https://www.w3.org/TR/annotation-model/ ; checked against the W3C test schemas.

import type { Annotation, DocumentSummary, Tag } from '../types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface W3CExportInput {
  collectionId: string;
  label: string;
  generated: string;
  generator: { name: string; version: string };
  documents: Array<{ summary: DocumentSummary; annotations: Annotation[] }>;
  tags: Tag[];
}

export function documentUrn(documentId: string): string {
  return `urn:sha256:${documentId}`;
}

function source(doc: DocumentSummary): Record<string, unknown> {
  return {
    id: documentUrn(doc.id),
    type: 'Text',
    format: 'text/plain',
    title: doc.title,
    ...(doc.sourceUrl ? { via: doc.sourceUrl } : {}),
  };
}

/** Built-in tags by their stable id ("claim"); the study's own tags by name. */
function tagValue(id: string, tags: ReadonlyMap<string, Tag>): string {
  const tag = tags.get(id);
  return !tag || tag.builtin ? id : tag.name;
}

export function toW3CAnnotation(a: Annotation, doc: DocumentSummary, tags: ReadonlyMap<string, Tag>): Record<string, unknown> {
  const body: Array<Record<string, unknown>> = [
    { type: 'TextualBody', purpose: 'tagging', value: tagValue(a.tag, tags) },
  ];
  if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
  return {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation: a.note ? ['tagging', 'commenting'] : 'tagging',
    created: a.created,
    modified: a.modified,
    creator: { type: 'Person', name: a.author },
    body,
    target: {
      source: source(doc),
      selector: [
        { type: 'TextQuoteSelector', exact: a.exact, prefix: a.prefix, suffix: a.suffix },
        { type: 'TextPositionSelector', start: a.start, end: a.end },
      ],
    },
  };
}

export function toW3CCollection(input: W3CExportInput): Record<string, unknown> {
  const tags = new Map(input.tags.map((t) => [t.id, t]));
  const items = input.documents.flatMap(({ summary, annotations }) => annotations.map((a) => toW3CAnnotation(a, summary, tags)));
  return {
    '@context': ANNO_CONTEXT,
    id: input.collectionId,
    type: 'AnnotationCollection',
    label: input.label,
    total: items.length,
    generated: input.generated,
    generator: { type: 'Software', name: `${input.generator.name} ${input.generator.version}` },
    first: {
      id: `${input.collectionId}#page-1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
  };
}

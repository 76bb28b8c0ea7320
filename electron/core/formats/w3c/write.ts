// W3C Web Annotation JSON-LD export: an AnnotationCollection with one embedded page.
// Each annotation targets its document by the SHA-256 of the canonical text (urn:sha256:…),
// with a TextQuoteSelector and a TextPositionSelector in code points. Bodies: the tag
// (`tagging`), the note (`commenting`), a claim's verdict (`assessing`) and sources
// (`linking`), a quote's speaker and a place (`identifying`; a place by its GeoNames URI), a
// figure's reading (`describing`). `sm:facts` carries every field for a lossless re-import.
// Spec: https://www.w3.org/TR/annotation-model/ ; checked against the W3C test schemas.

import type { Annotation, DocumentSummary } from '../../domain/types';
import { ExportIndex, geonamesUri, type ExportData } from '../export-data';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const SM_NAMESPACE = 'https://sourcemark.app/ns#';

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

const textual = (purpose: string, value: string) => ({ type: 'TextualBody', purpose, value, format: 'text/plain' });

/** Built-in tags by their stable id ("claim"); the study's own tags by name. */
function tagValue(a: Annotation, ix: ExportIndex): string {
  const tag = ix.tags.get(a.tag);
  return !tag || tag.builtin ? a.tag : tag.name;
}

function bodies(a: Annotation, ix: ExportIndex): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [{ type: 'TextualBody', purpose: 'tagging', value: tagValue(a, ix) }];
  if (a.note) out.push(textual('commenting', a.note));
  const verdict = ix.verdict(a);
  if (verdict) out.push(textual('assessing', verdict.label));
  if (ix.kind(a) === 'claim') {
    for (const s of a.fields.claim?.sources ?? []) out.push({ type: 'SpecificResource', purpose: 'linking', source: { id: s.url, ...(s.title ? { title: s.title } : {}) } });
  }
  const speaker = ix.speaker(a);
  if (speaker) out.push(textual('identifying', speaker.role ? `${speaker.name} (${speaker.role})` : speaker.name));
  const figure = ix.figure(a);
  if (figure && figure.value !== null) {
    const value = figure.valueMax !== null ? `${figure.value}–${figure.valueMax}` : String(figure.value);
    out.push(textual('describing', [figure.qualifier, value, figure.unit, figure.asOf ? `as of ${figure.asOf}` : null].filter(Boolean).join(' ')));
  }
  const place = ix.place(a);
  if (place) {
    out.push(
      place.geonamesId
        ? { type: 'SpecificResource', purpose: 'identifying', source: { id: geonamesUri(place.geonamesId), title: place.name } }
        : textual('identifying', place.lat !== null && place.lon !== null ? `${place.name} (${place.lat}, ${place.lon})` : place.name),
    );
  }
  return out;
}

export function toW3CAnnotation(a: Annotation, doc: DocumentSummary, ix: ExportIndex): Record<string, unknown> {
  const motivations = new Set(['tagging']);
  if (a.note) motivations.add('commenting');
  if (ix.verdict(a)) motivations.add('assessing');
  const speaker = ix.speaker(a);
  return {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation: motivations.size === 1 ? 'tagging' : [...motivations],
    created: a.created,
    modified: a.modified,
    creator: { type: 'Person', name: a.author },
    body: bodies(a, ix),
    target: {
      source: source(doc),
      selector: [
        { type: 'TextQuoteSelector', exact: a.exact, prefix: a.prefix, suffix: a.suffix },
        { type: 'TextPositionSelector', start: a.start, end: a.end },
      ],
    },
    'sm:facts': {
      tag: a.tag,
      tagName: ix.tagName(a),
      fields: a.fields,
      ...(speaker ? { speaker } : {}),
    },
  };
}

export function toW3CCollection(data: ExportData, collectionId: string, label: string): Record<string, unknown> {
  const ix = new ExportIndex(data);
  const items = data.documents.flatMap(({ summary, annotations }) => annotations.map((a) => toW3CAnnotation(a, summary, ix)));
  return {
    '@context': [ANNO_CONTEXT, { sm: SM_NAMESPACE }],
    id: collectionId,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    generated: data.generated,
    generator: { type: 'Software', name: `${data.generator.name} ${data.generator.version}` },
    first: {
      id: `${collectionId}#page-1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
  };
}

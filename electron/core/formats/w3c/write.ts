// W3C Web Annotation JSON-LD export: an AnnotationCollection with one embedded page.
// Each annotation targets its document by the SHA-256 of the canonical text (urn:sha256:…),
// with a TextQuoteSelector and a TextPositionSelector in code points. Every fact is a body in
// the model's own terms, so another tool (or ours, with every `sm:` key stripped) reads it:
// the tag (`tagging`), the note (`commenting`), a claim's verdict (`assessing`, with who
// checked it as its creator and when as its date) and rationale (a further `assessing` body),
// its sources (`linking`: an address, or a citation as text), a quote's speaker and a place (`identifying`; a place by its
// GeoNames URI and as "Name (lat, lon, CC)", the coordinates it has here), a figure's reading
// (`describing`). `sm:facts` carries every field for a lossless re-import and `sm:tags` the
// tags' colours, keys and parents. Texts are in facts-text.ts, shared with brat and REFI-QDA.
// An annotation on a paged document (a PDF) adds a FragmentSelector naming its page in the
// PDF fragment syntax (RFC 8118, "page=N"): the page of the original file where the quote
// begins, for readers that open the PDF itself; the text selectors stay first.
// Spec: https://www.w3.org/TR/annotation-model/ ; checked against the W3C test schemas.

import type { Annotation, DocumentHead } from '../../domain/types';
import type { Tag } from '../../domain/types';
import { ExportIndex, geonamesUri, type ExportData } from '../export-data';
import { figureText, placeText, speakerText } from '../facts-text';
import { pageAt } from '../../text/pages';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const SM_NAMESPACE = 'https://sourcemark.app/ns#';
/** The PDF fragment identifiers ("page=N"), as the model's FragmentSelector names them. */
export const PDF_FRAGMENT = 'http://tools.ietf.org/rfc/rfc8118';

export function documentUrn(documentId: string): string {
  return `urn:sha256:${documentId}`;
}

function source(doc: DocumentHead): Record<string, unknown> {
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
  const claim = ix.kind(a) === 'claim' ? a.fields.claim : undefined;
  if (verdict) {
    const at = claim?.checkedAt ? `${claim.checkedAt}${'-01'.repeat((10 - claim.checkedAt.length) / 3)}T00:00:00Z` : null;
    out.push({ ...textual('assessing', verdict.label), ...(claim?.checkedBy ? { creator: { type: 'Person', name: claim.checkedBy } } : {}), ...(at ? { created: at } : {}) });
    if (claim?.rationale) out.push(textual('assessing', claim.rationale));
  }
  // A web source links to its address; a citation without one ("Interview notes, box 4") is text.
  for (const s of claim?.sources ?? []) out.push(s.url ? { type: 'SpecificResource', purpose: 'linking', source: { id: s.url, ...(s.title ? { title: s.title } : {}) } } : textual('linking', s.title));
  const speaker = ix.speaker(a);
  if (speaker) out.push(textual('identifying', speakerText(speaker)));
  const figure = ix.figure(a);
  const reading = figure ? figureText(figure) : null;
  if (reading) out.push(textual('describing', reading));
  const place = ix.place(a);
  if (place) {
    if (place.geonamesId) out.push({ type: 'SpecificResource', purpose: 'identifying', source: { id: geonamesUri(place.geonamesId), title: place.name } });
    if (!place.geonamesId || place.lat !== null) out.push(textual('identifying', placeText(place)));
  }
  return out;
}

/** The tags the annotations use, with their ancestors: colours, keys and parents travel with the file. */
function usedTags(data: ExportData): Tag[] {
  const byId = new Map(data.tags.map((t) => [t.id, t]));
  const used = new Set<string>();
  for (const d of data.documents) for (const a of d.annotations) for (let t = byId.get(a.tag); t && !used.has(t.id); t = t.parentId ? byId.get(t.parentId) : undefined) used.add(t.id);
  return data.tags.filter((t) => used.has(t.id));
}

/** `page`: where the annotation begins in a paged document (1-based), else null. */
export function toW3CAnnotation(a: Annotation, doc: DocumentHead, ix: ExportIndex, page: number | null = null): Record<string, unknown> {
  const body = bodies(a, ix);
  const motivations = new Set(body.map((b) => b.purpose as string));
  const speaker = ix.speaker(a);
  return {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation: motivations.size === 1 ? 'tagging' : [...motivations],
    created: a.created,
    modified: a.modified,
    creator: { type: 'Person', name: a.author },
    body,
    target: {
      source: source(doc),
      selector: [
        { type: 'TextQuoteSelector', exact: a.exact, prefix: a.prefix, suffix: a.suffix },
        { type: 'TextPositionSelector', start: a.start, end: a.end },
        ...(page !== null ? [{ type: 'FragmentSelector', conformsTo: PDF_FRAGMENT, value: `page=${page}` }] : []),
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
  const items = data.documents.flatMap(({ summary, annotations, source }) => annotations.map((a) => toW3CAnnotation(a, summary, ix, pageAt(source?.pageStarts, a.start))));
  return {
    '@context': [ANNO_CONTEXT, { sm: SM_NAMESPACE }],
    id: collectionId,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    generated: data.generated,
    generator: { type: 'Software', name: `${data.generator.name} ${data.generator.version}` },
    'sm:tags': usedTags(data),
    first: {
      id: `${collectionId}#page-1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
  };
}

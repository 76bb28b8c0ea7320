// W3C Web Annotation JSON-LD: the format's reader and writer side by side.

import { randomUUID } from 'node:crypto';
import type { Format } from '../format';
import { looksLikeJson, peekJson } from '../json-file';
import { annotationItems, readW3C } from './read';
import { toW3CCollection } from './write';
import { collectionText } from './text';

export { readW3C } from './read';
export { ANNO_CONTEXT, documentUrn, SM_NAMESPACE, toW3CAnnotation, toW3CCollection } from './write';

/** JSON that holds Web Annotations (a collection, page, list, single annotation, Hypothesis export); JSON we cannot parse too, so its reader says why. */
function detect(bytes: Uint8Array): boolean {
  if (!looksLikeJson(bytes)) return false;
  const value = peekJson(bytes);
  return value === undefined || annotationItems(value).length > 0 || !Array.isArray(value);
}

export const w3cFormat: Format = {
  id: 'w3c',
  label: 'W3C Web Annotation (JSON-LD)',
  offsets: 'Unicode code points (TextPositionSelector); quotes (TextQuoteSelector) always checked',
  reader: { detect, read: readW3C },
  writer: {
    fileName: (base) => `${base}.annotations.jsonld`,
    mediaType: 'application/ld+json',
    write: (data) => collectionText(toW3CCollection(data, `urn:uuid:${randomUUID()}`, data.label)),
  },
};

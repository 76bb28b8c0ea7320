// W3C Web Annotation JSON-LD: the format's reader and writer side by side.

import { randomUUID } from 'node:crypto';
import type { Format } from '../format';
import { readW3C } from './read';
import { toW3CCollection } from './write';

export { readW3C } from './read';
export { ANNO_CONTEXT, documentUrn, SM_NAMESPACE, toW3CAnnotation, toW3CCollection } from './write';

/** JSON (a collection, page, list or single annotation): anything that starts like JSON. */
function looksLikeJson(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 64)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('{') || head.startsWith('[');
}

export const w3cFormat: Format = {
  id: 'w3c',
  label: 'W3C Web Annotation (JSON-LD)',
  offsets: 'Unicode code points (TextPositionSelector); quotes always checked',
  reader: { detect: looksLikeJson, read: readW3C },
  writer: {
    fileName: (base) => `${base}.annotations.jsonld`,
    mediaType: 'application/ld+json',
    write: (data) => JSON.stringify(toW3CCollection(data, `urn:uuid:${randomUUID()}`, data.label), null, 2) + '\n',
  },
};

// Every exchange format Sourcemark knows, in one list: what it is called, the offsets its
// files count, how to recognise one by its content, how to read it and how to write it.
// The import path asks it which reader a file needs (the first that recognises it, so the
// more particular come first: zips by what they hold, JSON by its shape, W3C last of the
// JSON formats since it takes any annotation-like JSON); the export path, which writer.

import { bratFormat } from './brat';
import type { Format, FormatReader, FormatWriter } from './format';
import { claimReviewFormat } from './claimreview';
import { csvFormat } from './csv';
import { doccanoFormat } from './doccano';
import { geoJsonFormat } from './geojson';
import { labelStudioFormat } from './labelstudio';
import { packageFormat } from './package';
import { refiFormat } from './refi';
import { w3cFormat } from './w3c';

export type { Format, FormatReader, FormatWriter } from './format';

export const FORMATS: readonly Format[] = [packageFormat, refiFormat, bratFormat, labelStudioFormat, doccanoFormat, w3cFormat, csvFormat, claimReviewFormat, geoJsonFormat];

/** The reader for a file, from its content; the first that recognises it. */
export function detectReader(bytes: Uint8Array, name: string): FormatReader | null {
  return detectFormat(bytes, name)?.reader ?? null;
}

/** The format of a file, from its content. */
export function detectFormat(bytes: Uint8Array, name: string): Format | null {
  for (const f of FORMATS) if (f.reader?.detect(bytes, name)) return f;
  return null;
}

export function writerFor(id: string): FormatWriter | null {
  return FORMATS.find((f) => f.id === id)?.writer ?? null;
}

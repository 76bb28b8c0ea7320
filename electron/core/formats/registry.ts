// Every exchange format Sourcemark knows, in one list: what it is called, the offsets its
// files count, how to recognise one by its content, how to read it and how to write it.
// The import path asks it which reader a file needs; the export path, which writer.

import { bratFormat } from './brat';
import type { Format, FormatReader, FormatWriter } from './format';
import { claimReviewFormat } from './claimreview';
import { csvFormat } from './csv';
import { geoJsonFormat } from './geojson';
import { packageFormat } from './package';
import { refiFormat } from './refi';
import { w3cFormat } from './w3c';

export type { Format, FormatReader, FormatWriter } from './format';

export const FORMATS: readonly Format[] = [packageFormat, w3cFormat, bratFormat, csvFormat, refiFormat, claimReviewFormat, geoJsonFormat];

/** The reader for a file, from its content; the first that recognises it. */
export function detectReader(bytes: Uint8Array, name: string): FormatReader | null {
  for (const f of FORMATS) if (f.reader?.detect(bytes, name)) return f.reader;
  return null;
}

export function writerFor(id: string): FormatWriter | null {
  return FORMATS.find((f) => f.id === id)?.writer ?? null;
}

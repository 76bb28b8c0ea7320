// Reads the parts of a ZIP container (DOCX, EPUB) safely. Everything is decided from the
// central directory before a byte is inflated: entry count, declared sizes, compression
// ratio. fflate inflates into a buffer of the declared size and stops there, so a header
// that lies about its size yields a truncated part, never a bomb. Paths are only looked up,
// never written to disk, so "../" names are harmless; they are matched as given.

import { unzipSync, type UnzipFileInfo } from 'fflate';
import { ExtractError, LIMITS, MB } from './types';

export interface ZipLimits {
  entries: number;
  entryBytes: number;
  totalBytes: number;
  ratio: number;
  ratioFloor: number;
}

const DEFAULTS: ZipLimits = {
  entries: LIMITS.zipEntries,
  entryBytes: LIMITS.zipEntryBytes,
  totalBytes: LIMITS.zipTotalBytes,
  ratio: LIMITS.zipRatio,
  ratioFloor: LIMITS.zipRatioFloor,
};

const mb = (n: number) => `${Math.ceil(n / MB)} MB`;

/** The central directory's entries, with nothing inflated. */
export function listZip(bytes: Uint8Array): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, { filter: (f) => (entries.push({ ...f }), false) });
  } catch {
    throw new ExtractError('it is a damaged ZIP container (its table of contents cannot be read)');
  }
  return entries;
}

/** Refuses containers whose declared contents are too many, too large or too compressed. */
export function checkZip(entries: readonly UnzipFileInfo[], wanted: (name: string) => boolean, limits: ZipLimits = DEFAULTS): void {
  if (entries.length > limits.entries) {
    throw new ExtractError(`it holds ${entries.length} files; the limit is ${limits.entries} (it may be a zip bomb)`);
  }
  let total = 0;
  for (const e of entries) {
    if (!wanted(e.name)) continue;
    if (e.compression !== 0 && e.compression !== 8) {
      throw new ExtractError(`part ${JSON.stringify(e.name)} uses a compression method Sourcemark cannot read (${e.compression})`);
    }
    if (e.originalSize > limits.entryBytes) {
      throw new ExtractError(`part ${JSON.stringify(e.name)} unpacks to ${mb(e.originalSize)}; the limit is ${mb(limits.entryBytes)}`);
    }
    if (e.originalSize > limits.ratioFloor && e.originalSize > limits.ratio * Math.max(1, e.size)) {
      throw new ExtractError(`part ${JSON.stringify(e.name)} is compressed ${Math.round(e.originalSize / Math.max(1, e.size))} to 1, which only a zip bomb does`);
    }
    total += e.originalSize;
  }
  if (total > limits.totalBytes) {
    throw new ExtractError(`it unpacks to ${mb(total)}; the limit is ${mb(limits.totalBytes)} (it may be a zip bomb)`);
  }
}

/** The wanted parts, inflated after the checks above, by name as stored in the ZIP. */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean, limits: ZipLimits = DEFAULTS): Map<string, Uint8Array> {
  checkZip(listZip(bytes), wanted, limits);
  try {
    return new Map(Object.entries(unzipSync(bytes, { filter: (f) => wanted(f.name) })));
  } catch {
    throw new ExtractError('it is a damaged ZIP container (a part cannot be unpacked)');
  }
}

/** Resolves `href` (URL-encoded, maybe with "../" or a #fragment) against the folder of `from`. */
export function resolvePath(from: string, href: string): string {
  let path = href.replace(/[#?].*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed %-escape: look the name up as written.
  }
  const parts = path.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const seg of path.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

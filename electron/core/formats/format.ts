// What a format module provides: a reader (recognise and read another tool's file into the
// shape a merge takes) and a writer (turn a study snapshot into a file), side by side.

import type { ExportData } from './export-data';
import type { Companion, Incoming, ReadLimits } from './incoming';

export interface FormatReader {
  /** True when the bytes look like this format (a file name is only a hint). */
  detect(bytes: Uint8Array, name: string): boolean;
  /** Read the file; `companions` are files that came with it (a brat .ann's .txt). */
  read(origin: string, bytes: Uint8Array, limits: ReadLimits, companions?: readonly Companion[]): Incoming;
}

export interface FormatWriter {
  /** The file name for an export whose base name is given. */
  fileName(base: string): string;
  mediaType: string;
  /** True when the writer needs the study's history (tombstones, changes, contributors, structure). */
  history?: boolean;
  write(data: ExportData): string | Uint8Array;
}

export interface Format {
  id: string;
  label: string;
  /** What an offset counts in this format's files (the core converts at the boundary). */
  offsets: string;
  reader?: FormatReader;
  writer?: FormatWriter;
}

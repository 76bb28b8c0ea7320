// What a file claims to be, read from its 100-byte SQLite header before SQLite touches it:
// a Sourcemark study (application id "SMK1") of a format this version reads, or a refusal
// with the reason.

import fs from 'node:fs';
import { LATEST_VERSION } from './migrations';

/** PRAGMA application_id of every study file: "SMK1". */
export const APPLICATION_ID = 0x534d4b31;
export const STUDY_EXTENSION = '.sourcemark';
export const SQLITE_MAGIC = 'SQLite format 3\u0000';

export type HeaderCheck = { kind: 'study'; version: number } | { kind: 'refused'; reason: string };

export function classify(appId: number, version: number): HeaderCheck {
  if (appId !== APPLICATION_ID) {
    return { kind: 'refused', reason: 'it is a SQLite database, but not a Sourcemark study' };
  }
  if (version > LATEST_VERSION) {
    return {
      kind: 'refused',
      reason: `it was written by a newer version of Sourcemark (study format ${version}; this version reads up to ${LATEST_VERSION}). Update Sourcemark to open it`,
    };
  }
  if (version < 1) return { kind: 'refused', reason: 'it is an unfinished study (its creation was interrupted)' };
  return { kind: 'study', version };
}

/** Classify a file from its header alone. */
export function inspectHeader(header: Uint8Array): HeaderCheck {
  const buf = Buffer.from(header.buffer, header.byteOffset, header.byteLength);
  if (buf.length === 0) return { kind: 'refused', reason: 'it is empty' };
  if (buf.length < 100 || buf.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    return { kind: 'refused', reason: 'it is not a Sourcemark study (not a SQLite database)' };
  }
  return classify(buf.readInt32BE(68) >>> 0, buf.readInt32BE(60));
}

export function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(100);
    const n = fs.readSync(fd, buf, 0, 100, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

// Stable identifiers for formats that want GUIDs or plain names: name-based UUIDs (RFC 4122
// version 5), so the same study exports the same GUIDs every time, and safe type names.

import { createHash } from 'node:crypto';

const NAMESPACE = 'c9b6bba4-0f4e-4a39-9a3d-5d2a1f1f8e11'; // Sourcemark's own namespace

export function uuidV5(name: string, namespace = NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** A type name without spaces or punctuation ("Health claim" → "Health_claim"). */
export function typeName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_+|_+$/g, '') || 'Tag';
}

/** A file name every OS accepts, from a title. */
export function safeFileName(title: string): string {
  const cleaned = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .replace(/[. ]+$/, '');
  return cleaned || 'export';
}

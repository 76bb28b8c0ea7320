// JSON files from other tools, parsed once: recognising a format by its content means parsing
// it, and the reader that recognised it must not parse a 100 MB file again. The value is
// kept for the bytes it came from (weakly, so it goes with them). Limits as input/json.ts.

import { InputError } from '../input/errors';
import { DEFAULT_JSON_LIMITS, parseJsonBytes } from '../input/json';

const parsed = new WeakMap<Uint8Array, { value: unknown } | { error: InputError }>();

/** Starts like JSON (after a byte-order mark and white space). */
export function looksLikeJson(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 64)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('{') || head.startsWith('[');
}

/** The parsed value, within the limits; refusals are InputErrors naming what is wrong. */
export function jsonOf(bytes: Uint8Array, maxBytes = DEFAULT_JSON_LIMITS.bytes): unknown {
  if (bytes.length > maxBytes) return parseJsonBytes(bytes, 'it', { ...DEFAULT_JSON_LIMITS, bytes: maxBytes }); // throws the size refusal
  let hit = parsed.get(bytes);
  if (!hit) {
    try {
      hit = { value: parseJsonBytes(bytes, 'it', { ...DEFAULT_JSON_LIMITS, bytes: maxBytes }) };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      hit = { error: e };
    }
    parsed.set(bytes, hit);
  }
  if ('error' in hit) throw hit.error;
  return hit.value;
}

/** For recognising a format: the value, or undefined when the bytes are not JSON we read. */
export function peekJson(bytes: Uint8Array): unknown {
  if (!looksLikeJson(bytes)) return undefined;
  try {
    return jsonOf(bytes);
  } catch {
    return undefined;
  }
}

export type Json = Record<string, unknown>;
export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

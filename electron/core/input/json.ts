// JSON from strangers: a size limit, strict UTF-8, a nesting limit checked before parsing
// (a million nested brackets would overflow the stack of whatever walks it), and no strings
// with unpaired surrogates (they cannot be stored as UTF-8; the article importer refuses
// broken text the same way). Every refusal is a sentence.

import { formatBytes, InputError } from './errors';

export interface JsonLimits {
  bytes: number;
  depth: number;
}

export const DEFAULT_JSON_LIMITS: JsonLimits = { bytes: 200 * 1048576, depth: 64 };

/** The deepest nesting of arrays and objects, stopping as soon as it passes `max`. */
export function nestingDepth(text: string, max: number): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Strings are most of an annotation file: jump to the closing quote (one not escaped
      // by an odd run of backslashes) instead of stepping through every character.
      let j = i;
      for (;;) {
        j = text.indexOf('"', j + 1);
        if (j < 0) return deepest; // unterminated: JSON.parse says so
        let k = j - 1;
        while (text.charCodeAt(k) === 0x5c) k--;
        if ((j - 1 - k) % 2 === 0) break;
      }
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > deepest && (deepest = depth) > max) return deepest;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when a JS string holds an unpaired surrogate (not representable in UTF-8). */
export function hasLoneSurrogate(s: string): boolean {
  return LONE_SURROGATE.test(s);
}

/** The path of the first string with an unpaired surrogate, or null. Depth is already bounded. */
export function brokenStringPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return hasLoneSurrogate(value) ? path || '(top)' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = brokenStringPath(value[i], `${path}[${i}]`);
      if (p) return p;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (hasLoneSurrogate(k)) return `${path}.(a broken key)`;
      const p = brokenStringPath(v, path ? `${path}.${k}` : k);
      if (p) return p;
    }
  }
  return null;
}

/**
 * Whether a JSON text can hold a string with an unpaired surrogate at all: only when the
 * text itself has one, or writes one as an escape (\uD800–\uDFFF). Most files have neither,
 * and are then spared a walk through every string they hold.
 */
function mayHoldBrokenText(text: string): boolean {
  const isWellFormed = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return (isWellFormed ? !isWellFormed.call(text) : hasLoneSurrogate(text)) || /\\u[dD][89a-fA-F]/.test(text);
}

export function decodeUtf8(bytes: Uint8Array, what = 'it'): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError(`${what} is not UTF-8 text`);
  }
}

/** Parse JSON text within the limits; `what` names it in messages ("it", "annotations.json"). */
export function parseJsonText(text: string, what = 'it', limits: JsonLimits = DEFAULT_JSON_LIMITS): unknown {
  if (text.length > limits.bytes) throw new InputError(`${what} is larger than ${formatBytes(limits.bytes)}, too large to import`);
  const depth = nestingDepth(text, limits.depth);
  if (depth > limits.depth) throw new InputError(`${what} is nested more than ${limits.depth} levels deep, more than any annotation file needs`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${what} is not valid JSON (${(e as Error).message})`);
  }
  const broken = mayHoldBrokenText(text) ? brokenStringPath(value) : null;
  if (broken) throw new InputError(`${what} holds broken text (an unpaired UTF-16 surrogate) at ${broken}`);
  return value;
}

export function parseJsonBytes(bytes: Uint8Array, what = 'it', limits: JsonLimits = DEFAULT_JSON_LIMITS): unknown {
  if (bytes.length > limits.bytes) throw new InputError(`${what} is larger than ${formatBytes(limits.bytes)}, too large to import`);
  return parseJsonText(decodeUtf8(bytes, what), what, limits);
}

// Bytes of an article file → a JS string with `\n` line endings, or a reason to refuse it.
// Decoding is strict: text is never guessed or repaired with replacement characters, because
// an archivist's copy must say exactly what the file said.

export type Encoding = 'utf-8' | 'utf-8 (BOM)' | 'utf-16le (BOM)' | 'utf-16be (BOM)';

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; reason: string };

// Signatures of binary formats people most often pick by mistake, for a clearer message.
const MAGIC: ReadonlyArray<[string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (or a Word/OpenDocument file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an old Word/Excel document', [0xd0, 0xcf, 0x11, 0xe0]],
];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b);
}

/** Offset of the first byte that breaks UTF-8, or -1. Used only to explain a refusal. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** CRLF and lone CR become LF; nothing else changes. */
export function normalizeLineEndings(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

function hex(b: number): string {
  return '0x' + b.toString(16).toUpperCase().padStart(2, '0');
}

export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  for (const [what, sig] of MAGIC) {
    if (startsWith(bytes, sig)) return { ok: false, reason: `it is ${what}, not a text article` };
  }

  let text: string;
  let encoding: Encoding;
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) {
    return { ok: false, reason: 'it is UTF-32 text, which Sourcemark cannot read; save it as UTF-8' };
  } else if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8 (BOM)';
    const body = bytes.subarray(3);
    const bad = firstInvalidUtf8(body);
    if (bad >= 0) return { ok: false, reason: invalidUtf8(body, bad, 3) };
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff;
    encoding = le ? 'utf-16le (BOM)' : 'utf-16be (BOM)';
    if ((bytes.length - 2) % 2 !== 0) {
      return { ok: false, reason: 'it is UTF-16 text with an odd number of bytes (the file is cut short)' };
    }
    try {
      text = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
    } catch {
      return { ok: false, reason: 'it is not valid UTF-16 text (a broken surrogate pair)' };
    }
  } else {
    encoding = 'utf-8';
    if (bytes.includes(0)) {
      return { ok: false, reason: 'it contains NUL bytes, so it looks like a binary file or UTF-16 without a byte-order mark' };
    }
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) return { ok: false, reason: invalidUtf8(bytes, bad, 0) };
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  }

  if (text.includes('\u0000')) {
    return { ok: false, reason: 'it contains NUL characters, so it looks like a binary file' };
  }
  text = normalizeLineEndings(text);
  if (text.trim() === '') return { ok: false, reason: 'the file contains no text' };
  return { ok: true, text, encoding };
}

function invalidUtf8(bytes: Uint8Array, at: number, shift: number): string {
  return `it is not valid UTF-8 (byte ${hex(bytes[at]!)} at offset ${at + shift}); save it as UTF-8 and import it again`;
}

// Bytes of an HTML or XML file → text. The encoding comes from, in order: a byte-order mark,
// the XML declaration, a <meta charset> or <meta http-equiv="Content-Type"> in the first KBs
// (what browsers prescan), else UTF-8. Node's TextDecoder (full ICU) reads the legacy ones:
// windows-1251, iso-8859-x, shift_jis, gb18030… Decoding is strict, as for .txt files: an
// archive copy must say what the file said, so a byte that does not decode is a refusal.

import { firstInvalidUtf8, normalizeLineEndings } from '../text/decode';
import { ExtractError } from './types';

const PRESCAN_BYTES = 4096;

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`[\\s/]${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>/]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3])!.trim() : undefined;
}

/** The charset a document declares in its first KBs (XML declaration or meta), if any. */
export function declaredCharset(head: string): string | undefined {
  const xml = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1];
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = attr(m[0], 'charset');
    if (charset) return charset;
    const content = attr(m[0], 'content');
    const inContent = content && /^content-type$/i.test(attr(m[0], 'http-equiv') ?? '') ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(content) : null;
    if (inContent) return inContent[1];
  }
  return undefined;
}

/** WHATWG's name for a label, or undefined when TextDecoder does not know it. */
export function encodingName(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

export interface Decoded {
  text: string;
  encoding: string;
  notes: string[];
}

function bom(bytes: Uint8Array): [string, number] | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return ['utf-8', 3];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return ['utf-16le', 2];
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return ['utf-16be', 2];
  return undefined;
}

export function decodeMarkup(bytes: Uint8Array): Decoded {
  const notes: string[] = [];
  const marked = bom(bytes);
  let encoding = marked?.[0];
  if (!encoding) {
    const label = declaredCharset(new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES)));
    const name = label ? encodingName(label) : undefined;
    if (label && !name) notes.push(`the page declares an unknown character set (${label}); read as UTF-8`);
    // A page cannot really be UTF-16 without a BOM: HTML's rule is to read it as UTF-8.
    encoding = name && !name.startsWith('utf-16') && name !== 'replacement' ? name : 'utf-8';
    if (name === 'x-user-defined') encoding = 'windows-1252';
  }
  const body = bytes.subarray(marked?.[1] ?? 0);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    if (encoding === 'utf-8') {
      const at = firstInvalidUtf8(body);
      const declared = marked || declaredCharset(new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES)));
      throw new ExtractError(
        `it is not valid UTF-8 (byte 0x${body[at]?.toString(16).toUpperCase().padStart(2, '0')} at offset ${at + (marked?.[1] ?? 0)})` +
          (declared ? '' : ' and declares no other character set'),
      );
    }
    throw new ExtractError(`it is not valid ${encoding} text, the character set it declares`);
  }
  return { text: normalizeLineEndings(text).replace(/\u0000/g, ''), encoding, notes };
}

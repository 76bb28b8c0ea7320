import { describe, expect, it } from 'vitest';
import { decodeArticleBytes, firstInvalidUtf8, normalizeLineEndings } from './decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: Array<number[] | Uint8Array>) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
function utf16(s: string, le: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i] = le ? c & 0xff : c >> 8;
    out[3 + 2 * i] = le ? c >> 8 : c & 0xff;
  }
  return out;
}

describe('decodeArticleBytes', () => {
  it.each([
    ['plain UTF-8', utf8('Osh – 😀\n'), 'Osh – 😀\n', 'utf-8'],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], utf8('Bishkek')), 'Bishkek', 'utf-8 (BOM)'],
    ['UTF-16LE with BOM', utf16('Ош 😀\r\nx', true), 'Ош 😀\nx', 'utf-16le (BOM)'],
    ['UTF-16BE with BOM', utf16('עברית\rx', false), 'עברית\nx', 'utf-16be (BOM)'],
    ['CRLF line endings', utf8('a\r\nb\r\n\r\nc'), 'a\nb\n\nc', 'utf-8'],
    ['CR line endings', utf8('a\rb\r\rc'), 'a\nb\n\nc', 'utf-8'],
    ['a BOM is not kept in the text', bytes([0xef, 0xbb, 0xbf], utf8('\ufeffx')), '\ufeffx', 'utf-8 (BOM)'],
  ])('reads %s', (_name, input, text, encoding) => {
    expect(decodeArticleBytes(input)).toEqual({ ok: true, text, encoding });
  });

  it.each([
    ['an empty file', new Uint8Array(0), /empty/],
    ['only whitespace', utf8(' \n\t\n'), /no text/],
    ['invalid UTF-8', bytes(utf8('abc'), [0xc3, 0x28]), /not valid UTF-8 \(byte 0xC3 at offset 3\)/],
    ['a truncated sequence', bytes(utf8('ab'), [0xe2, 0x82]), /not valid UTF-8 \(byte 0xE2 at offset 2\)/],
    ['an overlong encoding', bytes([0xc0, 0xaf]), /not valid UTF-8/],
    ['an encoded surrogate', bytes([0xed, 0xa0, 0x80]), /not valid UTF-8/],
    ['NUL bytes', bytes(utf8('ab'), [0], utf8('c')), /NUL bytes/],
    ['a PDF', bytes(utf8('%PDF-1.7\n')), /PDF document/],
    ['a ZIP/DOCX', bytes([0x50, 0x4b, 0x03, 0x04, 1, 2]), /ZIP archive/],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), /PNG image/],
    ['UTF-32', bytes([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), /UTF-32/],
    ['odd-length UTF-16', bytes([0xff, 0xfe, 0x41, 0, 0x42]), /odd number of bytes/],
    ['UTF-16 with a lone surrogate', bytes([0xff, 0xfe, 0x3d, 0xd8, 0x41, 0x00]), /surrogate/],
    ['UTF-16 holding NUL characters', utf16('a\u0000b', true), /NUL characters/],
  ])('refuses %s', (_name, input, reason) => {
    const r = decodeArticleBytes(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe('helpers', () => {
  it('finds the first invalid UTF-8 byte', () => {
    expect(firstInvalidUtf8(utf8('ok 😀 ж'))).toBe(-1);
    expect(firstInvalidUtf8(bytes(utf8('ж'), [0xff]))).toBe(2);
    expect(firstInvalidUtf8(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
  });
  it('normalises line endings and nothing else', () => {
    expect(normalizeLineEndings('a\r\n\rb\n\u2028c')).toBe('a\n\nb\n\u2028c');
  });
});

// Tells a source file's format from its bytes, not its name: people rename files, and web
// browsers save pages as .txt or .htm without asking. The extension only breaks no ties.

import { unzipSync } from 'fflate';

export type Sniffed = 'pdf' | 'docx' | 'epub' | 'zip' | 'damaged-zip' | 'html' | 'mhtml' | 'text';

const HEAD_BYTES = 4096;

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  return sig.length + at <= bytes.length && sig.every((b, i) => bytes[at + i] === b);
}

/** The first few KB as text, good enough to look for markup (UTF-16 by its BOM, else Latin-1). */
export function headText(bytes: Uint8Array, n = HEAD_BYTES): string {
  const head = bytes.subarray(0, n);
  if (startsWith(head, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(head);
  if (startsWith(head, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(head);
  return new TextDecoder('latin1').decode(head).replace(/^\u00ef\u00bb\u00bf/, '');
}

/** Names in a ZIP's central directory, without inflating anything. Undefined if unreadable. */
function zipNames(bytes: Uint8Array): Set<string> | undefined {
  const names = new Set<string>();
  try {
    unzipSync(bytes, { filter: (f) => (names.add(f.name), false) });
  } catch {
    return undefined;
  }
  return names;
}

/** EPUB's first entry is an uncompressed `mimetype` file; OCF requires it, most books have it. */
function epubMimetype(bytes: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(bytes.subarray(30, 120));
  return text.startsWith('mimetype') && text.includes('application/epub+zip');
}

export function looksLikeHtml(head: string): boolean {
  // Skip what may come before the root element: whitespace, an XML declaration, comments
  // (browsers write "<!-- saved from url=… -->"), a doctype of any kind.
  const t = head.replace(/^(\s+|<\?xml[^>]*>|<!--[\s\S]*?-->)*/, '');
  if (/^<!doctype\s+html/i.test(t)) return true;
  if (/^<(html|head|body|meta|title)[\s>/]/i.test(t)) return true;
  return /<html[\s>]/i.test(head) && /<(head|body)[\s>]/i.test(head);
}

export function sniffFormat(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  // A PDF may carry up to 1 KB of junk before its header; readers accept it, so do we (when
  // it also ends like a PDF, so that an article about PDF is still an article).
  const latin1 = new TextDecoder('latin1');
  if (/%PDF-\d\.\d/.test(latin1.decode(bytes.subarray(0, 1024))) && latin1.decode(bytes.subarray(-1024)).includes('%%EOF')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (epubMimetype(bytes)) return 'epub';
    const names = zipNames(bytes);
    if (!names) return 'damaged-zip';
    if (names.has('word/document.xml')) return 'docx';
    if (names.has('META-INF/container.xml') && names.has('mimetype')) return 'epub';
    return 'zip';
  }
  const head = headText(bytes);
  if (/^MIME-Version:/im.test(head.slice(0, 1024)) && /multipart\/related/i.test(head)) return 'mhtml';
  if (looksLikeHtml(head)) return 'html';
  return 'text';
}

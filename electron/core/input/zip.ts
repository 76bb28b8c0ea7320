// A zip reader for files from strangers (packages, REFI-QDA projects, DOCX, EPUB, brat
// archives). It reads the central directory only, inflates nothing until an entry is asked
// for, and then inflates that one entry with native zlib, stopping at its declared size; it
// refuses archives with too many entries, entries that declare too much, ratios only a bomb
// has, encrypted or zip64 entries, and names that climb out of the archive. A 4 MB bomb is
// refused from its directory, before any inflation.

import zlib from 'node:zlib';
import { formatBytes, InputError } from './errors';

export interface ZipLimits {
  entries: number;
  /** Largest inflated size of one entry. */
  entryBytes: number;
  /** Largest inflated size of everything read from one archive. */
  totalBytes: number;
  /** Largest inflated/compressed ratio of an entry larger than 1 MB. */
  ratio: number;
  /** Largest ratio of the whole archive's declared size to its own, once it declares over 64 MB. */
  archiveRatio: number;
}

// Real packages, projects and documents compress 3–20 to 1; a bomb, about 1,000 to 1.
export const DEFAULT_ZIP_LIMITS: ZipLimits = { entries: 200_000, entryBytes: 512 * 1048576, totalBytes: 1024 * 1048576, ratio: 1000, archiveRatio: 100 };

export interface ZipEntry {
  /** The path inside the archive, with `/` separators. */
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfDirectory(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw new InputError('it is not a zip archive (or it is damaged)');
}

/** Paths that stay inside the archive: no absolute paths, drive letters or `..` steps. */
export function safeEntryName(raw: string): string | null {
  const name = raw.replace(/\\/g, '/');
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name) || name.includes('\0')) return null;
  if (name.split('/').some((part) => part === '..')) return null;
  return name;
}

export class ZipArchive {
  readonly entries: ZipEntry[] = [];
  private readonly byName = new Map<string, ZipEntry>();
  private inflated = 0;
  private readonly buf: Buffer;

  constructor(
    bytes: Uint8Array,
    private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  ) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.buf = buf;
    if (buf.length < 22) throw new InputError('it is not a zip archive (or it is damaged)');
    const end = findEndOfDirectory(buf);
    const count = buf.readUInt16LE(end + 10);
    const dirSize = buf.readUInt32LE(end + 12);
    const dirOffset = buf.readUInt32LE(end + 16);
    if (count === 0xffff || dirOffset === 0xffffffff) throw new InputError('it is a zip64 archive, which Sourcemark does not read');
    if (count > limits.entries) throw new InputError(`it holds ${count} files; the limit is ${limits.entries}`);
    if (dirOffset + dirSize > end) throw new InputError('its zip directory is damaged');
    let p = dirOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new InputError('its zip directory is damaged');
      const flags = buf.readUInt16LE(p + 8);
      const nameLen = buf.readUInt16LE(p + 28);
      const rawName = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
      const entry: ZipEntry = {
        name: rawName,
        method: buf.readUInt16LE(p + 10),
        flags,
        crc: buf.readUInt32LE(p + 16),
        compressedSize: buf.readUInt32LE(p + 20),
        size: buf.readUInt32LE(p + 24),
        localOffset: buf.readUInt32LE(p + 42),
      };
      p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
      const safe = safeEntryName(rawName);
      if (safe === null) throw new InputError(`it holds a file whose path leaves the archive (${JSON.stringify(rawName.slice(0, 80))})`);
      entry.name = safe;
      if (entry.size > limits.entryBytes) throw new InputError(`its file ${safe} would unpack to ${formatBytes(entry.size)}; the limit is ${formatBytes(limits.entryBytes)}`);
      if (entry.size > 1048576 && entry.size / Math.max(1, entry.compressedSize) > limits.ratio) {
        throw new InputError(`its file ${safe} is compressed ${Math.round(entry.size / Math.max(1, entry.compressedSize))} to 1, as only a zip bomb is`);
      }
      this.entries.push(entry);
      if (!this.byName.has(safe)) this.byName.set(safe, entry);
    }
    const declared = this.entries.reduce((n, e) => n + e.size, 0);
    if (declared > 64 * 1048576 && declared / buf.length > limits.archiveRatio) {
      throw new InputError(`it would unpack to ${formatBytes(declared)} from ${formatBytes(buf.length)}, as only a zip bomb does`);
    }
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** An entry by name, ignoring case (tools differ on `Sources/` and `sources/`). */
  find(name: string): ZipEntry | undefined {
    return this.byName.get(name) ?? this.entries.find((e) => e.name.toLowerCase() === name.toLowerCase());
  }

  /** Inflate one entry, checking its size, its checksum and the archive's running total. */
  read(name: string): Buffer {
    const e = this.find(name);
    if (!e) throw new InputError(`it has no ${name}`);
    if (e.flags & 0x1) throw new InputError(`its file ${e.name} is encrypted`);
    if (this.inflated + e.size > this.limits.totalBytes) throw new InputError(`it unpacks to more than ${formatBytes(this.limits.totalBytes)}`);
    const buf = this.buf;
    const p = e.localOffset;
    if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) throw new InputError(`its file ${e.name} is damaged`);
    const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
    if (start + e.compressedSize > buf.length) throw new InputError(`its file ${e.name} is cut short`);
    const data = buf.subarray(start, start + e.compressedSize);
    let out: Buffer;
    if (e.method === 0) out = Buffer.from(data);
    else if (e.method === 8) {
      try {
        // Never more than the directory declared: a lying directory cannot make it inflate more.
        out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
      } catch {
        throw new InputError(`its file ${e.name} is damaged or larger than it declares`);
      }
    } else throw new InputError(`its file ${e.name} uses a compression method Sourcemark does not read (${e.method})`);
    if (out.length !== e.size || zlib.crc32(out) !== e.crc) throw new InputError(`its file ${e.name} is damaged (size or checksum does not match)`);
    this.inflated += out.length;
    return out;
  }

  /** An entry as UTF-8 text, refusing bytes that are not UTF-8. */
  text(name: string): string {
    const bytes = this.read(name);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      throw new InputError(`its file ${name} is not UTF-8 text`);
    }
  }
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

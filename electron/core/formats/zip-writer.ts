// Writing a zip archive with native zlib (deflate and CRC-32 in C, several times faster than
// a JavaScript deflate on the tens of megabytes of JSON a large package holds). Plain zip:
// no zip64 (a package is refused above 512 MB anyway), UTF-8 names, every entry dated the
// same moment so the same export gives the same bytes. input/zip.ts reads what this writes.

import zlib from 'node:zlib';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_NAMES = 0x800;

/** MS-DOS time and date of a moment (the zip format's own, two-second resolution, local fields taken as UTC). */
function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, at.getUTCFullYear()));
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

/**
 * A zip of the given files (name → bytes or text), deflated at `level` (files that do not
 * shrink are stored). Entries keep the order given.
 */
export function zipFiles(files: Record<string, Uint8Array | string>, { level = 6, modified = new Date(0) }: { level?: number; modified?: Date } = {}): Uint8Array {
  const { time, date } = dosDateTime(Number.isNaN(modified.getTime()) ? new Date(0) : modified);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    const deflated = zlib.deflateRawSync(data, { level });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = zlib.crc32(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL, 0);
    header.writeUInt16LE(20, 4); // version needed: 2.0
    header.writeUInt16LE(UTF8_NAMES, 6);
    header.writeUInt16LE(stored ? 0 : 8, 8);
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(body.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(CENTRAL, 0);
    entry.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    header.copy(entry, 6, 4, 30); // version needed … name length, as in the local header
    entry.writeUInt32LE(offset, 42);
    parts.push(header, nameBytes, body);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + body.length;
  }
  const count = Object.keys(files).length;
  if (count >= 0xffff || offset > 0xffffffff) throw new Error('too large for a plain zip archive');
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, directory, end]));
}

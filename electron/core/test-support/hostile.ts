// Crafting the files a hostile colleague could send: studies with planted triggers and views
// or altered schema SQL (written with writable_schema, which the app's own connections can
// never do), zip bombs, and packages with one entry replaced. Tests only.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { Study } from '../store/study';

export const digest = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');

/** A fresh study file at `file`, then `edit` run on a raw connection with the defences off. */
export function craftStudy(file: string, edit: (db: Database.Database) => void): string {
  Study.create(file).close();
  const db = new Database(file);
  db.unsafeMode(true);
  edit(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.close();
  return file;
}

/** Rewrite an object's stored SQL in sqlite_schema, as a hand-edited file can. */
export function alterSchemaSql(db: Database.Database, name: string, sql: (old: string) => string): void {
  const old = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(name) as string;
  const version = db.pragma('schema_version', { simple: true }) as number;
  db.pragma('writable_schema = ON');
  db.prepare('UPDATE sqlite_schema SET sql = ? WHERE name = ?').run(sql(old), name);
  db.pragma(`schema_version = ${version + 1}`);
  db.pragma('writable_schema = OFF');
}

export interface RawEntry {
  name: string;
  /** The bytes as stored (already deflated when method is 8). */
  body: Buffer;
  method: 0 | 8;
  /** What the directory declares: the inflated size and its CRC-32. */
  size: number;
  crc: number;
}

/** A zip built by hand, so its directory can say whatever a test needs. */
export function buildZip(entries: readonly RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.body.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x800, 8);
    cd.writeUInt16LE(e.method, 10);
    cd.writeUInt32LE(e.crc, 16);
    cd.writeUInt32LE(e.body.length, 20);
    cd.writeUInt32LE(e.size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    parts.push(local, name, e.body);
    central.push(cd, name);
    offset += 30 + name.length + e.body.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dir, end]);
}

/** One deflated entry, its directory honest or declaring another size. */
export function zipWithEntry(name: string, data: Buffer, { declaredSize }: { declaredSize?: number } = {}): Buffer {
  return buildZip([{ name, body: zlib.deflateRawSync(data), method: 8, size: declaredSize ?? data.length, crc: zlib.crc32(data) }]);
}

/** `count` entries of `mb` MB of zeros each: a few MB that would inflate to count × mb MB. */
export function zipBomb(count: number, mb: number, name = (i: number) => `documents/${String(i).padStart(64, '0')}.json`): Buffer {
  const zeros = Buffer.alloc(mb * 1048576);
  const body = zlib.deflateRawSync(zeros, { level: 9 });
  const crc = zlib.crc32(zeros);
  return buildZip(Array.from({ length: count }, (_, i) => ({ name: name(i), body, method: 8 as const, size: zeros.length, crc })));
}

/** A package with entries replaced (or removed with undefined). */
export function repackage(pkg: Uint8Array, replace: Record<string, string | Uint8Array | undefined>): Uint8Array {
  const files: Record<string, Uint8Array> = { ...unzipSync(pkg) };
  for (const [name, content] of Object.entries(replace)) {
    if (content === undefined) delete files[name];
    else files[name] = typeof content === 'string' ? strToU8(content) : content;
  }
  return zipSync(files);
}

export const inDir = (dir: string, name: string) => path.join(dir, name);

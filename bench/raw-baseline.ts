// The raw baselines the exchange figures are read against, measured in the same run on the
// same data: for an import, JSON.parse of the file's annotations and a one-transaction
// better-sqlite3 insert of the same rows (every column a study keeps) into a plain table;
// for an export, a select of those rows and JSON.stringify. Nothing is checked, indexed,
// searched or recorded: this is the floor the real paths are measured against.

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ZipArchive } from '../electron/core/input/zip';
import type { Annotation } from '../electron/core/domain/types';

const COLUMNS = ['id', 'document_id', 'tag_id', 'start', 'end', 'exact', 'prefix', 'suffix', 'note', 'fields', 'author', 'created', 'modified'];
type Row = [string, string, string, number, number, string, string, string, string, string, string, string, string];

/** A plain table for the rows: a primary key and nothing else. */
export function plainTable(dir: string, name: string): Database.Database {
  const file = path.join(dir, `${name}.sqlite`);
  for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE rows (${COLUMNS.map((c, i) => `"${c}" ${i === 3 || i === 4 ? 'INTEGER' : 'TEXT'} NOT NULL${i === 0 ? ' PRIMARY KEY' : ''}`).join(', ')}) STRICT`);
  return db;
}

function insertAll(db: Database.Database, rows: Iterable<Row>): void {
  const put = db.prepare(`INSERT INTO rows VALUES (${COLUMNS.map(() => '?').join(', ')})`);
  db.transaction(() => {
    for (const r of rows) put.run(r);
  })();
}

const rowOf = (a: Annotation): Row => [a.id, a.documentId, a.tag, a.start, a.end, a.exact, a.prefix, a.suffix, a.note, JSON.stringify(a.fields), a.author, a.created, a.modified];

/** Import baseline of a package: inflate annotations.json, JSON.parse it, insert its rows. */
export function importPackageBaseline(dir: string, bytes: Uint8Array): number {
  const db = plainTable(dir, 'baseline-package');
  const t0 = performance.now();
  const list = JSON.parse(new ZipArchive(bytes).read('annotations.json').toString('utf8')) as Annotation[];
  insertAll(db, (function* () {
    for (const a of list) yield rowOf(a);
  })());
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

type W3CItem = {
  id: string;
  body: Array<{ purpose: string; value?: string }>;
  creator: { name: string };
  created: string;
  modified: string;
  target: { source: { id: string }; selector: Array<{ type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }> };
  'sm:facts': { tag: string; fields: unknown };
};

/** Import baseline of W3C JSON-LD: JSON.parse the collection, insert each annotation's row. */
export function importW3CBaseline(dir: string, bytes: Uint8Array): number {
  const db = plainTable(dir, 'baseline-w3c');
  const t0 = performance.now();
  const doc = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as { first: { items: W3CItem[] } };
  insertAll(db, (function* () {
    for (const a of doc.first.items) {
      const q = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
      const p = a.target.selector.find((s) => s.type === 'TextPositionSelector');
      const note = a.body.find((b) => b.purpose === 'commenting')?.value ?? '';
      yield [a.id.slice(9), a.target.source.id.slice(11), a['sm:facts'].tag, p!.start!, p!.end!, q!.exact!, q!.prefix!, q!.suffix!, note, JSON.stringify(a['sm:facts'].fields), a.creator.name, a.created, a.modified] as Row;
    }
  })());
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

/** Export baseline: select the same rows from a plain table and JSON.stringify them. */
export function exportBaseline(dir: string, list: readonly Annotation[]): { ms: number; bytes: number } {
  const db = plainTable(dir, 'baseline-export');
  insertAll(db, list.map(rowOf));
  const t0 = performance.now();
  const json = JSON.stringify(db.prepare('SELECT * FROM rows').all());
  const ms = performance.now() - t0;
  db.close();
  return { ms, bytes: Buffer.byteLength(json) };
}

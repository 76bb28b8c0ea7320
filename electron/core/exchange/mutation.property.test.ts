// Property: a valid package or W3C file, mutated at random (a value replaced by any JSON, a
// key removed, an item repeated, bytes flipped, the file cut short), either imports whole or
// is refused with a reason; it never crashes, hangs or leaves half an import behind.

import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors';
import { fixtureStudy } from '../test-support/fixture-study';
import { tmpDir } from '../test-support/tmp';
import { testService } from '../test-support/service';

const { s, doc } = await fixtureStudy();
const article = Buffer.from(s.study.documents.content(doc.id)!.text).toString('base64');
const pkg = Buffer.from(s.exportAs({ format: 'package' }).content, 'base64');
const w3c = JSON.parse(s.exportAs({ format: 'w3c' }).content) as unknown;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Mutation = { path: number[]; kind: 'replace' | 'delete' | 'repeat'; value: Json };

/** Apply a mutation at a path of child indexes (taken modulo each node's size). */
function mutate(node: Json, m: Mutation, depth = 0): Json {
  if (node === null || typeof node !== 'object') return depth === m.path.length || m.kind === 'replace' ? m.value : node;
  const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
  if (!keys.length) return m.kind === 'replace' ? m.value : node;
  const key = keys[m.path[depth]! % keys.length]!;
  const copy: Json = Array.isArray(node) ? [...node] : { ...node };
  const last = depth + 1 >= m.path.length;
  if (last && m.kind === 'delete') {
    if (Array.isArray(copy)) copy.splice(key as number, 1);
    else delete (copy as Record<string, Json>)[key];
  } else if (last && m.kind === 'repeat' && Array.isArray(copy)) copy.splice(key as number, 0, copy[key as number]!);
  else if (last) (copy as Record<string | number, Json>)[key] = m.value;
  else (copy as Record<string | number, Json>)[key] = mutate((node as Record<string | number, Json>)[key]!, m, depth + 1);
  return copy;
}

const mutation = fc.record({
  path: fc.array(fc.nat(1000), { minLength: 1, maxLength: 7 }),
  kind: fc.constantFrom('replace', 'delete', 'repeat') as fc.Arbitrary<Mutation['kind']>,
  value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
});

const packageEntries = Object.keys(unzipSync(pkg)).filter((n) => n.endsWith('.json'));
const mutatedPackage = fc.oneof(
  fc.record({ entry: fc.constantFrom(...packageEntries), m: mutation }).map(({ entry, m }) => {
    const files = unzipSync(pkg);
    files[entry] = strToU8(JSON.stringify(mutate(JSON.parse(Buffer.from(files[entry]!).toString('utf8')) as Json, m)));
    return zipSync(files);
  }),
  fc.record({ at: fc.nat(), bit: fc.nat(7) }).map(({ at, bit }) => {
    const b = Buffer.from(pkg);
    b[at % b.length]! ^= 1 << bit;
    return new Uint8Array(b);
  }),
  fc.nat().map((n) => new Uint8Array(pkg.subarray(0, n % pkg.length))),
);
const mutatedW3c = fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => strToU8(JSON.stringify(ms.reduce((j, m) => mutate(j, m), w3c as Json))));

async function target() {
  const t = testService({ dataDir: tmpDir() }).start();
  await t.importFile({ name: 'osh.txt', dataBase64: article });
  return t;
}

async function importsWholeOrNotAtAll(bytes: Uint8Array): Promise<void> {
  const t = await target();
  const count = (table: string) => t.study.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const before = ['annotations', 'tags', 'people', 'verdicts', 'tombstones', 'orphans', 'conflicts', 'changes', 'documents'].map(count);
  try {
    await t.importAnnotations({ name: 'mutated', dataBase64: Buffer.from(bytes).toString('base64') });
    // Imported: every annotation lies within its text, and the file is sound.
    const texts = new Map(t.study.documents.list().map((d) => [d.id, Array.from(t.study.documents.content(d.id)!.text)]));
    for (const a of t.study.annotations.listAll()) expect(texts.get(a.documentId)!.slice(a.start, a.end).join('')).toBe(a.exact);
    expect(t.study.db.pragma('integrity_check', { simple: true })).toBe('ok');
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'bad_input') throw e;
    expect(['annotations', 'tags', 'people', 'verdicts', 'tombstones', 'orphans', 'conflicts', 'changes', 'documents'].map(count)).toEqual(before);
  } finally {
    t.close();
  }
}

describe('randomly damaged files', () => {
  it('a mutated package imports whole or not at all', async () => {
    await fc.assert(fc.asyncProperty(mutatedPackage, importsWholeOrNotAtAll), { numRuns: 80 });
  }, 60_000);

  it('a mutated W3C file imports whole or not at all', async () => {
    await fc.assert(fc.asyncProperty(mutatedW3c, importsWholeOrNotAtAll), { numRuns: 80 });
  }, 60_000);
});

// A large import written in short transactions: the same result as one transaction; a
// failure half-way, or a writer killed half-way, leaves the study as it was.

import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureStudy } from '../../test-support/fixture-study';
import { tmpDir } from '../../test-support/tmp';
import { exportAs } from '../../api/ops/export';
import { Study } from '../../store/study';
import { readIncoming } from '../read';
import { mergeInto } from '.';

const { s } = await fixtureStudy();
const pkg = Buffer.from(s.exportAs({ format: 'package' }).content, 'base64');
const NOW = '2026-03-19T00:00:00.000Z';

/** Everything a study holds that an import can change, as plain rows. */
function contents(study: Study) {
  const all = (sql: string) => study.db.prepare(sql).all();
  return {
    documents: all('SELECT id, title FROM documents ORDER BY id'),
    annotations: all('SELECT id, tag_id, start, end, note, fields, author, modified FROM annotations ORDER BY id'),
    tags: all('SELECT id, name, color, shortcut, parent_id FROM tags ORDER BY name'),
    verdicts: all('SELECT id, label FROM verdicts ORDER BY position'),
    people: all('SELECT id, name FROM people ORDER BY id'),
    tombstones: all('SELECT * FROM tombstones ORDER BY id'),
    changes: all('SELECT * FROM changes ORDER BY annotation_id, at, action'),
    fts: all('SELECT annotation_id FROM annotation_fts_map ORDER BY annotation_id'),
    imports: all('SELECT * FROM imports'),
  };
}

const fresh = () => Study.create(path.join(tmpDir(), 'target.sourcemark'));

describe('an import written in slices', () => {
  it('gives the same study as one transaction', async () => {
    const incoming = await readIncoming('colleague.zip', pkg);
    const whole = fresh();
    mergeInto(whole, incoming, { now: NOW, dryRun: false, sliceAbove: Infinity });
    const sliced = fresh();
    mergeInto(sliced, incoming, { now: NOW, dryRun: false, sliceAbove: 0, sliceMs: 0 });
    const strip = (c: ReturnType<typeof contents>) => ({ ...c, tags: c.tags.map((t) => ({ ...(t as object), id: undefined })) });
    expect(strip(contents(sliced))).toEqual(strip(contents(whole)));
    expect(contents(sliced).annotations).toHaveLength(s.study.annotations.listAll().length);
  });

  it('a failure in a later slice undoes the earlier ones', async () => {
    const incoming = await readIncoming('colleague.zip', pkg);
    const study = fresh();
    const before = contents(study);
    let calls = 0;
    const insertMany = study.annotations.insertMany.bind(study.annotations);
    study.annotations.insertMany = (list) => {
      insertMany(list);
      if (++calls === 2) throw new Error('disk full');
    };
    // Two slices of inserts: runs of 500 rows, so give the plan more than one run's worth.
    const many = { ...incoming, annotations: Array.from({ length: 3 }, (_, k) => incoming.annotations.map((a) => ({ ...a, id: `${a.id.slice(0, -2)}${k}${k}` }))).flat() };
    const big = { ...many, annotations: Array.from({ length: 120 }, (_, k) => many.annotations.map((a) => ({ ...a, id: `${a.id.slice(0, -4)}${String(k).padStart(4, '0')}` }))).flat() };
    expect(() => mergeInto(study, big, { now: NOW, dryRun: false, sliceAbove: 0, sliceMs: 0 })).toThrow('disk full');
    expect(calls).toBe(2);
    expect(contents(study)).toEqual(before);
  });

  it('an import whose writer was killed half-way is undone when the study is next opened', async () => {
    const dir = tmpDir();
    const target = path.join(dir, 'target.sourcemark');
    Study.create(target).close();
    const pkgFile = path.join(dir, 'big.zip');
    // A package large enough to need many slices: the fixture's annotations many times over.
    const big = Study.create(path.join(dir, 'big.sourcemark'));
    const incoming = await readIncoming('colleague.zip', pkg);
    mergeInto(big, incoming, { now: NOW, dryRun: false });
    const model = big.annotations.listAll()[0]!;
    big.write(() => big.annotations.insertMany(Array.from({ length: 40_000 }, () => ({ ...model, id: randomUUID() }))));
    fs.writeFileSync(pkgFile, Buffer.from(exportAs(big, 'package', undefined, NOW).content, 'base64'));
    big.close();
    const cli = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'import', target, pkgFile], { stdio: 'ignore' });
    // Kill it as soon as some slices are committed and the import is not yet complete.
    const study = Study.openReadOnly(target);
    for (let n = 0; ; n++) {
      await new Promise((r) => setTimeout(r, 20));
      const partial = study.db.prepare('SELECT (SELECT count(*) FROM imports), (SELECT count(*) FROM annotations)').raw().get() as [number, number];
      if (partial[0] === 1 && partial[1] > 0) break;
      if (cli.exitCode !== null || n > 3000) throw new Error('the import finished before it could be interrupted');
    }
    cli.kill('SIGKILL');
    await new Promise((r) => cli.once('exit', r));
    study.close();
    const reopened = Study.open(target);
    expect(contents(reopened)).toMatchObject({ annotations: [], documents: [], imports: [], changes: [] });
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
  }, 120_000);
});

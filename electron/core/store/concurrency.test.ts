// Two programs on one study (the app and a script): a write that finds the lock taken says
// "busy" at once, with nothing written, and goes through once the lock is free; a merge
// planned while another program wrote is planned again before it is written.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../api/dispatch';
import { AppError } from '../domain/errors';
import { readIncoming } from '../exchange/read';
import { mergeInto } from '../exchange/merge';
import { fixtureStudy } from '../test-support/fixture-study';
import { tmpDir } from '../test-support/tmp';
import { Study } from './study';
import { testService } from '../test-support/service';

function twoConnections() {
  const file = path.join(tmpDir(), 'shared.sourcemark');
  Study.create(file).close();
  return { file, app: Study.open(file), script: Study.open(file) };
}

describe('another program holding the write lock', () => {
  it('a write reports busy, writes nothing, and succeeds once the lock is free', async () => {
    const { app, script } = twoConnections();
    script.db.exec('BEGIN IMMEDIATE');
    let error: unknown;
    try {
      app.write(() => app.db.prepare("INSERT INTO study_meta VALUES ('k', 'v')").run());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('busy');
    expect((error as AppError).message).toMatch(/Another program is writing to “shared\.sourcemark”; waiting for it to finish/);
    // Reads go on meanwhile.
    expect(app.tags.list()).toHaveLength(4);
    script.db.exec('COMMIT');
    app.write(() => app.db.prepare("INSERT INTO study_meta VALUES ('k', 'v')").run());
    expect(script.db.prepare("SELECT value FROM study_meta WHERE key = 'k'").pluck().get()).toBe('v');
  });

  it('reaches the UI as a "busy" result it can retry', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'shared.sourcemark');
    const service = testService({ dataDir: dir, studyPath: file }).start();
    const script = Study.open(file);
    script.db.exec('BEGIN IMMEDIATE');
    const r = await dispatch(service, 'createTag', { name: 'Health claim' });
    expect(r).toMatchObject({ ok: false, error: { code: 'busy' } });
    script.db.exec('COMMIT');
    expect(await dispatch(service, 'createTag', { name: 'Health claim' })).toMatchObject({ ok: true });
  });

  it('a merge planned before another program wrote is planned again under the lock', async () => {
    const { s } = await fixtureStudy();
    const pkg = Buffer.from(s.exportAs({ format: 'package' }).content, 'base64');
    const { app, script } = twoConnections();
    const incoming = await readIncoming('colleague.zip', pkg);
    // Between the plan and the write, the script imports the very article the package brings:
    // written as planned, the document would be inserted twice.
    const read = app.read.bind(app);
    app.read = <T>(fn: () => T): T => {
      const planned = read(fn);
      const d = incoming.documents[0]!;
      script.write(() => script.documents.insert({ id: d.ref, fileName: 'osh.txt', format: 'plain', encoding: 'utf-8', metadata: { title: 'Osh' }, blocks: d.blocks!, text: d.text!, length: Array.from(d.text!).length }, '2026-03-19T00:00:00.000Z'));
      return planned;
    };
    const summary = mergeInto(app, incoming, { now: '2026-03-19T00:00:00.000Z', dryRun: false });
    expect(summary.documents).toMatchObject({ added: [], matched: 1 });
    expect(summary.annotations.added).toBe(s.study.annotations.listAll().length);
    expect(app.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

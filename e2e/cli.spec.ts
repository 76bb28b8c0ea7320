// The `sourcemark` command as an archivist's script runs it, on a study the app wrote, with exit
// codes and stderr as the contract. It runs the launcher that `npx sourcemark` runs
// (bin/sourcemark.mjs), not npx itself: on a fresh machine npx's first call installs this folder
// into its cache, which runs the `prepare` script — a rebuild of dist/ under the feet of the
// tests running beside this one.

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { SAMPLE, SAMPLE_TITLE, expect, test } from './fixtures';

const run = promisify(execFile);

async function sourcemark(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, ['bin/sourcemark.mjs', ...args], { encoding: 'utf8' });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

test('sourcemark imports, lists, prints text and exports what the app annotated', async ({ sm, host }) => {
  await sm.importFiles([SAMPLE]);
  await sm.selectText('Bishkek');
  await sm.tagWithKey('4');

  const list = await sourcemark('list', host.studyPath);
  expect(list.code).toBe(0);
  const [id, title, count] = list.stdout.trim().split('\t');
  expect([title, count]).toEqual([SAMPLE_TITLE, '1']);

  const text = await sourcemark('text', host.studyPath, id!);
  expect(text.stdout.startsWith(`${SAMPLE_TITLE}\nIn the major southern city of Osh`)).toBe(true);

  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sourcemark-cli-')), 'out.jsonld');
  expect((await sourcemark('export', host.studyPath, '--format', 'w3c', '--doc', id!, '--out', out)).code).toBe(0);
  const [quote, pos] = JSON.parse(fs.readFileSync(out, 'utf8')).first.items[0].target.selector;
  expect(quote.exact).toBe('Bishkek');
  expect(Array.from(text.stdout).slice(pos.start, pos.end).join('')).toBe('Bishkek');

  const more = await sourcemark('import', host.studyPath, 'resources/samples/wikinews/wikinews-nasa.md');
  expect(more.code).toBe(0);
  expect(more.stdout).toMatch(/^imported\t[0-9a-f]{64}\tNASA celebrates/);

  const bad = await sourcemark('list', 'package.json');
  expect(bad.code).not.toBe(0);
  expect(bad.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^sourcemark: Cannot open “package.json”: it is not a Sourcemark study/)]);
});

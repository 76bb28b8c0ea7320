// The command line with other tools' files: an .ann with the .txt beside it, a folder of
// brat pairs, and a dry run for each format that prints the preview and writes nothing.

import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { run } from './cli';
import { SAMPLE, samplesDir, repoRoot } from '../core/test-support/samples';
import { tmpDir } from '../core/test-support/tmp';

const FIX = path.join(repoRoot, 'electron/core/formats/__fixtures__');

async function cli(...args: string[]) {
  let out = '';
  const err: string[] = [];
  const code = await run(args, { out: (t) => void (out += typeof t === 'string' ? t : Buffer.from(t).toString('latin1')), err: (l) => void err.push(l) }, { now: () => '2026-04-01T09:00:00.000Z', env: {} });
  return { code, out, err };
}

const count = async (study: string) => (await cli('list', study)).out.trim().split('\n').filter(Boolean).map((l) => Number(l.split('\t')[2]));

describe('sourcemark import with other tools’ files', () => {
  const dir = tmpDir();

  it('takes an .ann with the .txt beside it: a dry run first, then the import', async () => {
    const study = path.join(dir, 'brat.sourcemark');
    for (const f of fs.readdirSync(path.join(FIX, 'brat'))) fs.copyFileSync(path.join(FIX, 'brat', f), path.join(dir, f));
    expect((await cli('import', study, path.join(samplesDir, SAMPLE))).code).toBe(0);
    const dry = await cli('import', study, path.join(dir, 'protest.ann'), '--dry-run');
    expect(dry).toMatchObject({ code: 0, err: [] });
    expect(dry.out).toMatch(/^would be merged\t.*protest\.ann \(brat, 1 \.ann\/\.txt pair\)\n {2}Documents: 1 new document \(protest\)\.\n {2}Annotations: 9 annotations added\.\n/);
    expect(dry.out).toContain('  protest.ann: 1 discontinuous annotation with words between the fragments was split into one annotation per fragment.\n');
    expect(await count(study)).toEqual([0]);
    const real = await cli('import', study, path.join(dir, 'protest.ann'));
    expect(real.out).toMatch(/^merged\t/);
    expect((await count(study)).sort()).toEqual([0, 9]);
  });

  it('takes a folder of brat pairs as one collection; its .conf files are not articles', async () => {
    const study = path.join(dir, 'tutorial.sourcemark');
    const src = path.join(repoRoot, 'test-fixtures/validators/brat/examples/tutorial-news');
    const folder = path.join(dir, 'tutorial-news');
    fs.cpSync(src, folder, { recursive: true });
    const r = await cli('import', study, folder);
    expect(r).toMatchObject({ code: 0, err: [] });
    expect(r.out.split('\n')[0]).toMatch(/^merged\t.*tutorial-news\/ \(brat, 13 \.ann\/\.txt pairs\)$/);
    expect(await count(study)).toHaveLength(13);
  });

  it('refuses an .ann whose .txt is not there, naming what is missing', async () => {
    const lonely = path.join(dir, 'lonely');
    fs.mkdirSync(lonely);
    fs.copyFileSync(path.join(FIX, 'brat/protest.ann'), path.join(lonely, 'alone.ann'));
    const r = await cli('import', path.join(dir, 'brat.sourcemark'), path.join(lonely, 'alone.ann'));
    expect(r).toMatchObject({ code: 1, err: [expect.stringMatching(/alone\.ann: “alone\.ann” cannot be imported: its text is missing: a brat \.ann needs its \.txt \(alone\.txt\)/)] });
  });

  const zipDir = (rel: string) => {
    const files: Record<string, Uint8Array> = {};
    const walk = (d: string, prefix: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(d, e.name), `${prefix}${e.name}/`);
        else files[prefix + e.name] = strToU8(fs.readFileSync(path.join(d, e.name), 'utf8'));
      }
    };
    walk(path.join(FIX, rel), '');
    return zipSync(files);
  };

  it.each([
    ['REFI-QDA project', 'protests.qdpx', () => zipDir('refi/qualcoder'), /Documents: 1 new document \(protest\)\.\n {2}Annotations: 3 annotations added\.\n {2}New tags Places, Cities, Quotes, Numbers\./],
    ['REFI-QDA codebook', 'codes.qdc', () => fs.readFileSync(path.join(FIX, 'refi/codebook.qdc')), /New tags Health claim, Rumour\./],
    ['Label Studio export', 'project-1.json', () => fs.readFileSync(path.join(FIX, 'labelstudio/export-2024.json')), /Annotations: 4 annotations added\.\n.*\n {2}1 prediction \(a model’s output, not people’s annotations\) left out\./s],
    ['old Label Studio export', 'old.json', () => fs.readFileSync(path.join(FIX, 'labelstudio/export-2020.json')), /Its offsets count JavaScript UTF-16 units/],
    ['doccano JSONL', 'admin.jsonl', () => fs.readFileSync(path.join(FIX, 'doccano/labels.jsonl')), /Documents: 2 new documents .*\n {2}Annotations: 3 annotations added\.\n {2}New tags LOC, PER\./],
    ['CSV from a spreadsheet', 'sheet.csv', () => fs.readFileSync(path.join(FIX, 'csv/spreadsheet.csv')), /Documents: 1 document already here\.\n {2}Annotations: 4 annotations added\.\n {2}New tags Numbers; people Ishengul Boljurova\./],
    ['W3C from another tool', 'other.jsonld', () => fs.readFileSync(path.join(FIX, 'w3c/other-tool.jsonld')), /Annotations: 10 annotations added\./],
  ])('%s: --dry-run prints the preview and writes nothing', async (_what, name, content, preview) => {
    const study = path.join(dir, `${name}.sourcemark`);
    expect((await cli('import', study, path.join(samplesDir, SAMPLE), path.join(FIX, 'protest.txt'))).code).toBe(0);
    const file = path.join(dir, name);
    fs.writeFileSync(file, content());
    const before = await count(study);
    const dry = await cli('import', study, file, '--dry-run');
    expect(dry.err).toEqual([]);
    expect(dry.out).toMatch(/^would be merged\t/);
    expect(dry.out).toMatch(preview);
    expect(await count(study)).toEqual(before);
  });
});

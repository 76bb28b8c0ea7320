import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './cli';
import { fixtureStudy } from '../core/test-support/fixture-study';
import { SAMPLE, samplesDir } from '../core/test-support/samples';
import { tmpDir } from '../core/test-support/tmp';

async function cli(...args: string[]) {
  let out = '';
  const err: string[] = [];
  const code = await run(args, { out: (t) => void (out += typeof t === 'string' ? t : Buffer.from(t).toString('latin1')), err: (l) => void err.push(l) }, { now: () => '2026-03-18T09:00:00.000Z', env: {} });
  return { code, out, err };
}

describe('sourcemark CLI', () => {
  const dir = tmpDir();
  const study = path.join(dir, 'archive.sourcemark');
  const sample = path.join(samplesDir, SAMPLE);
  const bad = path.join(dir, 'bad.md');
  fs.writeFileSync(bad, Buffer.from([0x61, 0xff]));

  it('imports files into a new study, reporting refusals one line each', async () => {
    const r = (await cli('import', study, sample, path.join(samplesDir, 'wikinews', 'wikinews-crane.md'), bad, path.join(dir, 'missing.md')));
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n').map((l) => l.split('\t')[0])).toEqual(['imported', 'imported']);
    expect(r.err).toEqual([expect.stringMatching(/bad\.md: refused: it is not valid UTF-8/), expect.stringMatching(/missing\.md: cannot read it \(ENOENT\)/)]);
    expect((await cli('import', study, sample))).toMatchObject({ code: 0, out: expect.stringMatching(/^duplicate\t[0-9a-f]{64}\tAnti-Government/) });
  });

  it('lists documents with id, title and annotation count', async () => {
    const r = (await cli('list', study));
    expect(r.code).toBe(0);
    const rows = r.out.trim().split('\n').map((l) => l.split('\t'));
    expect(rows.map((row) => row.slice(1))).toEqual(
      expect.arrayContaining([['Anti-Government Protests Solidify in South', '0'], ['At least 107 killed in Mecca crane collapse', '0']]),
    );
    expect(JSON.parse((await cli('list', study, '--json')).out)).toHaveLength(2);
  });

  it('prints the canonical text, by full id or unique prefix', async () => {
    const id = (await cli('list', study)).out.split('\n').find((l) => l.includes('Anti-Government'))!.split('\t')[0]!;
    const full = (await cli('text', study, id));
    expect(full.code).toBe(0);
    expect(full.out.startsWith('Anti-Government Protests Solidify in South\nIn the major southern city of Osh')).toBe(true);
    expect((await cli('text', study, id.slice(0, 10))).out).toBe(full.out);
    expect((await cli('text', study, '0000000000'))).toMatchObject({ code: 2, err: [expect.stringMatching(/no document 0000000000/)] });
  });

  it('suggests quotes, figures and places for a document, as text or JSON, writing nothing', async () => {
    const id = (await cli('list', study)).out.split('\n').find((l) => l.includes('crane'))!.split('\t')[0]!;
    const before = fs.statSync(study).mtimeMs;
    const json = await cli('suggest', study, id, '--json');
    expect(json.code).toBe(0);
    const found = JSON.parse(json.out) as Array<{ kind: string; exact: string; label: string; start: number; end: number }>;
    expect(found).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'figure', exact: expect.stringMatching(/107/) }),
      expect.objectContaining({ kind: 'location', exact: 'Mecca' }),
    ]));
    const text = await cli('suggest', study, id.slice(0, 12));
    expect(text.out.trim().split('\n').map((l) => l.split('\t').slice(0, 2).join(' '))).toEqual(found.map((f) => `${f.kind} ${f.start}-${f.end}`));
    expect((await cli('list', study, '--json')).out).toMatch(/"annotationCount": 0/);
    expect(fs.statSync(study).mtimeMs).toBe(before);
  });

  it('exports W3C JSON-LD for the study or one document', async () => {
    const out = path.join(dir, 'all.jsonld');
    expect((await cli('export', study, '--format', 'w3c', '--out', out)).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toMatchObject({ type: 'AnnotationCollection', total: 0 });
    const id = (await cli('list', study)).out.split('\t')[0]!;
    const one = (await cli('export', study, '--doc', id, '--out', '-'));
    expect(JSON.parse(one.out).label).toMatch(/^archive: /);
  });

  it.each([
    [['frobnicate', 'x'], 64, /unknown command frobnicate/],
    [['list'], 64, /missing the study file/],
    [['export', 'x.sourcemark', '--format', 'docx', '--out', '-'], 64, /unknown format docx/],
    [['export', 'x.sourcemark', '--out', '-'], 2, /There is no study file at .*x\.sourcemark/],
    [['--bogus'], 64, /Unknown option/],
  ])('fails clearly: %j', async (args, code, message) => {
    const r = (await cli(...args));
    expect(r.code).toBe(code);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
  });

  it('refuses a file that is not a study, leaving it untouched', async () => {
    const notStudy = path.join(dir, 'notes.sourcemark');
    fs.writeFileSync(notStudy, 'my notes');
    const r = (await cli('list', notStudy));
    expect(r).toMatchObject({ code: 2, err: [expect.stringMatching(/not a Sourcemark study/)] });
    expect(fs.readFileSync(notStudy, 'utf8')).toBe('my notes');
  });

  it('merges a colleague’s package, with a dry run first that writes nothing', async () => {
    const { s: colleague } = await fixtureStudy();
    const pkg = path.join(dir, 'colleague.sourcemark.zip');
    fs.writeFileSync(pkg, Buffer.from(colleague.exportAs({ format: 'package' }).content, 'base64'));
    const target = path.join(dir, 'merge-target.sourcemark');
    expect((await cli('import', target, sample)).code).toBe(0);
    const dry = (await cli('import', target, pkg, '--dry-run'));
    expect(dry).toMatchObject({ code: 0, err: [] });
    expect(dry.out).toMatch(/^would be merged\t.*colleague\.sourcemark\.zip\n {2}Documents: 1 document already here\.\n {2}Annotations: 7 annotations added\.\n/);
    expect(dry.out.trim().endsWith('Dry run: nothing was written.')).toBe(true);
    expect((await cli('list', target)).out.split('\t')[2]!.trim()).toBe('0');
    const real = (await cli('import', target, pkg));
    expect(real.out).toMatch(/^merged\t/);
    expect((await cli('list', target)).out.split('\t')[2]!.trim()).toBe('7');
    expect((await cli('import', target, pkg)).out).toContain('Annotations: 7 already here.');
  });

  it('refuses a malformed annotations file with the reason, and changes nothing', async () => {
    const target = path.join(dir, 'merge-target-2.sourcemark');
    (await cli('import', target, sample));
    const broken = path.join(dir, 'broken.jsonld');
    fs.writeFileSync(broken, '{"type": "AnnotationCollection", ');
    const r = (await cli('import', target, broken));
    expect(r).toMatchObject({ code: 1, err: [expect.stringMatching(/broken\.jsonld: “broken\.jsonld” cannot be imported: it is not valid JSON .* Nothing was changed\.$/)] });
    expect((await cli('import', target, path.join(dir, 'nope.zip'), '--dry-run')).err).toEqual([expect.stringMatching(/nope\.zip: cannot read it \(ENOENT\)/)]);
    expect((await cli('import', path.join(dir, 'absent.sourcemark'), broken, '--dry-run'))).toMatchObject({ code: 2, err: [expect.stringMatching(/does not exist \(a dry run creates nothing\)/)] });
  });
});

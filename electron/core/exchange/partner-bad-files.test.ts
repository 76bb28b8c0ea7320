// Broken files from other tools are refused with a sentence naming the file and the line or
// item, and nothing is written: a brat .ann without its .txt, offsets past the end, ids and
// codes the file does not define, XML with a DTD or entities, a zip whose paths leave it,
// text that is not UTF-8, lines that are not the format's.

import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../api/ops/context';
import { importAnnotations, type ImportOptions } from '../api/ops/merging';
import { Study } from '../store/study';
import { tmpDir } from '../test-support/tmp';
import { CodePointIndex } from '../text/codepoints';

const FIX = path.join(__dirname, '../formats/__fixtures__');
const text = (rel: string) => fs.readFileSync(path.join(FIX, rel), 'utf8');
const NOW = '2026-04-01T10:00:00.000Z';
const b64 = (b: Uint8Array | string) => Buffer.from(b).toString('base64');
const txt = { name: 'protest.txt', dataBase64: b64(text('brat/protest.txt')) };
const ANN = text('brat/protest.ann');
const QC = text('refi/qualcoder/project.qde');
const QC_SOURCE = fs.readdirSync(path.join(FIX, 'refi/qualcoder/sources'))[0]!;
const qdpx = (xml: string) => zipSync({ 'project.qde': strToU8(xml), [`sources/${QC_SOURCE}`]: strToU8(text(`refi/qualcoder/sources/${QC_SOURCE}`)) });
const LS = JSON.parse(text('labelstudio/export-2024.json'));
const lsWith = (edit: (task: { annotations: Array<{ result: Array<Record<string, unknown>> }> }) => void) => {
  const copy = structuredClone(LS);
  edit(copy[0]);
  return JSON.stringify(copy);
};

const cases: Array<[string, string, Uint8Array | string, ImportOptions, RegExp]> = [
  ['a brat .ann without its .txt', 'protest.ann', ANN, {}, /“protest\.ann” cannot be imported: its text is missing: a brat \.ann needs its \.txt \(protest\.txt\)/],
  ['a zip with an .ann whose .txt is missing', 'pairs.zip', zipSync({ 'a/protest.ann': strToU8(ANN) }), {}, /its file a\/protest\.ann has no protest\.txt beside it/],
  ['brat offsets past the end', 'protest.ann', 'T1\tLocation 25 999\tOsh\n', { companions: [txt] }, /protest\.ann, line 1 has offsets 25–999 past the end of its text \(\d+ characters\)/],
  ['a brat attribute of an id the file does not define', 'protest.ann', 'T1\tLocation 25 28\tOsh\nA1\tVerdict T9 True\n', { companions: [txt] }, /protest\.ann, line 2: A1 refers to T9, which the file does not define/],
  ['a line that is not standoff', 'protest.ann', 'T1\tLocation 25 28\tOsh\nthis is prose\n', { companions: [txt] }, /protest\.ann, line 2: this is not a brat standoff line/],
  ['a .txt that is not UTF-8', 'protest.ann', 'T1\tLocation 25 28\tOsh\n', { companions: [{ name: 'protest.txt', dataBase64: b64(new Uint8Array([0x4f, 0x73, 0xff, 0x68])) }] }, /protest\.txt is not UTF-8 text/],
  ['a zip whose path leaves it (zip-slip)', 'pairs.zip', zipSync({ '../../evil.ann': strToU8('T1\tX 0 1\ta\n'), '../../evil.txt': strToU8('a') }), {}, /holds a file whose path leaves the archive/],
  ['a REFI project with a DTD and entities', 'project.qde', QC.replace('<Project', '<!DOCTYPE Project [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>\n<Project'), {}, /cannot be imported: it declares a document type \(DTD\) on line 2/],
  ['a REFI selection coded with an unknown code', 'p.qdpx', qdpx(QC.replace('targetGUID="2c3d4e5f', 'targetGUID="ffffffff')), {}, /selection a1000000-0000-4000-8000-000000000002 \(line \d+\) is coded with ffffffff-.*, which the codebook does not define/],
  ['REFI positions past the end', 'p.qdpx', qdpx(QC.replace('startPosition="90" endPosition="109"', 'startPosition="90" endPosition="9000"')), {}, /selection a1000000-0000-4000-8000-000000000003 \(line \d+\) has offsets 90–9000 past the end/],
  ['REFI XML not well-formed', 'p.qdpx', qdpx(QC.replace('</Sources>', '')), {}, /project\.qde is not well-formed XML: <Sources> opened on line \d+ is not closed in order/],
  ['a REFI source whose text is not in the archive', 'p.qdpx', zipSync({ 'project.qde': strToU8(QC) }), {}, /none of its sources' texts are in it/],
  ['Label Studio offsets past the end', 'ls.json', lsWith((t) => ((t.annotations[0]!.result[0]!.value as { end: number }).end = 9999)), {}, /task 101, annotation 7, region r1 has offsets 25–9999 past the end of its text/],
  ['a Label Studio relation to a region that is not there', 'ls.json', lsWith((t) => (t.annotations[0]!.result[3]!.to_id = 'nope')), {}, /task 101, annotation 7: a relation refers to a region the annotation does not hold/],
  ['a doccano line that is not JSON', 'd.jsonl', text('doccano/labels.jsonl') + '{"text": "x", "label": [\n', {}, /line 3 is not a JSON record/],
  ['doccano offsets past the end', 'd.jsonl', JSON.stringify({ text: 'Osh', label: [[0, 30, 'LOC']] }) + '\n', {}, /line 1, the span “LOC” 0–30 has offsets 0–30 past the end of its text \(3 characters\)/],
  ['a CSV without its columns', 'a.csv', 'document,start,end\nx,0,1\n', {}, /its header lacks the column tag/],
  ['a CSV row with impossible offsets', 'a.csv', 'document,start,end,tag\nx,5,2,claim\n', {}, /row 2 has impossible offsets "5"–"2"/],
  ['JSON that is not UTF-8', 'w.json', new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]), {}, /it is not UTF-8 text/],
];

describe('broken files from other tools', () => {
  const study = Study.create(path.join(tmpDir(), 'target.sourcemark'));
  const ctx: Ctx = { study, now: () => NOW, user: 'Ben', identity: { name: 'Ben', email: null, orcid: null }, index: (id) => new CodePointIndex(study.documents.content(id)!.text), extract: undefined as never };
  const state = () => ({ docs: study.documents.list().length, annotations: study.annotations.listAll().length, tags: study.tags.list().length, verdicts: study.verdicts.list().length, people: study.people.list().length });
  const before = state();

  it.each(cases)('%s is refused with the reason, nothing written', async (_what, name, content, options, message) => {
    const bytes = typeof content === 'string' ? new Uint8Array(Buffer.from(content)) : content;
    const error = await importAnnotations(ctx, name, bytes, options).then(() => null, (e: Error) => e.message);
    expect(error).toMatch(message);
    await expect(importAnnotations(ctx, name, bytes, options)).rejects.toThrow(/Nothing was changed\.$/);
    expect(state()).toEqual(before);
  });
});

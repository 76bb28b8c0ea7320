// The label mapping of an import: the preview says what each incoming label becomes (an
// existing tag by name or by a remembered alias, or a new tag with the file's colour), the
// user's choices change it, and an import remembers them for the next file from that tool.
// New verdicts are named in the preview and added; known ones match by label.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAnnotations, previewImport } from '../api/ops/merging';
import { Study } from '../store/study';
import { tmpDir } from '../test-support/tmp';
import type { Ctx } from '../api/ops/context';
import { CodePointIndex } from '../text/codepoints';

const NOW = '2026-04-01T10:00:00.000Z';
const ctxFor = (study: Study): Ctx => ({ study, now: () => NOW, user: 'Ben', identity: { name: 'Ben', email: null, orcid: null }, index: (id) => new CodePointIndex(study.documents.content(id)!.text), extract: undefined as never });

const FIX = path.join(__dirname, '../formats/__fixtures__');
const bytes = (rel: string) => new Uint8Array(fs.readFileSync(path.join(FIX, rel)));
const fresh = () => Study.create(path.join(tmpDir(), 'labels.sourcemark'));

describe('the label mapping', () => {
  it('previews each label: an existing tag by name (ignoring case, or a built-in id) or a new tag with the file’s colour', async () => {
    const t = fresh();
    const s = await previewImport(ctxFor(t), 'protest.ann', bytes('brat/protest.ann'), {
      companions: ['protest.txt', 'visual.conf', 'annotation.conf', 'kb_shortcuts.conf'].map((n) => ({ name: n, dataBase64: Buffer.from(bytes(`brat/${n}`)).toString('base64') })),
    });
    const by = Object.fromEntries(s.labels.map((l) => [l.name, { via: l.via, target: l.target.name, isNew: l.target.isNew, color: l.color }]));
    expect(by.Location).toEqual({ via: 'name', target: 'Location', isNew: false, color: null });
    expect(by['Group of people']).toEqual({ via: 'new', target: 'Group of people', isNew: true, color: '#AA4499' });
    expect(s.tool).toBe('brat');
    expect(s.verdicts).toEqual([]); // brat's "Mostly_true" is the study's "Mostly true"
    expect(s.notices).toHaveLength(1);
    expect(t.annotations.listAll()).toEqual([]);
  });

  it('takes the user’s choices, and remembers them for the next file from the same tool', async () => {
    const t = fresh();
    const file = bytes('doccano/labels.jsonl');
    const first = await previewImport(ctxFor(t), 'a.jsonl', file);
    const loc = first.labels.find((l) => l.name === 'LOC')!;
    const per = first.labels.find((l) => l.name === 'PER')!;
    expect([loc.via, per.via]).toEqual(['new', 'new']);
    const choices = { [loc.key]: 'location', [per.key]: 'quote' };
    const chosen = await previewImport(ctxFor(t), 'a.jsonl', file, { choices });
    expect(chosen.labels.map((l) => [l.name, l.target.tagId, l.via])).toEqual([['LOC', 'location', 'choice'], ['PER', 'quote', 'choice']]);
    expect(chosen.tags).toEqual([]);
    await importAnnotations(ctxFor(t), 'a.jsonl', file, { choices });
    expect(t.annotations.listAll().map((a) => a.tag).sort()).toEqual(['location', 'location', 'quote']);
    // The next doccano file: the same labels go the same way, without choices.
    const next = await previewImport(ctxFor(t), 'b.jsonl', bytes('doccano/entities.jsonl'));
    const loc2 = await previewImport(ctxFor(t), 'c.jsonl', file);
    expect(loc2.labels.map((l) => [l.name, l.target.tagId, l.via])).toEqual([['LOC', 'location', 'alias'], ['PER', 'quote', 'alias']]);
    expect(next.labels.find((l) => l.name === 'Location')!.via).toBe('name');
    // Another tool's "LOC" is not remembered: a new tag.
    const ls = await previewImport(ctxFor(t), 'min.json', bytes('labelstudio/export-min.json'));
    expect(ls.labels[0]).toMatchObject({ name: 'LOC', via: 'new' });
  });

  it('a choice of null makes a new tag even when one has the name; a choice of a deleted tag is refused', async () => {
    const t = fresh();
    const file = bytes('doccano/entities.jsonl');
    const p = await previewImport(ctxFor(t), 'e.jsonl', file);
    const location = p.labels.find((l) => l.name === 'Location')!;
    const s = await previewImport(ctxFor(t), 'e.jsonl', file, { choices: { [location.key]: null } });
    expect(s.labels.find((l) => l.name === 'Location')!.target).toMatchObject({ name: 'Location (imported)', isNew: true });
    await expect(previewImport(ctxFor(t), 'e.jsonl', file, { choices: { [location.key]: 'tag-gone' } })).rejects.toThrow(/the tag chosen for “Location” no longer exists/);
  });

  it('matches verdicts by label ignoring case, adds new ones and names them in the preview', async () => {
    const t = fresh();
    const csv = 'document_id,document,tag,start,end,verdict\n' + `${'0'.repeat(64)},x,claim,0,1,MOSTLY TRUE\n`;
    await expect(previewImport(ctxFor(t), 'v.csv', new Uint8Array(Buffer.from(csv)))).rejects.toThrow(/not in this study/);
    const ls = JSON.parse(fs.readFileSync(path.join(FIX, 'labelstudio/export-2024.json'), 'utf8'));
    ls[0].annotations[0].result[6].value.choices = ['Satire'];
    const s = await previewImport(ctxFor(t), 'ls.json', new Uint8Array(Buffer.from(JSON.stringify(ls))));
    expect(s.verdicts).toEqual(['Satire']);
    await importAnnotations(ctxFor(t), 'ls.json', new Uint8Array(Buffer.from(JSON.stringify(ls))));
    expect(t.verdicts.list().map((v) => v.label)).toContain('Satire');
  });
});

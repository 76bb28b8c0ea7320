import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/errors';
import { tagKind } from '../../domain/kinds';
import { tagSetToCsv } from '../../formats/tagset-csv';
import { SourcemarkService } from '../service';
import { SAMPLE, sampleBytes } from '../../test-support/samples';
import { tmpDir } from '../../test-support/tmp';
import { testService } from '../../test-support/service';

async function service() {
  const s = testService({ dataDir: tmpDir() }).start();
  const imported = await s.importFile({ name: SAMPLE, dataBase64: Buffer.from(sampleBytes()).toString('base64') });
  if (!('document' in imported)) throw new Error(imported.status === 'refused' ? imported.reason : `not a document: ${imported.fileName}`);
  return { s, doc: imported.document };
}

const names = (s: SourcemarkService) => s.study.tags.list().map((t) => t.name);

function refused(fn: () => unknown, message: RegExp): void {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(AppError);
  expect((error as Error).message).toMatch(message);
}

describe("the study's own tags", () => {
  it('creates a tag with a colour, shortcut, parent and description, and its kind follows the parent', async () => {
    const { s } = await service();
    const tags = s.createTag({ name: 'Health claim', shortcut: 'h', parentId: 'claim', description: 'Claims about health' });
    const health = tags.find((t) => t.name === 'Health claim')!;
    expect(health).toMatchObject({ builtin: false, shortcut: 'h', parentId: 'claim', color: '#E69F00' });
    expect(tagKind(health.id, tags)).toBe('claim');
    const rumour = s.createTag({ name: 'Rumour' }).find((t) => t.name === 'Rumour')!;
    expect(tagKind(rumour.id, s.study.tags.list())).toBeNull();
    expect(rumour.color).not.toBe(health.color);
  });

  it.each<[string, (s: SourcemarkService) => unknown, RegExp]>([
    ['a duplicate name (any case)', (s) => s.createTag({ name: 'claim' }), /already a tag named “Claim”/],
    ['a shortcut already in use', (s) => s.createTag({ name: 'X', shortcut: '1' }), /key 1 already applies “Claim”/],
    ['an empty name', (s) => s.createTag({ name: '  ' }), /needs a name/],
    ['a parent that does not exist', (s) => s.createTag({ name: 'X', parentId: 'nope' }), /parent tag does not exist/],
    ['a built-in under a parent', (s) => s.updateTag({ id: 'quote', parentId: 'claim' }), /stays at the top level/],
    ['deleting a built-in', (s) => s.deleteTag({ id: 'claim' }), /cannot be deleted/],
    ['merging a tag into itself', (s) => s.mergeTags({ from: 'claim', into: 'claim' }), /cannot be merged into itself/],
    ['merging a built-in away', (s) => s.mergeTags({ from: 'quote', into: 'claim' }), /cannot be merged away/],
  ])('refuses %s and changes nothing', async (_name, act, message) => {
    const { s } = await service();
    const before = s.study.tags.list();
    refused(() => act(s), message);
    expect(s.study.tags.list()).toEqual(before);
  });

  it('refuses a parent cycle', async () => {
    const { s } = await service();
    const a = s.createTag({ name: 'A' }).find((t) => t.name === 'A')!;
    const b = s.createTag({ name: 'B', parentId: a.id }).find((t) => t.name === 'B')!;
    refused(() => s.updateTag({ id: a.id, parentId: b.id }), /cannot be placed under its own descendant/);
    refused(() => s.mergeTags({ from: a.id, into: b.id }), /own descendant/);
  });

  it('renames and merges without losing annotations; a used tag cannot simply be deleted', async () => {
    const { s, doc } = await service();
    const x = s.createTag({ name: 'Disputed', shortcut: '5' }).find((t) => t.name === 'Disputed')!;
    const child = s.createTag({ name: 'Disputed figure', parentId: x.id }).find((t) => t.name === 'Disputed figure')!;
    const a = s.createAnnotation({ documentId: doc.id, tag: x.id, start: 0, end: 4 });
    s.createAnnotation({ documentId: doc.id, tag: x.id, start: 5, end: 9 });
    s.updateTag({ id: x.id, name: 'Contested' });
    expect(s.study.annotations.get(a.id)!.tag).toBe(x.id);
    refused(() => s.deleteTag({ id: x.id }), /used by 2 annotations; merge it/);

    const r = s.mergeTags({ from: x.id, into: 'claim' });
    expect(r.moved).toBe(2);
    expect(names(s)).not.toContain('Contested');
    expect(s.study.annotations.get(a.id)!.tag).toBe('claim');
    expect(r.tags.find((t) => t.id === child.id)!.parentId).toBe('claim');
    expect(s.listDocuments()[0]!.tagCounts).toEqual({ claim: 2 });

    s.deleteTag({ id: child.id });
    expect(names(s)).toEqual(['Claim', 'Quote', 'Figure', 'Location']);
  });
});

describe('tag set CSV', () => {
  const csv = (rows: string[]) => ['name,parent,colour,description', ...rows].join('\r\n') + '\r\n';

  it('round-trips: export, import into another study, export again', async () => {
    const { s } = await service();
    const health = s.createTag({ name: 'Health claim', parentId: 'claim', color: '#117733', description: 'Vaccines, "cures", diets', shortcut: 'h' }).find((t) => t.name === 'Health claim')!;
    s.createTag({ name: '=Formula?', parentId: health.id, description: '+1 trick, @mention' });
    s.updateTag({ id: 'figure', color: '#44AA99', description: 'Any number, with its unit' });
    const exported = s.exportTagSet();
    expect(exported.fileName).toBe('My study tags.csv');
    expect(exported.content).toContain("'=Formula?");
    expect(exported.content).toContain('"Vaccines, ""cures"", diets"');

    const { s: other } = await service();
    const r = other.importTagSet({ content: exported.content });
    expect([r.created, r.updated]).toEqual([2, 4]);
    expect(tagSetToCsv(other.study.tags.list())).toBe(exported.content);
    expect(other.study.tags.list().find((t) => t.name === '=Formula?')!.description).toBe('+1 trick, @mention');
  });

  it('accepts parents defined later in the file, #RGB colours, a "color" header and a BOM', async () => {
    const { s } = await service();
    const r = s.importTagSet({ content: '\uFEFFname,parent,color,description\r\nChild,Parent,#abc,\r\nParent,,,"top"\r\n' });
    expect(r.created).toBe(2);
    const parent = r.tags.find((t) => t.name === 'Parent')!;
    expect(r.tags.find((t) => t.name === 'Child')).toMatchObject({ parentId: parent.id, color: '#AABBCC' });
  });

  it.each([
    ['a missing column', 'name,parent,description\r\nA,,x\r\n', /needs the columns .*missing: colour/],
    ['duplicate names', csv(['A,,,', 'B,,,', 'a,,,']), /“a” appears twice \(rows 2 and 4\)/],
    ['an unknown parent', csv(['A,Nowhere,,']), /Row 2: the parent “Nowhere” is neither in the file nor in the study/],
    ['a cycle of parents', csv(['A,C,,', 'B,A,,', 'C,B,,']), /parents form a cycle: A → C → B → A/],
    ['a cycle through the study', csv(['Claim,Sub,,', 'Sub,Claim,,']), /cycle/],
    ['a bad colour', csv(['A,,red,']), /Row 2: “red” is not a colour/],
    ['a bad shortcut', 'name,parent,colour,description,shortcut\r\nA,,,,ab\r\n', /shortcut “ab”/],
    ['an empty file', 'name,parent,colour,description\r\n', /no tags/],
    ['a clashing shortcut', 'name,parent,colour,description,shortcut\r\nA,,,,1\r\n', /key 1 already applies “Claim”/],
  ])('refuses %s, changing nothing', async (_name, content, message) => {
    const { s } = await service();
    const before = s.study.tags.list();
    refused(() => s.importTagSet({ content }), message);
    expect(s.study.tags.list()).toEqual(before);
  });
});

describe('verdicts and people', () => {
  it('edits the verdict list, counts verdicts per document, and refuses to orphan one', async () => {
    const { s, doc } = await service();
    const a = s.createAnnotation({ documentId: doc.id, tag: 'claim', start: 0, end: 10 });
    s.updateAnnotation({ id: a.id, fields: { claim: { verdict: 'misleading', rationale: '', sources: [], checkedBy: null, checkedAt: null } } });
    expect(s.listDocuments()[0]!.verdictCounts).toEqual({ misleading: 1 });

    const list = s.getSession().verdicts;
    const renamed = list.map((v) => (v.id === 'misleading' ? { ...v, label: 'Half true' } : v));
    expect(s.saveVerdicts({ verdicts: [...renamed, { id: 'satire', label: 'Satire', color: '#999933' }] }).map((v) => v.label)).toContain('Half true');
    refused(() => s.saveVerdicts({ verdicts: renamed.filter((v) => v.id !== 'misleading') }), /“Half true” is the verdict of 1 claim/);
    refused(() => s.saveVerdicts({ verdicts: [...renamed, { id: 'x', label: 'half TRUE', color: '#000000' }] }), /appears twice/);
    expect(s.getSession().verdicts.map((v) => v.id)).toContain('misleading');
    // Swapping two labels is fine.
    const swapped = s.getSession().verdicts.map((v) => (v.id === 'true' ? { ...v, label: 'False' } : v.id === 'false' ? { ...v, label: 'True' } : v));
    expect(s.saveVerdicts({ verdicts: swapped }).find((v) => v.id === 'true')!.label).toBe('False');
  });

  it('keeps one record per person and refuses facts that point nowhere', async () => {
    const { s, doc } = await service();
    const p = s.savePerson({ name: ' Adakhan  Madumarov ', role: 'opposition leader' });
    expect(p.name).toBe('Adakhan Madumarov');
    expect(s.savePerson({ name: 'adakhan madumarov', role: 'Opposition leader' }).id).toBe(p.id);
    const a = s.createAnnotation({ documentId: doc.id, tag: 'quote', start: 0, end: 10 });
    s.updateAnnotation({ id: a.id, fields: { quote: { speakerId: p.id } } });
    expect(s.study.annotations.get(a.id)!.fields.quote).toEqual({ speakerId: p.id });
    refused(() => s.updateAnnotation({ id: a.id, fields: { quote: { speakerId: 'person-nobody' } } }), /speaker is no longer in this study/);
    refused(() => s.updateAnnotation({ id: a.id, fields: { claim: { verdict: 'nope', rationale: '', sources: [], checkedBy: null, checkedAt: null } } }), /no verdict “nope”/);
    expect(s.listPeople()).toEqual([p]);
  });

  it('adjusts a span and recomputes its quote', async () => {
    const { s, doc } = await service();
    const a = s.createAnnotation({ documentId: doc.id, tag: 'claim', start: 0, end: 4 });
    const b = s.updateAnnotation({ id: a.id, start: 1, end: 8 });
    expect(b.exact).toBe(s.study.documents.content(doc.id)!.text.slice(1, 8));
    refused(() => s.updateAnnotation({ id: a.id, start: 8, end: 8 }), /outside the document/);
  });
});

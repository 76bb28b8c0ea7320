// The readers of other tools' files, table-driven: each fixture (written from the published
// definitions and shaped the way the tools write them) is recognised by its content whatever
// it is called, and read into annotations whose spans read their words in our canonical text.

import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readIncoming } from '../exchange/read';
import { sliceCodePoints } from '../text/codepoints';
import type { Companion, Incoming, IncomingAnnotation } from './incoming';
import { detectFormat } from './registry';

const FIX = path.join(__dirname, '__fixtures__');
const bytes = (rel: string) => new Uint8Array(fs.readFileSync(path.join(FIX, rel)));
const NOW = '2026-04-01T10:00:00.000Z';

/** A fixture folder as a zip, as a user would send it. */
function zipOf(rel: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string, prefix: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name), `${prefix}${e.name}/`);
      else files[`${prefix}${e.name}`] = new Uint8Array(fs.readFileSync(path.join(dir, e.name)));
    }
  };
  walk(path.join(FIX, rel), '');
  return zipSync(files);
}

/** What a test compares: the tag, the words, the note and the facts in words. */
function said(inc: Incoming, a: IncomingAnnotation) {
  const doc = inc.documents.find((d) => d.ref === a.documentRef);
  const words = doc?.text && a.start !== null && a.end !== null ? sliceCodePoints(doc.text, a.start, a.end) : null;
  const person = a.fields.quote?.speakerId ? inc.people.find((p) => p.id === a.fields.quote!.speakerId) : undefined;
  const verdict = a.fields.claim?.verdict ? inc.verdicts.find((v) => v.id === a.fields.claim!.verdict)?.label : undefined;
  return {
    tag: a.tagName,
    words,
    ...(words !== a.exact ? { quote: a.exact } : {}),
    ...(a.note ? { note: a.note } : {}),
    ...(verdict ? { verdict } : {}),
    ...(a.fields.claim?.sources.length ? { sources: a.fields.claim.sources.map((s) => s.url) } : {}),
    ...(person ? { speaker: person.role ? `${person.name} (${person.role})` : person.name } : {}),
    ...(a.fields.figure ? { figure: [a.fields.figure.qualifier, a.fields.figure.value, a.fields.figure.unit].join(' ') } : {}),
    ...(a.fields.location ? { place: `${a.fields.location.name} ${a.fields.location.geonamesId ?? 'pin'} ${a.fields.location.lat},${a.fields.location.lon}` } : {}),
  };
}

interface Case {
  name: string;
  file: () => Uint8Array;
  /** What the user called it: a misleading name, to show the content decides. */
  as: string;
  companions?: () => Companion[];
  format: string;
  expect: Array<ReturnType<typeof said>>;
  check?: (inc: Incoming) => void;
}

const OSH = 'Osh 1527534 40.528,72.799'; // the offline gazetteer's coordinates

const cases: Case[] = [
  {
    name: 'brat: an .ann with its .txt (CRLF, an emoji), relations, an event, attributes, normalizations, a discontinuous span',
    file: () => bytes('brat/protest.ann'),
    as: 'protest.ann',
    companions: () => ['protest.txt', 'annotation.conf', 'visual.conf', 'kb_shortcuts.conf'].map((n) => ({ name: n, bytes: bytes(`brat/${n}`) })),
    format: 'brat',
    expect: [
      { tag: 'Location', words: 'Osh', place: OSH },
      { tag: 'Quote', words: 'The governor has fled', verdict: 'Mostly true', speaker: 'Ishengul Boljurova' },
      { tag: 'Person', words: 'Ishengul Boljurova', note: 'Alias: Ishengul Boljurova' },
      { tag: 'Figure', words: 'At least 400 people', note: 'Check the police count.', figure: 'at least 400 people' },
      { tag: 'Place', words: 'North', note: 'Part 1 of 2 of a discontinuous brat annotation (T5: “North Jalal-Abad”)' },
      { tag: 'Place', words: 'Jalal-Abad', note: 'Part 2 of 2 of a discontinuous brat annotation (T5: “North Jalal-Abad”)' },
      { tag: 'March', words: 'marched', note: 'Negation\nMarch: Agent Protesters, Destination North Jalal-Abad' },
      { tag: 'Group of people', words: 'Protesters' },
      { tag: 'Person', words: 'Ishengul Boljurova', note: 'Wikidata: https://www.wikidata.org/wiki/Q4115189 (Ishengul Boljurova)\nAlias: Ishengul Boljurova' },
    ],
    check(inc) {
      expect(inc.documents[0]!.text).not.toContain('\r');
      const group = inc.tags.find((t) => t.name === 'Group of people')!;
      expect(group).toMatchObject({ color: '#AA4499', shortcut: 'g' });
      expect(inc.tags.find((t) => t.name === 'Place')!.parentId).toBe(inc.tags.find((t) => t.name === 'Location')!.id);
      expect(inc.notices).toEqual([expect.stringMatching(/1 discontinuous annotation .* split into one annotation per fragment/)]);
    },
  },
  {
    name: 'brat: a zip of pairs, brat’s own tutorial (13 pairs, its configuration)',
    file: () => {
      const dir = path.join(__dirname, '../../../test-fixtures/validators/brat/examples/tutorial-news');
      return zipSync(Object.fromEntries(fs.readdirSync(dir).map((f) => [`tutorial-news/${f}`, strToU8(fs.readFileSync(path.join(dir, f), 'utf8'))])));
    },
    as: 'tutorial.zip',
    format: 'brat',
    expect: [],
    check(inc) {
      expect(inc.documents).toHaveLength(13);
      expect(inc.annotations.length).toBeGreaterThan(100);
      for (const a of inc.annotations) expect(a.exact).toBe(sliceCodePoints(inc.documents.find((d) => d.ref === a.documentRef)!.text!, a.start!, a.end!));
      const money = inc.annotations.find((a) => a.exact === '$100 million')!;
      expect(money.note).toBe('100000000 USD');
      expect(inc.tags.find((t) => t.name === 'Organization')).toMatchObject({ color: '#A7C2FF', shortcut: 'o' });
      // A quote-free relation is said in the note of its first argument.
      expect(inc.annotations.find((a) => a.exact === 'banks')!.note).toBe('Origin: Switzerland');
    },
  },
  {
    name: 'REFI-QDA: a QualCoder project (.qdpx; sources/, names are the coded text, nested codes with colours)',
    file: () => zipOf('refi/qualcoder'),
    as: 'protests.zip',
    format: 'refi',
    expect: [
      { tag: 'Cities', words: 'Osh' },
      { tag: 'Quotes', words: 'The governor has fled', note: 'Fled, or absent?' },
      { tag: 'Numbers', words: 'At least 400 people' },
    ],
    check(inc) {
      expect(inc.tool).toBe('refi:QualCoder');
      const places = inc.tags.find((t) => t.name === 'Places')!;
      expect(inc.tags.find((t) => t.name === 'Cities')).toMatchObject({ color: '#F781F3', parentId: places.id });
      expect(places.description).toBe('Where it happened');
      expect(inc.annotations[0]).toMatchObject({ id: 'a1000000-0000-4000-8000-000000000001', author: 'default', created: '2024-02-01T10:11:12.000Z' });
    },
  },
  {
    name: 'REFI-QDA: MAXQDA-shaped (Sources/, BOM, CRLF counted as two, end inclusive, zone-less dates, notes, a picture)',
    file: () => zipOf('refi/maxqda'),
    as: 'Proteste.qdpx',
    format: 'refi',
    expect: [
      { tag: 'Ort', words: 'Jalal-Abad' },
      { tag: 'Zitat', words: 'The governor has fled', note: 'Memo: Compare with the RFE/RL report.' },
    ],
    check(inc) {
      expect(inc.tool).toBe('refi:MAXQDA');
      expect(inc.annotations[0]).toMatchObject({ author: 'Jana Weber', created: '2023-11-05T14:03:22.000Z', modified: '2023-11-06T09:00:00.000Z' });
      expect(inc.notices).toEqual([expect.stringMatching(/1 source left out .*crowd\.jpg \(picture\)/), expect.stringMatching(/end inclusive/)]);
    },
  },
  {
    name: 'REFI-QDA: a codebook (.qdc) brings its codes as tags',
    file: () => bytes('refi/codebook.qdc'),
    as: 'codes.xml',
    format: 'refi',
    expect: [],
    check(inc) {
      expect(inc.tags.map((t) => [t.name, t.color])).toEqual([['Claim', '#D55E00'], ['Health claim', '#117733'], ['Rumour', '#AA4499']]);
      expect(inc.tags[1]!.parentId).toBe(inc.tags[0]!.id);
    },
  },
  {
    name: 'Label Studio: a 2024 export (code points), with a relation, a per-region note and verdict, a prediction',
    file: () => bytes('labelstudio/export-2024.json'),
    as: 'project-1-at-2024.json',
    format: 'labelstudio',
    expect: [
      { tag: 'Location', words: 'Osh' },
      { tag: 'Quote', words: 'The governor has fled', verdict: 'Mostly true', speaker: 'Ishengul Boljurova' },
      { tag: 'Person', words: 'Ishengul Boljurova' },
      { tag: 'Figure', words: 'At least 400 people', note: 'Police said 300.' },
    ],
    check(inc) {
      expect(inc.annotations[0]).toMatchObject({ author: 'dana@example.org', created: '2024-05-10T12:34:56.789Z' });
      expect(inc.documents[0]!.meta!.title).toBe('Protest in Osh');
      expect(inc.notices).toEqual([expect.stringMatching(/1 prediction/), expect.stringMatching(/1 result .* left out/)]);
    },
  },
  {
    name: 'Label Studio: a 2020 export (completions, UTF-16 offsets, Unix times) is measured and converted',
    file: () => bytes('labelstudio/export-2020.json'),
    as: 'export.json',
    format: 'labelstudio',
    expect: [
      { tag: 'Location', words: 'Osh' },
      { tag: 'Location', words: 'Jalal-Abad' },
      { tag: 'Figure', words: 'At least 400 people' },
    ],
    check(inc) {
      expect(inc.notices).toEqual([expect.stringMatching(/UTF-16 units/)]);
      expect(inc.annotations[0]!.created).toBe('2020-09-13T12:26:40.000Z');
    },
  },
  {
    name: 'Label Studio: JSON-MIN',
    file: () => bytes('labelstudio/export-min.json'),
    as: 'min.json',
    format: 'labelstudio',
    expect: [{ tag: 'LOC', words: 'Osh' }],
  },
  {
    name: 'doccano: JSONL with label triples (a line without labels is still a document)',
    file: () => bytes('doccano/labels.jsonl'),
    as: 'admin.jsonl',
    format: 'doccano',
    expect: [
      { tag: 'LOC', words: 'Osh' },
      { tag: 'LOC', words: 'Jalal-Abad' },
      { tag: 'PER', words: 'Ishengul Boljurova' },
    ],
    check: (inc) => expect(inc.documents).toHaveLength(2),
  },
  {
    name: 'doccano: entities and relations (a quote said by a person), a document label counted',
    file: () => bytes('doccano/entities.jsonl'),
    as: 'all.jsonl',
    format: 'doccano',
    expect: [
      { tag: 'Quote', words: 'The governor has fled', speaker: 'Ishengul Boljurova' },
      { tag: 'Person', words: 'Ishengul Boljurova' },
      { tag: 'Location', words: 'Osh' },
    ],
    check: (inc) => expect(inc.notices).toEqual([expect.stringMatching(/1 label of whole documents/)]),
  },
  {
    name: 'CSV from a spreadsheet (semicolons, its own column names, a place by name, a formula-looking note)',
    file: () => bytes('csv/spreadsheet.csv'),
    as: 'sheet.txt',
    format: 'csv',
    expect: [
      { tag: 'Location', words: null, quote: 'Osh', place: OSH },
      { tag: 'Quote', words: null, quote: 'The governor has fled', note: 'Fled, or absent?', speaker: 'Ishengul Boljurova (opposition)' },
      { tag: 'Numbers', words: null, quote: 'At least 400 people', note: '=1+1', verdict: 'Mostly true' },
      { tag: 'Location', words: null, quote: 'Jalal-Abad' },
    ],
    check(inc) {
      expect(inc.documents).toEqual([expect.objectContaining({ ref: 'title:protest.txt', text: null })]);
      expect(inc.annotations.map((a) => [a.start, a.end])).toEqual([[25, 28], [41, 62], [90, 109], [134, 144]]);
    },
  },
  {
    name: 'W3C from another tool: bodies by purpose, several targets and tags, no sm: keys',
    file: () => bytes('w3c/other-tool.jsonld'),
    as: 'annotations.json',
    format: 'w3c',
    expect: [
      { tag: 'Claim', words: null, quote: 'protesters took over the regional government in Jalalabad', note: 'Check against RFE/RL reporting.', verdict: 'mostly true', sources: ['https://www.rferl.org/a/1057723.html'] },
      { tag: 'location', words: null, quote: 'Osh', place: OSH },
      { tag: 'Location', words: null, quote: 'Jalalabad', place: 'Jalal-Abad Region 99999999 41,73' },
      { tag: 'Quote', words: null, quote: 'First, two people riding horses pushed their way through', speaker: 'An employee (prosecution service)' },
      { tag: 'Figure', words: null, quote: 'At least 400 people', figure: 'at least 400 people' },
      { tag: 'Protest', words: null, quote: "crowds calling for President Akaev's resignation" },
      { tag: 'Storming', words: null, quote: "crowds calling for President Akaev's resignation" },
      { tag: 'Protest', words: null, quote: 'surged into the building' },
      { tag: 'Storming', words: null, quote: 'surged into the building' },
      { tag: 'Comment', words: null, quote: 'widely referred to as Kyrgyzstan\'s "southern capital"', note: 'Worth a follow-up.' },
    ],
    check(inc) {
      expect(inc.tool).toBe('w3c:Annotator');
      const claim = inc.annotations[0]!;
      expect(claim).toMatchObject({ author: 'Ana Checker', created: '2026-03-18T07:00:00.000Z', fields: { claim: { checkedBy: 'Ana Checker', checkedAt: '2026-03-18' } } });
      expect(inc.annotations[1]!.author).toBe('https://annotations.example.org/users/bo');
    },
  },
];

describe.each(cases)('$name', (c) => {
  it('is recognised by its content', () => {
    expect(detectFormat(c.file(), c.as)?.id).toBe(c.format);
    expect(detectFormat(c.file(), 'renamed.bin')?.id).toBe(c.format);
  });

  it('reads every annotation onto its words', async () => {
    const inc = await readIncoming(c.as, c.file(), { now: NOW, user: 'Importer', companions: c.companions?.() ?? [] });
    expect(inc.kind).toBe(c.format);
    if (c.expect.length) expect(inc.annotations.map((a) => said(inc, a))).toEqual(c.expect);
    for (const d of inc.documents) if (d.text !== null) expect(d.ref).toMatch(/^[0-9a-f]{64}$/);
    c.check?.(inc);
  });
});

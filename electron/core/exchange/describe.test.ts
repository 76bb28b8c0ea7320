import { describe, expect, it } from 'vitest';
import { describeImport } from './describe';
import type { ImportSummary } from './merge';

const none: ImportSummary = {
  origin: 'x.zip',
  kind: 'package',
  tool: 'package',
  notices: [],
  documents: { added: [], matched: 1, reanchored: [] },
  annotations: { added: 0, changed: 0, unchanged: 0, duplicates: 0, conflicts: 0, deleted: 0, deletedHere: 0, unanchored: 0, reanchored: 0 },
  tags: [],
  verdicts: [],
  people: [],
  labels: [],
};

describe('describeImport', () => {
  it.each<[string, Partial<ImportSummary['annotations']>, Partial<ImportSummary>, string[]]>([
    ['nothing to do', {}, {}, ['Documents: 1 document already here.', 'Nothing new to add.']],
    ['only unanchored', { unanchored: 2 }, {}, ['Documents: 1 document already here.', '2 annotations could not be placed in the text and will be listed as unanchored.']],
    [
      'a bit of everything',
      { added: 1, changed: 2, deleted: 1, unchanged: 3, duplicates: 1, deletedHere: 1, conflicts: 1 },
      { tags: ['Source'], people: ['Ana'] },
      [
        'Documents: 1 document already here.',
        'Annotations: 1 annotation added, 2 changed, 1 deleted (deleted by them), 3 already here, 1 duplicate skipped, 1 left out (deleted here).',
        '1 conflict (changed on both sides): the newer version is kept, the other waits for review.',
        'New tags Source; people Ana.',
      ],
    ],
    [
      'a web page matched by address',
      { added: 4, reanchored: 4 },
      { documents: { added: [], matched: 0, reanchored: ['Osh report'] } },
      ['Documents: 1 document matched by web address or title, its annotations placed by their quotes (Osh report).', 'Annotations: 4 annotations added.', '4 annotations re-anchored by quote onto this study’s text.'],
    ],
  ])('%s', (_name, annotations, rest, lines) => {
    expect(describeImport({ ...none, ...rest, annotations: { ...none.annotations, ...annotations } })).toEqual(lines);
  });
});

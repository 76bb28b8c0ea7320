import { describe, expect, it } from 'vitest';
import { describeImport } from './describe';
import type { ImportSummary } from './merge';

const none: ImportSummary = {
  origin: 'x.zip',
  kind: 'package',
  tool: 'package',
  notices: [],
  documents: { added: [], matched: 1, reanchored: [], deleted: [], kept: [], deletedHere: [], deletedHereChanged: [], sources: 0, filed: 0 },
  collections: [],
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
      { documents: { ...none.documents, matched: 0, reanchored: ['Osh report'] } },
      ['Documents: 1 document matched by web address or title, its annotations placed by their quotes (Osh report).', 'Annotations: 4 annotations added.', '4 annotations re-anchored by quote onto this study’s text.'],
    ],
    [
      'documents deleted on either side, collections and file records',
      { unchanged: 3 },
      { documents: { ...none.documents, deleted: ['Old memo'], kept: ['Osh report'], deletedHere: ['Draft'], deletedHereChanged: ['Notes', 'Minutes'], sources: 2, filed: 3 }, collections: ['Press releases'] },
      [
        'Documents: 1 document already here; 1 document deleted by them, moved to the trash (Old memo); 1 document left out (deleted here: Draft).',
        '1 document deleted by them but worked on here since, so kept (Osh report).',
        '2 documents deleted here but worked on by them since, left out (Notes, Minutes): restore them from the trash and import again to take their work.',
        'Library: new collection Press releases; 3 documents put in a collection; the original file’s record for 2 documents.',
        'Annotations: 3 already here.',
      ],
    ],
    ['only a deletion', {}, { documents: { ...none.documents, matched: 0, deleted: ['Old memo'] } }, ['Documents: 1 document deleted by them, moved to the trash (Old memo).']],
  ])('%s', (_name, annotations, rest, lines) => {
    expect(describeImport({ ...none, ...rest, annotations: { ...none.annotations, ...annotations } })).toEqual(lines);
  });
});

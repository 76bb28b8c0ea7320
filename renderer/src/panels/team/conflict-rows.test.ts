import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../electron/core/api/contract';
import { conflictRows } from './conflict-rows';

const names = {
  tags: [{ id: 'claim', name: 'Claim' }] as never,
  verdicts: [{ id: 'true', label: 'True', color: '#0a0' }, { id: 'false', label: 'False', color: '#a00' }],
  people: [{ id: 'p1', name: 'Ishengul Boljurova', role: '' }],
};
const base: Annotation = {
  id: 'a', documentId: 'd', tag: 'claim', start: 3, end: 10, exact: 'the text', prefix: '', suffix: '', note: '',
  fields: { claim: { verdict: 'true', rationale: 'Seen on video', sources: [{ url: 'https://example.org/a', title: 'A' }], checkedBy: null, checkedAt: null } },
  author: 'Ana', created: '2026-03-18T09:00:00.000Z', modified: '2026-03-18T09:00:05.000Z',
};
const claim = (patch: object) => ({ ...base.fields.claim!, ...patch });

describe('conflict rows', () => {
  it.each([
    ['a verdict', { fields: { claim: claim({ verdict: 'false' }) } }, ['Verdict', 'True', 'False']],
    ['a rationale', { fields: { claim: claim({ rationale: 'Two witnesses' }) } }, ['Rationale', 'Seen on video', 'Two witnesses']],
    ['a citation added', { fields: { claim: claim({ sources: [{ url: 'https://example.org/a', title: 'A' }, { url: null, title: 'Box 4' }] }) } }, ['Sources', 'A — https://example.org/a', 'A — https://example.org/a\nBox 4']],
    ['a note', { note: 'check again' }, ['Note', '', 'check again']],
    ['the span', { start: 4 }, ['Position', '3–10', '4–10']],
  ])('shows %s side by side, marked as differing', (_, patch, [field, kept, other]) => {
    const rows = conflictRows(base, { ...base, ...patch, modified: '2026-03-18T09:00:17.000Z' }, names);
    expect(rows.find((r) => r.field === field)).toEqual({ field, kept, other, differs: true });
    expect(rows.find((r) => r.field === 'Changed')).toEqual({ field: 'Changed', kept: '2026-03-18 09:00:05', other: '2026-03-18 09:00:17', differs: true });
    expect(rows.filter((r) => r.differs).map((r) => r.field)).toEqual([field, 'Changed']);
  });

  it('leaves out fields neither side sets, and shows a deletion with its time and author', () => {
    const rows = conflictRows(base, { deleted: '2026-03-18T09:01:02.000Z', by: 'Ben' }, names);
    expect(rows.map((r) => r.field)).toEqual(['Tag', 'Text', 'Position', 'Verdict', 'Rationale', 'Sources', 'Created by', 'Changed', 'Deleted']);
    expect(rows.at(-1)).toEqual({ field: 'Deleted', kept: '', other: '2026-03-18 09:01:02 by Ben', differs: true });
  });
});

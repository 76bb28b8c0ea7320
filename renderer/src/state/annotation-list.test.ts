import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../electron/core/api/contract';
import { applyAnnotations } from './annotation-list';

const a = (id: string, start: number, end: number, note = ''): Annotation => ({
  id, documentId: 'd', tag: 'claim', start, end, exact: '', prefix: '', suffix: '', note, fields: {}, author: 'x', created: '2026-01-01', modified: '2026-01-01',
});
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((x) => x.id);
const none = new Set<string>();
const base = [a('a', 0, 5), a('b', 10, 20), a('c', 10, 12), a('d', 30, 31)].reduce((l, x) => applyAnnotations(l, [x], none), [] as ReturnType<typeof applyAnnotations>);

// One pass for many changes gives what one change at a time would.
describe('applyAnnotations', () => {
  it.each<[string, Annotation[], string[], string[]]>([
    ['nothing', [], [], ['a', 'b', 'c', 'd']],
    ['deletes', [], ['b', 'd'], ['a', 'c']],
    ['inserts in text order', [a('e', 11, 12), a('f', 40, 41), a('g', 0, 9)], [], ['g', 'a', 'b', 'c', 'e', 'd', 'f']],
    ['replaces by id, moving it', [a('a', 35, 36)], [], ['b', 'c', 'd', 'a']],
    ['both at once', [a('h', 12, 13)], ['a', 'c'], ['b', 'h', 'd']],
  ])('%s', (_what, upserts, deleted, want) => {
    const one = deleted.reduce((l, id) => applyAnnotations(l, [], new Set([id])), upserts.reduce((l, x) => applyAnnotations(l, [x], none), base));
    expect(ids(applyAnnotations(base, upserts, new Set(deleted)))).toEqual(want);
    expect(ids(one)).toEqual(want);
  });

  it('keeps the listed form: no document id, no quote context', () => {
    expect(applyAnnotations([], [a('x', 1, 2, 'n')], new Set())[0]).toEqual({ id: 'x', tag: 'claim', start: 1, end: 2, exact: '', note: 'n', fields: {}, author: 'x', created: '2026-01-01', modified: '2026-01-01' });
  });
});

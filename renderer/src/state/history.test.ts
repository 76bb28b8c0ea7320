import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../electron/core/api/contract';
import { UndoHistory, describeEdit, stepFor, type Edit, type Step } from './history';

const a: Annotation = {
  id: '11111111-1111-4111-8111-111111111111',
  documentId: 'f'.repeat(64),
  tag: 'claim',
  start: 1,
  end: 5,
  exact: 'abcd',
  prefix: '',
  suffix: '',
  note: '',
  fields: {},
  author: 'me',
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
};
const noted = (note: string) => ({ ...a, note });

describe('stepFor', () => {
  it.each<[Edit, string, Step]>([
    [{ kind: 'create', annotation: a } as const, 'undo', { op: 'delete', ids: [a.id] }],
    [{ kind: 'create', annotation: a } as const, 'redo', { op: 'restore', annotations: [a] }],
    [{ kind: 'delete', annotation: a } as const, 'undo', { op: 'restore', annotations: [a] }],
    [{ kind: 'delete', annotation: a } as const, 'redo', { op: 'delete', ids: [a.id] }],
    [{ kind: 'accept', annotations: [a] } as const, 'undo', { op: 'delete', ids: [a.id] }],
    [{ kind: 'accept', annotations: [a] } as const, 'redo', { op: 'restore', annotations: [a] }],
    [{ kind: 'delete-document', id: 'd1', title: 'T' } as const, 'undo', { op: 'restore-document', id: 'd1' }],
    [{ kind: 'delete-document', id: 'd1', title: 'T' } as const, 'redo', { op: 'delete-document', id: 'd1' }],
    [{ kind: 'update', before: a, after: { ...a, tag: 'quote' } } as const, 'undo', { op: 'update', id: a.id, tag: 'claim', note: '', fields: {}, start: 1, end: 5 }],
    [{ kind: 'update', before: a, after: { ...a, tag: 'quote' } } as const, 'redo', { op: 'update', id: a.id, tag: 'quote', note: '', fields: {}, start: 1, end: 5 }],
  ])('%j %s', (change, direction, step) => {
    expect(stepFor(change, direction as 'undo' | 'redo')).toEqual(step);
  });
});

describe('UndoHistory', () => {
  it('undoes and redoes in order, and a new change clears redo', () => {
    const h = new UndoHistory();
    h.record({ kind: 'create', annotation: a });
    h.record({ kind: 'update', before: a, after: noted('x') });
    expect(h.peekUndo()?.kind).toBe('update');
    h.undone();
    expect(h.peekUndo()?.kind).toBe('create');
    expect(h.peekRedo()?.kind).toBe('update');
    h.redone();
    expect(h.canRedo).toBe(false);
    h.undone();
    h.record({ kind: 'delete', annotation: a });
    expect(h.canRedo).toBe(false);
  });

  it('merges note edits of one editing session into one step', () => {
    const h = new UndoHistory();
    h.record({ kind: 'update', before: a, after: noted('I'), mergeKey: 's1' });
    h.record({ kind: 'update', before: noted('I'), after: noted('IWPR'), mergeKey: 's1' });
    h.record({ kind: 'update', before: noted('IWPR'), after: noted('IWPR!'), mergeKey: 's2' });
    expect(h.peekUndo()).toMatchObject({ before: { note: 'IWPR' }, after: { note: 'IWPR!' } });
    h.undone();
    expect(h.peekUndo()).toMatchObject({ before: { note: '' }, after: { note: 'IWPR' } });
  });

  it('describes changes for the Undo menu', () => {
    const name = (t: string) => t[0]!.toUpperCase() + t.slice(1);
    expect(describeEdit({ kind: 'create', annotation: a }, name)).toBe('tag Claim');
    expect(describeEdit({ kind: 'update', before: a, after: noted('x') }, name)).toBe('edit note');
    expect(describeEdit({ kind: 'update', before: a, after: { ...a, end: 4 } }, name)).toBe('adjust span');
    expect(describeEdit({ kind: 'update', before: a, after: { ...a, fields: { quote: { speakerId: 'p' } } } }, name)).toBe('edit Claim details');
  });
});

import { describe, expect, it } from 'vitest';
import type { Selection } from '@tiptap/pm/state';
import { dropWithHighlight, newTagFlow, tagThenDrop } from './tag-flow';

const sel = (from: number, to: number) => ({ from, to }) as Selection;
const settled = () => new Promise((r) => setTimeout(r, 5));

describe('tagging from the reader', () => {
  it('one key, one annotation: keys wait while one is on its way', async () => {
    const flow = newTagFlow();
    let saves = 0;
    let finish!: (v: unknown) => void;
    const save = () => ((saves += 1), new Promise((r) => (finish = r)));
    tagThenDrop(flow, () => sel(3, 7), save, () => {});
    tagThenDrop(flow, () => sel(3, 7), save, () => {});
    expect(saves).toBe(1);
    finish({ id: 'a' });
    await settled();
    tagThenDrop(flow, () => sel(3, 7), save, () => {});
    expect(saves).toBe(2);
  });

  it.each<[string, unknown, boolean, number[]]>([
    ['saved and drawn: dropped with the highlight, not again', { id: 'a' }, true, []],
    ['saved, not drawn (tag hidden): dropped afterwards', { id: 'a' }, false, [7]],
    ['not saved: the selection stays, to try again', undefined, false, []],
  ])('%s', async (_what, made, drawn, drops) => {
    const flow = newTagFlow();
    const dropped: number[] = [];
    tagThenDrop(flow, () => sel(3, 7), () => Promise.resolve(made), (at) => dropped.push(at));
    if (drawn) expect(dropWithHighlight(flow, sel(3, 7))).toBe(7);
    await settled();
    expect(dropped).toEqual(drops);
  });

  it('a selection the user moved on to is never dropped', async () => {
    const flow = newTagFlow();
    const dropped: number[] = [];
    let current = sel(3, 7);
    tagThenDrop(flow, () => current, () => Promise.resolve({ id: 'a' }), (at) => dropped.push(at));
    current = sel(20, 30);
    expect(dropWithHighlight(flow, current)).toBeNull();
    await settled();
    expect(dropped).toEqual([]);
  });
});

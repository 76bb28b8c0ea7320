// What clicks and drags on highlights mean, and where the tag bar goes (table-driven).

import { describe, expect, it } from 'vitest';
import { barPlacement } from './bar';
import { dragEdge, nextAtClick } from './clicks';

describe('nextAtClick: clicks on overlapping highlights cycle through their annotations', () => {
  it.each<[string, string[], string | null, string | null]>([
    ['nothing under the pointer', [], 'a', null],
    ['one annotation', ['a'], null, 'a'],
    ['the same one again', ['a'], 'a', 'a'],
    ['the innermost first', ['f', 'c', 'q'], null, 'f'],
    ['then the next', ['f', 'c', 'q'], 'f', 'c'],
    ['and the next', ['f', 'c', 'q'], 'c', 'q'],
    ['and round again', ['f', 'c', 'q'], 'q', 'f'],
    ['another selected elsewhere: the innermost', ['f', 'c'], 'z', 'f'],
  ])('%s', (_name, ids, selected, expected) => {
    expect(nextAtClick(ids, selected)).toBe(expected);
  });
});

describe('dragEdge', () => {
  it.each<[string, 'start' | 'end', number, { start: number; end: number }]>([
    ['the start moves back', 'start', 5, { start: 5, end: 20 }],
    ['the start moves forward', 'start', 15, { start: 15, end: 20 }],
    ['the start stops one before the end', 'start', 30, { start: 19, end: 20 }],
    ['the end moves forward', 'end', 40, { start: 10, end: 40 }],
    ['the end stops one after the start', 'end', 3, { start: 10, end: 11 }],
  ])('%s', (_name, edge, cp, expected) => {
    expect(dragEdge(edge, { start: 10, end: 20 }, cp)).toEqual(expected);
  });
});

describe('barPlacement', () => {
  const scroller = { getBoundingClientRect: () => ({ top: 100, left: 200, width: 700 }), scrollTop: 1000, clientHeight: 600 };
  it.each<[string, { top: number; bottom: number; left: number }, { top: number; bottom: number; left: number }, { top: number; left: number }]>([
    ['above a one-line selection, from its left end', { top: 300, bottom: 320, left: 400 }, { top: 300, bottom: 320, left: 500 }, { top: 1152, left: 200 }],
    ['right-to-left: the start is on the right, the bar still starts at the left end', { top: 300, bottom: 320, left: 500 }, { top: 300, bottom: 320, left: 380 }, { top: 1152, left: 180 }],
    ['below when there is no room above', { top: 120, bottom: 140, left: 400 }, { top: 160, bottom: 180, left: 300 }, { top: 1088, left: 200 }],
    ['kept on screen for a selection taller than the screen', { top: -2000, bottom: -1980, left: 400 }, { top: 3000, bottom: 3020, left: 300 }, { top: 1552, left: 200 }],
    ['never past the right edge', { top: 300, bottom: 320, left: 880 }, { top: 300, bottom: 320, left: 890 }, { top: 1152, left: 370 }],
  ])('%s', (_name, a, b, expected) => {
    expect(barPlacement(a, b, scroller)).toEqual(expected);
  });
});

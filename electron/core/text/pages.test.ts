import { describe, expect, it } from 'vitest';
import { pageAt } from './pages';

describe('pageAt', () => {
  it.each<[string, number[] | null, number, number | null]>([
    ['an unpaged document', null, 10, null],
    ['no page starts at all', [], 10, null],
    ['the first code point', [0, 100, 250], 0, 1],
    ['the last code point of page 1', [0, 100, 250], 99, 1],
    ['the first code point of page 2', [0, 100, 250], 100, 2],
    ['inside the last page', [0, 100, 250], 9999, 3],
    ['an empty page 2 (it starts where page 3 does)', [0, 100, 100, 250], 100, 3],
    ['text before the first start (a page 1 whose text was dropped)', [5, 100], 2, 1],
    ['a single page', [0], 42, 1],
  ])('%s', (_what, starts, offset, page) => {
    expect(pageAt(starts, offset)).toBe(page);
  });
});

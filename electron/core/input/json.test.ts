import { describe, expect, it } from 'vitest';
import { nestingDepth } from './json';

// The depth check reads past strings in jumps; brackets inside strings, escaped quotes and
// runs of backslashes must not fool it.
describe('nestingDepth', () => {
  it.each<[string, number]>([
    ['{}', 1],
    ['[[[]]]', 3],
    ['{"a": [1, {"b": 2}]}', 3],
    ['{"a": "[[[[{{{{"}', 1],
    ['{"a": "say \\"[[[\\" twice"}', 1],
    ['{"a": "ends in a backslash \\\\", "b": [[1]]}', 3],
    ['{"a": "\\\\\\"[["}', 1],
    ['"unterminated [[[', 0],
  ])('%s → %d', (text, depth) => {
    expect(nestingDepth(text, 100)).toBe(depth);
  });

  it('stops counting once past the limit', () => {
    expect(nestingDepth('['.repeat(10_000), 64)).toBe(65);
  });
});

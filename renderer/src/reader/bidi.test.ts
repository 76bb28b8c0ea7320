// Block direction from text: majority of letters, first letter on a tie, none without letters.

import { describe, expect, it } from 'vitest';
import { textDirection } from './bidi';

describe('textDirection', () => {
  it.each([
    ['Hebrew', 'שלום עולם, זהו משפט.', 'rtl'],
    ['Arabic', 'مرحبا بالعالم. هذه جملة.', 'rtl'],
    ['Persian (Arabic script)', 'سلام دنیا', 'rtl'],
    ['English', 'The governor has fled.', 'ltr'],
    ['Cyrillic', 'Привет мир', 'ltr'],
    ['Hebrew opening with a Latin name', 'Google הודיעה היום על מוצר חדש בישראל.', 'rtl'],
    ['English quoting a Hebrew word', 'The word שלום means peace in Hebrew.', 'ltr'],
    ['Hebrew with digits and punctuation first', '2015: הממשלה הודיעה.', 'rtl'],
    ['a tie goes to the first letter', 'ab שד', 'ltr'],
    ['… either way', 'שד ab', 'rtl'],
    ['no letters', '1,500 — 2015.', null],
    ['empty', '', null],
  ])('%s', (_name, text, dir) => {
    expect(textDirection(text)).toBe(dir);
  });
});

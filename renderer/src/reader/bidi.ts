// The writing direction of a block, from its own text: the direction of most of its letters,
// ties going to the first strong letter (what dir="auto" uses). Majority rather than only the
// first letter, because a Hebrew or Arabic sentence often opens with a Latin name ("Google
// הודיעה…") and is still a right-to-left sentence. Pure, so lists can use it for quotes too.

/** Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …). */
const RTL = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}]/u;
const LETTER = /\p{L}/u;

export type Direction = 'ltr' | 'rtl';

/** Look at no more than this many letters: enough to decide, and a book of 17,000 blocks stays cheap. */
const SAMPLE = 200;
/** After this many letters all of one direction, the rest will not outvote them. */
const CLEAR = 24;

/** The direction of one character: 'rtl' or 'ltr' for a letter, null for anything else. */
function letterDirection(text: string, i: number): Direction | null {
  const c = text.charCodeAt(i);
  // ASCII first: most text is, and a regular expression per character is what costs.
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 'ltr' : null;
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  if (!LETTER.test(ch)) return null;
  return RTL.test(ch) ? 'rtl' : 'ltr';
}

/** 'rtl' or 'ltr' from the letters of `text`; null when it has none (digits, punctuation). */
export function textDirection(text: string): Direction | null {
  let rtl = 0;
  let ltr = 0;
  let first: Direction | null = null;
  for (let i = 0; i < text.length && rtl + ltr < SAMPLE && !(rtl + ltr >= CLEAR && (rtl === 0 || ltr === 0)); i++) {
    const d = letterDirection(text, i);
    if (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff) i++;
    if (!d) continue;
    if (d === 'rtl') rtl++;
    else ltr++;
    first ??= d;
  }
  if (rtl === ltr) return first;
  return rtl > ltr ? 'rtl' : 'ltr';
}

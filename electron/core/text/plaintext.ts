// Plain text → document model. Paragraphs are separated by blank lines; single line breaks
// inside a paragraph are kept (poems, addresses, transcripts depend on them) — except in
// hard-wrapped text (Project Gutenberg, old mailing lists: every line broken near one fixed
// width), where a break that only the width forced is joined back into the paragraph.
// A short first line followed by more text reads as the headline.

import type { Block, Inline } from './model';

export function parsePlainText(text: string): Block[] {
  const paragraphs = text
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '');
  const width = wrapWidth(paragraphs);
  const lines = paragraphs.map((p) => (width ? reflow(p.split('\n'), width) : p.split('\n')));
  const blocks: Block[] = lines.map((ls) => {
    const content: Inline[] = [];
    ls.forEach((line, i) => {
      if (i > 0) content.push({ br: true });
      if (line) content.push({ text: line });
    });
    return { type: 'paragraph', content };
  });
  const first = lines[0];
  if (first?.length === 1 && blocks.length > 1 && looksLikeHeadline(first[0]!)) {
    blocks[0] = { type: 'heading', level: 1, content: [{ text: first[0]! }] };
  }
  return blocks;
}

/** A title is one short line; a sentence (lowercase start, closing punctuation) is not. */
function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  return t.length <= 150 && !/[.:;,]$/.test(t) && !/^\p{Ll}/u.test(t);
}

/** Hard-wrapped text needs enough wrapped lines to tell; below that nothing is joined. */
const MIN_WRAPPED_LINES = 4;
/** Wrap widths people and tools use (fmt, Gutenberg, e-mail): 60–80, with some slack. */
const MIN_WIDTH = 50;
const MAX_WIDTH = 100;
/** Share of inner lines that must look width-broken before the document counts as wrapped. */
const MIN_FULL_SHARE = 0.7;

const firstWord = (line: string) => /^\S*/.exec(line)![0].length;

/**
 * A break was forced by the width when the next line's first word would not have fitted on
 * this line: that is what a greedy wrapper (fmt, Emacs, Gutenberg's tools) guarantees.
 */
function widthBroken(line: string, next: string, width: number): boolean {
  return line.trimEnd().length + 1 + firstWord(next) > width;
}

/** A new line that starts indented or with a list marker was meant to start a line. */
function startsOwnLine(line: string): boolean {
  return /^\s/.test(line) || /^([-*+•]|\d{1,3}[.)]|\(?[a-z]\))\s/.test(line);
}

/**
 * The document's wrap width, or 0 when it is not hard-wrapped. Measured on inner lines
 * (every line of a paragraph but its last); the 95th percentile ignores a stray long line.
 */
function wrapWidth(paragraphs: readonly string[]): number {
  const inner: Array<[string, string]> = [];
  for (const p of paragraphs) {
    const ls = p.split('\n');
    for (let i = 0; i + 1 < ls.length; i++) inner.push([ls[i]!, ls[i + 1]!]);
  }
  if (inner.length < MIN_WRAPPED_LINES) return 0;
  const lengths = inner.map(([l]) => l.trimEnd().length).sort((a, b) => a - b);
  const width = lengths[Math.floor(0.95 * (lengths.length - 1))]!;
  if (width < MIN_WIDTH || width > MAX_WIDTH) return 0;
  const full = inner.filter(([l, n]) => widthBroken(l, n, width)).length;
  return full / inner.length >= MIN_FULL_SHARE ? width : 0;
}

/** Joins width-forced breaks with one space; other breaks stay line breaks. */
function reflow(lines: readonly string[], width: number): string[] {
  const out: string[] = [lines[0]!];
  for (let i = 1; i < lines.length; i++) {
    const prev = out[out.length - 1]!;
    const line = lines[i]!;
    if (!widthBroken(lines[i - 1]!, line, width) || startsOwnLine(line)) out.push(line);
    // A compound broken after its hyphen ("well-" / "known") is joined without a space.
    else out[out.length - 1] = /\p{L}-$/u.test(prev.trimEnd()) ? prev.trimEnd() + line : prev.trimEnd() + ' ' + line;
  }
  return out;
}

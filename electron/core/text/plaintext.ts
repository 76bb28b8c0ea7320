// Plain text → document model. Paragraphs are separated by blank lines; single line breaks
// inside a paragraph are kept (poems, addresses, transcripts depend on them). A short first
// line followed by more text reads as the headline.

import type { Block, Inline } from './model';

export function parsePlainText(text: string): Block[] {
  const paragraphs = text
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '');
  const blocks: Block[] = paragraphs.map((p) => {
    const content: Inline[] = [];
    p.split('\n').forEach((line, i) => {
      if (i > 0) content.push({ br: true });
      if (line) content.push({ text: line });
    });
    return { type: 'paragraph', content };
  });
  const first = paragraphs[0];
  if (first !== undefined && blocks.length > 1 && looksLikeHeadline(first)) {
    blocks[0] = { type: 'heading', level: 1, content: [{ text: first }] };
  }
  return blocks;
}

function looksLikeHeadline(line: string): boolean {
  return !line.includes('\n') && line.trim().length <= 150 && !/[.:;,]$/.test(line.trim());
}

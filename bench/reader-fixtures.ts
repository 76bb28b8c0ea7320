// Inputs of the reader benchmark: the 1 MB dossier again under another title (the same text
// with no annotations, to open side by side with the annotated one), and a ~4.3 MB
// plain-text book, hard-wrapped at 70 columns like a Project Gutenberg file, in three
// layouts: paragraphs between blank lines; no blank lines at all after the title (one block
// of 4 MB with line breaks); blank lines only between chapters (blocks of ~11 kB).

import { SAMPLE, sampleBytes } from '../electron/core/test-support/samples';
import { bigArticle } from './fixtures';

export const DOSSIER = 'A very long dossier';
export const CLEAN_DOSSIER = 'The same dossier, untagged';
export type BookLayout = 'paragraphs' | 'lines' | 'chapters';
export const BOOKS: Record<BookLayout, string> = {
  paragraphs: 'THE LONG BOOK OF THE SOUTH',
  lines: 'THE LONG BOOK WITHOUT BLANK LINES',
  chapters: 'THE LONG BOOK IN CHAPTERS',
};

/** The benchmark's 1 MB article under another first heading: a different document, the same text. */
export function cleanDossier(): string {
  return bigArticle().replace(/^# .*\n/, `# ${CLEAN_DOSSIER}\n`);
}

function wrap(paragraph: string, width = 70): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** A plain-text book of about `targetBytes`: a title line, chapters, hard-wrapped paragraphs. */
export function plainTextBook(layout: BookLayout = 'paragraphs', targetBytes = 4.3 * 1024 * 1024): string {
  const paragraphs = new TextDecoder()
    .decode(sampleBytes(SAMPLE))
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 60);
  const parts = [BOOKS[layout], 'by A. Chronicler'];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    if (i % 40 === 0) parts.push(`CHAPTER ${i / 40 + 1}`);
    // Vary the paragraph lengths: one sentence, the sample's paragraph, or two of them.
    const base = paragraphs[i % paragraphs.length]!;
    const p = i % 3 === 0 ? base.split('. ')[0]! + '.' : i % 3 === 1 ? base : `${base} ${paragraphs[(i + 7) % paragraphs.length]}`;
    const w = wrap(`${p} [${i}]`);
    parts.push(w);
    size += Buffer.byteLength(w) + 2;
  }
  parts.push('THE END. The last line of the book.');
  const [title, ...body] = parts;
  // Paragraphs start indented where no blank line separates them, as in printed books.
  if (layout === 'lines') return `${title}\n\n${body.join('\n    ')}\n`;
  if (layout === 'chapters') return `${title}\n\n${body.join('\n    ').replace(/\n {4}(CHAPTER \d+)/g, '\n\n$1')}\n`;
  return parts.join('\n\n') + '\n';
}

// Text content of an HTML fragment embedded in Markdown. The markup itself is discarded, so
// no imported HTML ever reaches the reader; script and style contents are not text.

import { Parser } from 'htmlparser2';

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);

export function htmlToText(html: string): string {
  let out = '';
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipping++;
        else if (name === 'br' || name === 'p' || name === 'div' || name === 'li') out += ' ';
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
      },
      ontext(text) {
        if (!skipping) out += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out.replace(/\s+/g, ' ').trim();
}

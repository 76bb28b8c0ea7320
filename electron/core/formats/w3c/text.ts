// The text of a W3C collection file: the collection's own fields indented for reading, and
// each annotation on one line of its own. Indenting every annotation's bodies and selectors
// would make a file of 100,000 annotations 70% larger and slower to write and to read, and
// one line per annotation lets a diff of two exports show which annotations changed.

/** Stands for the items while the rest is indented; a string no collection holds (NULs). */
const MARK = '\u0000items\u0000';

export function collectionText(collection: Record<string, unknown>): string {
  const first = collection.first as { items?: unknown[] } | undefined;
  const items = first?.items;
  if (!first || !items?.length) return JSON.stringify(collection, null, 2) + '\n';
  const shell = JSON.stringify({ ...collection, first: { ...first, items: [MARK] } }, null, 2);
  const mark = JSON.stringify(MARK);
  const at = shell.indexOf(mark);
  const indent = shell.slice(shell.lastIndexOf('\n', at) + 1, at);
  const lines = items.map((item) => JSON.stringify(item)).join(`,\n${indent}`);
  return `${shell.slice(0, at)}${lines}${shell.slice(at + mark.length)}\n`;
}

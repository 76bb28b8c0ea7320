// An import's summary in words, the same in the app's preview, its notice and the CLI.
// Pure: the UI runs it too.

import type { ImportSummary } from './merge';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line per kind of change, only for what happens. */
export function describeImport(s: ImportSummary): string[] {
  const a = s.annotations;
  const lines: string[] = [];
  const docs = [
    s.documents.added.length ? `${plural(s.documents.added.length, 'new document')} (${s.documents.added.join(', ')})` : '',
    s.documents.matched ? `${plural(s.documents.matched, 'document')} already here` : '',
    s.documents.reanchored.length ? `${plural(s.documents.reanchored.length, 'document')} matched by web address or title, its annotations placed by their quotes (${s.documents.reanchored.join(', ')})` : '',
  ].filter(Boolean);
  if (docs.length) lines.push(`Documents: ${docs.join('; ')}.`);
  const counts = [
    a.added && `${plural(a.added, 'annotation')} added`,
    a.changed && `${a.changed} changed`,
    a.deleted && `${a.deleted} deleted (deleted by them)`,
    a.unchanged && `${a.unchanged} already here`,
    a.duplicates && `${plural(a.duplicates, 'duplicate')} skipped`,
    a.deletedHere && `${a.deletedHere} left out (deleted here)`,
  ].filter(Boolean);
  if (counts.length) lines.push(`Annotations: ${counts.join(', ')}.`);
  else if (!a.unanchored && !a.conflicts) lines.push('Nothing new to add.');
  if (a.reanchored) lines.push(`${plural(a.reanchored, 'annotation')} re-anchored by quote onto this study’s text.`);
  if (a.conflicts) lines.push(`${plural(a.conflicts, 'conflict')} (changed on both sides): the newer version is kept, the other waits for review.`);
  if (a.unanchored) lines.push(`${plural(a.unanchored, 'annotation')} could not be placed in the text and will be listed as unanchored.`);
  const vocab = [s.tags.length && `tags ${s.tags.join(', ')}`, s.verdicts.length && `verdicts ${s.verdicts.join(', ')}`, s.people.length && `people ${s.people.join(', ')}`].filter(Boolean);
  if (vocab.length) lines.push(`New ${vocab.join('; ')}.`);
  return lines;
}

// An import's summary in words, the same in the app's preview, its notice and the CLI.
// Pure: the UI runs it too.

import type { ImportSummary } from './merge';

/** "1 document", "3 documents". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line per kind of change, only for what happens. */
export function describeImport(s: ImportSummary): string[] {
  const a = s.annotations;
  const d = s.documents;
  const lines: string[] = [];
  const docs = [
    s.documents.added.length ? `${plural(s.documents.added.length, 'new document')} (${s.documents.added.join(', ')})` : '',
    s.documents.matched ? `${plural(s.documents.matched, 'document')} already here` : '',
    s.documents.reanchored.length ? `${plural(s.documents.reanchored.length, 'document')} matched by web address or title, its annotations placed by their quotes (${s.documents.reanchored.join(', ')})` : '',
    d.deleted.length ? `${plural(d.deleted.length, 'document')} deleted by them, moved to the trash (${d.deleted.join(', ')})` : '',
    d.deletedHere.length ? `${plural(d.deletedHere.length, 'document')} left out (deleted here: ${d.deletedHere.join(', ')})` : '',
  ].filter(Boolean);
  if (docs.length) lines.push(`Documents: ${docs.join('; ')}.`);
  if (d.kept.length) lines.push(`${plural(d.kept.length, 'document')} deleted by them but worked on here since, so kept (${d.kept.join(', ')}).`);
  if (d.deletedHereChanged.length) {
    lines.push(`${plural(d.deletedHereChanged.length, 'document')} deleted here but worked on by them since, left out (${d.deletedHereChanged.join(', ')}): restore ${d.deletedHereChanged.length === 1 ? 'it' : 'them'} from the trash and import again to take their work.`);
  }
  const library = [
    s.collections.length ? `new ${s.collections.length === 1 ? 'collection' : 'collections'} ${s.collections.join(', ')}` : '',
    d.filed ? `${plural(d.filed, 'document')} put in a collection` : '',
    d.sources ? `the original file’s record for ${plural(d.sources, 'document')}` : '',
  ].filter(Boolean);
  if (library.length) lines.push(`Library: ${library.join('; ')}.`);
  const counts = [
    a.added && `${plural(a.added, 'annotation')} added`,
    a.changed && `${a.changed} changed`,
    a.deleted && `${a.deleted} deleted (deleted by them)`,
    a.unchanged && `${a.unchanged} already here`,
    a.duplicates && `${plural(a.duplicates, 'duplicate')} skipped`,
    a.deletedHere && `${a.deletedHere} left out (deleted here)`,
  ].filter(Boolean);
  if (counts.length) lines.push(`Annotations: ${counts.join(', ')}.`);
  else if (!a.unanchored && !a.conflicts && !d.deleted.length && !library.length) lines.push('Nothing new to add.');
  if (a.reanchored) lines.push(`${plural(a.reanchored, 'annotation')} re-anchored by quote onto this study’s text.`);
  if (a.conflicts) lines.push(`${plural(a.conflicts, 'conflict')} (changed on both sides): the newer version is kept, the other waits for review.`);
  if (a.unanchored) lines.push(`${plural(a.unanchored, 'annotation')} could not be placed in the text and will be listed as unanchored.`);
  const vocab = [s.tags.length && `tags ${s.tags.join(', ')}`, s.verdicts.length && `verdicts ${s.verdicts.join(', ')}`, s.people.length && `people ${s.people.join(', ')}`].filter(Boolean);
  if (vocab.length) lines.push(`New ${vocab.join('; ')}.`);
  return lines;
}

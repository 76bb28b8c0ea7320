// brat collections on the command line: an .ann named with its .txt beside it, or a folder
// of such pairs, goes to the import as one zip made in memory (the pairs of each folder, with
// brat's .conf files there), so the texts come with their annotations and the .txt files are
// not imported as articles of their own. An .ann without its .txt is left to the import,
// which says what is missing.

import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';

export interface BratBundle {
  /** What the CLI prints and the import names: the folder, or the .ann. */
  label: string;
  /** The zip's name (recognised by content; the name only labels messages). */
  name: string;
  zip: Uint8Array;
  pairs: number;
}

const CONF = /^(annotation|visual|kb_shortcuts|tools)\.conf$/i;

/** Each folder's file names, listed once however many .ann files it holds. */
function lister(): (dir: string) => string[] {
  const seen = new Map<string, string[]>();
  return (dir) => {
    let names = seen.get(dir);
    if (!names) seen.set(dir, (names = fs.readdirSync(dir)));
    return names;
  };
}

/** The sibling .txt of an .ann on disk, or null. */
function textBeside(ann: string, list: (dir: string) => string[]): string | null {
  const dir = path.dirname(path.resolve(ann));
  const want = `${path.basename(ann).replace(/\.ann$/i, '')}.txt`.toLowerCase();
  const hit = list(dir).find((f) => f.toLowerCase() === want);
  return hit ? path.join(dir, hit) : null;
}

/**
 * Takes the brat pairs out of the files to import: one bundle per folder holding pairs.
 * Returns the bundles and the files left for the usual import.
 */
export function bratBundles<T extends { file: string }>(files: readonly T[]): { bundles: BratBundle[]; rest: T[] } {
  const byDir = new Map<string, Array<{ ann: string; txt: string }>>();
  const list = lister();
  for (const { file } of files) {
    if (!/\.ann$/i.test(file) || !fs.existsSync(file)) continue;
    const txt = textBeside(file, list);
    if (!txt) continue;
    const dir = path.dirname(path.resolve(file));
    byDir.set(dir, [...(byDir.get(dir) ?? []), { ann: file, txt }]);
  }
  const taken = new Set<string>();
  const bundles: BratBundle[] = [];
  for (const [dir, pairs] of byDir) {
    const entries: Record<string, Uint8Array> = {};
    for (const { ann, txt } of pairs) {
      for (const f of [ann, txt]) {
        entries[path.basename(f)] = new Uint8Array(fs.readFileSync(f));
        taken.add(path.resolve(f));
      }
    }
    for (const conf of list(dir).filter((f) => CONF.test(f))) {
      entries[conf] = new Uint8Array(fs.readFileSync(path.join(dir, conf)));
      taken.add(path.join(dir, conf));
    }
    const label = pairs.length === 1 ? pairs[0]!.ann : `${path.relative(process.cwd(), dir) || '.'}${path.sep}`;
    bundles.push({ label, name: pairs.length === 1 ? path.basename(pairs[0]!.ann) : `${path.basename(dir)} (brat)`, zip: zipSync(entries), pairs: pairs.length });
  }
  return { bundles, rest: files.filter((f) => !taken.has(path.resolve(f.file))) };
}

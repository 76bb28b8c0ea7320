// Files the app may read for the page: only those the user chose in a native dialog (or
// the system handed over by a double-click), each folder expanded to its files. The page
// can ask for the bytes of these paths and of no other. Pure Node, tested without Electron.

import fs from 'node:fs';
import path from 'node:path';
import type { PickedFile } from '../core/api/host-bridge';

/** Every file in the folders (recursively, hidden ones skipped), with the folder as collection; files as they are. */
export function expandPicked(paths: readonly string[]): PickedFile[] {
  const out: PickedFile[] = [];
  const walk = (dir: string, collection: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p, collection);
      else if (e.isFile()) out.push({ path: p, name: e.name, collection });
    }
  };
  for (const p of paths) {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (stat?.isDirectory()) walk(p, path.basename(p));
    else if (stat?.isFile()) out.push({ path: p, name: path.basename(p) });
  }
  return out;
}

export class HandedFiles {
  private readonly allowed = new Set<string>();

  hand(files: readonly PickedFile[]): PickedFile[] {
    for (const f of files) this.allowed.add(path.resolve(f.path));
    return [...files];
  }

  /** The bytes of a handed-out file as base64; anything else is refused. */
  read(file: string): string {
    const abs = path.resolve(file);
    if (!this.allowed.has(abs)) throw new Error('That file was not chosen by the user.');
    return fs.readFileSync(abs).toString('base64');
  }
}

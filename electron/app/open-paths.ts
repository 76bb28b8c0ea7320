// Files the operating system hands the app: a double-clicked study or article, the command
// line of the first or of a second instance, macOS "open-file". Pure (no Electron), so the
// sorting of arguments is tested under Node; main.ts acts on the result.

import path from 'node:path';
import { STUDY_EXTENSION } from '../core/store/header';

export interface OpenRequest {
  studies: string[];
  articles: string[];
}

/**
 * The files named on a command line: not flags (Chromium's and ours start with "-"), not
 * the executable or the app folder, resolved against the directory the command ran in.
 */
export function filesFromArgv(argv: readonly string[], cwd: string, skip: number): string[] {
  return argv
    .slice(skip)
    .filter((a) => a && !a.startsWith('-') && a !== '.')
    .map((a) => path.resolve(cwd, a));
}

/** Studies open as the study; anything else is offered to the importer (which sniffs the content). */
export function sortOpenRequests(files: readonly string[]): OpenRequest {
  const studies: string[] = [];
  const articles: string[] = [];
  for (const f of files) (f.toLowerCase().endsWith(STUDY_EXTENSION) ? studies : articles).push(f);
  return { studies, articles };
}

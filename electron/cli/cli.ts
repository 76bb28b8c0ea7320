// `sourcemark`: the command-line tool over the same core, for archivists' scripts. A host
// like the others: it opens one study in a service and calls every operation through
// `dispatch`, so requests are checked exactly as the app's are.
//   sourcemark import <study> <files…> [--dry-run]
//       article files (.md, .markdown, .txt) are added as documents; anything else is read as
//       annotations to merge: an exchange package, another study, W3C JSON-LD, brat, REFI-QDA,
//       Label Studio, doccano or CSV (recognised by content). A brat .ann goes with the .txt
//       beside it, and a folder's .ann/.txt pairs go together (brat-pairs.ts). Each file
//       is committed on its own, so every line printed is true of the study afterwards.
//       --dry-run imports into a scratch copy of the study and prints what would happen.
//   sourcemark list <study> [--json]        documents: id, title, annotation count
//   sourcemark text <study> <doc-id>        the canonical text (offsets count its code points)
//   sourcemark suggest <study> <doc-id> [--json]   the whole-document suggestion pass (quotes
//       with speakers, figures, places), as the app offers it; nothing is written
//   sourcemark export <study> --format <format> [--doc <id>]… --out <file|->
// Exit 0 on success, 1 when some files were refused, 2 for a study or document problem,
// 64 for a usage mistake, 70 for an internal error; each problem is one line on stderr
// naming its file.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Method, Request, Responses } from '../core/api/contract';
import { dispatch } from '../core/api/dispatch';
import { AppError } from '../core/domain/errors';
import { describeImport } from '../core/exchange/describe';
import { bratBundles } from './brat-pairs';
import { APP, EXPORT_FORMATS } from '../core/api/ops/export';
import { SourcemarkService } from '../core/api/service';
import { MemorySettings } from '../core/api/settings';
import { Study } from '../core/store/study';
import { canonicalText } from '../core/text/model';

const USAGE = `Usage:
  sourcemark import <study> <files…> [--dry-run]
  sourcemark list <study> [--json]
  sourcemark text <study> <doc-id>
  sourcemark suggest <study> <doc-id> [--json]
  sourcemark export <study> --format <${EXPORT_FORMATS.join('|')}> [--doc <doc-id>]… --out <file|->`;

export interface Io {
  out(text: string | Uint8Array): void;
  err(line: string): void;
}

class UsageError extends Error {}

const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ');

/** The one way the CLI reaches the core: validated, dispatched, unwrapped. */
async function call<M extends Method>(service: SourcemarkService, method: M, request: Request<M>): Promise<Responses[M]> {
  const r = await dispatch(service, method, request);
  if (!r.ok) throw new AppError(r.error.code, r.error.message);
  return r.value as Responses[M];
}

/** Who the work is recorded as: SOURCEMARK_USER, else "Unknown" (never the OS account). */
function settingsFromEnv(env: NodeJS.ProcessEnv): MemorySettings {
  const name = env.SOURCEMARK_USER?.trim();
  return new MemorySettings(name ? { name, email: env.SOURCEMARK_EMAIL ?? null, orcid: null } : null);
}

function openService(file: string, { create, now, env }: { create: boolean; now: () => string; env: NodeJS.ProcessEnv }): SourcemarkService {
  // A script may run while the app has the study open: it waits for the app's writes rather
  // than fail, and writes a large import in short transactions so the app's wait is short.
  return new SourcemarkService({ settings: settingsFromEnv(env), defaultStudyPath: path.resolve(file), now, busyMs: 30_000, sliceImports: true }).startWith(path.resolve(file), { create });
}

/** A full id, or an unambiguous prefix of at least 8 hex digits. */
async function resolveDocument(service: SourcemarkService, given: string | undefined): Promise<string> {
  if (!given) throw new UsageError('missing the document id');
  const matches = (await call(service, 'listDocuments', {})).filter((d) => d.id.startsWith(given.toLowerCase()));
  if (given.length < 8 || matches.length === 0) throw new AppError('not_found', `no document ${given} in ${path.basename(service.study.file)}`);
  if (matches.length > 1) throw new AppError('bad_input', `${given} matches ${matches.length} documents; give more of the id`);
  return matches[0]!.id;
}

/** The files to import: each file named, and every file inside each folder named (recursively, hidden ones skipped), with the folder as its collection. */
function expand(paths: readonly string[]): Array<{ file: string; collection?: string }> {
  const out: Array<{ file: string; collection?: string }> = [];
  const walk = (dir: string, collection: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p, collection);
      else if (e.isFile()) out.push({ file: p, collection });
    }
  };
  for (const p of paths) {
    if (fs.existsSync(p) && fs.statSync(p).isDirectory()) walk(p, path.basename(path.resolve(p)));
    else out.push({ file: p });
  }
  return out;
}

/** What an import of annotations did, in lines (with what the reader left out). */
const merged = (summary: Responses['importAnnotations']) => [...describeImport(summary), ...summary.notices].map((l) => `  ${l}\n`).join('');

/** Import each file in its own transaction, one line per file; returns how many were refused. */
async function importAll(service: SourcemarkService, paths: string[], io: Io, dryRun: boolean): Promise<number> {
  let failed = 0;
  // brat: each folder's .ann/.txt pairs go as one collection, the texts with their annotations.
  const { bundles, rest } = bratBundles(expand(paths));
  for (const b of bundles) {
    try {
      const summary = await call(service, 'importAnnotations', { name: b.name, dataBase64: Buffer.from(b.zip).toString('base64') });
      io.out(`${dryRun ? 'would be merged' : 'merged'}\t${b.label} (brat, ${b.pairs} .ann/.txt pair${b.pairs === 1 ? '' : 's'})\n${merged(summary)}`);
    } catch (e) {
      if (!(e instanceof AppError) || e.code === 'internal') throw new Error(`${b.label}: ${(e as Error).message}`);
      failed++;
      io.err(`sourcemark: ${b.label}: ${oneLine(e.message)}`);
    }
  }
  for (const { file, collection } of rest) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      failed++;
      io.err(`sourcemark: ${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      continue;
    }
    const name = path.basename(file);
    const dataBase64 = bytes.toString('base64');
    try {
      // What the file is comes from its content, not its name: importFile tells a document
      // (imported) from a file of annotations (to merge), as it does for the app.
      const r = await call(service, 'importFile', { name, dataBase64, ...(collection ? { collection } : {}) });
      if (r.status === 'refused') {
        failed++;
        io.err(`sourcemark: ${file}: refused: ${r.reason}`);
      } else if (r.status === 'annotations') {
        const summary = await call(service, 'importAnnotations', { name, dataBase64 });
        io.out(`${dryRun ? 'would be merged' : 'merged'}\t${file}\n${merged(summary)}`);
      } else io.out(`${dryRun ? `would-be-${r.status}` : r.status}\t${r.document.id}\t${oneLine(r.document.title)}\n`);
    } catch (e) {
      if (!(e instanceof AppError) || e.code === 'internal') throw new Error(`${file}: ${(e as Error).message}`);
      failed++;
      io.err(`sourcemark: ${file}: ${oneLine(e.message)}`);
    }
  }
  return failed;
}

/** A scratch copy of a study for a dry run: a consistent snapshot, the original untouched. */
function scratchCopy(file: string): { copy: string; dispose(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcemark-dry-run-'));
  const copy = path.join(dir, path.basename(file));
  const source = Study.openReadOnly(file);
  try {
    fs.writeFileSync(copy, source.db.serialize());
  } finally {
    source.close();
  }
  return { copy, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface RunOptions {
  now?: () => string;
  env?: NodeJS.ProcessEnv;
}

export async function run(argv: string[], io: Io, options: RunOptions = {}): Promise<number> {
  const now = options.now ?? (() => new Date().toISOString());
  const env = options.env ?? process.env;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        format: { type: 'string' },
        doc: { type: 'string', multiple: true },
        out: { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (e) {
    io.err(`sourcemark: ${(e as Error).message}`);
    return 64;
  }
  const { values, positionals } = parsed;
  const [command, studyPath, ...rest] = positionals;
  if (values.version) return io.out(`${APP.version}\n`), 0;
  if (values.help || !command) return io.out(USAGE + '\n'), command || values.help ? 0 : 64;

  let service: SourcemarkService | undefined;
  let scratch: { dispose(): void } | undefined;
  try {
    if (!studyPath) throw new UsageError('missing the study file');
    switch (command) {
      case 'import': {
        if (!rest.length) throw new UsageError('no files to import');
        const dryRun = values['dry-run'] ?? false;
        if (dryRun) {
          if (!fs.existsSync(studyPath)) throw new AppError('not_found', `${studyPath} does not exist (a dry run creates nothing)`);
          const s = scratchCopy(studyPath);
          scratch = s;
          service = openService(s.copy, { create: false, now, env });
        } else service = openService(studyPath, { create: true, now, env });
        const failed = await importAll(service, rest, io, dryRun);
        if (dryRun) io.out('Dry run: nothing was written.\n');
        return failed ? 1 : 0;
      }
      case 'list': {
        service = openService(studyPath, { create: false, now, env });
        const docs = await call(service, 'listDocuments', {});
        if (values.json) io.out(JSON.stringify(docs.map(({ id, title, annotationCount }) => ({ id, title, annotationCount })), null, 2) + '\n');
        else for (const d of docs) io.out(`${d.id}\t${oneLine(d.title)}\t${d.annotationCount}\n`);
        return 0;
      }
      case 'text': {
        service = openService(studyPath, { create: false, now, env });
        const id = await resolveDocument(service, rest[0]);
        io.out(canonicalText((await call(service, 'getDocument', { id })).blocks));
        return 0;
      }
      case 'suggest': {
        service = openService(studyPath, { create: false, now, env });
        const documentId = await resolveDocument(service, rest[0]);
        const found = await call(service, 'suggestDocument', { documentId });
        if (values.json) io.out(JSON.stringify(found, null, 2) + '\n');
        else for (const x of found) io.out(`${x.kind}\t${x.start}-${x.end}\t${x.confident ? 'sure' : 'unsure'}\t${oneLine(x.label)}\t${oneLine(x.exact)}\n`);
        return 0;
      }
      case 'export': {
        const format = values.format ?? 'w3c';
        if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format ${format} (known: ${EXPORT_FORMATS.join(', ')})`);
        if (!values.out) throw new UsageError('missing --out <file> (use --out - for standard output)');
        service = openService(studyPath, { create: false, now, env });
        const ids = values.doc ? await Promise.all(values.doc.map((d) => resolveDocument(service!, d))) : undefined;
        const file = await call(service, 'exportAs', { format: format as (typeof EXPORT_FORMATS)[number], ...(ids ? { documentIds: ids } : {}) });
        const bytes = file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : Buffer.from(file.content, 'utf8');
        if (values.out === '-') io.out(file.encoding === 'base64' ? new Uint8Array(bytes) : file.content);
        else fs.writeFileSync(values.out, bytes);
        return 0;
      }
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`sourcemark: ${e.message} (see sourcemark --help)`);
      return 64;
    }
    io.err(`sourcemark: ${oneLine(e instanceof Error ? e.message : String(e))}`);
    return e instanceof AppError ? 2 : 70;
  } finally {
    service?.close();
    scratch?.dispose();
  }
}

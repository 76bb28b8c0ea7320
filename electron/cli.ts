// `sourcemark`: the command-line tool over the same core, for archivists' scripts.
//   sourcemark import <study> <files…> [--dry-run]
//       article files (.md, .markdown, .txt) are added as documents; anything else is read as
//       annotations to merge: an exchange package, another study, or W3C JSON-LD.
//       --dry-run prints what would happen and writes nothing.
//   sourcemark list <study> [--json]        documents: id, title, annotation count
//   sourcemark text <study> <doc-id>        the canonical text (offsets count its code points)
//   sourcemark export <study> --format <format> [--doc <id>]… --out <file|->
//     formats: w3c, package, brat, csv, refi, claimreview, geojson
// Exit 0 on success; otherwise a one-line reason per problem on stderr and a non-zero code.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from './core/errors';
import { Study } from './core/store/study';
import { APP, EXPORT_FORMATS, exportAs, type ExportFormat } from './core/ops/export';
import { describeImport } from './core/exchange/describe';
import type { Ctx } from './core/ops/context';
import { importAnnotations } from './core/ops/exchange';
import { importArticle, looksLikeArticle } from './core/ops/files';
import { CodePointIndex } from './core/text/codepoints';

const USAGE = `Usage:
  sourcemark import <study> <files…> [--dry-run]
  sourcemark list <study> [--json]
  sourcemark text <study> <doc-id>
  sourcemark export <study> --format <${EXPORT_FORMATS.join('|')}> [--doc <doc-id>]… --out <file|->`;

export interface Io {
  out(text: string | Uint8Array): void;
  err(line: string): void;
}

class UsageError extends Error {}


function openExisting(file: string | undefined): Study {
  if (!file) throw new UsageError('missing the study file');
  return Study.open(file);
}

/** A full id, or an unambiguous prefix of at least 8 hex digits. */
function resolveDocument(study: Study, given: string | undefined): string {
  if (!given) throw new UsageError('missing the document id');
  const matches = study.documents.list().filter((d) => d.id.startsWith(given.toLowerCase()));
  if (given.length < 8 || matches.length === 0) throw new AppError('not_found', `no document ${given} in ${path.basename(study.file)}`);
  if (matches.length > 1) throw new AppError('bad_input', `${given} matches ${matches.length} documents; give more of the id`);
  return matches[0]!.id;
}

function oneLine(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

class RollBack extends Error {}

/** Import each file (an article, or annotations to merge); with dryRun, all of it is rolled back. */
function importAll(study: Study, files: string[], { dryRun, now, io }: { dryRun: boolean; now: () => string; io: Io }): number {
  let failed = 0;
  const identity = { name: process.env.SOURCEMARK_USER || os.userInfo().username || 'Anonymous', email: null, orcid: null };
  const ctx: Ctx = { study, now, user: identity.name, identity, index: (id) => new CodePointIndex(study.documents.content(id)!.text) };
  const verb = dryRun ? 'would be ' : '';
  const work = () => {
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = fs.readFileSync(file);
      } catch (e) {
        failed++;
        io.err(`sourcemark: ${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
        continue;
      }
      if (looksLikeArticle(file)) {
        const r = importArticle(study, file, bytes, now());
        if (r.status === 'refused') {
          failed++;
          io.err(`sourcemark: ${file}: refused: ${r.reason}`);
        } else io.out(`${dryRun ? `would-be-${r.status}` : r.status}\t${r.document.id}\t${oneLine(r.document.title)}\n`);
        continue;
      }
      try {
        const summary = importAnnotations(ctx, path.basename(file), bytes);
        io.out(`${verb}merged\t${file}\n${describeImport(summary).map((l) => `  ${l}\n`).join('')}`);
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        failed++;
        io.err(`sourcemark: ${file}: ${oneLine(e.message)}`);
      }
    }
    if (dryRun) throw new RollBack();
  };
  try {
    study.write(work);
  } catch (e) {
    if (!(e instanceof RollBack)) throw e;
    io.out('Dry run: nothing was written.\n');
  }
  return failed;
}

export function run(argv: string[], io: Io, now = () => new Date().toISOString()): number {
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

  let study: Study | undefined;
  try {
    switch (command) {
      case 'import': {
        if (!studyPath) throw new UsageError('missing the study file');
        if (!rest.length) throw new UsageError('no files to import');
        const dryRun = values['dry-run'] ?? false;
        if (dryRun && !fs.existsSync(studyPath)) throw new AppError('not_found', `${studyPath} does not exist (a dry run creates nothing)`);
        study = fs.existsSync(studyPath) ? Study.open(studyPath) : Study.create(studyPath);
        const failed = importAll(study, rest, { dryRun, now, io });
        return failed ? 1 : 0;
      }
      case 'list': {
        study = openExisting(studyPath);
        const docs = study.documents.list();
        if (values.json) io.out(JSON.stringify(docs.map(({ id, title, annotationCount }) => ({ id, title, annotationCount })), null, 2) + '\n');
        else for (const d of docs) io.out(`${d.id}\t${oneLine(d.title)}\t${d.annotationCount}\n`);
        return 0;
      }
      case 'text': {
        study = openExisting(studyPath);
        io.out(study.documents.content(resolveDocument(study, rest[0]))!.text);
        return 0;
      }
      case 'export': {
        const format = values.format ?? 'w3c';
        if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format ${format} (known: ${EXPORT_FORMATS.join(', ')})`);
        if (!values.out) throw new UsageError('missing --out <file> (use --out - for standard output)');
        study = openExisting(studyPath);
        const s = study;
        const ids = values.doc?.map((d) => resolveDocument(s, d));
        const file = exportAs(study, format as ExportFormat, ids, now());
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
    study?.close();
  }
}

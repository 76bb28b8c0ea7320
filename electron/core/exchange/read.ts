// Reading a file someone gave us into the one shape a merge takes (formats/incoming.ts):
// another study (read in an isolated child process with a time budget), or any format the
// registry knows, recognised by its content whatever it is called, with the files that came
// with it (a brat .ann's .txt). Readers check what they read and refuse a malformed file with
// the reason; they never touch the study. A file that names its documents by title (CSV) has
// them matched to the study's documents here, before the merge.

import { detectReader } from '../formats/registry';
import type { Companion, Incoming } from '../formats/incoming';
import type { DocumentHead } from '../domain/types';
import { formatDuration, InputError } from '../input/errors';
import { DEFAULT_JSON_LIMITS } from '../input/json';
import { isZip, ZipArchive } from '../input/zip';
import { nodeIsolate } from '../isolation/node-isolate';
import { BudgetExceeded, type Isolate } from '../isolation/protocol';
import { SQLITE_MAGIC } from '../store/header';

export type { Incoming, IncomingAnnotation, IncomingDocument } from '../formats/incoming';

export const MAX_JSON_BYTES = DEFAULT_JSON_LIMITS.bytes;
export const MAX_ANNOTATIONS = 1_000_000;

const isStudy = (bytes: Uint8Array) => bytes.length >= 16 && Buffer.from(bytes.subarray(0, 16)).toString('latin1') === SQLITE_MAGIC;

export interface ReadOptions {
  jsonBytes?: number;
  annotations?: number;
  /** Where another study is read (a child process by default). */
  isolate?: Isolate;
  /** The time a study source may take to read, in ms (default: 30 s + 1 s per MB). */
  budgetMs?: number;
  /** Now, for refusing dates in the future. */
  now?: string;
  /** Who annotations of a file that names no author are recorded as. */
  user?: string;
  /** Files that came with this one (the .txt of a brat .ann). */
  companions?: readonly Companion[];
}

/** What the registry reads, in the words of a refusal. */
export const READABLE = 'a Sourcemark package or study, W3C Web Annotation JSON, brat standoff, a REFI-QDA project or codebook, a Label Studio or doccano export, or an annotation CSV';

let defaultIsolate: Isolate | undefined;

export async function readIncoming(origin: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<Incoming> {
  const now = options.now ?? new Date().toISOString();
  let incoming: Incoming;
  if (isStudy(bytes)) incoming = await fromStudy(origin, bytes, options);
  else {
    const reader = detectReader(bytes, origin);
    if (!reader) {
      if (isZip(bytes)) {
        // A zip that no format claims may be a hostile one (zip-slip, a bomb): its own refusal says more.
        void new ZipArchive(bytes);
        throw new InputError('it is a zip archive that Sourcemark does not read: it has no manifest.json (a Sourcemark package), no project.qde (REFI-QDA) and no .ann files (brat)');
      }
      throw new InputError(`it is not a Sourcemark package, a study file or W3C Web Annotation JSON, nor any other format Sourcemark reads (${READABLE})`);
    }
    const limits = { jsonBytes: options.jsonBytes ?? MAX_JSON_BYTES, annotations: options.annotations ?? MAX_ANNOTATIONS, now, ...(options.user ? { user: options.user } : {}) };
    incoming = reader.read(origin, bytes, limits, options.companions ?? []);
  }
  checkDates(incoming, now);
  return incoming;
}

/** A date more than a day ahead of this machine's clock would win every conflict: refused. */
function checkDates(incoming: Incoming, now: string): void {
  const limit = new Date(Date.parse(now) + 86_400_000).toISOString();
  const late = (d: string) => d > limit;
  const a = incoming.annotations.find((x) => late(x.created) || late(x.modified));
  if (a) throw new InputError(`annotation ${a.id} is dated in the future (${late(a.modified) ? a.modified : a.created})`);
  const t = incoming.tombstones.find((x) => late(x.deleted));
  if (t) throw new InputError(`the deletion of ${t.id} is dated in the future (${t.deleted})`);
  const d = incoming.documentTombstones?.find((x) => late(x.deleted));
  if (d) throw new InputError(`the deletion of document “${d.title.slice(0, 100)}” is dated in the future (${d.deleted})`);
  const c = incoming.changes.find((x) => late(x.at));
  if (c) throw new InputError(`a change to ${c.annotationId} is dated in the future (${c.at})`);
}

/** Another study, read in a child process with a time budget: no file can hang the app. */
async function fromStudy(origin: string, bytes: Uint8Array, options: ReadOptions): Promise<Incoming> {
  const isolate = options.isolate ?? (defaultIsolate ??= nodeIsolate());
  const budget = options.budgetMs ?? 30_000 + Math.ceil(bytes.length / 1048576) * 1000;
  let reply;
  try {
    reply = await isolate({ task: 'readStudy', input: { origin, bytes } }, budget);
  } catch (e) {
    if (e instanceof BudgetExceeded) throw new InputError(`reading it took longer than ${formatDuration(budget)}, so it was stopped (a study built to hang Sourcemark looks like this)`);
    throw e;
  }
  if (!reply.ok) {
    if (reply.input) throw new InputError(reply.message);
    throw new Error(reply.message);
  }
  return reply.value as Incoming;
}

/**
 * Documents a file names by title or file name (`title:…` references, from CSV) as the
 * study's documents, when exactly one has that title or file name (ignoring case).
 */
export function resolveDocumentTitles(incoming: Incoming, local: readonly DocumentHead[]): Incoming {
  const named = incoming.documents.filter((d) => d.text === null && d.ref.startsWith('title:'));
  if (!named.length) return incoming;
  const key = (s: string) => s.trim().toLowerCase();
  const refs = new Map<string, string>();
  for (const d of named) {
    const want = key(d.ref.slice('title:'.length));
    const hits = local.filter((l) => key(l.title) === want || key(l.fileName) === want || key(l.fileName.replace(/\.[^.]+$/, '')) === want);
    if (hits.length > 1) throw new InputError(`“${d.ref.slice(6)}” is the title of ${hits.length} documents of this study; give their document_id instead`);
    if (hits.length === 1) refs.set(d.ref, hits[0]!.id);
  }
  if (!refs.size) return incoming;
  const seen = new Set<string>();
  return {
    ...incoming,
    documents: incoming.documents.map((d) => (refs.has(d.ref) ? { ...d, ref: refs.get(d.ref)! } : d)).filter((d) => !seen.has(d.ref) && seen.add(d.ref)),
    annotations: incoming.annotations.map((a) => (refs.has(a.documentRef) ? { ...a, documentRef: refs.get(a.documentRef)! } : a)),
  };
}


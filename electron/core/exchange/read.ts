// Reading a file someone gave us into the one shape a merge takes (formats/incoming.ts):
// another study (read in an isolated child process with a time budget), or any format the
// registry knows, recognised by its content whatever it is called. Readers check what they
// read and refuse a malformed file with the reason; they never touch the study.

import { detectReader } from '../formats/registry';
import type { Incoming } from '../formats/incoming';
import { InputError } from '../input/errors';
import { DEFAULT_JSON_LIMITS } from '../input/json';
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
}

let defaultIsolate: Isolate | undefined;

export async function readIncoming(origin: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<Incoming> {
  const now = options.now ?? new Date().toISOString();
  let incoming: Incoming;
  if (isStudy(bytes)) incoming = await fromStudy(origin, bytes, options);
  else {
    const reader = detectReader(bytes, origin);
    if (!reader) throw new InputError('it is not a Sourcemark package, a study file or W3C Web Annotation JSON');
    incoming = reader.read(origin, bytes, { jsonBytes: options.jsonBytes ?? MAX_JSON_BYTES, annotations: options.annotations ?? MAX_ANNOTATIONS, now });
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
    if (e instanceof BudgetExceeded) throw new InputError(`reading it took longer than ${budget < 1000 ? `${budget} ms` : `${Math.round(budget / 1000)} s`}, so it was stopped (a study built to hang Sourcemark looks like this)`);
    throw e;
  }
  if (!reply.ok) {
    if (reply.input) throw new InputError(reply.message);
    throw new Error(reply.message);
  }
  return reply.value as Incoming;
}

// ---- W3C Web Annotation (and Hypothesis) ----------------------------------------------


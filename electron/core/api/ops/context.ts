// What an operation needs from the session: the open study, the clock, who is working, and
// a code-point index of a document's text (cached by the service; texts never change).

import type { Identity } from '../../domain/identity';
import type { Extract } from '../../isolation/extractor';
import type { Isolate } from '../../isolation/protocol';
import type { Study } from '../../store/study';
import type { CodePointIndex } from '../../text/codepoints';

export interface Ctx {
  study: Study;
  now(): string;
  user: string;
  /** The user's name, e-mail and ORCID, recorded as a contributor when they change the study. */
  identity: Identity;
  index(documentId: string): CodePointIndex;
  /** Where risky reads run (another study); a child process by default. */
  isolate?: Isolate;
  /** Turns a file into a document: a worker thread in the hosts, in-process in tests. */
  extract: Extract;
  /** Large imports in short transactions (the CLI), or in one (the app, which nothing else waits on). */
  sliceImports?: boolean;
}

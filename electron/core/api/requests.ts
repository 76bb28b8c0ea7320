// Every request's schema, gathered from the operations that own them (and the session's
// own). Both hosts check each request against its schema before the service sees it.

import { z } from 'zod';
import { DocumentId } from '../domain/entities';
import { IdentitySchema } from '../domain/identity';
import type { Method } from './methods';
import { annotationRequests } from './ops/annotations';
import { compareRequests } from './ops/compare';
import { exportRequests } from './ops/export';
import { factRequests } from './ops/facts';
import { importingRequests } from './ops/importing';
import { libraryRequests } from './ops/library';
import { mergingRequests } from './ops/merging';
import { searchRequests } from './ops/search';
import { suggestionRequests } from './ops/suggestions';
import { tagSetRequests } from './ops/tagset';

const StudyPath = z.string().min(1).max(4096);

/** The session's own requests: which study is open, who is working. */
export const sessionRequests = {
  getSession: z.object({}),
  openStudy: z.object({ path: StudyPath }),
  createStudy: z.object({ path: StudyPath }),
  setLastDocument: z.object({ id: DocumentId.nullable() }),
  setIdentity: IdentitySchema,
};

export const requests = {
  ...sessionRequests,
  ...importingRequests,
  ...libraryRequests,
  ...annotationRequests,
  ...exportRequests,
  ...tagSetRequests,
  ...factRequests,
  ...searchRequests,
  ...suggestionRequests,
  ...mergingRequests,
  ...compareRequests,
} as const satisfies Record<Method, z.ZodType>;

// Every method has a schema and every schema a method.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _sameNames: Exact<keyof typeof requests, Method> = true;
void _sameNames;

export type Request<M extends Method> = z.infer<(typeof requests)[M]>;
export type SessionMethod = keyof typeof sessionRequests;

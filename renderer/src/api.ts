// The UI's only way to the core. In Electron it calls window.sourcemark (the preload bridge);
// in browser mode it POSTs to the web host with the per-run token from the address.

import type { Bridge, HostBridge } from '../../electron/core/api/host-bridge';
import type { Api, Method } from '../../electron/core/api/contract';
import type { ErrorCode, Result } from '../../electron/core/domain/errors';
import { METHOD_NAMES } from '../../electron/core/api/methods';

declare global {
  interface Window {
    sourcemark?: Bridge;
    sourcemarkHost?: HostBridge;
  }
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'unreachable',
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'sourcemark-token';

/** Take the token from "#token=…" once, keep it for this tab, and clear it from the address bar. */
function webToken(): string {
  const m = /(?:^|[#&])token=([^&]+)/.exec(window.location.hash);
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(m[1]!));
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function httpCall(method: Method, request: unknown, token: string): Promise<Result<unknown>> {
  let res: Response;
  try {
    res = await fetch(`./api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Sourcemark-Token': token },
      body: JSON.stringify(request ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'internal', message: 'Cannot reach Sourcemark. Is `npm run web` still running?' } };
  }
  if (res.status === 401) {
    return { ok: false, error: { code: 'invalid_request', message: 'This page has no valid access token. Open the address that `npm run web` printed.' } };
  }
  if (!res.ok) return { ok: false, error: { code: 'internal', message: `Sourcemark answered ${res.status}: ${await res.text()}` } };
  return (await res.json()) as Result<unknown>;
}

/** How long a write keeps waiting for another program's write before it gives up. */
const WRITE_WAIT_LIMIT_MS = 10 * 60_000;
const waitListeners = new Set<(message: string | null) => void>();
let waiting = 0;

/** Told when writes start and stop waiting for another program (message, or null when none wait). */
export function onWriteWait(listener: (message: string | null) => void): () => void {
  waitListeners.add(listener);
  return () => waitListeners.delete(listener);
}

function setWaiting(delta: number, message: string): void {
  waiting += delta;
  for (const l of waitListeners) l(waiting > 0 ? message : null);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A "busy" answer means another program (a script, a second window) holds the study's
 * write lock and nothing was written: the same request is sent again until it goes through,
 * while the UI says what it is waiting for.
 */
async function untilWritten(send: () => Promise<Result<unknown>>): Promise<Result<unknown>> {
  let result = await send();
  if (result.ok || result.error.code !== 'busy') return result;
  const message = result.error.message;
  setWaiting(1, message);
  try {
    const started = Date.now();
    for (let delay = 100; !result.ok && result.error.code === 'busy' && Date.now() - started < WRITE_WAIT_LIMIT_MS; delay = Math.min(delay * 2, 1000)) {
      await sleep(delay);
      result = await send();
    }
    return result;
  } finally {
    setWaiting(-1, message);
  }
}

function createApi(): Api {
  const bridge = window.sourcemark;
  const token = bridge ? '' : webToken();
  const call = (method: Method) => async (request: unknown) => {
    const send = () => (bridge ? (bridge[method] as (r: unknown) => Promise<Result<unknown>>)(request) : httpCall(method, request, token));
    const result = await untilWritten(send);
    if (!result.ok) throw new ApiError(result.error.code, result.error.message);
    return result.value;
  };
  return Object.fromEntries(METHOD_NAMES.map((m) => [m, call(m)])) as unknown as Api;
}

export const api: Api = createApi();
export const host: HostBridge | undefined = window.sourcemarkHost;

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

// The UI's only way to the core. In Electron it calls window.sourcemark (the preload bridge);
// in browser mode it POSTs to the web host with the per-run token from the address.

import type { Bridge, HostBridge } from '../../electron/bridge';
import type { Api, Method } from '../../electron/core/contract';
import type { ErrorCode, Result } from '../../electron/core/errors';
import { METHOD_NAMES } from '../../electron/core/methods';

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

function createApi(): Api {
  const bridge = window.sourcemark;
  const token = bridge ? '' : webToken();
  const call = (method: Method) => async (request: unknown) => {
    const result = bridge ? await (bridge[method] as (r: unknown) => Promise<Result<unknown>>)(request) : await httpCall(method, request, token);
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

// The one path from a host to the service: check the method name, validate the request
// against its schema, call, and wrap the outcome in a Result. Both hosts use it, so Electron
// IPC and the browser mode behave identically, errors included.

import { METHODS, type ApiImpl, type Method } from './contract';
import { requests } from './requests';
import { AppError, type Result } from '../domain/errors';

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && (METHODS as string[]).includes(name);
}

export async function dispatch(api: ApiImpl, method: unknown, request: unknown): Promise<Result<unknown>> {
  if (!isMethod(method)) {
    return { ok: false, error: { code: 'invalid_request', message: `Unknown method ${JSON.stringify(String(method)).slice(0, 80)}.` } };
  }
  const parsed = requests[method].safeParse(request ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
    return { ok: false, error: { code: 'invalid_request', message: `Invalid ${method} request${where}: ${issue?.message ?? 'bad value'}.` } };
  }
  try {
    const call = api[method] as (r: unknown) => unknown;
    const value = await call.call(api, parsed.data);
    return { ok: true, value: value === undefined ? null : value };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: { code: e.code, message: e.message } };
    console.error(`[sourcemark] ${method} failed:`, e);
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { code: 'internal', message: `Something went wrong (${method}): ${detail}` } };
  }
}

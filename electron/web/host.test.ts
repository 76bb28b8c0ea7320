import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiImpl } from '../core/api/contract';
import { tmpDir } from '../core/test-support/tmp';
import { startWebHost, type WebHost } from './host';

/** Raw HTTP, so tests control the Host and Origin headers a browser would set. */
function request(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('web host', () => {
  let host: WebHost;
  const calls: unknown[] = [];
  const api = {
    listDocuments: (r: unknown) => (calls.push(r), []),
  } as unknown as ApiImpl;

  beforeAll(async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>t</title>');
    fs.writeFileSync(path.join(dir, '..', 'secret.txt'), 'secret');
    host = await startWebHost({ api, rendererDir: dir, token: 't0ken-for-tests' });
  });
  afterAll(() => host.close());

  const api_ = (headers: Record<string, string>, method = 'listDocuments', body = '{}') =>
    request(host.port, { method: 'POST', path: `/api/${method}`, headers: { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json', ...headers }, body });

  it('listens on 127.0.0.1 only and prints an address with the token in the fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=t0ken-for-tests`);
  });

  it('serves the UI with a strict Content-Security-Policy', async () => {
    const r = await request(host.port, { path: '/', headers: { host: `127.0.0.1:${host.port}` } });
    expect(r.status).toBe(200);
    expect(r.headers['content-security-policy']).toMatch(/default-src 'self'.*script-src 'self'.*frame-ancestors 'none'/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers API calls with the token, as a Result', async () => {
    const r = await api_({ 'x-sourcemark-token': 't0ken-for-tests', origin: `http://127.0.0.1:${host.port}` });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: [] });
    const bad = await api_({ 'x-sourcemark-token': 't0ken-for-tests' }, 'getDocument', '{"id": 1}');
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it.each<[string, Record<string, string>, number]>([
    ['no token', {}, 401],
    ['a wrong token', { 'x-sourcemark-token': 't0ken-for-tesTs' }, 401],
    ['another Host (DNS rebinding)', { 'x-sourcemark-token': 't0ken-for-tests', host: 'attacker.example:80' }, 421],
    ['another Origin', { 'x-sourcemark-token': 't0ken-for-tests', origin: 'http://evil.example' }, 403],
    ['a form post (not JSON)', { 'x-sourcemark-token': 't0ken-for-tests', 'content-type': 'text/plain' }, 415],
  ])('refuses %s', async (_name, headers, status) => {
    const before = calls.length;
    const r = await api_(headers);
    expect(r.status).toBe(status);
    expect(calls.length).toBe(before);
  });

  it('does not serve files outside the renderer folder', async () => {
    const r = await request(host.port, { path: '/%2e%2e/secret.txt', headers: { host: `127.0.0.1:${host.port}` } });
    expect([400, 403, 404]).toContain(r.status);
    expect(r.body).not.toContain('secret');
  });

  it.each(['/%E0%A4%A', '/index.html%00.png', '/%'])('answers a malformed path %s with 400, not 500', async (p) => {
    const r = await request(host.port, { path: p, headers: { host: `127.0.0.1:${host.port}` } });
    expect(r.status).toBe(400);
  });

  it('answers an oversized body with 413 (declared or streamed), and serves the next request', async () => {
    const big = 'x'.repeat(81 * 1024 * 1024);
    const declared = await api_({ 'x-sourcemark-token': 't0ken-for-tests' }, 'listDocuments', big);
    expect(declared.status).toBe(413);
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: host.port, method: 'POST', path: '/api/listDocuments', headers: { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json', 'x-sourcemark-token': 't0ken-for-tests', 'transfer-encoding': 'chunked' } },
        (res) => (res.resume(), resolve(res.statusCode!)),
      );
      req.on('error', reject);
      for (let i = 0; i < 81; i++) req.write('x'.repeat(1024 * 1024));
      req.end();
    });
    expect(streamed).toBe(413);
    expect((await api_({ 'x-sourcemark-token': 't0ken-for-tests' })).status).toBe(200);
  });
});

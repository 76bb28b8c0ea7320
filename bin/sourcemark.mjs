#!/usr/bin/env node
// Launcher for the `sourcemark` command: runs the bundled CLI (built by `npm install`/`npm run build`).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const cli = new URL('../dist/cli/sourcemark.cjs', import.meta.url);
if (!existsSync(cli)) {
  console.error('sourcemark: the command is not built yet; run `npm run build` in the Sourcemark folder');
  process.exit(69);
}
createRequire(import.meta.url)(cli.pathname);

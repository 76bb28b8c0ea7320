// Entry point of the `sourcemark` command (bundled to dist/cli/sourcemark.cjs).

import { run } from './cli';

process.exitCode = run(process.argv.slice(2), {
  out: (text) => void process.stdout.write(text),
  err: (line) => void process.stderr.write(line + '\n'),
});

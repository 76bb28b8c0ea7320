// Entry point of the `sourcemark` command (bundled to dist/cli/sourcemark.cjs).

import { run } from './cli';

process.exitCode = run(process.argv.slice(2), {
  out: (chunk) => void process.stdout.write(chunk),
  err: (line) => void process.stderr.write(line + '\n'),
});

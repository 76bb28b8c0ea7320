// Entry point of the `sourcemark` command (bundled to dist/cli/sourcemark.cjs).

import { run } from './cli';

void run(process.argv.slice(2), {
  out: (chunk) => void process.stdout.write(chunk),
  err: (line) => void process.stderr.write(line + '\n'),
}).then((code) => {
  process.exitCode = code;
});

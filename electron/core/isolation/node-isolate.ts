// The Node implementation of an isolate: one child process per task (forked from this very
// Node, with a memory ceiling), killed when its time budget runs out. From source (tests,
// bench) the child runs the TypeScript entry through tsx; from a build, the bundled worker.

import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BudgetExceeded, type Isolate, type TaskReply } from './protocol';

const here = fileURLToPath(import.meta.url);
const fromSource = here.endsWith('.ts');

/** The child's entry: electron/workers/isolated.ts from source; dist/workers/ from a bundle in dist/<host>/. */
export function childEntry(): { file: string; execArgv: string[] } {
  if (fromSource) return { file: path.resolve(path.dirname(here), '../../workers/isolated.ts'), execArgv: ['--import', 'tsx'] };
  return { file: path.join(path.dirname(here), '../workers/isolated.cjs'), execArgv: [] };
}

export function nodeIsolate(memoryMb = 2048): Isolate {
  return (request, budgetMs) =>
    new Promise<TaskReply>((resolve, reject) => {
      const { file, execArgv } = childEntry();
      const child = fork(file, [], {
        execArgv: [...execArgv, `--max-old-space-size=${memoryMb}`],
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      let stderr = '';
      child.stderr?.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-2000)));
      let settled = false;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (child.exitCode === null) child.kill('SIGKILL');
        fn();
      };
      const timer = setTimeout(() => finish(() => reject(new BudgetExceeded(budgetMs))), budgetMs);
      child.once('message', (reply) => finish(() => resolve(reply as TaskReply)));
      child.once('error', (e) => finish(() => reject(e)));
      child.once('exit', (code, signal) =>
        finish(() => reject(new Error(`the isolated reader stopped (${signal ?? `exit ${code}`})${stderr ? `: ${stderr.trim().split('\n').pop()}` : ''}`))),
      );
      child.send(request);
    });
}

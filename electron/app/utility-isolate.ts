// The Electron implementation of an isolate: each risky task (a stranger's study) runs in a
// utility process (a Node environment of Electron's own, since the RunAsNode fuse is off and
// child_process.fork of the app binary is refused), killed when its time budget runs out.

import path from 'node:path';
import { utilityProcess } from 'electron';
import { BudgetExceeded, type Isolate, type TaskReply } from '../core/isolation/protocol';

export function utilityIsolate(nativeBinding: string | undefined): Isolate {
  const entry = path.join(__dirname, '../workers/isolated.cjs').replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  return (request, budgetMs) =>
    new Promise<TaskReply>((resolve, reject) => {
      const child = utilityProcess.fork(entry, [], { serviceName: 'Sourcemark reader', stdio: 'ignore' });
      let settled = false;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        child.kill();
        fn();
      };
      const timer = setTimeout(() => finish(() => reject(new BudgetExceeded(budgetMs))), budgetMs);
      child.once('message', (reply: TaskReply) => finish(() => resolve(reply)));
      child.once('exit', (code) => finish(() => reject(new Error(`the isolated reader stopped (exit ${code})`))));
      child.once('spawn', () => child.postMessage({ ...request, nativeBinding }));
    });
}

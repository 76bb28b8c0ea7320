// Extraction off the calling thread: one long-lived worker thread (pdf.js and Readability
// are loaded once, not per file) takes files one at a time; a file that takes longer than
// its budget is stopped by terminating the worker (pure JavaScript, so termination is
// immediate) and a fresh one takes the next file. Hosts use it so that importing a folder
// of PDFs never holds up the app's other requests; tests call extractDocument directly.

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Extraction, ExtractOptions } from '../documents/types';
import { formatDuration } from '../input/errors';

export type Extract = (fileName: string, bytes: Uint8Array, options?: ExtractOptions) => Promise<Extraction>;

interface Job {
  id: number;
  resolve(r: Extraction): void;
  reject(e: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/** Time allowed for one file: 60 s, and 2 s more per MB. */
export const extractionBudget = (bytes: number) => 60_000 + Math.ceil(bytes / 1048576) * 2000;

export function workerExtractor(entry: string, budget: (bytes: number) => number = extractionBudget): Extract {
  let worker: Worker | null = null;
  let seq = 0;
  const jobs = new Map<number, Job>();
  let queue: Promise<unknown> = Promise.resolve();

  const start = (): Worker => {
    // A TypeScript entry (tests, benchmarks) starts through tsx; a built one directly.
    const w = entry.endsWith('.ts')
      ? new Worker(path.join(path.dirname(entry), 'from-source.mjs'), { workerData: { entry: pathToFileURL(entry).href } })
      : new Worker(entry);
    w.on('message', (m: { id: number; result: Extraction }) => {
      const job = jobs.get(m.id);
      if (!job) return;
      clearTimeout(job.timer);
      jobs.delete(m.id);
      // An idle worker does not keep the program alive.
      if (!jobs.size) w.unref();
      job.resolve(m.result);
    });
    w.on('error', (e) => {
      for (const job of jobs.values()) (clearTimeout(job.timer), job.reject(e));
      jobs.clear();
      worker = null;
    });
    w.on('exit', () => {
      if (worker === w) worker = null;
    });
    return w;
  };

  const run = (fileName: string, bytes: Uint8Array, options: ExtractOptions): Promise<Extraction> =>
    new Promise<Extraction>((resolve, reject) => {
      const w = (worker ??= start());
      const id = ++seq;
      const ms = budget(bytes.length);
      const timer = setTimeout(() => {
        jobs.delete(id);
        worker = null;
        void w.terminate();
        resolve({ ok: false, reason: `reading it took longer than ${formatDuration(ms)}, so it was stopped` });
      }, ms);
      jobs.set(id, { id, resolve, reject, timer });
      w.ref();
      w.postMessage({ id, fileName, bytes, options });
    });

  // One file at a time: extraction is CPU-bound, and the worker holds one file's memory.
  return (fileName, bytes, options = {}) => {
    const next = queue.then(() => run(fileName, bytes, options));
    queue = next.catch(() => undefined);
    return next;
  };
}

// Runs a worker's TypeScript entry from source (tests and benchmarks, which run before or
// without a build): registers tsx in the worker, then loads the entry named in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);

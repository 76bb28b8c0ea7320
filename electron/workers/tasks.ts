// The tasks a child process can run, by name. Each takes plain data and returns plain data
// (structured-cloneable), so it can cross a process boundary.

import { readStudySource } from '../core/exchange/study-source';

export const TASKS = {
  readStudy: (input: { origin: string; bytes: Uint8Array }) => readStudySource(input.origin, input.bytes),
};
export type TaskName = keyof typeof TASKS;

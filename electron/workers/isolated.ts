// The child process of an isolate: receives one task, runs it, sends the reply, exits. It
// holds nothing of the parent's: a stranger's study is opened here, so whatever that file
// makes SQLite do costs this process only, and the parent can kill it at any moment.

import { InputError } from '../core/input/errors';
import { setNativeBinding } from '../core/store/connection';
import type { TaskReply, TaskRequest } from '../core/isolation/protocol';
import { TASKS } from './tasks';

/** Electron's utility process talks through parentPort; a Node child through process.send. */
interface ParentPort {
  once(event: 'message', listener: (e: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}
const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;

async function handle(raw: unknown): Promise<TaskReply> {
  const request = raw as TaskRequest;
  let reply: TaskReply;
  try {
    if (request.nativeBinding) setNativeBinding(request.nativeBinding);
    const task = TASKS[request.task as keyof typeof TASKS];
    if (!task) throw new Error(`unknown task ${request.task}`);
    reply = { ok: true, value: await task(request.input as never) };
  } catch (e) {
    const input = e instanceof InputError || (e as { code?: string }).code === 'study_unreadable';
    reply = { ok: false, input, message: e instanceof Error ? e.message : String(e) };
  }
  return reply;
}

if (parentPort) {
  parentPort.once('message', (e) => void handle(e.data).then((reply) => parentPort.postMessage(reply)));
} else {
  process.once('message', (raw: unknown) => void handle(raw).then((reply) => process.send?.(reply, undefined, {}, () => process.exit(0))));
}

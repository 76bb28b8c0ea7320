// What passes between the core and a child process that does risky work for it (reading a
// stranger's study, extracting a document): a task by name with its input, and a reply.

export interface TaskRequest {
  task: string;
  input: unknown;
  /** better-sqlite3's addon for the child's runtime (Electron's private build), if any. */
  nativeBinding?: string;
}

export type TaskReply = { ok: true; value: unknown } | { ok: false; input: boolean; message: string };

/**
 * Runs one task in a separate process and resolves with its reply; the process is killed
 * when the budget runs out (SQLite has no progress callback in this build, so a query can
 * only be stopped from outside). Hosts provide it: child_process under Node, Electron's
 * utilityProcess in the app.
 */
export type Isolate = (request: TaskRequest, budgetMs: number) => Promise<TaskReply>;

export class BudgetExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(`the work took longer than ${Math.round(budgetMs / 1000)} s and was stopped`);
  }
}

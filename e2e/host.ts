// A web host process of its own for one test: its own data folder (a fresh study), started
// and stopped, and restartable to prove that everything persisted.

import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export class HostProcess {
  private child: ChildProcess | undefined;
  url = '';

  constructor(readonly dataDir: string) {}

  get studyPath(): string {
    return path.join(this.dataDir, 'Studies', 'My study.sourcemark');
  }

  async start(): Promise<string> {
    const child = spawn(process.execPath, ['dist/web/web-host.cjs', '--data-dir', this.dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.url = await new Promise<string>((resolve, reject) => {
      // No clock here: the host either prints its address or exits (the test's own timeout
      // covers a host that does neither), so a busy machine only makes the wait longer.
      let out = '';
      const onData = (d: Buffer) => {
        out += d.toString();
        const m = /Open (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
      child.on('exit', (code) => reject(new Error(`web host exited (${code}):\n${out}`)));
    });
    return this.url;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    this.child = undefined;
  }
}

// Test fixtures: each test gets its own data folder and its own web host process (a fresh
// study), which it can restart to prove that everything persisted.

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { SourcemarkPage } from './pages/sourcemark';

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

export const test = base.extend<{ host: HostProcess; sm: SourcemarkPage }>({
  host: async ({}, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcemark-e2e-'));
    const host = new HostProcess(dataDir);
    await host.start();
    await use(host);
    await host.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
  sm: async ({ page, host }, use) => {
    const sm = new SourcemarkPage(page, host);
    await sm.goto();
    await use(sm);
  },
});

export { expect } from '@playwright/test';

export const SAMPLE = 'resources/samples/anti-government-protests-solidify-in-south.txt';
export const SAMPLE_TITLE = 'Anti-Government Protests Solidify in South';

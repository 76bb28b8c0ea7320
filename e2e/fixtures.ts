// Test fixtures: each test gets its own data folder and its own web host process (a fresh
// study), which it can restart to prove that everything persisted.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { HostProcess } from './host';
import { SourcemarkPage } from './pages/sourcemark';

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

// Golden-file assertions for tests: compare output with a committed file. A golden file is
// written only when asked (UPDATE_GOLDEN=1), never because it is missing, so a test cannot
// pass by writing its own expectation; review the diff before committing it.

import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

export function expectGolden(file: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
  }
  if (!fs.existsSync(file)) throw new Error(`The golden file ${file} is missing; write it with UPDATE_GOLDEN=1 and review it.`);
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}

// `npm test`: build, type-check, lint, unit tests (Vitest), end-to-end tests (Playwright), then one
// closing line "N passed, N failed[, N skipped]" over all of them, which CI reads.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

fs.mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, cmd, args, env = {}) {
  console.log(`\n── ${label} ──`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

if (run('build', process.execPath, ['scripts/build.mjs', '--quiet']) !== 0) {
  console.log('\nThe build failed, so no tests ran.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const typecheck = ['node', 'web', 'e2e'].every((c) => run(`type-check (${c})`, 'npx', ['tsc', '-p', `tsconfig.${c}.json`, '--noEmit']) === 0);
totals[typecheck ? 'passed' : 'failed'] += 1;

// The architecture's arrows (no cycles, layers, boundaries) as lint rules.
totals[run('lint (ESLint)', 'npx', ['eslint', '.']) === 0 ? 'passed' : 'failed'] += 1;

const unitFile = 'test-results/vitest.json';
fs.rmSync(unitFile, { force: true });
run('unit tests (Vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitFile}`]);
const unit = readJson(unitFile);
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests + (unit.numFailedTestSuites && !unit.numFailedTests ? unit.numFailedTestSuites : 0);
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
} else totals.failed += 1;

const e2eFile = 'test-results/playwright.json';
fs.rmSync(e2eFile, { force: true });
run('end-to-end tests (Playwright)', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_FILE: e2eFile });
const e2e = readJson(e2eFile);
if (e2e?.stats) {
  totals.passed += e2e.stats.expected + e2e.stats.flaky;
  totals.failed += e2e.stats.unexpected;
  totals.skipped += e2e.stats.skipped;
  if (e2e.errors?.length && !e2e.stats.unexpected) totals.failed += e2e.errors.length;
} else totals.failed += 1;

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed ? 1 : 0);

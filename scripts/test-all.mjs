#!/usr/bin/env node
// `npm test`: every suite — unit and API integration specs (Vitest, against an embedded PostgreSQL),
// then the end-to-end journeys (Playwright in Chromium against the built apps) — and one closing line
// `N passed, N failed, N skipped` summing them all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };
mkdirSync(`${root}tmp`, { recursive: true });

function run(command, args) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { cwd: root, env, stdio: 'inherit' }).status ?? 1;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

// 1. Unit and integration specs of every project.
const vitestReport = `${root}tmp/vitest-report.json`;
rmSync(vitestReport, { force: true });
const vitestStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
const vitest = readJson(vitestReport);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
  // A file that failed to load has no tests to count, but it is a failure.
  totals.failed += vitest.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
}
if (vitestStatus !== 0 && (!vitest || totals.failed === 0)) broken = true;

// 2. End-to-end journeys: build what they drive, then Playwright.
const e2eReport = `${root}tmp/playwright-report.json`;
rmSync(e2eReport, { force: true });
const buildStatus = run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', 'console', '--outputStyle=static']);
if (buildStatus === 0) {
  const e2eStatus = spawnSync('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts'], {
    cwd: root,
    env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport },
    stdio: 'inherit',
  }).status;
  const e2e = readJson(e2eReport);
  if (e2e) {
    totals.passed += e2e.stats.expected + e2e.stats.flaky;
    totals.failed += e2e.stats.unexpected;
    totals.skipped += e2e.stats.skipped;
  }
  if (e2eStatus !== 0 && (!e2e || e2e.stats.unexpected === 0)) broken = true;
} else {
  console.error('The build failed: end-to-end tests not run.');
  broken = true;
}

if (broken) totals.failed += 1;
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);

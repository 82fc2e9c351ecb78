import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// The journeys drive the real, built product: the API serving both apps on one port, on a fresh
// embedded PostgreSQL seeded with the demo. Chromium comes from Debian (/usr/bin/chromium).
const port = Number(process.env.E2E_PORT ?? 3210);
process.env.FOURMI_E2E_DATA ??= mkdtempSync(join(tmpdir(), 'fourmi-e2e-'));

export default defineConfig({
  testDir: './src',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? '../tmp/playwright-report.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  outputDir: '../tmp/e2e-results',
  webServer: {
    command: 'node dist/apps/api/main.js',
    cwd: '..',
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATA_DIR: process.env.FOURMI_E2E_DATA,
      EMBEDDED_PG_PORT: String(port + 51_000),
      SEED_DEMO: 'true',
      // A webhook's receiver failing once is retried within a second or two, not the default 5 s.
      WEBHOOK_RETRY_DELAY_SECONDS: '1',
    },
  },
});

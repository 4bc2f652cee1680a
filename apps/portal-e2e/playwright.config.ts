import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** A fresh embedded database for every run: the API seeds the demo organisation into it. */
const DATA_DIR = join(tmpdir(), `laurels-e2e-${PORT}`);

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  // Every screenshot is checked with axe first, a second or two each on this machine.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    screenshot: 'on',
    trace: 'retain-on-failure',
    viewport: { width: 1360, height: 900 },
    // Debian's Chromium: Playwright's own browser download cannot work on this machine.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `rm -rf ${DATA_DIR} && node apps/api/dist/main.js`,
    cwd: join(import.meta.dirname, '..', '..'),
    url: `http://127.0.0.1:${PORT}/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR,
      PORTAL_DIR: 'apps/portal/dist',
      JWT_SECRET: 'e2e-only-secret-that-is-long-enough-to-pass',
    },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

import { defineConfig } from '@playwright/test';

/**
 * One worker, no retries: the suite drives one real Chromium with the extension loaded and a
 * flaky test should show as a failure, not be retried into green. No wall-clock assertions:
 * the timeouts below only stop a hung run.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Installs Chromium and a CJK font when missing (apt or Playwright's download), or stops the
  // run with one message saying what to run: the same helper as the demo, bench and .ci/run.
  globalSetup: './scripts/ensure-browser.mjs',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});

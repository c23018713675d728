// Mutation testing (StrykerJS 9.x: the line that still runs on Node 20).
// `npm run mutate` mutates src/rules, src/history, src/capture and src/time and prints the score and
// every surviving mutant. It is slow: on a small machine pass one module, e.g.
// `npx stryker run --mutate src/history/import.ts`. Not a CI gate (break: null).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // `related`: only the test files that import a mutated module run.
  vitest: { configFile: 'vitest.config.ts', related: true },
  mutate: [
    'src/rules/**/*.ts',
    'src/history/**/*.ts',
    'src/capture/**/*.ts',
    // Beijing day math (moved out of src/rules).
    'src/time/**/*.ts',
    '!src/**/*.d.ts',
  ],
  // Build output, e2e and reports are not needed by unit tests (and may change mid-copy).
  ignorePatterns: [
    '.output',
    'test-results',
    'playwright-report',
    'demo-output',
    'bench',
    'reports',
    'tests/e2e',
  ],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 15_000,
  reporters: ['clear-text', 'progress'],
  clearTextReporter: { allowColor: false, reportScoreTable: true, reportMutants: true },
  thresholds: { high: 80, low: 60, break: null },
};

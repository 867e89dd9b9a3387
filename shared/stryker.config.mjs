// @ts-check
/** Mutation testing of the policy engine: `npm run mutation -w shared` (see README, "Mutation testing"). */
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner', './stryker/text-ignorer.mjs'],
  ignorers: ['text'],
  mutate: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/index.ts', '!src/**/*.data.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 5000,
  thresholds: { high: 95, low: 90, break: 95 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  incremental: false,
  cleanTempDir: 'always',
};

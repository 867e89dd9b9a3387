import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['src/**/*.test.ts'],
    // property tests run hundreds of cases: under coverage on a busy 2-core machine they outlast the 5 s default
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/**/index.ts', 'src/**/*.data.ts'],
      thresholds: { lines: 95 },
      reporter: ['text-summary'],
    },
  },
});

import { defineConfig } from 'vitest/config';
import { singleGraphql } from '../server/vitest.config.js';

/** Cross-workspace tests: the dashboard in a real browser against a real server and database. */
export default defineConfig({
  resolve: { conditions: ['source'], alias: [singleGraphql] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    globalSetup: ['server/test/support/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});

import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// One graphql instance: the CommonJS build that type-graphql and Apollo load, never also the .mjs one.
export const singleGraphql = { find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') };

export default defineConfig({
  resolve: { conditions: ['source'], alias: [singleGraphql] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The files mostly wait on PostgreSQL and HTTP, so more of them run at once than there are cores.
    maxWorkers: Math.max(3, availableParallelism()),
  },
});

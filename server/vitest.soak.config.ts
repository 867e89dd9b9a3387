import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/** `npm run soak`: the long load run, 10,000 fuzzed requests and the abuse timings. Loopback only; each part stops by itself. */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/soak/**/*.soak.ts', 'test/generated/fuzz.test.ts'],
    env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '10000' },
    testTimeout: 900_000,
    fileParallelism: false,
    // so the soak can measure the heap that survives a collection (memory flat, not merely bounded)
    execArgv: ['--expose-gc'],
  },
});

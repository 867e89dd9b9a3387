import { defineConfig } from 'vitest/config';

// Unit tests of pure logic only (no DOM): i18n completeness, menu by role, error mapping.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});

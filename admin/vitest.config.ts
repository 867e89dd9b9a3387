import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests of pure logic only (no DOM): i18n completeness, menu by role, error mapping.
export default defineConfig({
  resolve: {
    conditions: ['source'],
    // what vite.config.ts's accessAsData serves, computed as in development
    alias: { 'virtual:ltci-access': fileURLToPath(new URL('./src/auth/access-source.ts', import.meta.url)) },
  },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});

/// <reference types="node" />
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|map)$/;

/**
 * Writes `x.gz` and `x.br` beside every built text file, compressed once at their best levels, so
 * the server sends them without compressing on each request (issue 8, defect 6).
 */
function precompress(): Plugin {
  return {
    name: 'ltci-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist';
      for (const fileName of Object.keys(bundle)) {
        if (!COMPRESSIBLE.test(fileName)) continue;
        const path = join(outDir, fileName);
        const content = readFileSync(path);
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(content, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
          }),
        );
      }
    },
  };
}

// `source` first: `@ltci/shared` resolves to its TypeScript source, so the dashboard
// validates with exactly the functions the server runs, without a prior build.
export default defineConfig({
  plugins: [react(), precompress()],
  resolve: {
    conditions: ['source', ...defaultClientConditions],
    alias: { 'object.entries': fileURLToPath(new URL('./shims/object-entries.cjs', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(
      ['/graphql', '/export', '/import'].map((path) => [path, { target: 'http://localhost:4000', changeOrigin: true }]),
    ),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // pages are chunks of their own (React.lazy); what the first load needs is checked by test/e2e/delivery
    chunkSizeWarningLimit: 600,
  },
});

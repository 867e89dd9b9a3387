/// <reference types="node" />
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin, runnerImport } from 'vite';

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

const MESSAGES = 'virtual:ltci-messages/';
const MESSAGES_SOURCE = fileURLToPath(new URL('./src/i18n/messages.ts', import.meta.url));
const SPLIT_SOURCE = fileURLToPath(new URL('./src/i18n/split.ts', import.meta.url));

/**
 * The dashboard's messages as plain data (issue 8, first load): `virtual:ltci-messages/zh-CN` (what
 * the login page, the layout and the home page read), `/zh-CN-pages` (the rest, fetched with the
 * first page opened) and `/en` (fetched when the user switches to English). In a build each is the
 * JSON of the tree `src/i18n/messages.ts` computes (run once, at build time), so the first load
 * carries Chinese strings only, not the shared workflow and label tables they are computed from. In
 * development and tests each module computes its part from the same source, so nothing can drift.
 */
function messagesAsData(): Plugin {
  let build = false;
  let trees: Promise<Record<string, unknown>> | null = null;
  const computed = () =>
    (trees ??= Promise.all([
      runnerImport<{ enMessages: Record<string, unknown>; zhMessages: Record<string, unknown> }>(MESSAGES_SOURCE, RUNNER),
      runnerImport<typeof import('./src/i18n/split')>(SPLIT_SOURCE, RUNNER),
    ]).then(([{ module: m }, { module: split }]) => ({
      'zh-CN': split.shellOf(m.zhMessages),
      'zh-CN-pages': split.pagesOf(m.zhMessages),
      en: m.enMessages,
    })));
  return {
    name: 'ltci-messages-as-data',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId(id) {
      return id.startsWith(MESSAGES) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith(`\0${MESSAGES}`)) return undefined;
      const part = id.slice(`\0${MESSAGES}`.length);
      if (!build) {
        const src = JSON.stringify(MESSAGES_SOURCE);
        const split = JSON.stringify(SPLIT_SOURCE);
        if (part === 'en') return `export { enMessages as default } from ${src};`;
        const fn = part === 'zh-CN' ? 'shellOf' : 'pagesOf';
        return `import { zhMessages } from ${src};\nimport { ${fn} } from ${split};\nexport default ${fn}(zhMessages);`;
      }
      const tree = ((await computed()) as Record<string, unknown>)[part];
      if (!tree) this.error(`no messages ${part}`);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(tree))});`;
    },
  };
}

const ACCESS = 'virtual:ltci-access';
const ACCESS_SOURCE = fileURLToPath(new URL('./src/auth/access-table.ts', import.meta.url));
const ACCESS_DEV = fileURLToPath(new URL('./src/auth/access-source.ts', import.meta.url));

/**
 * The rights table as the menu and buttons ask it (issue 8, first load): `virtual:ltci-access` is in
 * a build the JSON of `accessTable()` (run once, at build time), so the first load carries roles, not
 * the labels and citations of every right; in development and tests it computes the same table.
 */
function accessAsData(): Plugin {
  let build = false;
  return {
    name: 'ltci-access-as-data',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId(id) {
      return id === ACCESS ? `\0${id}` : undefined;
    },
    async load(id) {
      if (id !== `\0${ACCESS}`) return undefined;
      if (!build) return `export { default } from ${JSON.stringify(ACCESS_DEV)};`;
      const { module } = await runnerImport<typeof import('./src/auth/access-table')>(ACCESS_SOURCE, RUNNER);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(module.accessTable()))});`;
    },
  };
}

// the shared package runs from its TypeScript source, as in the dashboard itself
const RUNNER = {
  configFile: false as const,
  environments: { inline: { resolve: { noExternal: ['@ltci/shared'], conditions: ['source'] } } },
};

// `source` first: `@ltci/shared` resolves to its TypeScript source, so the dashboard
// validates with exactly the functions the server runs, without a prior build.
export default defineConfig({
  plugins: [react(), messagesAsData(), accessAsData(), precompress()],
  resolve: {
    conditions: ['source', ...defaultClientConditions],
    alias: [
      { find: 'object.entries', replacement: fileURLToPath(new URL('./shims/object-entries.cjs', import.meta.url)) },
      // tooltips' and menus' positioning engine comes when the first one opens (issue 8, first load)
      { find: /^@popperjs\/core$/, replacement: fileURLToPath(new URL('./src/common/lazyPopper.ts', import.meta.url)) },
    ],
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

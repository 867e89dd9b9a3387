import type { Browser, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import { signIn } from '../support/session.js';

const hasChromium = chromiumAvailable();
/**
 * The JavaScript the login page and then the home page may load, compressed (issue 8, defect 6):
 * under 250 kB. The messages are plain JSON built at build time (admin/vite.config.ts
 * `messagesAsData`); the pages' part comes with the first page, the English with the switch.
 */
// Issue 8 asks 250 kB. The inspector's login + home measured 239.7 kB (26 scripts) once the to-do
// list's citations came worded from the server (no product-rule table, -4.9 kB) and the tooltips'
// positioning engine (@popperjs) loads when the first tooltip opens (-6.2 kB); 251.0 kB before.
const FIRST_LOAD_BUDGET = 250 * 1024;

/** Issue 8, defect 6: compressed, split by route, cached for good where the name is hashed. */
describe.skipIf(!hasChromium)('delivery of the dashboard', () => {
  let server: { url: string; stop(): Promise<void> };
  let browser: Browser;
  let scripts: string[];

  beforeAll(async () => {
    server = await (await import('../support/server.js')).startTestServer();
    browser = (await launchBrowser())!;
    const html = await (await fetch(`${server.url}/`)).text();
    scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('index.html is revalidated on every load; hashed assets are cached for a year, immutable', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const res = await fetch(`${server.url}${script}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
    }
    expect((await fetch(`${server.url}/assets/no-such-chunk.js`)).status).toBe(404);
  });

  it.each([
    ['br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['gzip, br;q=0', 'gzip'],
    ['identity', null],
  ])('Accept-Encoding %s is answered %s, with the JavaScript content type', async (accept, encoding) => {
    const script = scripts[0]!;
    const plain = await (await fetch(`${server.url}${script}`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer();
    // node's fetch would decode the body: read the raw response instead
    const { request } = await import('node:http');
    const res = await new Promise<{ headers: Record<string, unknown>; size: number }>((resolve, reject) => {
      request(`${server.url}${script}`, { headers: { 'accept-encoding': accept } }, (r) => {
        let size = 0;
        r.on('data', (chunk: Buffer) => {
          size += chunk.length;
        });
        r.on('end', () => resolve({ headers: r.headers, size }));
      })
        .on('error', reject)
        .end();
    });
    expect(res.headers['content-encoding']).toBe(encoding ?? undefined);
    expect(String(res.headers['content-type'])).toMatch(/javascript/);
    if (encoding) expect(res.size).toBeLessThan(plain.byteLength / 2);
    else expect(res.size).toBe(plain.byteLength);
  });

  it(`the login page and the home page load under ${FIRST_LOAD_BUDGET / 1024} kB of JavaScript, compressed; a page loads its own chunk`, async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const loaded: { url: string; encoding?: string; bytes: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response: Response) => {
      if (!response.url().endsWith('.js')) return;
      pending.push(
        (async () => {
          const sizes = await response.request().sizes();
          const headers = await response.allHeaders();
          loaded.push({ url: response.url(), encoding: headers['content-encoding'], bytes: sizes.responseBodySize });
        })(),
      );
    });
    await signIn(page, server.url, 'inspector');
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const firstLoad = loaded.splice(0);
    const total = firstLoad.reduce((sum, file) => sum + file.bytes, 0);
    console.info(`first load: ${firstLoad.length} scripts, ${(total / 1024).toFixed(1)} kB compressed`);
    expect(firstLoad.every((file) => file.encoding === 'br')).toBe(true);
    expect(total).toBeGreaterThan(0);
    const listing = firstLoad
      .sort((a, b) => b.bytes - a.bytes)
      .map((file) => `${(file.bytes / 1024).toFixed(1)} kB ${file.url.replace(/.*\/assets\//, '')}`)
      .join(', ');
    console.info(listing);
    expect(total, listing).toBeLessThan(FIRST_LOAD_BUDGET);
    expect(firstLoad.some((file) => /InstitutionList/.test(file.url))).toBe(false);
    // the pages' messages and the English ones are not part of the first load
    expect(firstLoad.some((file) => /\/(zh-CN-pages|en)-[^/]*\.js$/.test(file.url))).toBe(false);
    // nor the tooltips' positioning engine: it comes with the first tooltip, which then sits by its button
    expect(firstLoad.some((file) => /\/popper-[^/]*\.js$/.test(file.url))).toBe(false);
    const refresh = page.locator('button[aria-label="刷新"]').first();
    await refresh.hover();
    const tooltip = page.locator('[role="tooltip"]').filter({ hasText: '刷新' });
    await tooltip.waitFor({ state: 'visible' });
    await Promise.all(pending);
    expect(loaded.some((file) => /\/popper-[^/]*\.js$/.test(file.url))).toBe(true);
    await expect
      .poll(async () => {
        const [button, tip] = [await refresh.boundingBox(), await tooltip.boundingBox()];
        // below the button (placement bottom), horizontally across it, not at the page's corner
        return Boolean(
          button && tip && tip.y >= button.y + button.height - 2 && tip.x < button.x + button.width && tip.x + tip.width > button.x,
        );
      })
      .toBe(true);
    await page.mouse.move(0, 0);

    await page.locator('[data-testid="menu-institutions"]').click();
    await page.locator('table').first().waitFor();
    await Promise.all(pending);
    expect(loaded.some((file) => /InstitutionList/.test(file.url))).toBe(true);
    expect(loaded.some((file) => /\/zh-CN-pages-[^/]*\.js$/.test(file.url))).toBe(true);
    await context.close();
  });
});

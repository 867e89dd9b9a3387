import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import { signIn } from '../support/session.js';

const hasChromium = chromiumAvailable();

/** The dashboard under its Content-Security-Policy, and where it keeps the session. */
describe.skipIf(!hasChromium)('the dashboard and the browser', () => {
  let server: { url: string; stop(): Promise<void> };
  let browser: Browser;
  let page: Page;
  const violations: string[] = [];

  beforeAll(async () => {
    server = await (await import('../support/server.js')).startTestServer();
    browser = (await launchBrowser())!;
    page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('runs without a single CSP violation and keeps the token for this tab only (sessionStorage)', async () => {
    await signIn(page, server.url, 'inspector');
    await page.locator('[data-testid="menu-institutions"]').click();
    await page.locator('table').first().waitFor();
    expect(violations).toEqual([]);
    const stored = await page.evaluate(() => ({ tab: sessionStorage.getItem('ltci.token'), kept: localStorage.getItem('ltci.token') }));
    expect(stored.tab).toMatch(/^eyJ/);
    expect(stored.kept).toBeNull();
  });
});

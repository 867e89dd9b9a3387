import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import type { TestServer } from '../support/server.js';
import { LoginPage } from './pages/LoginPage.js';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

/** The month before today's in China, YYYY-MM. */
function lastMonth(): string {
  const china = new Date(Date.now() + 8 * 3600_000);
  return new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
}

describe.skipIf(!chromiumAvailable())('one file per person in the browser (Qinhuangdao art. 28–34, 64)', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: `${SCREENSHOTS}/claimant-file-${name}.png`, fullPage: true });

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await (await import('../support/server.js')).startTestServer();
    browser = (await launchBrowser())!;
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const login = new LoginPage(page);
    await login.open(server.url);
    await login.login('agency_officer', 'Demo@2026');
    await page.locator('[data-testid="greeting"]').waitFor();
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('Qinhuangdao art. 64, 31(1)2: the officer opens a claimant’s file, quotes last month (community care, 3000.00 billed → fund 1200.00) and opens its explanation', async () => {
    const [{ claimant_id: id }] = await server.dataSource.query(
      "SELECT claimant_id FROM care_plans WHERE state = 'accepted' AND care_mode = 'community' ORDER BY created_at LIMIT 1",
    );
    await page.goto(`${server.url}/#/Claimant/${id}/show/timeline`);
    await page.getByTestId('claimant-timeline').getByTestId('timeline-carePlan').first().waitFor();
    await page.getByTestId('timeline-benefitMonth').first().waitFor();
    await shot('01-timeline');
    await page.getByRole('tab', { name: '待遇测算' }).click();
    await page.getByTestId('quote-month').fill(lastMonth());
    await page.getByTestId('quote-run').click();
    await page.getByTestId('quote-fund').getByText('1200.00').waitFor();
    expect(await page.getByTestId('quote-claimant').textContent()).toBe('1800.00');
    await page.getByTestId('quote-result').getByTestId('open-trace').nth(1).click();
    const drawer = page.getByTestId('trace-drawer');
    await drawer.getByText('当月可享受待遇的天数').first().waitFor();
    await drawer.getByText('Qinhuangdao art. 31(1)2').first().waitFor();
    await shot('02-quote-trace');
    await page.keyboard.press('Escape');
  });

  it('Qinhuangdao art. 30: the plan the TPA drafted is on the home page; the officer accepts it and it pays from the day the region’s rule gives', async () => {
    await page.goto(`${server.url}/#/`);
    const todo = page.getByTestId('todo-item').filter({ hasText: '护理服务计划待备案' }).first();
    await todo.getByRole('link').click();
    await page.waitForURL(/#\/CarePlan\/[^/]+\/show/);
    await page.getByTestId('care-plan-actions').getByTestId('action-accept').click();
    await page.getByTestId('confirm-transition').click();
    await page.getByTestId('benefits-from').waitFor();
    await page.getByTestId('care-plan-timeline').getByText('备案通过').first().waitFor();
    await shot('03-accepted');
  });
});

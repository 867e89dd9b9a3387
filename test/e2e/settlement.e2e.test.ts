import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMonth } from '../../server/test/support/settlement-month.js';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import type { TestServer } from '../support/server.js';
import { LoginPage } from './pages/LoginPage.js';

/** Issue 13: an officer runs the month and watches it compute, a second officer re-checks, the fund manager pays and sees it in the ledger. */
describe.skipIf(!chromiumAvailable())('the monthly settlement in the browser (Qinhuangdao art. 55–56)', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let runUrl = '';

  const as = async (username: string) => {
    await context?.close();
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const login = new LoginPage(page);
    await login.open(server.url);
    await login.login(username, 'Demo@2026');
    await page.locator('[data-testid="greeting"]').waitFor();
  };
  const act = async (action: string) => {
    await page.locator(`[data-testid="settlement-actions"] [data-testid="action-${action}"]`).click();
    await page.getByRole('dialog').locator('[data-testid="confirm-transition"]').click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  };

  beforeAll(async () => {
    server = await (await import('../support/server.js')).startTestServer();
    // the hand-worked month of server/test/settlement.test.ts in Beidaihe, and a second city officer to re-check
    await seedMonth(server.dataSource, 'qhd-beidaihe', '2026-09');
    await server.dataSource.query(
      `WITH u AS (INSERT INTO users (username, display_name, password_hash, roles)
                  SELECT 'officer2', '周复核', password_hash, roles FROM users WHERE username = 'agency_officer' RETURNING id)
       INSERT INTO user_regions (user_id, region_id) SELECT id, 'qinhuangdao' FROM u`,
    );
    browser = (await launchBrowser())!;
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('the officer runs the month, watches it compute, opens a figure’s explanation and passes the first review', async () => {
    await as('agency_officer');
    await page.goto(`${server.url}/#/SettlementRun`);
    const start = page.locator('[data-testid="settlement-start"]');
    await start.locator('input[name="month"]').fill('2026-09');
    await start.locator('input[name="county"]').fill('qhd-beidaihe');
    await start.getByRole('button').click();
    await page.waitForURL(/#\/SettlementRun\/[^/]+\/show/);
    runUrl = page.url();
    await page.locator('[data-testid="job-progress"], [data-testid="settlement-sheets"]').first().waitFor();
    const sheets = page.locator('[data-testid="settlement-sheet"]');
    await expect.poll(() => sheets.count(), { timeout: 60_000 }).toBe(2);
    const text = await page.locator('[data-testid="settlement-sheets"]').textContent();
    expect(text).toContain('2400.00');
    expect(text).toContain('510.00');
    await sheets.filter({ hasText: '2400.00' }).locator('[data-testid="open-trace"]').first().click();
    expect(await page.locator('[data-testid="trace-drawer"] [data-rule="settlement.sheet"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await act('review');
    await expect.poll(() => page.locator('[data-testid="settlement-timeline"]').textContent()).toContain('初审');
  });

  it('a second officer re-checks; the fund manager pays and sees the county account paid out in the ledger', async () => {
    await as('officer2');
    await page.goto(runUrl);
    await act('recheck');
    await as('fund_manager');
    await page.goto(`${server.url}/#/FundAccount`);
    const beidaihe = page
      .locator('[data-testid="fund-account"]', { hasText: '北戴河' })
      .locator('[data-testid="explained-figure"] > span')
      .first();
    const before = (await beidaihe.textContent())!.replaceAll(',', '');
    await page.goto(runUrl);
    await act('pay');
    await expect.poll(() => page.locator('[data-testid="settlement-sheets"]').textContent()).not.toContain('—');
    await page.goto(`${server.url}/#/FundAccount`);
    const cents = (s: string) => BigInt(s.replace('.', ''));
    // hand-worked: 2400.00 + 510.00 paid from the Beidaihe account
    await expect.poll(async () => cents(before) - cents((await beidaihe.textContent())!.replaceAll(',', ''))).toBe(291000n);
  });
});

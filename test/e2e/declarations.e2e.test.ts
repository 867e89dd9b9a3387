import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import type { TestServer } from '../support/server.js';
import { LoginPage } from './pages/LoginPage.js';

/**
 * An agency officer opens the flag review queue seeded for last month (entered by the TPA), opens
 * the 95-minute visit's flag with its rule, article and evidence, and decides it with a reason
 * (Qinhuangdao art. 31(1)3, 57).
 */
describe.skipIf(!chromiumAvailable())('audit flag review in the browser (Qinhuangdao art. 57)', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
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

  it('Qinhuangdao art. 31(1)3, 57: the officer opens the queue, sees the short visit with its evidence and decides it (reduce, with a reason)', async () => {
    await page.getByTestId('menu-auditFlags').click();
    const row = page.locator('tbody tr', { hasText: 'V-004' });
    await row.waitFor();
    expect(await page.locator('tbody tr').count()).toBe(3);
    await row.click();
    await page.waitForURL(/#\/AuditFlag\/[^/]+\/show/);
    const evidence = page.getByTestId('flag-evidence');
    await evidence.getByText('上门服务时长不足').waitFor();
    expect(await evidence.textContent()).toContain('"minutes": 95');
    await page.getByTestId('decide-flag').click();
    await page.getByRole('combobox').click();
    await page.getByTestId('decision-reduce').click();
    await page.getByLabel('核减后支付金额（元）').fill('87.00');
    await page.getByTestId('decision-reason').fill('服务时长95分钟，按实际时长核减');
    await page.getByTestId('decision-submit').click();
    await page.getByText('已记录审核决定').waitFor();
    const [flag] = await server.dataSource.query(
      `SELECT f.decision, f.decided_amount::text AS amount, f.decision_reason AS reason, u.username
         FROM audit_flags f JOIN declared_records r ON r.id = f.record_id JOIN users u ON u.id = f.decided_by
        WHERE r.key = 'V-004' AND f.rule = 'VISIT_TOO_SHORT'`,
    );
    expect(flag).toEqual({ decision: 'reduce', amount: '87.00', reason: '服务时长95分钟，按实际时长核减', username: 'agency_officer' });
  });
});

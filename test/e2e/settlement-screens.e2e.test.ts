import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import type { TestServer } from '../support/server.js';
import { LoginPage } from './pages/LoginPage.js';

/**
 * Issue 13 screens on the demo: an officer draws a random inspection sample of last month's
 * confirmed declaration with a seed and records a finding on a sampled record (Qinhuangdao art. 67),
 * opens the institution's carers with their qualifications, and sees the settlement list by county name.
 */
describe.skipIf(!chromiumAvailable())('inspection samples, carers and the settlement list in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let declaration: { id: string; institution_id: string };

  beforeAll(async () => {
    server = await (await import('../support/server.js')).startTestServer();
    // the demo's confirmed declaration of an institution with registered carers (server/src/db/seed/demo-declarations.ts)
    [declaration] = await server.dataSource.query(
      `SELECT d.id, d.institution_id FROM service_declarations d
        WHERE d.state = 'confirmed' AND EXISTS (SELECT 1 FROM staff s WHERE s.institution_id = d.institution_id AND s.role = 'carer')
        ORDER BY d.created_at LIMIT 1`,
    );
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

  it('Qinhuangdao art. 67: the officer draws 2 records with seed 67067, sees the seed recorded, and records a finding on one', async () => {
    await page.goto(`${server.url}/#/ServiceDeclaration/${declaration.id}/show`);
    const draw = page.getByTestId('draw-sample');
    await draw.locator('input[name="size"]').fill('2');
    await draw.locator('input[name="seed"]').fill('67067');
    await draw.getByRole('button').click();
    await expect.poll(() => page.getByTestId('sample').first().textContent()).toContain('67067');
    const rows = page.getByTestId('sampled-record');
    await expect.poll(() => rows.count()).toBe(2);
    await rows.first().click();
    const form = page.getByTestId('sample-finding');
    await form.locator('input[name="finding"]').fill('电话回访属实');
    await form.getByRole('button').click();
    await expect.poll(() => rows.first().textContent()).toContain('属实：电话回访属实');
    const [{ n }] = await server.dataSource.query(
      "SELECT count(*)::int AS n FROM declared_records WHERE declaration_id = $1 AND inspection_result = 'confirmed' AND inspection_finding = '电话回访属实'",
      [declaration.id],
    );
    expect(n).toBe(1);
  });

  it('Qinhuangdao art. 55: the institution’s carers tab lists its carers with their qualification’s expiry', async () => {
    await page.goto(`${server.url}/#/Institution/${declaration.institution_id}/show/carers`);
    const carers = page.locator('[data-testid="carers"] tbody tr');
    await carers.first().waitFor();
    expect(await carers.first().textContent()).toContain('有效期至');
  });

  it('the settlement list names the county (海港区), not its id', async () => {
    await page.goto(`${server.url}/#/SettlementRun`);
    const row = page.locator('tbody tr').first();
    await row.waitFor();
    await expect.poll(() => page.locator('tbody').textContent()).toContain('海港区');
    expect(await page.locator('tbody').textContent()).not.toContain('qhd-haigang');
  });
});

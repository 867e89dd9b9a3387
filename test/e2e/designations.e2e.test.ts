import { creditCodeCheckChar, REVIEW_BASIC_RULES, REVIEW_ITEM_RULES } from '@ltci/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import type { TestServer } from '../support/server.js';
import { LoginPage } from './pages/LoginPage.js';

const BASIC = ['credentials', 'registration', 'premises', 'staffTeam', 'staffTraining', 'systems', 'it', 'archives', 'refusalGrounds'];

/**
 * An inspector scores a designation application on the annex 2 scorecard (Xinjiang art. 9): the
 * total follows each keystroke as shared computes it, an override asks its reason, the panel is
 * recorded, and the application moves on to publicity.
 */
describe.skipIf(!chromiumAvailable())('designation review in the browser (Xinjiang art. 9, annex 2)', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let applicationId: string;

  beforeAll(async () => {
    server = await (await import('../support/server.js')).startTestServer();
    browser = (await launchBrowser())!;
    // 120 m² owned, two zones: 7 + 5 + 5 = 17 pre-filled; nothing else recorded
    const [{ id }] = await server.dataSource.query(
      `INSERT INTO institutions (kind, name, credit_code, legal_representative, address, region_id, floor_area, tenure, zones)
       VALUES ('assessment', '秦皇岛定点审核评估中心', $1, '测试人', '测试路2号', 'qinhuangdao', 120, 'owned', ARRAY['consultation','office']) RETURNING id`,
      [`91130300MA0E2E002${creditCodeCheckChar('91130300MA0E2E002')}`],
    );
    const [app] = await server.dataSource.query(
      `INSERT INTO designation_applications (institution_id, region_id, round, application_date, materials, state, accepted_on, prepared_by)
       SELECT $1, 'qinhuangdao', '端到端', '2026-11-01', ARRAY['licence'], 'review', '2026-11-05', id FROM users WHERE username = 'admin' RETURNING id`,
      [id],
    );
    applicationId = app.id;
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('the inspector types a score and sees the total shared computes, gives the reason, records the panel and approves; the annex 2 review prints with its lines and total', async () => {
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    const page: Page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const login = new LoginPage(page);
    await login.open(server.url);
    await login.login('inspector', 'Demo@2026');
    await page.locator('[data-testid="greeting"]').waitFor();
    await page.goto(`${server.url}/#/DesignationApplication/${applicationId}/show`);
    const total = page.locator('[data-testid="review-total"]');
    // floor area (120 − 50) / 10 → 7, owned → 5, two zones × 2.5 → 5
    await total.filter({ hasText: '17.00' }).waitFor();
    // the inspector saw uniforms, kits and badges on site: 5 more, live, before anything is saved
    await page.locator('[data-testid="points-homeVisitKit"]').fill('5');
    await total.filter({ hasText: '22.00' }).waitFor();
    await page.locator('[data-testid="reason-homeVisitKit"]').fill('现场核查：统一服装、服务包、工作证齐全');
    // each line shows its article
    await page.locator('[data-testid="item-homeVisitKit"]').filter({ hasText: '附件2' }).waitFor();
    for (const line of BASIC) {
      await page.locator(`[data-testid="basic-${line}"]`).getByRole('combobox').click();
      await page.getByRole('option', { name: '合格', exact: true }).click();
    }
    await page.locator('[data-testid="review-basic"]').filter({ hasText: '全部合格' }).waitFor();
    await page.locator('[data-testid="save-review"]').click();
    await page.getByText('已保存').first().waitFor();
    await expect
      .poll(
        async () =>
          (await server.dataSource.query('SELECT review_total::text AS t FROM designation_applications WHERE id = $1', [applicationId]))[0]
            .t,
      )
      .toBe('22.00');

    const panel = page.locator('[data-testid="panel-form"]');
    await panel.waitFor();
    const names = ['王长护', '李医保', '赵卫健', '钱财务', '孙信息'];
    for (const [i, name] of names.entries()) await panel.getByLabel('姓名').nth(i).fill(name);
    await panel.getByLabel('现场核查日期').fill('2026-11-20');
    await panel.getByLabel('核查人员').fill('王长护、孙信息');
    await panel.getByLabel('核查情况').fill('场所与材料一致');
    await panel.getByLabel('集体评议意见').fill('同意通过');
    await page.locator('[data-testid="save-panel"]').click();
    await expect
      .poll(
        async () =>
          (
            await server.dataSource.query('SELECT jsonb_array_length(panel) AS n FROM designation_applications WHERE id = $1', [
              applicationId,
            ])
          )[0].n,
      )
      .toBe(5);

    await page.locator('[data-testid="action-approve_review"]').click();
    await page.getByRole('dialog').locator('[data-testid="confirm-transition"]').click();
    await expect
      .poll(
        async () => (await server.dataSource.query('SELECT state FROM designation_applications WHERE id = $1', [applicationId]))[0].state,
      )
      .toBe('publicity');

    // the annex 2 review prints: the filing form (Xinjiang art. 9 ¶2) with its nine basic lines, the inspector's line and the total
    await page.goto(`${server.url}/#/DesignationApplication/${applicationId}/filing`);
    const form = page.locator('[data-testid="official-document"]');
    await form.waitFor();
    await form.filter({ hasText: '长期护理保险定点评估机构综合审核结果备案表' }).waitFor();
    expect(await form.textContent()).toMatch(/审核结果为\s*通过\s*，差异化指标得分\s*22\.00\s*分/);
    for (const line of Object.values(REVIEW_BASIC_RULES)) await form.locator('tr').filter({ hasText: line.label.zh }).first().waitFor();
    expect(await form.locator('tr').filter({ hasText: '合格' }).count()).toBeGreaterThanOrEqual(BASIC.length);
    await form.locator('tr').filter({ hasText: REVIEW_ITEM_RULES.homeVisitKit.label.zh }).filter({ hasText: '5分' }).waitFor();
    expect(await form.textContent()).toContain('王长护');
    await page.locator('[data-testid="print-now"]').waitFor();
  });
});

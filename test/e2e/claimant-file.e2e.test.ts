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

  it('Qinhuangdao art. 28, 30, 31(1)3: the officer drafts a home-care plan on the claimant’s final conclusion — the grade comes from it; each item has its own frequency a month', async () => {
    const [claimant] = await server.dataSource.query(
      `SELECT c.id FROM claimants c WHERE c.region_id = 'qinhuangdao' AND c.category = 'retiree' AND c.death_date IS NULL
          AND NOT EXISTS (SELECT 1 FROM care_plans p WHERE p.claimant_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM assessment_applications a WHERE a.claimant_id = c.id) ORDER BY c.id LIMIT 1`,
    );
    await server.dataSource.query(
      `INSERT INTO assessment_applications (region_id, county_id, claimant_id, kind, state, prepared_by, applied_on, disability_since, condition_stable,
         computed_grade, recorded_grade, letter_issued_on, letter_received_on, final_on)
       SELECT c.region_id, c.county_id, c.id, 'initial', 'final', u.id, '2026-09-20', '2025-10-01', true, 4, 4, '2026-11-02', '2026-11-02', '2026-11-17'
         FROM claimants c, users u WHERE c.id = $1 AND u.username = 'admin'`,
      [claimant.id],
    );
    const [institution] = await server.dataSource.query(
      `SELECT i.name FROM institutions i JOIN service_agreements a ON a.institution_id = i.id
        WHERE i.region_id = 'qinhuangdao' AND i.kind = 'care' AND a.state = 'active' ORDER BY i.name LIMIT 1`,
    );
    await page.goto(`${server.url}/#/CarePlan/create?claimantId=${claimant.id}`);
    await page.getByLabel('护理方式').click();
    await page.getByRole('option', { name: '居家护理', exact: true }).click();
    await page.getByLabel('定点护理机构').click();
    await page.getByRole('option', { name: institution.name, exact: true }).click();
    await page.getByLabel('所依据的评估结论').click();
    await page.getByRole('option', { name: '失能等级 4 级 — 2026-11-02 结论书' }).click();
    await page.getByLabel('服务项目').first().click();
    await page.getByRole('option').first().click();
    await page.getByLabel('频次（次/月）').fill('10');
    await page.getByLabel('申请开始日期').fill('2026-12-10');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/CarePlan\/[^/]+\/show/);
    await page.getByTestId('plan-items').getByText('10', { exact: true }).waitFor();
    const [plan] = await server.dataSource.query('SELECT grade, item_frequencies FROM care_plans WHERE claimant_id = $1', [claimant.id]);
    expect(plan.grade).toBe(4);
    expect(plan.item_frequencies).toHaveLength(1);
    expect(plan.item_frequencies[0].timesPerMonth).toBe(10);
    await shot('04-plan-drafted');
  });

  it('Qinhuangdao art. 20: from the assessor pool the officer records an assessor’s declared relation with a claimant; it is listed and audited', async () => {
    const [claimant] = await server.dataSource.query(
      "SELECT id, name FROM claimants WHERE region_id = 'qinhuangdao' AND name IS NOT NULL ORDER BY created_at DESC, id LIMIT 1",
    );
    await page.goto(`${server.url}/#/Staff`);
    await page.getByTestId('pool-relations').first().click();
    const dialog = page.getByTestId('relations-dialog');
    await dialog.getByText('尚未登记回避关系').or(dialog.getByTestId('relation-row').first()).waitFor();
    await dialog.getByLabel('参保人').fill(claimant.name);
    await page.getByRole('option', { name: claimant.name }).first().click();
    await dialog.getByLabel('关系（亲属或利害关系，200字以内）').fill('表兄弟');
    await dialog.getByTestId('relation-save').click();
    await dialog.getByTestId('relation-row').filter({ hasText: '表兄弟' }).first().waitFor();
    const [row] = await server.dataSource.query(
      `SELECT r.id, (SELECT count(*)::int FROM audit_logs a WHERE a.entity_type = 'AssessorRelation' AND a.entity_id = r.id::text) AS audits
         FROM assessor_relations r WHERE r.relation = '表兄弟' ORDER BY r.created_at DESC LIMIT 1`,
    );
    expect(row.audits).toBe(1);
    await shot('05-assessor-relation');
    await page.keyboard.press('Escape');
  });
});

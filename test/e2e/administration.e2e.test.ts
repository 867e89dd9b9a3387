import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import type { TestServer } from '../support/server.js';
import { DESK, openPage, signIn } from '../support/session.js';

/**
 * Issue 8, what to build 2 and 5: an administrator reads a region's counties and renames one in the
 * dashboard, and reads the scorecard templates the region adopts for a year item by item, with
 * points and citations — without touching the database.
 */
describe.skipIf(!chromiumAvailable())('an administrator’s set-up pages: regions, counties, templates', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await (await import('../support/server.js')).startTestServer();
    browser = (await launchBrowser())!;
    ({ context, page } = await openPage(browser, DESK));
    page.setDefaultTimeout(20_000);
    await signIn(page, server.url, 'admin');
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('opens 秦皇岛市 from the regions menu, lists its nine counties, renames 海港区 (audited) and sees the new name', async () => {
    await page.locator('[data-testid="menu-regions"]').click();
    await page.getByRole('cell', { name: '秦皇岛市' }).click();
    const counties = page.locator('[data-testid="counties"] tbody tr');
    // four districts, three counties, two functional zones (as seeded from the region's division codes)
    await expect.poll(() => counties.count()).toBe(9);
    await counties.filter({ hasText: '海港区' }).first().click();
    await page.waitForURL(/#\/County\/qhd-haigang/);
    const name = page.locator('input[name="name"]');
    await expect.poll(() => name.inputValue()).toBe('海港区');
    await name.fill('海港区（更名测试）');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/Region\/qinhuangdao\/show/);
    await expect.poll(() => page.locator('[data-testid="counties"]').textContent()).toContain('海港区（更名测试）');
    const audit = await server.dataSource.query(
      "SELECT before->>'name' AS before, after->>'name' AS after FROM audit_logs WHERE entity_type = 'County' AND entity_id = 'qhd-haigang' ORDER BY id DESC LIMIT 1",
    );
    expect(audit[0]).toEqual({ before: '海港区', after: '海港区（更名测试）' });
  });

  it('reads the templates Qinhuangdao adopts for 2026 item by item: points, maximum and the document’s article, in Chinese', async () => {
    await page.locator('[data-testid="menu-policyData"]').click();
    await page.waitForURL(/#\/PolicyData/);
    await page.getByTestId('policy-date').fill('2026-06-01');
    await page.getByTestId('template-changzhou-annual-2024').click();
    // Changzhou item 4 "评估规范 20" and 4(5): "每高出平均退单率1个百分点扣1分" — maximum 20, 1 point per point above
    const category = page.getByTestId('template-item-conduct');
    await expect.poll(() => category.locator('td').nth(2).textContent()).toBe('20');
    const rate = page.getByTestId('template-item-conduct.returnRateAboveAverage');
    expect(await rate.locator('td').nth(1).textContent()).toBe('1');
    expect(await rate.locator('td').nth(3).textContent()).toBe(
      '《2024年度常州市长护险定点评估机构综合考核内容和评分标准》第四项第（五）目',
    );
    // the TPA measures are the region's other template (Qinhuangdao art. 62–63, 67)
    expect(await page.getByTestId('template-tianjin-tpa-2024').count()).toBe(1);
  });
});

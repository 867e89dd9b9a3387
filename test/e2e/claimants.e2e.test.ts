import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { residentIdCheckChar } from '@ltci/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import type { TestServer } from '../support/server.js';
import { ClaimantsPage } from './pages/ClaimantsPage.js';
import { LoginPage } from './pages/LoginPage.js';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const csv = (rows: string[][]) => Buffer.from(`\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`, 'utf8');
const HEADER = ['身份证号码', '姓名', '缴费月份', '缴费状态', '金额', '到账日期'];

describe.skipIf(!chromiumAvailable())('claimants in the browser (Qinhuangdao art. 14, 34; GB 11643)', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let claimants: ClaimantsPage;
  // 13030219660412 + 021 (a man): the check character by the shared rule (tested by hand in shared)
  const first17 = '13030219660412021';
  const idNumber = first17 + residentIdCheckChar(first17);
  const wrong = first17 + (residentIdCheckChar(first17) === '0' ? '1' : '0');
  const shot = (name: string) => page.screenshot({ path: `${SCREENSHOTS}/claimants-${name}.png`, fullPage: true });

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
    claimants = new ClaimantsPage(page);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('the list shows the demo register with masked numbers; the officer registers a claimant, the wrong check character refused as typed', async () => {
    await claimants.openFromMenu();
    // the loading rows come first: wait for a row of data
    const first = page.locator('tbody tr', { hasText: /\d{3}\*{11}[\dX]{4}/ }).first();
    await first.waitFor();
    expect(await first.textContent()).toMatch(/\d{3}\*{11}[\dX]{4}/);
    await shot('01-list');

    await claimants.startCreate();
    await claimants.fill('name', '欧阳晓峰');
    await claimants.fill('idNumber', wrong);
    await claimants
      .helperText('idNumber')
      .getByText(`身份证号码校验位错误：应为 ${idNumber.at(-1)}`)
      .waitFor();
    await claimants.fill('idNumber', idNumber);
    await claimants.fill('phone', '13933501234');
    await claimants.select('countyId', '海港区');
    await claimants.select('category', '职工');
    await shot('02-create');
    await claimants.save();
    await page.waitForURL(/#\/Claimant\/[^/]+\/show/);
    await page
      .getByTestId('masked-idNumber')
      .getByText(`130***********${idNumber.slice(-4)}`)
      .waitFor();
    expect(await page.getByText('1966-04-12').count()).toBeGreaterThan(0);
    expect(await page.locator('body').textContent()).not.toContain(idNumber);
  });

  it('imports the collection system’s file: a bad row is reported with its row number and nothing imported; the good file imports once', async () => {
    const claimantUrl = page.url();
    await page.goto(`${server.url}/#/Claimant/import`);
    const bad = csv([
      HEADER,
      [idNumber, '欧阳晓峰', '2026-07', '到账', '96.00', '2026-07-15'],
      [wrong, '欧阳晓峰', '2026-08', '到账', '96.00', '2026-08-15'],
    ]);
    await claimants.importFile('10月缴费-有误.csv', bad);
    await page.locator('[data-testid="job-progress"] table').getByText('身份证号码校验位错误').waitFor();
    expect(await page.locator('[data-testid="job-progress"] table tbody tr').first().textContent()).toContain('3');
    await shot('03-import-errors');
    const good = csv([
      HEADER,
      ...['2026-07', '2026-08', '2026-09', '2026-10', '2026-11'].map((m) => [idNumber, '欧阳晓峰', m, '到账', '96.00', `${m}-15`]),
    ]);
    await claimants.importFile('11月缴费.csv', good);
    await page.locator('[data-testid="job-progress"]').getByText('已导入 5 条').waitFor();
    await shot('04-import-done');
    const [{ n }] = await server.dataSource.query(
      "SELECT count(*)::int AS n FROM claimant_contributions c JOIN claimants p ON p.id = c.claimant_id WHERE p.name = '欧阳晓峰'",
    );
    expect(n).toBe(5);
    await page.goto(claimantUrl);
  });

  it('sees the eligibility with its explanation: Qinhuangdao art. 14 ¶2, arrival in 2026-07 → waiting until 2027-01-01', async () => {
    await claimants.tab('待遇资格');
    const panel = page.getByTestId('eligibility-panel');
    await panel.getByTestId('eligibility-status').getByText('等待期').waitFor();
    await panel.getByTestId('waiting-end').getByText('等待期至 2027-01-01').waitFor();
    await panel.locator('[data-rule="eligibility.waitingEnd"]').getByText('Qinhuangdao art. 14 ¶2').waitFor();
    await panel.getByTestId('open-trace').first().click();
    await page.getByTestId('trace-drawer').getByText('等待期届满，可享受待遇的第一天').first().waitFor();
    await shot('05-eligibility-trace');
    await page.keyboard.press('Escape');
  });

  it('reveals the whole ID number with a reason, once; the audit trail records who and why, never the number', async () => {
    await claimants.tab('身份信息');
    expect(await claimants.reveal('idNumber', '核对参保登记材料')).toBe(idNumber);
    await shot('06-revealed');
    await page.getByRole('button', { name: '关闭' }).click();
    expect(await page.locator('body').textContent()).not.toContain(idNumber);
    const rows = await server.dataSource.query(
      "SELECT username, after FROM audit_logs WHERE operation = 'reveal' ORDER BY id DESC LIMIT 1",
    );
    expect(rows[0]).toEqual({ username: 'agency_officer', after: { field: 'idNumber', reason: '核对参保登记材料' } });
    const [{ n }] = await server.dataSource.query(
      'SELECT count(*)::int AS n FROM audit_logs WHERE after::text LIKE $1 OR before::text LIKE $1',
      [`%${idNumber}%`],
    );
    expect(n).toBe(0);
  });

  it('Qinhuangdao art. 18: an application during the waiting period is registered, and acceptance is blocked with its reason', async () => {
    await claimants.tab('评估申请');
    await page.getByTestId('application-appliedOn').fill('2026-11-20');
    await page.getByTestId('application-disabilitySince').fill('2026-01-10');
    await page.getByTestId('application-create').click();
    await page.getByTestId('application-state').getByText('已提交').waitFor();
    await page.getByTestId('application-blocked-accept').getByText('不符合受理条件').waitFor();
    await shot('07-application-blocked');
  });
});

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { creditCodeCheckChar } from '@ltci/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import { InstitutionsPage } from './pages/InstitutionsPage.js';
import { LoginPage } from './pages/LoginPage.js';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const hasChromium = chromiumAvailable();

/** A valid unified social credit code, different on every run. */
function freshCreditCode(): string {
  const serial = String(Date.now() % 1e9).padStart(9, '0');
  const first17 = `52130300${serial}`; // 52: social organisation; 130300: 秦皇岛市
  return first17 + creditCodeCheckChar(first17);
}

describe.skipIf(!hasChromium)('institutions in the browser', () => {
  let server: { url: string; stop(): Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    // E2E_BASE_URL: drive an already running server instead (e.g. `npm start`)
    const external = process.env.E2E_BASE_URL;
    server = external
      ? { url: external.replace(/\/$/, ''), stop: async () => undefined }
      : await (await import('../support/server.js')).startTestServer();
    browser = (await launchBrowser())!;
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('dialog', (dialog) => void dialog.accept()); // 'leave with unsaved changes?'
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('an inspector signs in, sees the dashboard and the institutions in Chinese', async () => {
    const login = new LoginPage(page);
    await login.open(server.url);
    await shot('01-login');
    await login.login('inspector', 'Demo@2026');

    await page.getByTestId('greeting').waitFor();
    expect(await page.getByTestId('greeting').textContent()).toBe('您好，张稽核');
    expect(await page.getByTestId('roles').textContent()).toContain('稽核人员');
    expect(await page.getByTestId('regions').textContent()).toContain('秦皇岛市');
    await shot('02-dashboard');

    const institutions = new InstitutionsPage(page);
    expect(await institutions.menuItem().textContent()).toContain('机构管理');
    expect(await page.locator('[data-testid="menu-auditLogs"]').count()).toBe(0); // admin only
    expect(await page.locator('[data-testid="menu-policyData"]').count()).toBe(0); // admin only
    await institutions.openFromMenu();
    expect(await institutions.pageTitle().textContent()).toContain('机构管理');
    const headers = await institutions.columnHeaders();
    expect(headers).toEqual(expect.arrayContaining(['机构名称', '机构类型', '统一社会信用代码', '统筹地区', '状态', '启用状态', '人员数']));
    await shot('03-institutions-zh');
  });

  it('validates the credit code as the user types, creates an institution and finds it by search', async () => {
    const institutions = new InstitutionsPage(page);
    const name = `e2e护理院${Date.now() % 100000}`;
    const creditCode = freshCreditCode();

    // a wrong check character is reported before submitting, with the shared rule's message
    await page.goto(`${server.url}/#/Institution/create`);
    await page.locator('input[name="creditCode"]').fill(`${creditCode.slice(0, 17)}${creditCode[17] === '0' ? '1' : '0'}`);
    await expect.poll(() => institutions.helperText('creditCode').textContent()).toContain('校验位错误');
    await shot('04-create-invalid-credit-code');
    await page.goto(`${server.url}/#/Institution`);
    await institutions.table().waitFor();

    await institutions.create({
      kind: '护理服务机构',
      careSubtype: '养老机构',
      name,
      creditCode,
      legalRepresentative: '李四',
      address: '河北省秦皇岛市海港区测试路1号',
      region: '秦皇岛市',
    });
    await page.waitForURL(/#\/Institution\/[^/]+\/show/);
    await page.getByText(creditCode).first().waitFor();
    await shot('05-created-show');

    await institutions.openFromMenu();
    await institutions.search(name);
    await institutions.rowWithText(name).waitFor();
    expect(await institutions.rowWithText(name).textContent()).toContain('养老机构');
    await shot('06-search-result');
  });

  it('deactivating an institution keeps it in history: its reason on its page, in the list one filter away (issue 8, defect 3)', async () => {
    const officerContext = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    const officer = await officerContext.newPage();
    officer.setDefaultTimeout(15_000);
    officer.on('dialog', (dialog) => void dialog.accept());
    try {
      const login = new LoginPage(officer);
      await login.open(server.url);
      await login.login('agency_officer', 'Demo@2026');
      await officer.getByTestId('greeting').waitFor();
      const institutions = new InstitutionsPage(officer);
      await institutions.openFromMenu();
      const name = `e2e停用评估中心${Date.now() % 100000}`;
      // the county is chosen among the region's counties (Qinhuangdao art. 60–61)
      await institutions.create({
        kind: '评估机构',
        name,
        creditCode: freshCreditCode(),
        legalRepresentative: '赵六',
        address: '河北省秦皇岛市海港区测试路2号',
        region: '秦皇岛市',
        county: '海港区',
      });
      await officer.waitForURL(/#\/Institution\/[^/]+\/show/);
      await officer.getByText('海港区').first().waitFor();
      expect(
        await officer
          .locator('a, button')
          .filter({ hasText: /^删除$/ })
          .count(),
      ).toBe(0); // never deleted

      await officer.getByRole('tab', { name: '启用状态' }).click();
      await officer.getByTestId('timeline-step').or(officer.getByText('尚无办理记录')).first().waitFor();
      await officer.getByTestId('action-deactivate').click();
      expect(await officer.getByTestId('confirm-transition').isDisabled()).toBe(true); // a reason first
      await officer.locator('textarea[name="reason"]').fill('机构申请注销，已收回执业许可证');
      await officer.getByTestId('confirm-transition').click();
      await officer.getByTestId('inactive-banner').waitFor();
      expect(await officer.getByTestId('institution-state').textContent()).toBe('已停用');
      const step = officer.getByTestId('institution-history').getByTestId('timeline-step');
      await expect.poll(() => step.count()).toBe(1);
      expect(await step.textContent()).toContain('停用机构');
      expect(await step.textContent()).toContain('启用 → 已停用');
      expect(await step.getByTestId('timeline-reason').textContent()).toContain('机构申请注销，已收回执业许可证');
      expect(await officer.getByTestId('action-reactivate').isEnabled()).toBe(true);
      await officer.screenshot({ path: `${SCREENSHOTS}/07-institution-deactivated.png`, fullPage: true });

      // the list shows the active ones by default; the deactivated one is one choice away, not gone
      await institutions.openFromMenu();
      await institutions.search(name);
      await officer.waitForLoadState('networkidle');
      expect(decodeURIComponent(officer.url())).toContain('"state":"active"');
      expect(await institutions.rowWithText(name).count()).toBe(0);
      await institutions.select('state', '已停用');
      await institutions.rowWithText(name).waitFor();
      expect(await institutions.rowWithText(name).textContent()).toContain('已停用');
    } finally {
      await officerContext.close();
    }
  });

  it('an administrator finds the change in the audit log, sorts it by every column and opens the record', async () => {
    const adminContext = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    const admin = await adminContext.newPage();
    admin.setDefaultTimeout(15_000);
    try {
      const login = new LoginPage(admin);
      await login.open(server.url);
      await login.login('admin', 'wrong password');
      await admin.getByText('用户名或密码错误').waitFor();
      await login.login('admin', 'Demo@2026');
      await admin.locator('[data-testid="menu-auditLogs"]').click();
      await admin.waitForURL(/#\/AuditLog/);
      await admin.locator('tbody tr').first().waitFor();
      // translated, not login_failed (waited for: the list may still show its loading rows)
      await admin.locator('tbody').getByText('登录失败').first().waitFor();
      // every sortable column is one the server sorts by: no error notification
      const sortable = { 时间: 'at', 用户: 'username', 操作: 'operation', 对象类型: 'entityType', 对象编号: 'entityId' };
      for (const [header, field] of Object.entries(sortable)) {
        await admin.locator('thead .MuiTableSortLabel-root', { hasText: header }).click();
        await admin.waitForURL((url) => url.hash.includes(`sort=${field}`));
        await admin.waitForLoadState('networkidle');
        expect(await admin.locator('.MuiSnackbarContent-message').count(), header).toBe(0);
      }
      // the creation of an institution, filtered as the list's own filters do (other records are created too)
      const filter = encodeURIComponent(JSON.stringify({ operation: 'create', entityType: 'Institution' }));
      await admin.goto(`${server.url}/#/AuditLog?filter=${filter}&order=DESC&sort=at`);
      await admin.locator('tbody tr', { hasText: '新建' }).first().click();
      await admin.waitForURL(/#\/AuditLog\/\d+\/show/);
      await admin.getByTestId('audit-changes').getByText('统一社会信用代码').waitFor();
      await admin.screenshot({ path: `${SCREENSHOTS}/08-audit-log-show.png`, fullPage: true });
    } finally {
      await adminContext.close();
    }
  });

  it('an administrator sees the policy pack in force and the working-day calendar', async () => {
    const adminContext = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    const admin = await adminContext.newPage();
    admin.setDefaultTimeout(15_000);
    try {
      await new LoginPage(admin).open(server.url);
      await new LoginPage(admin).login('admin', 'Demo@2026');
      await admin.locator('[data-testid="menu-policyData"]').click();
      await admin.waitForURL(/#\/PolicyData/);
      await admin.getByTestId('policy-date').fill('2027-02-01');
      await expect.poll(() => admin.getByTestId('policy-pack-title').textContent()).toContain('（2027，城乡居民纳入，0.15%）');
      await admin.getByText('失能评估').click();
      // the section opens as a form: the assessment fee is a row with its value, not JSON
      await admin.getByTestId('param-row-assessment.fee.value').waitFor();
      expect(await admin.getByTestId('calendar-years').textContent()).toContain('国务院办公厅通知');
      await admin.screenshot({ path: `${SCREENSHOTS}/09-policy-data.png`, fullPage: true });
    } finally {
      await adminContext.close();
    }
  });

  it('switches to English from the app bar', async () => {
    const institutions = new InstitutionsPage(page);
    await institutions.openFromMenu();
    await page.locator('header button', { hasText: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect.poll(() => institutions.pageTitle().textContent()).toContain('Institutions');
    const headers = await institutions.columnHeaders();
    expect(headers).toEqual(expect.arrayContaining(['Name', 'Kind', 'Unified social credit code', 'Region', 'Status']));
    expect(await institutions.menuItem().textContent()).toContain('Institutions');
    await shot('07-institutions-en');
  });
});

import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import { DESK, openPage, signIn } from '../support/session.js';
import { InstitutionsPage } from './pages/InstitutionsPage.js';

describe.skipIf(!chromiumAvailable())('export of a list in the browser', () => {
  let server: { url: string; stop(): Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await (await import('../support/server.js')).startTestServer();
    browser = (await launchBrowser())!;
    ({ context, page } = await openPage(browser, { ...DESK, acceptDownloads: true }));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('an administrator exports the institutions list and the .xlsx holds the rows the list shows, in its order', async () => {
    await signIn(page, server.url, 'admin');
    const institutions = new InstitutionsPage(page);
    await institutions.openFromMenu();
    const shown = (await page.locator('tbody tr td:first-child').allInnerTexts()).map((t) => t.trim());
    expect(shown.length).toBeGreaterThan(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^定点机构-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('机构名称');
    const names: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) names.push(String(row.getCell(1).value));
    });
    expect(names.slice(0, shown.length)).toEqual(shown);
  });

  it('an administrator exports the audit log filtered by an operation: Chinese headers and names, no CSV button', async () => {
    await page.goto(`${new URL(page.url()).origin}/#/AuditLog?filter=${encodeURIComponent(JSON.stringify({ operation: 'login' }))}`);
    await page.locator('tbody tr').first().waitFor();
    expect(await page.getByRole('button', { name: /^导出$|^Export$/ }).count()).toBe(0); // react-admin's CSV export
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^审计日志-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['时间', '用户', '操作', '对象类型', '对象编号']);
    const operations = new Set<string>();
    sheet.eachRow((row, n) => {
      if (n > 1) operations.add(String(row.getCell(3).value));
    });
    expect([...operations]).toEqual(['登录']);
  });

  it('the regions export answers an .xlsx with Chinese headers', async () => {
    const token = await page.evaluate(() => sessionStorage.getItem('ltci.token'));
    const res = await fetch(`${new URL(page.url()).origin}/export/Region`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['代码', '名称']);
    expect(sheet.rowCount).toBeGreaterThan(1);
  });

  it('the TPA fee payments and the claimants lists export .xlsx from the server, not react-admin’s CSV; ID numbers masked as on screen', async () => {
    const origin = new URL(page.url()).origin;
    const exported = async (hash: string, file: RegExp): Promise<unknown[][]> => {
      await page.goto(`${origin}/#/${hash}`);
      await page.locator('tbody tr').first().waitFor();
      expect(await page.getByRole('button', { name: /^导出$|^Export$/ }).count()).toBe(0); // react-admin's CSV export
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
      expect(download.suggestedFilename()).toMatch(file);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(await download.path());
      const rows: unknown[][] = [];
      workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    const payments = await exported('TpaFeePayment', /^经办服务费拨付-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(payments[0]).toEqual(['拨付日期', '统筹地区', '考核年度', '季度', '拨付金额（元）', '状态']);
    expect(payments.length).toBe((await page.locator('tbody tr').count()) + 1);

    const claimants = await exported('Claimant', /^参保人-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(claimants[0]?.slice(0, 2)).toEqual(['姓名', '身份证号码']);
    const shownIds = (await page.locator('tbody tr td:nth-child(2)').allInnerTexts()).map((t) => t.trim());
    expect(shownIds.length).toBeGreaterThan(0);
    expect(claimants.slice(1, shownIds.length + 1).map((r) => r[1])).toEqual(shownIds);
    // masked: no 18-character ID number in the file
    expect(claimants.slice(1).some((r) => /^\d{17}[\dX]$/.test(String(r[1])))).toBe(false);
  });
});

import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import { InstitutionsPage } from './pages/InstitutionsPage.js';
import { LoginPage } from './pages/LoginPage.js';

describe.skipIf(!chromiumAvailable())('export of a list in the browser', () => {
  let server: { url: string; stop(): Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await (await import('../support/server.js')).startTestServer();
    browser = (await launchBrowser())!;
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('an administrator exports the institutions list and the .xlsx holds the rows the list shows, in its order', async () => {
    const login = new LoginPage(page);
    await login.open(server.url);
    await login.login('admin', 'Demo@2026');
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
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import { openPage, signIn as signInAs } from '../support/session.js';
import { LoginPage } from './pages/LoginPage.js';

const hasChromium = chromiumAvailable();

/** Issue 8, defect 8: what a new user sees first, in their language. */
describe.skipIf(!hasChromium)('first impressions', () => {
  let server: { url: string; stop(): Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await (await import('../support/server.js')).startTestServer();
    browser = (await launchBrowser())!;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signIn = async (username: string) => {
    await context?.close();
    ({ context, page } = await openPage(browser));
    await signInAs(page, server.url, username);
  };

  it('the login page names the product and switches language before signing in', async () => {
    context = await browser.newContext({ locale: 'zh-CN' });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await new LoginPage(page).open(server.url);
    expect(await page.getByTestId('product-name').textContent()).toBe('长期护理保险经办管理系统');
    await page.getByTestId('language-switch').getByRole('button', { name: 'English' }).click();
    await page.getByTestId('product-name').getByText('LTCI Back Office').waitFor();
    expect(await page.locator('button[type="submit"]').textContent()).toBe('Sign in');
    await page.getByTestId('language-switch').getByRole('button', { name: '中文' }).click();
    await page.getByTestId('product-name').getByText('长期护理保险经办管理系统').waitFor();
    expect(await page.locator('button[type="submit"]').textContent()).toBe('登录');
  });

  it('an unknown address is 未找到 in Chinese punctuation, without an English full stop', async () => {
    await signIn('inspector');
    await page.goto(`${server.url}/#/no-such-page`);
    const notFound = page.getByTestId('not-found');
    await notFound.waitFor();
    const text = ((await notFound.textContent()) ?? '').trim();
    expect(text).toContain('未找到');
    expect(text).toContain('您输入的网址有误，或者链接已失效。');
    expect(text).not.toMatch(/[\u4e00-\u9fff]\./);
  });

  it.each([
    ['inspector', '/AuditLog'],
    ['inspector', '/PolicyData'],
    ['fund_manager', '/AuditLog'],
  ])('%s opening the administrator page %s is told 拒绝访问, as a forbidden edit is', async (username, path) => {
    await signIn(username);
    await page.goto(`${server.url}/#${path}`);
    await page.getByText('拒绝访问').first().waitFor();
    expect(await page.getByText('未找到').count()).toBe(0);
  });

  it('a forbidden edit says 拒绝访问 too (one behaviour)', async () => {
    await signIn('fund_manager');
    await page.locator('[data-testid="menu-institutions"]').click();
    await page.locator('table tbody tr').first().click();
    await page.waitForURL(/\/show$/);
    await page.goto(page.url().replace(/\/show$/, ''));
    await page.getByText('拒绝访问').first().waitFor();
  });

  it('a region chip on the home page opens that region’s institutions', async () => {
    await signIn('inspector');
    const chip = page.getByTestId('regions').getByRole('link', { name: '秦皇岛市' });
    await chip.click();
    await page.waitForURL(/#\/Institution\?filter=/);
    expect(decodeURIComponent(page.url())).toContain('"regionId"');
    await page.locator('table tbody tr').first().waitFor();
  });

  it('citations read in Chinese in the Chinese UI and in English in the English UI', async () => {
    await signIn('admin');
    await page.goto(`${server.url}/#/PolicyData`);
    await page.getByTestId('policy-date').fill('2026-12-01');
    const title = page.getByTestId('policy-pack-title').locator('xpath=following-sibling::*[1]');
    await title.getByText('《秦皇岛市长期护理保险实施细则》第七十五条').waitFor();
    expect(await title.textContent()).not.toContain('art.');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await title.getByText('Qinhuangdao art. 75').waitFor();
  });
});

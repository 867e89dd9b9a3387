import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import { openPage, signIn } from '../support/session.js';
import { LoginPage } from './pages/LoginPage.js';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const hasChromium = chromiumAvailable();

/** Issue 8: an administrator creates an inspector, who signs in, must change the password, then sees their pages. */
describe.skipIf(!hasChromium)('users in the browser', () => {
  let server: { url: string; stop(): Promise<void> };
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const username = `e2e${Date.now() % 1_000_000}`;
  const initial = 'Chu#2027-start';
  const chosen = 'Wo-de#2027-mima';

  async function newPage(): Promise<Page> {
    const { context, page } = await openPage(browser);
    contexts.push(context);
    return page;
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const external = process.env.E2E_BASE_URL;
    server = external
      ? { url: external.replace(/\/$/, ''), stop: async () => undefined }
      : await (await import('../support/server.js')).startTestServer();
    browser = (await launchBrowser())!;
  }, 120_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  it('an administrator creates an inspector bound to 秦皇岛市', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'admin');
    expect(await page.getByTestId('menu-users').textContent()).toContain('用户管理');
    await page.goto(`${server.url}/#/User/create`);
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="displayName"]').fill('端到端稽核');
    await page.getByLabel('稽核人员').check();
    await page.getByLabel('秦皇岛市').check();
    // the shared password policy answers before anything is sent
    await page.locator('input[name="password"]').fill('short');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.locator('form').textContent()).toContain('密码至少 10 个字符');
    await page.locator('input[name="password"]').fill(initial);
    await page.screenshot({ path: `${SCREENSHOTS}/users-01-create.png`, fullPage: true });
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('须修改密码').waitFor();
    await expect.poll(() => page.locator('main').textContent()).toContain(username);
    await page.screenshot({ path: `${SCREENSHOTS}/users-02-show.png`, fullPage: true });
  });

  it('the inspector signs in, must change the password first, then sees their pages', async () => {
    const page = await newPage();
    const login = new LoginPage(page);
    await login.open(server.url);
    await login.login(username, initial);
    await page.getByTestId('change-password').waitFor();
    expect(await page.getByTestId('change-password').textContent()).toContain('请先修改密码');
    // another page asked for shows the change-password page too
    await page.goto(`${server.url}/#/Institution`);
    await page.getByTestId('change-password').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/users-03-must-change.png`, fullPage: true });

    await page.locator('input[name="currentPassword"]').fill(initial);
    await page.locator('input[name="newPassword"]').fill(chosen);
    await page.locator('input[name="confirmPassword"]').fill(chosen);
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByTestId('greeting').waitFor();
    expect(await page.getByTestId('greeting').textContent()).toBe('您好，端到端稽核');
    expect(await page.locator('[data-testid="menu-users"]').count()).toBe(0); // administrators only
    await page.getByTestId('menu-institutions').click();
    await page.locator('table tbody tr').first().waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/users-04-inspector-pages.png`, fullPage: true });
  });
});

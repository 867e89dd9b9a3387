import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import { openPage, signIn } from '../support/session.js';

const hasChromium = chromiumAvailable();

/** Issue 8, defect 4: the audit log read by an administrator, not by a developer. */
describe.skipIf(!hasChromium)('the audit log', () => {
  let server: {
    url: string;
    stop(): Promise<void>;
    login(u: string): Promise<string>;
    graphql: (q: string, v?: object, t?: string) => Promise<{ data?: unknown }>;
  };
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await (await import('../support/server.js')).startTestServer();
    browser = (await launchBrowser())!;
    // an update, so that the log has a before and an after
    const token = await server.login('admin');
    const list = (await server.graphql('{ allInstitutions(perPage: 1) { id name } }', {}, token)).data as {
      allInstitutions: { id: string; name: string }[];
    };
    const first = list.allInstitutions[0]!;
    await server.graphql(
      'mutation ($id: ID!, $name: String!) { updateInstitution(id: $id, name: $name) { id } }',
      { id: first.id, name: `${first.name}（更名）` },
      token,
    );
    ({ page } = await openPage(browser));
    await signIn(page, server.url, 'admin');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('filters by a translated operation chosen from a list (登录 finds the sign-ins)', async () => {
    await page.goto(`${server.url}/#/AuditLog`);
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('button', { name: '添加筛选' }).click();
    await page.getByRole('menuitemcheckbox', { name: '操作' }).click();
    await page.getByRole('combobox', { name: '操作' }).click();
    await expect(page.getByRole('option', { name: '登录失败' }).count()).resolves.toBe(1);
    await page.getByRole('option', { name: '登录', exact: true }).click();
    await page.waitForURL((url) => decodeURIComponent(url.hash).includes('"operation":"login"'));
    const operations = () => page.locator('tbody tr td:nth-child(3)').allTextContents();
    await expect.poll(async () => [...new Set(await operations())], { timeout: 10_000 }).toEqual(['登录']);
  });

  it('shows an update as a table of the changed fields with their labels, and links to the record', async () => {
    await page.goto(
      `${server.url}/#/AuditLog?filter=${encodeURIComponent(JSON.stringify({ operation: 'update', entityType: 'Institution' }))}`,
    );
    await page.locator('tbody tr').first().click();
    await page.waitForURL(/#\/AuditLog\/\d+\/show/);
    const changes = page.getByTestId('audit-changes');
    await changes.waitFor();
    const rows = await changes.locator('tbody tr').allTextContents();
    expect(rows.some((row) => row.startsWith('机构名称') && row.includes('（更名）'))).toBe(true);
    expect(await page.getByText('"name"').count()).toBe(0); // no raw JSON
    await page.locator('main a[href*="/Institution/"]').first().click();
    await page.waitForURL(/#\/Institution\/[^/]+\/show/);
    await page.getByText('（更名）').first().waitFor();
  });
});

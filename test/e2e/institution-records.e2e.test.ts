import { creditCodeCheckChar, residentIdCheckChar } from '@ltci/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import type { TestServer } from '../support/server.js';
import { LoginPage } from './pages/LoginPage.js';
import { RecordsPage } from './pages/RecordsPage.js';

const code = (n: number) => {
  const first17 = `91130300MA${String(8_800_000 + n).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
};
const sharedId = (() => {
  const first17 = '13030219720315041';
  return first17 + residentIdCheckChar(first17);
})();

describe.skipIf(!chromiumAvailable())(
  'institution records and the assessor pool in the browser (Xinjiang art. 6, 15–16; Qinhuangdao art. 40)',
  () => {
    let server: TestServer;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let careId: string;
    let assessorName: string;

    beforeAll(async () => {
      server = await (await import('../support/server.js')).startTestServer();
      browser = (await launchBrowser())!;
      const inspector = await server.login('inspector');
      const create = async (kind: string, name: string, n: number) =>
        (
          await server.graphql(
            `mutation ($k: InstitutionKind!, $s: CareSubtype, $n: String!, $c: String!) {
            createInstitution(kind: $k, careSubtype: $s, name: $n, creditCode: $c, legalRepresentative: "周同一", address: "海港区测试路", regionId: "qinhuangdao") { id } }`,
            { k: kind, s: kind === 'care' ? 'elderly' : null, n: name, c: code(n) },
            inspector,
          )
        ).data?.createInstitution.id as string;
      const assessmentId = await create('assessment', '秦皇岛浏览器测试评估中心', 1);
      careId = await create('care', '秦皇岛浏览器测试护理院', 2);
      const person = await server.graphql(
        'mutation ($i: ID!, $id: String!) { createRelatedPerson(institutionId: $i, role: legalRepresentative, name: "周同一", idNumber: $id) { id } }',
        { i: assessmentId, id: sharedId },
        inspector,
      );
      expect(person.errors).toBeUndefined();
      assessorName = '浏览器移出测试员';
      const staff = await server.graphql(
        `mutation ($i: ID!, $n: String!) { createStaff(institutionId: $i, name: $n, role: "assessor", title: "junior", fullTime: true, nationalCode: "PGE2E0001") { id } }`,
        { i: assessmentId, n: assessorName },
        inspector,
      );
      expect(staff.errors).toBeUndefined();
      context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
      page = await context.newPage();
      page.setDefaultTimeout(20_000);
      const login = new LoginPage(page);
      await login.open(server.url);
      await login.login('inspector', 'Demo@2026');
      await page.getByTestId('greeting').waitFor();
    }, 180_000);

    afterAll(async () => {
      await context?.close();
      await browser?.close();
      await server?.stop();
    });

    it('an inspector records a staff member with a certificate and its expiry on the staff tab', async () => {
      const records = new RecordsPage(page);
      await records.openInstitutionTab(server.url, careId, 'staff');
      await page.getByTestId('add-Staff').click();
      await page.waitForURL(/#\/Staff\/create/);
      await records.input('name').fill('浏览器测试护士');
      await records.select('role', '护士');
      await records.select('title', '中级');
      await records.input('yearsInField').fill('6');
      await page.locator('.ra-input-certificates button.button-add').click();
      await records.input('certificates.0.name').fill('护士执业证书');
      await records.input('certificates.0.number').fill('HS-2026-0001');
      await records.input('certificates.0.expiresOn').fill('2029-05-31');
      await records.save();
      await page.waitForURL(/#\/Institution\/[^/]+\/show\/staff/);
      const row = records.row('浏览器测试护士');
      await row.waitFor();
      expect(await row.textContent()).toContain('护士执业证书 HS-2026-0001（2029-05-31）');
    });

    it('a legal representative shared with an assessment institution is refused, naming it and Qinhuangdao art. 40', async () => {
      const records = new RecordsPage(page);
      await records.openInstitutionTab(server.url, careId, 'persons');
      await page.getByTestId('add-RelatedPerson').click();
      await page.waitForURL(/#\/RelatedPerson\/create/);
      await records.select('role', '法定代表人');
      await records.input('name').fill('周同一');
      await records.input('idNumber').fill(sharedId);
      await records.save();
      await expect.poll(() => records.notification().textContent()).toContain('秦皇岛浏览器测试评估中心');
      expect(await records.notification().textContent()).toContain('第四十条');
      // nothing was written
      const rows = await server.dataSource.query('SELECT count(*) FROM institution_related_persons WHERE institution_id = $1', [careId]);
      expect(Number(rows[0].count)).toBe(0);
    });

    it('an inspector removes an assessor from the pool with a ground and a reason; the row shows it for good', async () => {
      const records = new RecordsPage(page);
      await page.locator('[data-testid="menu-assessorPool"]').click();
      await page.waitForURL(/#\/Staff/);
      await page.locator('input[name="q"]').fill(assessorName);
      const row = records.row(assessorName);
      await row.waitFor();
      await row.getByTestId('pool-remove').click();
      await page.getByRole('dialog').getByRole('combobox').click();
      await page.getByRole('option', { name: /提供虚假评估信息/ }).click();
      await page.getByTestId('removal-reason').fill('抽审复评发现评估意见与事实不符');
      await page.getByTestId('removal-confirm').click();
      await expect.poll(() => row.textContent()).toContain('抽审复评发现评估意见与事实不符');
      expect(await row.getByTestId('pool-remove').count()).toBe(0);
      const [audit] = await server.dataSource.query(
        "SELECT username, after FROM audit_logs WHERE operation = 'remove_from_pool' AND after->>'name' = $1",
        [assessorName],
      );
      expect(audit).toMatchObject({ username: 'inspector', after: { removedFor: 'falseReport' } });
    });
  },
);

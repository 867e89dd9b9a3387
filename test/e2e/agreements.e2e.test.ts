import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import type { TestServer } from '../support/server.js';
import { signedIn as signedInAs } from '../support/session.js';
import { AgreementPage } from './pages/AgreementPage.js';

const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));

/** The text of a PDF: poppler's pdftotext (apt-get install -y poppler-utils); required under CI=true. */
function pdfText(pdf: Buffer): string | null {
  if (!PDFTOTEXT) {
    if (process.env.CI === 'true') throw new Error('pdftotext not found: apt-get install -y poppler-utils');
    console.warn('!! pdftotext not found (apt-get install -y poppler-utils): the printed PDF is checked for embedded fonts only');
    return null;
  }
  const file = join(mkdtempSync(join(tmpdir(), 'agreement-pdf-')), 'agreement.pdf');
  writeFileSync(file, pdf);
  return execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
}

describe.skipIf(!chromiumAvailable())('service agreements in the browser (Xinjiang art. 10, 12, 24–25)', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let agreementId: string;
  let agreementNumber: string;

  /** A user signed in in a browser context of their own. */
  const signedIn = (username: string): Promise<Page> => signedInAs(browser, server.url, username, { keep: contexts });

  beforeAll(async () => {
    server = await (await import('../support/server.js')).startTestServer();
    browser = (await launchBrowser())!;
    // an agreement in force, drafted by the administrator and put in force by the agency officer
    const admin = await server.login('admin');
    const [{ id: institutionId }] = await server.dataSource.query(
      "SELECT id FROM institutions WHERE region_id = 'qinhuangdao' AND kind = 'care' ORDER BY name LIMIT 1",
    );
    await server.dataSource.query(
      "UPDATE service_agreements SET state = 'expired' WHERE institution_id = $1 AND state IN ('active', 'suspended', 'termination_pending')",
      [institutionId],
    );
    agreementNumber = '秦长护协〔2026〕E2E号';
    const created = await server.graphql(
      'mutation ($i: ID!, $n: String!) { createServiceAgreement(institutionId: $i, number: $n, startDate: "2026-07-01", endDate: "2027-06-30") { id version } }',
      { i: institutionId, n: agreementNumber },
      admin,
    );
    agreementId = created.data?.createServiceAgreement.id;
    const activated = await server.graphql(
      'mutation ($id: ID!) { transitionServiceAgreement(id: $id, action: activate, expectedVersion: 1) { state } }',
      { id: agreementId },
      await server.login('agency_officer'),
    );
    expect(activated.data?.transitionServiceAgreement.state).toBe('active');
  }, 120_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  it('the home page lists the to-do items coloured by days left; a days-left figure opens the rules behind it; an item links to its record', async () => {
    const page = await signedIn('admin');
    const items = page.locator('[data-testid="todo-item"]');
    await items.first().waitFor();
    // the demo data: agreements ending 2026-12-31 and a change of bank account due 30 working days after 2026-11-10
    await items.filter({ hasText: '服务协议即将到期' }).first().waitFor();
    await items.filter({ hasText: '机构重大信息变更待申请' }).first().waitFor();
    expect(['red', 'orange', 'yellow', 'green']).toContain(await items.first().getAttribute('data-colour'));
    // the citations as a Chinese reader cites them, product rules included
    const expiry = await items.filter({ hasText: '服务协议即将到期' }).first().textContent();
    expect(expiry).toContain('《长期护理保险失能等级评估机构定点管理实施细则》第十条；产品规则：服务协议到期前60日提醒');
    expect(await items.filter({ hasText: '机构重大信息变更待申请' }).first().textContent()).toContain('第二十一条');
    expect(expiry).not.toContain('Product rule');
    const change = items.filter({ hasText: '机构重大信息变更待申请' }).first();
    await change.locator('[data-testid="open-trace"]').click();
    const drawer = page.locator('[data-testid="trace-drawer"]');
    await drawer.waitFor();
    const text = await drawer.innerText();
    for (const expected of ['计算依据', '变更申请截止日（30个工作日）', 'Xinjiang art. 21', '剩余天数', '按剩余天数着色', '政策参数包'])
      expect(text).toContain(expected);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await items.filter({ hasText: '服务协议即将到期' }).first().getByRole('link').click();
    await page.waitForURL(/#\/ServiceAgreement\/[0-9a-f-]+\/show/);
    await page.locator('[data-testid="agreement-actions"]').waitFor();
  });

  it('an inspector suspends the agreement with a reason and sees it on the timeline', async () => {
    const page = await signedIn('inspector');
    const agreement = new AgreementPage(page);
    await agreement.open(server.url, agreementId);
    await agreement.waitForState('履行中');
    await agreement.action('suspend').click();
    const confirm = agreement.dialog().locator('[data-testid="confirm-transition"]');
    expect(await confirm.isDisabled()).toBe(true); // Xinjiang art. 24: a suspension needs its reason
    await agreement.dialog().getByRole('button', { name: '取消' }).click();
    await agreement.take('suspend', { reason: '日常稽核发现护理记录与服务时长不符' });
    await agreement.waitForState('已中止');
    const last = agreement.timelineSteps().last();
    await last.filter({ hasText: '日常稽核发现护理记录与服务时长不符' }).waitFor();
    expect(await last.innerText()).toMatch(/中止协议[\s\S]*履行中 → 已中止[\s\S]*inspector/);
  });

  it('a stale version is answered with a clear message and a refresh', async () => {
    const page = await signedIn('inspector');
    const agreement = new AgreementPage(page);
    await agreement.open(server.url, agreementId);
    await agreement.waitForState('已中止');
    // someone else resumes and suspends it again behind the inspector's back
    const admin = await server.login('admin');
    for (const [action, reason] of [
      ['resume', null],
      ['suspend', '再次中止'],
    ] as const) {
      const shown = await server.graphql('query ($id: ID!) { ServiceAgreement(id: $id) { version } }', { id: agreementId }, admin);
      const version = shown.data?.ServiceAgreement.version;
      await server.graphql(
        'mutation ($id: ID!, $a: AgreementAction!, $v: Int!, $r: String) { transitionServiceAgreement(id: $id, action: $a, expectedVersion: $v, reason: $r) { state } }',
        { id: agreementId, a: action, v: version, r: reason },
        admin,
      );
    }
    await agreement.take('resume');
    const error = page.locator('[data-testid="transition-error"]');
    await error.filter({ hasText: '他人已办理或修改' }).waitFor();
    await error.getByRole('button', { name: '刷新' }).click();
    await agreement.timelineSteps().filter({ hasText: '再次中止' }).waitFor();
  });

  it('another user proposes termination with its kind and date; the proposer may not approve it (four-eyes); a second person approves', async () => {
    const officer = await signedIn('agency_officer');
    const byOfficer = new AgreementPage(officer);
    await byOfficer.open(server.url, agreementId);
    await byOfficer.take('propose_termination', {
      kind: '因违法违规解除',
      date: '2026-12-31',
      reason: '查实虚构护理服务骗取基金支付',
    });
    await byOfficer.waitForState('解除待审批');
    expect(await byOfficer.action('approve_termination').isDisabled()).toBe(true);
    expect(await byOfficer.blocked('approve_termination').innerText()).toContain('须由另一人办理');

    const admin = await signedIn('admin');
    const byAdmin = new AgreementPage(admin);
    await byAdmin.open(server.url, agreementId);
    await byAdmin.take('approve_termination');
    await byAdmin.waitForState('已解除');
    const steps = await byAdmin.timelineSteps().allInnerTexts();
    expect(steps.at(-2)).toMatch(/提请解除[\s\S]*agency_officer[\s\S]*查实虚构护理服务骗取基金支付[\s\S]*因违法违规解除/);
    expect(steps.at(-1)).toMatch(/批准解除[\s\S]*解除待审批 → 已解除[\s\S]*admin/);
    await admin.locator('.ra-field-terminationKind').filter({ hasText: '因违法违规解除' }).waitFor();
  });

  it('printing the agreement yields a PDF laid out as an official document, holding its Chinese text', async () => {
    const page = await signedIn('inspector');
    await page.goto(`${server.url}/#/ServiceAgreement/${agreementId}/show`);
    await page.locator('[data-testid="print-agreement"]').click();
    await page.locator('[data-testid="official-document"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    if (text === null) {
      expect(pdf.includes('/ToUnicode')).toBe(true);
      return;
    }
    const flat = text.replace(/\s+/g, '');
    for (const expected of [
      '秦皇岛市医疗保障局',
      agreementNumber,
      '长期护理保险定点服务机构服务协议',
      '甲方（盖章）',
      '乙方（盖章）',
      '法定代表人或授权代表（签字）',
      '二〇二六年七月一日',
      '第一条',
    ])
      expect(flat).toContain(expected);
    // the application's menu (首页 …) and the print button are not on paper
    expect(flat).not.toContain('首页');
    expect(flat).not.toContain('打印');
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import type { TestServer } from '../support/server.js';
import { AttachmentsPanelPage } from './pages/AttachmentsPanel.js';
import { LoginPage } from './pages/LoginPage.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n', 'latin1');

describe.skipIf(!chromiumAvailable())('a TPA contract-year in the browser (Tianjin art. 13, 14, 18, 19; Qinhuangdao art. 63)', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let assessmentId: string;
  let findingId: string;

  async function signedIn(username: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const login = new LoginPage(page);
    await login.open(server.url);
    await login.login(username, 'Demo@2026');
    await page.locator('[data-testid="greeting"]').waitFor();
    return page;
  }
  const openAssessment = async (page: Page) => {
    await page.goto(`${server.url}/#/TpaAssessment/${assessmentId}/show`);
    await page.getByTestId('tpa-assessment').waitFor();
  };

  beforeAll(async () => {
    server = await (await import('../support/server.js')).startTestServer();
    browser = (await launchBrowser())!;
    const inspector = await server.login('inspector');
    // the demo TPA of Qinhuangdao, whose staff member tpa_qhd is
    const [{ id: tpa }] = await server.dataSource.query(
      "SELECT m.institution_id AS id FROM tpa_staff_members m JOIN users u ON u.id = m.user_id WHERE u.username = 'tpa_qhd'",
    );
    const created = await server.graphql(
      `mutation ($t: ID!) { createTpaContract(tpaInstitutionId: $t, number: "秦医保经〔2027〕E2E号", startDate: "2027-01-01", endDate: "2027-12-31",
        annualFee: "400000.00", units: [{ id: "HQ", kind: headOffice, name: "本部" }, { id: "D1", kind: districtSubCentre, name: "海港分中心" },
        { id: "CITY", kind: cityCentre, name: "市级综合服务中心" }], weights: { headOffice: "0.5", districtSubCentres: "0.3", cityCentre: "0.2" },
        schedule: [{ minScore: "95", payRate: "1" }, { minScore: "85", payRate: "0.95" }, { minScore: "0", payRate: "0.7" }],
        plan: [{ id: "service", label: "经办管理和服务能力", max: "50" }, { id: "commitments", label: "投标承诺兑现情况", max: "40" },
          { id: "satisfaction", label: "服务对象满意度", max: "10" }],
        poorResultBelow: "70", rectificationDays: 30,
        commitments: [{ category: staffing, description: "专职经办人员", targetKind: number, target: "12", unit: "人", direction: atLeast,
          measurement: "花名册", points: "10" }]) { id version } }`,
      { t: tpa },
      inspector,
    );
    const contract = created.data?.createTpaContract;
    await server.graphql(
      'mutation ($id: ID!) { transitionTpaContract(id: $id, action: activate, expectedVersion: 1) { id } }',
      { id: contract.id },
      inspector,
    );
    const opened = await server.graphql(
      'mutation ($c: ID!) { openTpaAssessment(contractId: $c, year: 2027) { id } }',
      { c: contract.id },
      inspector,
    );
    assessmentId = opened.data?.openTpaAssessment.id;
    // the supervision issue inspects the TPA itself and records a finding in 2027 (Tianjin art. 19)
    const [{ id: me }] = await server.dataSource.query("SELECT id FROM users WHERE username = 'inspector'");
    const inspection = await server.graphql(
      `mutation ($t: [ID!], $ins: [ID!]!) { createInspection(regionId: "qinhuangdao", kind: unannounced, title: "经办机构专项检查",
        scope: "经办服务费与结算", plannedOn: "2027-03-01", inspectorIds: $ins, checklist: ["结算复核"], targetIds: $t) { id version } }`,
      { t: [tpa], ins: [me] },
      inspector,
    );
    const ins = inspection.data?.createInspection;
    await server.graphql(
      'mutation ($id: ID!, $v: Int!) { transitionInspection(id: $id, action: start, expectedVersion: $v) { id } }',
      { id: ins.id, v: ins.version },
      inspector,
    );
    const found = await server.graphql(
      `mutation ($i: ID!, $n: ID!) { recordInspectionFinding(inspectionId: $i, institutionId: $n, category: irregular_charge,
        description: "经办审核不严，重复结算", foundOn: "2027-03-02") { id } }`,
      { i: ins.id, n: tpa },
      inspector,
    );
    expect(found.errors).toBeUndefined();
    findingId = found.data?.recordInspectionFinding.id;
    // the fund raised in 2027 sets the year's cap (Qinhuangdao art. 63: 5% of 10,000,000 = 500,000)
    const [special] = await server.dataSource.query("SELECT id FROM fund_accounts WHERE region_id = 'qinhuangdao' AND kind = 'special'");
    const [tax] = await server.dataSource.query("SELECT id FROM fund_accounts WHERE region_id = 'qinhuangdao' AND kind = 'taxAuthority'");
    const raised = await server.graphql(
      `mutation ($l: [FundPostingLineInput!]!) { postFund(regionId: "qinhuangdao", kind: collection, date: "2027-01-15", lines: $l, insuredCategory: "employee") { id } }`,
      {
        l: [
          { accountId: special.id, side: 'debit', amount: '10000000.00' },
          { accountId: tax.id, side: 'credit', amount: '10000000.00' },
        ],
      },
      await server.login('fund_manager'),
    );
    expect(raised.errors).toBeUndefined();
  }, 180_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  it('Tianjin art. 13, 5: the TPA user files the self-check with its evidence and the satisfaction surveys', async () => {
    const page = await signedIn('tpa_qhd');
    await openAssessment(page);
    await new AttachmentsPanelPage(page).drop('花名册.pdf', 'application/pdf', PDF);
    await page.getByTestId('attachments-table').locator('tbody tr', { hasText: '花名册.pdf' }).waitFor();
    await page.getByTestId('evidence-0').first().check();
    await page.getByTestId('actual-0').fill('13');
    for (const [id, v] of [
      ['HQ-service', '45'],
      ['D1-service', '44'],
      ['D1-commitments', '35'],
      ['CITY-service', '46'],
      ['CITY-commitments', '36'],
    ])
      await page.getByTestId(`score-${id}`).fill(v);
    // art. 5: satisfaction is not typed but scored from the surveys
    expect(await page.getByTestId('score-HQ-satisfaction').count()).toBe(0);
    for (const [unit, surveyed, satisfied] of [
      ['HQ', '50', '45'],
      ['D1', '40', '34'],
      ['CITY', '20', '19'],
    ]) {
      await page.getByTestId(`surveyed-${unit}`).fill(surveyed);
      await page.getByTestId(`satisfied-${unit}`).fill(satisfied);
    }
    await page.getByTestId('submit-self-check').click();
    await expect.poll(() => page.getByTestId('assessment-state').textContent(), { timeout: 20_000 }).toBe('实地考核');
  });

  it('Tianjin art. 13, 19: an inspector scores on site and records the fund loss of the finding against the TPA; a second inspector approves', async () => {
    const page = await signedIn('inspector');
    await openAssessment(page);
    await page.getByTestId('score-HQ-service').fill('47');
    await page.getByTestId('add-loss').click();
    await page.getByTestId('loss-description-0').fill('违规结算未追回');
    await page.getByTestId('loss-amount-0').fill('1000.00');
    await page.getByTestId('loss-finding-0').click();
    await page.getByTestId(`finding-option-${findingId}`).click();
    await page.getByTestId('submit-on-site').click();
    await expect.poll(() => page.getByTestId('assessment-state').textContent(), { timeout: 20_000 }).toBe('考核评议');
    // satisfaction (art. 5): HQ 10 × 45 ÷ 50 = 9; D1 10 × 34 ÷ 40 = 8.5; CITY 10 × 19 ÷ 20 = 9.5
    // HQ 47 + (40 − 0) + 9 = 96; D1 44 + 35 + 8.5 = 87.5; CITY 46 + 36 + 9.5 = 91.5
    // art. 14: 0.5 × 96 + 0.3 × 87.5 + 0.2 × 91.5 = 48 + 26.25 + 18.3 = 92.55
    expect(await page.getByTestId('total').textContent()).toBe('92.55');
    // art. 19: the finding shows in the assessment with the loss it caused
    const findings = page.getByTestId('findings-table');
    await findings.locator('tbody tr', { hasText: '经办审核不严' }).waitFor();
    expect(await findings.locator('tbody tr').first().textContent()).toContain('1000.00');

    const second = await signedIn('inspector2');
    await openAssessment(second);
    await second.getByTestId('action-approve').click();
    await expect.poll(() => second.getByTestId('assessment-state').textContent(), { timeout: 20_000 }).toBe('已评定');
  });

  it('Qinhuangdao art. 63: the fund manager proposes the quarter, a second approves, and the deduction of art. 19 shows', async () => {
    const page = await signedIn('fund_manager');
    await openAssessment(page);
    // art. 18: 400,000 × 0.95 = 380,000.00; art. 19: − 1,000.00 = 379,000.00
    expect(await page.getByTestId('scheduled-fee').textContent()).toBe('380000.00');
    expect(await page.getByTestId('deduction').textContent()).toBe('1000.00');
    expect(await page.getByTestId('fee-due').textContent()).toBe('379000.00');
    await page.getByTestId('pay-date').fill('2027-03-31');
    await page.getByTestId('propose-payment').click();
    await page.getByTestId('payments-table').locator('tbody tr', { hasText: '94750.00' }).waitFor();

    const checker = await signedIn('fund_manager2');
    await openAssessment(checker);
    await checker.getByTestId('payments-table').getByTestId('action-approve').click();
    await expect.poll(() => checker.getByTestId('fee-paid').textContent(), { timeout: 20_000 }).toBe('94750.00');
    const [posting] = await server.dataSource.query(
      "SELECT amount::text FROM fund_postings WHERE kind = 'tpaFee' AND date = '2027-03-31' AND region_id = 'qinhuangdao'",
    );
    expect(posting.amount).toBe('94750.00');
    // the assessment report prints: scores, commitments and the fee of art. 18–19
    await checker.getByTestId('print-report').click();
    const report = checker.getByTestId('assessment-report');
    await report.waitFor();
    expect(await report.textContent()).toContain('实际应拨379000.00元');
    // and the finding against the TPA with the loss it caused (Tianjin art. 19)
    expect(await report.getByTestId('findings-table').textContent()).toContain('经办审核不严');
    expect(await report.getByTestId('total').textContent()).toBe('92.55');
  });
});

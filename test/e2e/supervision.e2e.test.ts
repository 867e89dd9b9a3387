import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import type { TestServer } from '../support/server.js';
import { openPage, signedIn } from '../support/session.js';
import { AttachmentsPanelPage } from './pages/AttachmentsPanel.js';

// a 1×1 PNG: a photo of the evidence as the inspector takes it
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/**
 * Supervision in the browser (Qinhuangdao art. 67–68, 73): an inspector plans a random spot check
 * (its seed recorded), starts it, records a finding with a photo and orders a rectification; the
 * public disclosure page opens without login and lists the published directory.
 */
describe.skipIf(!chromiumAvailable())('supervision in the browser (Qinhuangdao art. 67–68, 73)', () => {
  let server: TestServer;
  let browser: Browser;
  let storage: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    storage = mkdtempSync(join(tmpdir(), 'ltci-e2e-supervision-'));
    server = await (await import('../support/server.js')).startTestServer({ attachmentsDir: storage });
    browser = (await launchBrowser())!;
  }, 120_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
    rmSync(storage, { recursive: true, force: true });
  });

  it('the inspector plans a random inspection, records a finding with a photo and orders rectification', async () => {
    const page = await signedIn(browser, server.url, 'inspector', { keep: contexts });
    await page.goto(`${server.url}/#/Inspection/create`);
    await page.locator('input[name="title"]').fill('端到端随机抽查');
    await page.locator('textarea[name="scope"]').fill('服务记录与结算');
    await page.locator('input[name="plannedOn"]').fill('2026-12-01');
    await page.locator('textarea[name="checklistText"]').fill('服务记录与结算清单一致');
    await page.locator('input[name="randomCount"]').fill('1');
    await page.locator('input[name="randomSeed"]').fill('77');
    await page.locator('button[type="submit"]').click();
    await page.getByTestId('inspection-selection').getByText('随机种子 77').waitFor();
    const id = page.url().split('/Inspection/')[1].split('/')[0];
    const [row] = await server.dataSource.query(
      "SELECT selection->>'seed' AS seed, cardinality(target_ids) AS n FROM inspections WHERE id = $1",
      [id],
    );
    expect(row).toEqual({ seed: '77', n: 1 });

    await page.getByTestId('action-start').click();
    await page.getByRole('dialog').getByTestId('confirm-transition').click();
    await page.getByTestId('record-finding-open').waitFor();

    await page.getByTestId('record-finding-open').click();
    await page.getByTestId('finding-description').fill('上门服务记录签到时间与排班不符');
    await page.getByTestId('record-finding-submit').click();
    const finding = page.getByTestId('finding');
    await finding.getByText('上门服务记录签到时间与排班不符').waitFor();

    await new AttachmentsPanelPage(page).drop('现场照片.png', 'image/png', PNG);
    await new AttachmentsPanelPage(page).row('现场照片.png').waitFor();

    await finding.getByTestId('order-rectification-open').click();
    await page.getByTestId('rectification-due').fill('2026-12-20');
    await page.getByTestId('rectification-requirement').fill('核查全部服务记录并书面报告');
    await page.getByTestId('order-rectification-submit').click();
    // The dialog closes on success or shows the refusal: a refusal fails here with its message, not with a timeout below.
    const refusal = page.getByTestId('order-rectification-error');
    await Promise.race([
      page.getByTestId('order-rectification-form').waitFor({ state: 'hidden', timeout: 30_000 }),
      refusal.waitFor({ timeout: 30_000 }),
    ]);
    expect(await refusal.count(), (await refusal.count()) ? await refusal.textContent() : '').toBe(0);
    await finding.getByTestId('finding-consequences').getByText('2026-12-20').waitFor({ timeout: 30_000 });
    const [r] = await server.dataSource.query(
      `SELECT r.state, r.due_on::text AS due, (SELECT count(*)::int FROM attachments a WHERE a.owner_type = 'InspectionFinding' AND a.owner_id = f.id::text) AS photos
         FROM rectifications r JOIN inspection_findings f ON f.id = r.finding_id WHERE f.inspection_id = $1`,
      [id],
    );
    expect(r).toEqual({ state: 'ordered', due: '2026-12-20', photos: 1 });
  });

  it('Qinhuangdao art. 68: the inspector orders a recovery of a paid line; the finding, the institution’s scorecard and the fund ledger show it', async () => {
    // an assessment institution of Qinhuangdao under an inspection in progress, with one paid settlement line of 300.00
    const q = (sql: string, params: unknown[] = []) => server.dataSource.query(sql, params);
    const [inst] = await q(
      `INSERT INTO institutions (kind, name, credit_code, legal_representative, address, region_id)
       VALUES ('assessment', '端到端追回评估中心', '91130300E2E' || lpad((floor(random() * 1e7))::int::text, 7, '0'), '测试人', '测试路2号', 'qinhuangdao') RETURNING id`,
    );
    const [inspection] = await q(
      `INSERT INTO inspections (region_id, kind, title, scope, planned_on, inspector_ids, inspector_names, checklist, target_ids, state, prepared_by)
       SELECT 'qinhuangdao', 'daily_round', '端到端追回检查', '结算', $2, ARRAY[u.id], ARRAY[u.display_name], '[]', ARRAY[$1::uuid], 'in_progress', u.id
         FROM users u WHERE u.username = 'inspector' RETURNING id`,
      [inst.id, '2026-12-01'],
    );
    await q(
      `INSERT INTO inspection_findings (inspection_id, institution_id, region_id, category, description, found_on, recorded_by, recorded_by_name)
       SELECT $1, $2, 'qinhuangdao', 'irregular_charge', '重复申报评估费', '2026-12-01', id, 'inspector' FROM users WHERE username = 'inspector'`,
      [inspection.id, inst.id],
    );
    const accounts = await q(
      "SELECT id, kind FROM fund_accounts WHERE region_id = 'qinhuangdao' AND kind IN ('assessmentInstitutions', 'cityExpenditure')",
    );
    const account = (kind: string) => accounts.find((a: { kind: string }) => a.kind === kind).id;
    const paid = await server.graphql(
      `mutation ($l: [FundPostingLineInput!]!, $d: String!) { postFund(regionId: "qinhuangdao", kind: assessmentFee, date: $d, lines: $l) { id } }`,
      {
        d: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
        l: [
          { accountId: account('assessmentInstitutions'), side: 'debit', amount: '300.00' },
          { accountId: account('cityExpenditure'), side: 'credit', amount: '300.00' },
        ],
      },
      await server.login('fund_manager'),
    );
    expect(paid.errors).toBeUndefined();
    const [run] = await q(
      `INSERT INTO settlement_runs (region_id, month, kind, state, prepared_by, paid_at)
       SELECT 'qinhuangdao', '2024-09', 'assessmentFee', 'paid', id, now() FROM users WHERE username = 'agency_officer' RETURNING id`,
    );
    await q(
      `INSERT INTO settlement_sheets (run_id, region_id, institution_id, month, fund_amount, posting_id) VALUES ($1, 'qinhuangdao', $2, '2024-09', 300.00, $3)`,
      [run.id, inst.id, paid.data?.postFund.id],
    );
    const [line] = await q(
      `INSERT INTO settlement_lines (run_id, region_id, institution_id, claimant_id, month, fund_amount)
       VALUES ($1, 'qinhuangdao', $2, '00000000-0000-4000-8000-0000000000e2', '2024-09', 300.00) RETURNING id`,
      [run.id, inst.id],
    );

    const page = await signedIn(browser, server.url, 'inspector', { keep: contexts });
    await page.goto(`${server.url}/#/Inspection/${inspection.id}/show`);
    const finding = page.getByTestId('finding');
    await finding.getByText('重复申报评估费').waitFor();
    await finding.getByTestId('impose-open').click();
    await page.getByTestId('impose-reason').fill('重复申报评估费，追回已支付部分');
    await page.getByTestId('impose-amount').fill('120.00');
    await page.getByTestId('impose-records').getByText(line.id.slice(0, 8)).click();
    await page.getByTestId('impose-submit').click();
    const refusal = page.getByTestId('impose-error');
    await Promise.race([
      page.getByTestId('impose-form').waitFor({ state: 'hidden', timeout: 30_000 }),
      refusal.waitFor({ timeout: 30_000 }),
    ]);
    expect(await refusal.count(), (await refusal.count()) ? await refusal.textContent() : '').toBe(0);
    await finding.getByTestId('finding-consequences').getByText('120.00', { exact: false }).waitFor({ timeout: 30_000 });

    // the scorecard of the year carries the 扣款追回 event (Changzhou item 15)
    const [card] = await q('SELECT s.id FROM annual_scorecards s WHERE s.institution_id = $1', [inst.id]);
    await page.goto(`${server.url}/#/AnnualScorecard/${card.id}/show`);
    await page.getByTestId('events-table').getByText('追回违规费用', { exact: false }).waitFor({ timeout: 30_000 });

    // the ledger: a recovery of 120.00, debit the city expenditure account, credit the assessment institutions' account
    const [posting] = await q(
      `SELECT p.kind, p.amount::text AS amount FROM fund_postings p JOIN supervision_consequences c ON c.posting_id = p.id WHERE c.institution_id = $1`,
      [inst.id],
    );
    expect(posting).toEqual({ kind: 'recovery', amount: '120.00' });
    const fund = await signedIn(browser, server.url, 'fund_manager', { keep: contexts });
    await fund.goto(`${server.url}/#/FundAccount`);
    await fund.getByTestId('fund-this-month').getByText('原渠道退回（追回）基金').waitFor({ timeout: 30_000 });
  });

  it('Xinjiang art. 26: the dashboard lists an assessment-quality outlier with its reason and trace; the institution page has its quality tab', async () => {
    const q = (sql: string, params: unknown[] = []) => server.dataSource.query(sql, params);
    const [inst] = await q(
      `INSERT INTO institutions (kind, name, credit_code, legal_representative, address, region_id)
       VALUES ('assessment', '端到端质量评估中心', '91130300Q2E' || lpad((floor(random() * 1e7))::int::text, 7, '0'), '测试人', '测试路3号', 'qinhuangdao') RETURNING id`,
    );
    const [claimant] = await q("SELECT id FROM claimants WHERE region_id = 'qinhuangdao' LIMIT 1");
    // 10 conclusions of grade 2, 10 days from dispatch each; 2 of the 10 letters delivered late → 2/10 = 0.2 > 0.1
    for (let i = 0; i < 10; i++)
      await q(
        `INSERT INTO assessment_applications (region_id, claimant_id, kind, state, prepared_by, applied_on, disability_since, condition_stable,
           institution_id, dispatched_on, concluded_on, recorded_grade, letter_issued_on, letter_late_reason)
         SELECT 'qinhuangdao', $1, 'initial', 'final', id, current_date - 30, '2025-01-01', true, $2, current_date - 40, current_date - 30, 2,
                current_date - 25, $3 FROM users WHERE username = 'admin'`,
        [claimant.id, inst.id, i < 2 ? '送达地址变更' : null],
      );
    const page = await signedIn(browser, server.url, 'inspector', { keep: contexts });
    await page.goto(`${server.url}/#/Supervision`);
    const row = page.getByTestId('quality-outliers').getByTestId(`quality-${inst.id}`);
    await row.getByText('超过30个工作日送达的结论书较多').waitFor({ timeout: 30_000 });
    await row.getByText('(2/10)').waitFor();
    await row.getByTestId('open-trace').last().click();
    await page.getByTestId('trace-drawer').getByText('Xinjiang art. 26', { exact: false }).first().waitFor();
    await page.keyboard.press('Escape');
    await page.goto(`${server.url}/#/Institution/${inst.id}/show/quality`);
    await page.getByTestId('institution-quality').getByText('0.2').first().waitFor({ timeout: 30_000 });
  });

  it('Qinhuangdao art. 73: the public page opens without login and lists the published directory', async () => {
    const { context, page } = await openPage(browser);
    contexts.push(context);
    await page.goto(`${server.url}/#/public`);
    await page.getByTestId('public-institutionDirectory').waitFor();
    expect(await page.getByTestId('public-directory').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('greeting').count()).toBe(0);
  });
});

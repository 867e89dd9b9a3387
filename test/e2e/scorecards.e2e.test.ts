import { creditCodeCheckChar, type ScorecardTemplate, scorecardTemplate, scoreInstitutionYear } from '@ltci/shared';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import type { TestServer } from '../support/server.js';
import { LoginPage } from './pages/LoginPage.js';
import { ScorecardPage } from './pages/ScorecardPage.js';

/**
 * An inspector records a year's events on the Changzhou 2024 template (adopted by Qinhuangdao for
 * 2026), watches the running score, opens its explanation, submits; inspector2 signs off; the
 * comparison page ranks every institution of the region and year.
 */
describe.skipIf(!chromiumAvailable())('annual scorecards in the browser (Xinjiang art. 27; Changzhou 2024)', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let scorecardId: string;
  let institutionId: string;

  /** The total `shared` computes from the scorecard's records as they are in the database (the server's inputs, read independently). */
  async function sharedTotal(): Promise<string> {
    const [card] = await server.dataSource.query('SELECT template_id, year FROM annual_scorecards WHERE id = $1', [scorecardId]);
    const events = await server.dataSource.query(
      `SELECT type, occurred_on::text AS "occurredOn", count, district_id AS "districtId", reported_on::text AS "reportedOn", flags
         FROM scorecard_events WHERE scorecard_id = $1 AND withdrawn_at IS NULL ORDER BY occurred_on, id`,
      [scorecardId],
    );
    const monthly = await server.dataSource.query(
      `SELECT institution_id AS "institutionId", month, submitted, returned, surveyed, satisfied FROM institution_monthly_counts
        WHERE region_id = 'qinhuangdao' AND month BETWEEN '2026-01' AND '2026-12'`,
    );
    const districts = await server.dataSource.query("SELECT id, name FROM counties WHERE region_id = 'qinhuangdao' ORDER BY id");
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const asOf = today < '2026-01-01' ? '2026-01-01' : today > '2026-12-31' ? '2026-12-31' : today;
    const scored = scoreInstitutionYear(scorecardTemplate(card.template_id) as ScorecardTemplate, {
      institutionId,
      year: card.year,
      events,
      monthly,
      districts,
      asOf,
    });
    if (!scored.ok) throw new Error(JSON.stringify(scored.issues));
    return scored.value.parts.total;
  }

  async function signedIn(username: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const login = new LoginPage(page);
    await login.open(server.url);
    await login.login(username, 'Demo@2026');
    await page.locator('[data-testid="greeting"]').waitFor();
    return page;
  }

  beforeAll(async () => {
    server = await (await import('../support/server.js')).startTestServer();
    browser = (await launchBrowser())!;
    // a fresh assessment institution: no orders (no return rate), no survey, nothing recorded yet
    const [{ id }] = await server.dataSource.query(
      `INSERT INTO institutions (kind, name, credit_code, legal_representative, address, region_id)
       VALUES ('assessment', '秦皇岛端到端评估中心', $1, '测试人', '测试路1号', 'qinhuangdao') RETURNING id`,
      [`91130300MA0E2E001${creditCodeCheckChar('91130300MA0E2E001')}`],
    );
    institutionId = id;
    const opened = await server.graphql(
      'mutation ($i: ID!) { openAnnualScorecard(institutionId: $i, year: 2026) { id total } }',
      { i: id },
      await server.login('inspector'),
    );
    scorecardId = opened.data?.openAnnualScorecard.id;
    // 80 − 2 (no internal training recorded yet: two missing, item 8(3)) + 4 (all areas served without a 拒单, item 11(1))
    // + 2 (no holiday suspension, item 13(2)) = 84
    expect(opened.data?.openAnnualScorecard.total).toBe('84.00');
  }, 120_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  it('the inspector opens the institution, reaches its scorecard, records three events and the running score follows, as shared computes it; its explanation opens; submitted', async () => {
    const page = await signedIn('inspector');
    const card = new ScorecardPage(page);
    // from the institution's page: its inspection work lists the year's scorecard
    await page.goto(`${server.url}/#/Institution/${institutionId}/show/work`);
    const work = page.locator('[data-testid="work-AnnualScorecard"]');
    await work.locator('tbody tr').first().click();
    await page.locator('[data-testid="score-summary"]').waitFor();
    expect(page.url()).toContain(`/AnnualScorecard/${scorecardId}/show`);
    await card.waitForTotal('84.00');
    expect(await sharedTotal()).toBe('84.00');
    // item 3(4): a late upload −1 → 83.00
    await card.record('lateUpload', '2026-05-12');
    await card.waitForTotal('83.00');
    expect(await sharedTotal()).toBe('83.00');
    // item 3(1): a 拒单 in 海港区 −1, and item 11(1): one of nine areas with a 拒单 → three areas, 2 instead of 4 → 80.00
    await card.record('dispatchRefused', '2026-06-03', 'qhd-haigang');
    await card.waitForTotal('80.00');
    expect(await sharedTotal()).toBe('80.00');
    // item 12(1): a media report +1 → 81.00
    await card.record('mediaPublicity', '2026-07-20');
    await card.waitForTotal('81.00');
    expect(await sharedTotal()).toBe('81.00');
    const stored = await server.dataSource.query('SELECT total::text FROM annual_scorecards WHERE id = $1', [scorecardId]);
    expect(stored[0].total).toBe('81.00');
    expect(await page.locator('[data-testid="event-row"]').count()).toBe(3);
    const drawer = await card.openExplanation();
    await drawer.locator('[data-rule="annual.records.districts"]').waitFor();
    await drawer.locator('[data-rule="scorecard.computed.districtsServed"]').waitFor();
    await drawer.locator('[data-rule="scorecard.total"]').waitFor();
    await page.keyboard.press('Escape');
    await card.take('submit');
    await page.locator('[data-testid="scorecard-read-only"]').waitFor();
    // the submitter cannot approve: the button is blocked with its reason
    await page.locator('[data-testid="blocked-approve"]').waitFor();
  }, 180_000);

  it('inspector2 approves; the scorecard is then locked and read-only; the agreement shows the signed-off 81.00, explained (Xinjiang art. 27)', async () => {
    const page = await signedIn('inspector2');
    const card = new ScorecardPage(page);
    await card.open(server.url, scorecardId);
    await card.take('approve');
    await page.locator('[data-testid="scorecard-read-only"]').filter({ hasText: '已签发锁定' }).waitFor();
    expect(await page.locator('[data-testid="event-form"]').count()).toBe(0);
    const [row] = await server.dataSource.query('SELECT state, total::text FROM annual_scorecards WHERE id = $1', [scorecardId]);
    expect(row).toEqual({ state: 'locked', total: '81.00' });
    // Xinjiang art. 27: the institution's agreement shows the signed-off 81.00, explained, and that the region sets no figures for the link
    const [agreement] = await server.dataSource.query(
      `INSERT INTO service_agreements (institution_id, region_id, number, start_date, end_date, state, prepared_by)
       VALUES ($1, 'qinhuangdao', '端到端考核挂钩〔2026〕1号', '2026-01-01', '2026-12-31', 'draft', (SELECT id FROM users WHERE username = 'admin')) RETURNING id`,
      [institutionId],
    );
    await page.goto(`${server.url}/#/ServiceAgreement/${agreement.id}/show`);
    await page.locator('[data-testid="agreement-scorecard-total"]').filter({ hasText: '81.00' }).waitFor();
    await page.locator('[data-testid="agreement-scorecard-renewal"]').filter({ hasText: '未设定' }).waitFor();
    await page.locator('[data-testid="agreement-scorecard-link"] [data-testid="open-trace"]').click();
    await page.locator('[data-testid="trace-drawer"] [data-rule="scorecard.link.params"]').waitFor();
    await page.keyboard.press('Escape');
  });

  it('Qinhuangdao art. 72: an inspector verifies a complaint under investigation with reasons; it becomes a scorecard event (Changzhou item 6)', async () => {
    const [complaint] = await server.dataSource.query(
      "SELECT id, institution_id FROM complaints WHERE state = 'investigating' AND kind = 'conduct' ORDER BY received_on LIMIT 1",
    );
    const [before] = await server.dataSource.query('SELECT total::text FROM annual_scorecards WHERE institution_id = $1 AND year = 2026', [
      complaint.institution_id,
    ]);
    const page = await signedIn('inspector');
    await page.goto(`${server.url}/#/Complaint`);
    await page.locator('.RaDataTable-row, tbody tr').first().waitFor();
    await page.goto(`${server.url}/#/Complaint/${complaint.id}/show`);
    await page.locator('[data-testid="action-verify"]').click();
    const dialog = page.getByRole('dialog');
    // a conclusion needs its reasons: the confirm button stays disabled without one
    expect(await dialog.locator('[data-testid="confirm-transition"]').isDisabled()).toBe(true);
    await dialog.locator('textarea[name="reason"]').fill('调取评估录像，言语不当属实');
    await dialog.locator('[data-testid="confirm-transition"]').click();
    await page.locator('[data-testid="complaint-scorecard-event"]').waitFor();
    await page.locator('.ra-field-state').filter({ hasText: '查实' }).waitFor();
    const [after] = await server.dataSource.query('SELECT total::text FROM annual_scorecards WHERE institution_id = $1 AND year = 2026', [
      complaint.institution_id,
    ]);
    // item 6(1): −2.5 per verified complaint (this institution had none verified yet: 5 → 2.5)
    expect(Number(before.total) - Number(after.total)).toBe(2.5);
  });

  it('the comparison page ranks every institution of the region and year, highest total first, with a bar each', async () => {
    const page = await signedIn('inspector');
    await page.goto(`${server.url}/#/AnnualScorecard/ranking`);
    await page.locator('[data-testid="ranking-row"]').first().waitFor();
    const totals = (await page.locator('[data-testid="ranking-total"]').allTextContents()).map(Number);
    expect(totals.length).toBeGreaterThanOrEqual(9);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(totals).toContain(81);
    expect(await page.locator('[data-testid="ranking-bar"]').count()).toBe(totals.length);
    // the ranking exports to .xlsx: the same institutions in the same order, the same totals and category scores
    const names = await page.locator('[data-testid="ranking-row"] td:nth-child(2)').allTextContents();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-ranking"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^年度考核排名-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path()) as string);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const [header, ...data] = rows;
    const totalAt = header.indexOf('总分');
    expect(totalAt).toBe(header.length - 2);
    expect(data.map((r) => Number(r[totalAt]))).toEqual(totals);
    expect(data.map((r) => r[1])).toEqual(names);
    // the signed-off 81.00 of this test's institution is in the file, its parts beside it
    const own = data.find((r) => r[1] === '秦皇岛端到端评估中心');
    expect(own?.[totalAt]).toBe('81.00');
    const firstRowCells = await page.locator('[data-testid="ranking-row"]').first().locator('td').allTextContents();
    // 名次, 机构, categories…, 扣分项, 加分项, 一票否决, 总分, 状态: the file's first row reads as the page's
    expect(data[0].slice(2, totalAt).map(String)).toEqual(firstRowCells.slice(2, totalAt));
    // a seeded institution's page shows its monthly counts (the return rate and survey figures come from them)
    await page.locator('[data-testid="ranking-row"] a').first().click();
    await page.locator('[data-testid="monthly-panel"] tbody tr').first().waitFor();
    expect(await page.locator('[data-testid="monthly-panel"] tbody tr').count()).toBeGreaterThanOrEqual(1);
  });
});

import { creditCodeCheckChar } from '@ltci/shared';
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

  beforeAll(async () => {
    server = await (await import('../support/server.js')).startTestServer();
    browser = (await launchBrowser())!;
    // a fresh assessment institution: no orders (no return rate), no survey, nothing recorded yet
    const [{ id }] = await server.dataSource.query(
      `INSERT INTO institutions (kind, name, credit_code, legal_representative, address, region_id)
       VALUES ('assessment', '秦皇岛端到端评估中心', $1, '测试人', '测试路1号', 'qinhuangdao') RETURNING id`,
      [`91130300MA0E2E001${creditCodeCheckChar('91130300MA0E2E001')}`],
    );
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

  it('the inspector records three events and the running score follows, as shared computes it; its explanation opens; submitted', async () => {
    const page = await signedIn('inspector');
    const card = new ScorecardPage(page);
    await card.open(server.url, scorecardId);
    await card.waitForTotal('84.00');
    // item 3(4): a late upload −1 → 83.00
    await card.record('lateUpload', '2026-05-12');
    await card.waitForTotal('83.00');
    // item 3(1): a 拒单 in 海港区 −1, and item 11(1): one of nine areas with a 拒单 → three areas, 2 instead of 4 → 80.00
    await card.record('dispatchRefused', '2026-06-03', 'qhd-haigang');
    await card.waitForTotal('80.00');
    // item 12(1): a media report +1 → 81.00
    await card.record('mediaPublicity', '2026-07-20');
    await card.waitForTotal('81.00');
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
  });

  it('inspector2 approves; the scorecard is then locked and read-only', async () => {
    const page = await signedIn('inspector2');
    const card = new ScorecardPage(page);
    await card.open(server.url, scorecardId);
    await card.take('approve');
    await page.locator('[data-testid="scorecard-read-only"]').filter({ hasText: '已签发锁定' }).waitFor();
    expect(await page.locator('[data-testid="event-form"]').count()).toBe(0);
    const [row] = await server.dataSource.query('SELECT state, total::text FROM annual_scorecards WHERE id = $1', [scorecardId]);
    expect(row).toEqual({ state: 'locked', total: '81.00' });
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
  });
});

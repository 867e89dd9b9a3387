import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import type { TestServer } from '../support/server.js';
import { LoginPage } from './pages/LoginPage.js';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
/** By hand from the national standard: ADL 25 (severe), cognition 6 (mild), perception 8 (mild) → grade 3 (重度失能一级). */
const SCORES: [string, string, number][] = [
  ['adl', 'eating', 5],
  ['adl', 'dressing', 0],
  ['adl', 'faceAndMouth', 0],
  ['adl', 'bowel', 5],
  ['adl', 'bladder', 5],
  ['adl', 'toilet', 0],
  ['adl', 'levelWalking', 5],
  ['adl', 'bedChairTransfer', 5],
  ['adl', 'stairs', 0],
  ['adl', 'bathing', 0],
  ['cognition', 'timeOrientation', 2],
  ['cognition', 'personOrientation', 2],
  ['cognition', 'placeOrientation', 1],
  ['cognition', 'memory', 1],
  ['perception', 'vision', 3],
  ['perception', 'hearing', 3],
  ['perception', 'communication', 2],
];

/** Today in China, YYYY-MM-DD. */
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

describe.skipIf(!chromiumAvailable())('one claimant from application to the first month’s benefit (Qinhuangdao art. 17–24, 28–31)', () => {
  let server: TestServer;
  let browser: Browser;
  let officerContext: BrowserContext;
  let reviewerContext: BrowserContext;
  let page: Page;
  let reviewer: Page;
  const shot = (p: Page, name: string) => p.screenshot({ path: `${SCREENSHOTS}/claimant-journey-${name}.png`, fullPage: true });
  const select = async (p: Page, testId: string) => p.locator(`div:has(> [data-testid="${testId}"]) [role="combobox"]`).click();
  const step = async (p: Page, action: string) => {
    await p.getByTestId(`action-${action}`).click();
    await p.getByTestId('confirm-transition').click();
    await p.getByTestId('confirm-transition').waitFor({ state: 'detached' });
  };
  const signIn = async (context: BrowserContext, username: string) => {
    const p = await context.newPage();
    p.setDefaultTimeout(20_000);
    const login = new LoginPage(p);
    await login.open(server.url);
    await login.login(username, 'Demo@2026');
    await p.locator('[data-testid="greeting"]').waitFor();
    return p;
  };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await (await import('../support/server.js')).startTestServer();
    browser = (await launchBrowser())!;
    officerContext = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    reviewerContext = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    page = await signIn(officerContext, 'agency_officer');
    // the second user where four-eyes requires it: city review (notActorOf conclude) and the plan's acceptance
    reviewer = await signIn(reviewerContext, 'admin');
  }, 120_000);

  afterAll(async () => {
    await officerContext?.close();
    await reviewerContext?.close();
    await browser?.close();
    await server?.stop();
  });

  it('Qinhuangdao art. 17–24, 28–31: application → draw → on-site scores → two experts → city review → publicity → letter → final → care plan → first month quote and its explanation', async () => {
    const [claimant] = await server.dataSource.query(
      `SELECT c.id FROM claimants c WHERE c.region_id = 'qinhuangdao' AND c.category = 'retiree' AND c.death_date IS NULL
          AND NOT EXISTS (SELECT 1 FROM care_plans p WHERE p.claimant_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM assessment_applications a WHERE a.claimant_id = c.id) ORDER BY c.id LIMIT 1`,
    );
    const on = today();

    // 1. Registration on the claimant's page (art. 17), then acceptance and forwarding (art. 17–18)
    await page.goto(`${server.url}/#/Claimant/${claimant.id}/show/applications`);
    await page.getByTestId('application-appliedOn').fill(on);
    await page.getByTestId('application-disabilitySince').fill('2025-10-01');
    await page.getByTestId('application-create').click();
    await page.getByTestId('application').first().waitFor();
    await page.getByTestId('application-action-accept').click();
    await page.getByTestId('application-state').getByText('已受理（县区初审通过）').waitFor();
    await page.getByTestId('application-action-forward').click();
    await page.getByTestId('application-state').getByText('已报送市级').waitFor();
    await page.getByTestId('application-open').click();
    await page.waitForURL(/#\/AssessmentApplication\/[^/]+\/show/);
    const applicationId = page.url().match(/AssessmentApplication\/([^/]+)\/show/)![1];

    // 2. Dispatch and the assessor draw (art. 19–20; Xinjiang art. 16)
    await page.getByTestId('action-dispatch').click();
    await select(page, 'dispatch-institution');
    await page.getByTestId('dispatch-institution-option').first().click();
    await page.getByTestId('confirm-transition').click();
    await page.getByTestId('draw-seed').fill('20261202');
    await page.getByTestId('draw-now').click();
    await page.getByTestId('draw-seed-used').getByText('20261202').waitFor();
    expect(await page.getByTestId('drawn-assessor').count()).toBe(2);
    await step(page, 'draw');

    // 3. On-site scores (art. 19): the live grade is 3
    for (const [d, item, v] of SCORES) {
      await select(page, `score-${d}-${item}`);
      await page.getByTestId(`score-${d}-${item}-${v}`).click();
    }
    await page.getByTestId('live-grade').getByText('3 重度失能一级').waitFor();
    await page.getByTestId('guardian-present').click();
    await page.getByTestId('present-person').fill('女儿 王丽');
    await page.getByTestId('save-onsite').click();
    await page.getByTestId('saved-grade').waitFor();
    await step(page, 'record_onsite');

    // 4. Conclusion confirmed by two experts (art. 22)
    await page.getByTestId('action-conclude').click();
    await select(page, 'conclusion-grade');
    await page.getByTestId('conclusion-grade-3').click();
    await select(page, 'conclusion-experts');
    const experts = page.getByTestId('conclusion-expert-option');
    await experts.nth(0).click();
    await experts.nth(1).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('confirm-transition').click();
    await page.getByTestId('confirm-transition').waitFor({ state: 'detached' });

    // 5. City review by a second user (four-eyes: not the one who concluded, art. 22–23)
    await reviewer.goto(`${server.url}/#/AssessmentApplication/${applicationId}/show`);
    await step(reviewer, 'city_review');
    // 6. Publicity of 7 days (art. 23): rather than wait a week, the stored start moves 8 days back
    await server.dataSource.query('UPDATE assessment_applications SET publicity_start = publicity_start - 8 WHERE id = $1', [
      applicationId,
    ]);
    await page.reload();
    await step(page, 'close_publicity');

    // 7. The letter, received today (art. 23)
    // The letter's 30 working days run from acceptance (art. 23); accepted late in the year they end in a year the
    // shipped calendar lacks, and the dialog rightly reports 工作日历缺少该年度. The stored acceptance (and application)
    // move 21 days back so the deadline falls in the calendar's year; no product code changes.
    await server.dataSource.query(
      'UPDATE assessment_applications SET applied_on = applied_on - 21, accepted_on = accepted_on - 21 WHERE id = $1',
      [applicationId],
    );
    await page.reload();
    await page.getByTestId('action-issue_letter').click();
    await page.getByTestId('letter-received-on').fill(on);
    await page.getByTestId('confirm-transition').click();
    await page.getByTestId('confirm-transition').waitFor({ state: 'detached' });
    // 8. The 10-working-day dispute window (art. 24): rather than wait, the stored receipt moves 20 days back (10 working days are at most 16 calendar days here)
    await server.dataSource.query('UPDATE assessment_applications SET letter_received_on = letter_received_on - 20 WHERE id = $1', [
      applicationId,
    ]);
    await page.reload();
    await step(page, 'finalize');
    const [app] = await server.dataSource.query(
      'SELECT state, recorded_grade, letter_issued_on::text AS letter FROM assessment_applications WHERE id = $1',
      [applicationId],
    );
    expect(app.state).toBe('final');
    expect(app.recorded_grade).toBe(3);
    await shot(page, '03-final');

    // 9. The care plan on that conclusion, through the form (art. 28, 30)
    const [institution] = await server.dataSource.query(
      `SELECT i.name FROM institutions i JOIN service_agreements a ON a.institution_id = i.id
        WHERE i.region_id = 'qinhuangdao' AND i.kind = 'care' AND a.state = 'active' ORDER BY i.name LIMIT 1`,
    );
    await page.goto(`${server.url}/#/CarePlan/create?claimantId=${claimant.id}`);
    await page.getByLabel('护理方式').click();
    await page.getByRole('option', { name: /社区/ }).click();
    await page.getByLabel('定点护理机构').click();
    await page.getByRole('option', { name: institution.name, exact: true }).click();
    await page.getByLabel('所依据的评估结论').click();
    await page.getByRole('option', { name: `失能等级 3 级 — ${app.letter} 结论书` }).click();
    await page.getByLabel('服务项目').first().click();
    await page.getByRole('option').first().click();
    await page.getByLabel('频次（次/月）').fill('10');
    await page.getByLabel('申请开始日期').fill(on);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/CarePlan\/[^/]+\/show/);
    const planUrl = page.url();
    // accepted by the second user (nobody accepts their own plan)
    await reviewer.goto(planUrl);
    await reviewer.getByTestId('care-plan-actions').getByTestId('action-accept').click();
    await reviewer.getByTestId('confirm-transition').click();
    const from = await reviewer.getByTestId('benefits-from').textContent();
    expect(from).toMatch(/^\d{4}-\d{2}-01$/);
    await shot(reviewer, '04-plan-accepted');

    // 10. The first month's quote on the claimant's page and its explanation (art. 31(1)2)
    await page.goto(`${server.url}/#/Claimant/${claimant.id}/show/quote`);
    await page.getByTestId('quote-month').fill(from!.slice(0, 7));
    await page.getByTestId('quote-run').click();
    // By hand, Qinhuangdao art. 31(1)2 (community care): the plan pays from the 1st of its first month, so the whole month
    // counts; the fund pays 75% of the billed 3000.00 = 2250.00, above the monthly cap of 1200.00 → fund 1200.00;
    // the claimant pays 3000.00 − 1200.00 = 1800.00.
    await page.getByTestId('quote-fund').getByText('1200.00').waitFor();
    expect(await page.getByTestId('quote-claimant').textContent()).toBe('1800.00');
    await page.getByTestId('quote-result').getByTestId('open-trace').nth(1).click();
    const drawer = page.getByTestId('trace-drawer');
    await drawer.getByText('Qinhuangdao art. 31(1)2').first().waitFor();
    await shot(page, '05-quote-trace');
  }, 240_000); // one claimant through every step of the whole lifecycle: about 60 s on an idle 2-core machine
});

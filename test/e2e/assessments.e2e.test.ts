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

describe.skipIf(!chromiumAvailable())('assessment applications in the browser (Qinhuangdao art. 19–23; Xinjiang art. 16)', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: `${SCREENSHOTS}/assessments-${name}.png`, fullPage: true });
  const select = async (testId: string) => page.locator(`div:has(> [data-testid="${testId}"]) [role="combobox"]`).click();
  const step = async (action: string) => {
    await page.getByTestId(`action-${action}`).click();
    await page.getByTestId('confirm-transition').click();
    await page.getByTestId('confirm-transition').waitFor({ state: 'detached' });
  };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await (await import('../support/server.js')).startTestServer();
    browser = (await launchBrowser())!;
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const login = new LoginPage(page);
    await login.open(server.url);
    await login.login('agency_officer', 'Demo@2026');
    await page.locator('[data-testid="greeting"]').waitFor();
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('an officer dispatches the seeded application, draws the assessors, records the scores (live grade 3), confirms with two experts and prints the letter', async () => {
    const [app] = await server.dataSource.query(
      "SELECT id FROM assessment_applications WHERE state = 'forwarded' AND region_id = 'qinhuangdao' ORDER BY created_at LIMIT 1",
    );
    await page.goto(`${server.url}/#/AssessmentApplication/${app.id}/show`);
    await page.getByTestId('deadline-recheckAndForward').waitFor();

    await page.getByTestId('action-dispatch').click();
    await select('dispatch-institution');
    await page.getByTestId('dispatch-institution-option').first().click();
    await page.getByTestId('confirm-transition').click();
    await page.getByTestId('draw-now').waitFor();

    await page.getByTestId('draw-seed').fill('20261202');
    await page.getByTestId('draw-now').click();
    await page.getByTestId('draw-seed-used').getByText('20261202').waitFor();
    expect(await page.getByTestId('drawn-assessor').count()).toBe(2);
    await shot('01-draw');
    await step('draw');

    for (const [d, item, v] of SCORES) {
      await select(`score-${d}-${item}`);
      await page.getByTestId(`score-${d}-${item}-${v}`).click();
    }
    await page.getByTestId('live-grade').getByText('3 重度失能一级').waitFor();
    await page.getByTestId('guardian-present').click();
    await page.getByTestId('present-person').fill('女儿 王丽');
    await page.getByTestId('save-onsite').click();
    await page.getByTestId('saved-grade').waitFor();
    await shot('02-onsite');
    await step('record_onsite');

    await page.getByTestId('action-conclude').click();
    await select('conclusion-grade');
    await page.getByTestId('conclusion-grade-3').click();
    await select('conclusion-experts');
    const experts = page.getByTestId('conclusion-expert-option');
    await experts.nth(0).click();
    await experts.nth(1).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('confirm-transition').click();
    await page.getByTestId('print-letter').click();
    await page.getByTestId('official-document').waitFor();
    expect(await page.getByTestId('letter-grade').textContent()).toBe('失能等级 3 级（重度失能一级）');
    await shot('03-letter');
  }, 120_000);
});

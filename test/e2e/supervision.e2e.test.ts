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

  it('Qinhuangdao art. 73: the public page opens without login and lists the published directory', async () => {
    const { context, page } = await openPage(browser);
    contexts.push(context);
    await page.goto(`${server.url}/#/public`);
    await page.getByTestId('public-institutionDirectory').waitFor();
    expect(await page.getByTestId('public-directory').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('greeting').count()).toBe(0);
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import { signedIn as signedInAs } from '../support/session.js';

const hasChromium = chromiumAvailable();
const CAP = 'benefits.employees.institution.medical.monthlyCap';
const FIGURE = 'figure-employee.institution.medical';

/** The 1st of next month and the day before it (China time), so the change is always allowed. */
function dates() {
  const china = new Date(Date.now() + 8 * 3600_000);
  const next = new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth() + 1, 1));
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return {
    effective: iso(next),
    before: iso(new Date(next.getTime() - 86_400_000)),
    after: iso(new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 15))),
  };
}

describe.skipIf(!hasChromium)('policy parameter editor with four-eyes approval, in the browser', () => {
  let server: { url: string; stop(): Promise<void> };
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const { effective, before, after } = dates();

  const signedIn = (username: string): Promise<Page> =>
    signedInAs(browser, server.url, username, { keep: contexts, open: { path: '/PolicyData', ready: 'policy-pack-title' } });

  beforeAll(async () => {
    const external = process.env.E2E_BASE_URL;
    server = external
      ? { url: external.replace(/\/$/, ''), stop: async () => undefined }
      : await (await import('../support/server.js')).startTestServer();
    browser = (await launchBrowser())!;
  }, 120_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  it('admin proposes a higher medical-institution cap; admin2 approves; quotes after the date use it, before it do not', async () => {
    const admin = await signedIn('admin');
    expect(await admin.getByTestId('policy-pack-title').textContent()).toContain('秦皇岛');
    await admin.getByTestId('section-benefits').click();
    const row = admin.getByTestId(`param-row-${CAP}`);
    expect(await row.textContent()).toContain('职工机构护理（医疗机构）月支付限额');
    // the citation in the Chinese UI's own form (issue 8, defect 8)
    expect(await row.textContent()).toContain('《秦皇岛市长期护理保险实施细则》第三十一条');
    await admin.getByTestId(`param-${CAP}`).fill('2000.00');
    await admin.getByTestId('change-effective-from').fill(effective);
    const preview = admin.getByTestId('change-preview');
    await preview.waitFor();
    expect(await preview.getByTestId(`diff-${CAP}`).textContent()).toMatch(/1800\.00.*2000\.00/);
    expect(await preview.getByTestId(FIGURE).getAttribute('data-changed')).toBe('true');
    expect(await preview.getByTestId(FIGURE).textContent()).toMatch(/1800\.00.*2000\.00/);
    await admin.getByTestId('change-note').fill('按市医保局通知调整');
    await admin.getByTestId('change-propose').click();

    const card = admin.locator('[data-testid^="policy-change-"]').first();
    await card.getByTestId('change-state').filter({ hasText: '待审批' }).waitFor();
    // the shared workflow actions: the blocked approval says why, with its grounds in Chinese
    expect(await card.getByTestId('action-approve').isDisabled()).toBe(true);
    const blocked = await card.getByTestId('blocked-approve').textContent();
    expect(blocked).toContain('另一名管理员');
    expect(blocked).toContain('依据');
    expect(blocked).not.toContain('Product rule');

    const admin2 = await signedIn('admin2');
    const pending = admin2.locator('[data-testid^="policy-change-"]').first();
    await pending.getByTestId('change-state').filter({ hasText: '待审批' }).waitFor();
    expect(await pending.getByTestId(`diff-${CAP}`).textContent()).toMatch(/1800\.00.*2000\.00/);
    expect(await pending.getByTestId(FIGURE).textContent()).toMatch(/1800\.00.*2000\.00/);
    await pending.getByTestId('action-approve').click();
    await admin2.getByRole('dialog').getByTestId('confirm-transition').click();
    await pending.getByTestId('change-state').filter({ hasText: '已批准' }).waitFor();
    // the timeline: submitted by admin, approved by admin2
    expect(await pending.getByTestId('timeline-step').allInnerTexts()).toEqual([
      expect.stringMatching(/提交审批[\s\S]*草稿 → 待审批[\s\S]*admin/),
      expect.stringMatching(/批准[\s\S]*待审批 → 已批准[\s\S]*admin2/),
    ]);

    await admin2.getByTestId('policy-date').fill(after);
    await admin2.getByTestId('quote-now-employee.institution.medical').filter({ hasText: '2000.00' }).waitFor();
    await admin2.getByTestId('policy-date').fill(before);
    await admin2.getByTestId('quote-now-employee.institution.medical').filter({ hasText: '1800.00' }).waitFor();
    expect(await admin2.getByTestId('quote-now-employee.institution.medical').textContent()).toBe('1800.00');
  });
});

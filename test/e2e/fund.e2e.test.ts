import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { addMonthsToMonth } from '@ltci/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import type { TestServer } from '../support/server.js';
import { FundPage } from './pages/FundPage.js';
import { LoginPage } from './pages/LoginPage.js';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

describe.skipIf(!chromiumAvailable())('the fund manager’s day in the browser (Qinhuangdao art. 49–58)', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let fund: FundPage;

  beforeAll(async () => {
    server = await (await import('../support/server.js')).startTestServer();
    browser = (await launchBrowser())!;
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const login = new LoginPage(page);
    await login.open(server.url);
    await login.login('fund_manager', 'Demo@2026');
    await page.locator('[data-testid="greeting"]').waitFor();
    fund = new FundPage(page);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('the home page lists the bank statement mismatch as a fund warning to act on', async () => {
    await expect
      .poll(() => page.locator('[data-testid="todo-item"]').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('账实不符')]));
  });

  it('opens the dashboard: the chart with the balance and the art. 58 warning line labelled with its citation; a figure opens its explanation', async () => {
    await fund.open();
    expect(await fund.chart().locator('[data-testid="balance-line"]').count()).toBe(1);
    expect(await fund.warningLine().getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+( L[\d.]+,[\d.]+){12}$/); // twelve seeded months and this one
    expect(await fund.warningLineLabel().textContent()).toContain('《秦皇岛市长期护理保险实施细则》第五十八条');
    const drawer = await fund.explain('fund-capacity');
    const rules = await drawer.locator('[data-rule]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    expect(rules).toEqual(expect.arrayContaining(['fund.averageMonthlyPayment', 'fund.monthsOfCapacity']));
    expect(await drawer.textContent()).toContain('可支付月数');
    await fund.closeDrawer();
    expect(await page.locator('[data-testid="fund-account"]').count()).toBe(4); // special, city, two counties
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/fund-dashboard.png`, fullPage: true });
  });

  it('acknowledges the mismatch warning with a note after reading its trace', async () => {
    const warning = fund.warning('RECONCILIATION_MISMATCH');
    await warning.locator('[data-testid="open-trace"]').click();
    const drawer = page.locator('[data-testid="trace-drawer"]');
    expect(await drawer.locator('[data-rule="ledger.statementMatch"]').count()).toBe(1);
    await fund.closeDrawer();
    await fund.acknowledge(warning, '已联系开户银行核实手续费');
    await expect.poll(() => warning.textContent()).toContain('已确认');
  });

  it('imports a collection file: the job succeeds and the special account grows by the file’s 12,345.67', async () => {
    const special = page.locator('[data-testid="fund-account"][data-kind="special"] [data-testid="explained-figure"] > span').first();
    const before = (await special.textContent())!;
    const progress = await fund.importIncome(
      'collections.csv',
      '统筹地区,到账日期,参保类别,金额（元）,征缴批次号,备注\r\n秦皇岛市,2026-11-20,职工,12345.67,E2E-202611-1,浏览器测试\r\n',
    );
    await expect.poll(() => progress.textContent(), { timeout: 30_000 }).toContain('已完成');
    await page.getByRole('button', { name: /关闭|close/i }).click();
    // hand-worked: the balance before plus 12,345.67 (cents, to avoid binary fractions)
    const cents = (s: string) => BigInt(s.replace('.', ''));
    await expect.poll(async () => cents((await special.textContent())!) - cents(before)).toBe(1234567n);
  });

  it('records a statement that disagrees with the ledger: the row shows the difference and a reconciliation warning is raised', async () => {
    const month = addMonthsToMonth(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7), -2);
    const [{ name, ledger }] = await server.dataSource.query(
      `SELECT a.name, coalesce(sum(m.debit - m.credit), 0)::numeric(18,2)::text AS ledger FROM fund_accounts a
         LEFT JOIN fund_monthly m ON m.account_id = a.id AND m.month <= $1
        WHERE a.region_id = 'qinhuangdao' AND a.county_code = '130302' GROUP BY a.name`,
      [month],
    );
    const short = `${(BigInt(ledger.replace('.', '')) - 10000n).toString().replace(/(\d{2})$/, '.$1')}`; // 100.00 short
    await fund.recordStatement(name, month, short);
    const row = fund.statementRows().filter({ hasText: month }).filter({ hasText: name });
    await expect.poll(() => row.first().textContent()).toContain('-100.00');
    expect(await row.first().getAttribute('data-matches')).toBe('false');
    await expect
      .poll(() => fund.warning('RECONCILIATION_MISMATCH').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('差额 -100.00')]));
    await page.screenshot({ path: `${SCREENSHOTS}/fund-reconciliation.png`, fullPage: true });
  });

  it('runs the 24-month projection: at 0.3 × today’s contribution rate the crossing month of the warning line is shown, with its explanation', async () => {
    const crossing = await fund.assume('a-rate-factor', '0.3');
    await expect.poll(() => crossing.textContent()).toMatch(/将于 \d{4}-\d{2} 低于预警线/);
    await crossing.locator('[data-testid="open-trace"]').click();
    expect(await page.locator('[data-testid="trace-drawer"] [data-rule="fund.projection.crossing"]').count()).toBe(1);
    await fund.closeDrawer();
    expect(await page.locator('[data-testid="actuarial-table"] tbody tr').count()).toBe(10);
  });

  it('the ten-year actuarial view (Tumxuk §6(三) 中长期精算分析): with no contributions the fund falls below its line and runs out in its first year, explained', async () => {
    // hand-worked: income 0, expenditure in the first year ≈ 12 × last year's average payment (≈ 8.1 million)
    // against an opening balance of about 5.4 million — below the line and exhausted at the end of next year
    const next = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4)) + 1;
    await page.getByTestId('t-contribution').fill('0');
    const result = page.getByTestId('actuarial-result');
    await expect.poll(() => result.textContent()).toContain(`${next} 年基金用尽`);
    expect(await result.textContent()).toContain(`${next} 年末低于预警线`);
    await result.locator('[data-testid="open-trace"]').click();
    expect(await page.locator('[data-testid="trace-drawer"] [data-rule="fund.actuarial.years"]').count()).toBe(1);
    await fund.closeDrawer();
  });

  it('prints the art. 58 report to the city government from a warning of the line', async () => {
    const [{ id }] = await server.dataSource.query(
      `INSERT INTO fund_warnings (region_id, code, subject, citation, message, figures, trace)
       VALUES ('qinhuangdao', 'BALANCE_BELOW_WARNING_LINE', '', 'Qinhuangdao art. 58', '累计结余低于 6 个月月均支付额', '{}', '[]') RETURNING id`,
    );
    await page.goto(`${server.url}/#/FundWarning/${id}/show`);
    await page.locator('[data-testid="warning-report"]').click();
    const report = page.locator('[data-testid="fund-report"]');
    await report.waitFor();
    const text = (await report.textContent()) ?? '';
    for (const expected of [
      '秦皇岛市人民政府',
      '第五十八条',
      '关于长期护理保险基金收支预警情况的报告',
      '调整筹资标准、加大财政补助、优化待遇支付',
    ])
      expect(text).toContain(expected);
    expect(await report.locator('[data-testid="report-table"] tbody tr').count()).toBe(12);
  });

  it('a subsidy gets its grant notice attached by the fund manager who entered it and is posted by a second one (Qinhuangdao art. 51, 56)', async () => {
    await page.locator('[data-testid="menu-fundGrants"]').click();
    await page.getByText('秦财社〔2026〕58号').click();
    await page.locator('[data-testid="grant-document-missing"]').waitFor();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
    await page
      .locator('[data-testid="attachment-input"]')
      .setInputFiles({ name: '财政补助资金通知.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.locator('[data-testid="attachments-table"]').getByText('财政补助资金通知.pdf').waitFor();
    // the one who entered it may not post it
    expect(await page.getByTestId('action-approve').isDisabled()).toBe(true);
    const url = page.url();

    const checker = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    const second = await checker.newPage();
    second.setDefaultTimeout(20_000);
    const login = new LoginPage(second);
    await login.open(server.url);
    await login.login('fund_manager2', 'Demo@2026');
    await second.locator('[data-testid="greeting"]').waitFor();
    await second.goto(url);
    await second.getByTestId('action-approve').click();
    await second.getByTestId('confirm-transition').click();
    await second.getByTestId('grant-timeline').getByTestId('timeline-step').waitFor();
    await expect.poll(() => second.getByText('已入账').count()).toBeGreaterThan(0);
    const [posting] = await server.dataSource.query(
      `SELECT p.kind, p.amount::text FROM fund_grants g JOIN fund_postings p ON p.id = g.posting_id WHERE g.document_ref = '秦财社〔2026〕58号'`,
    );
    expect(posting).toEqual({ kind: 'subsidy', amount: '600000.00' });
    await checker.close();
  });

  it('transfers special → city through the form: a zero amount is refused by its code, 1,000.00 previews both balances and posts (Qinhuangdao art. 50 ¶2, 52)', async () => {
    await fund.open();
    await page.getByTestId('fund-tab-transfers').click();
    const form = page.getByTestId('fund-transfer');
    await form.getByTestId('transfer-amount').fill('0');
    await form.locator('[data-code="AMOUNT_NOT_POSITIVE"]').waitFor();
    expect(await form.getByTestId('transfer-post').isDisabled()).toBe(true);
    await form.getByTestId('transfer-amount').fill('1000.00');
    const cents = (s: string) => BigInt(s.replace('.', ''));
    const before = async (side: string) => (await form.locator(`[data-testid="preview-${side}"] td`).nth(2).textContent())!;
    const after = async (side: string) => (await form.getByTestId(`preview-${side}-after`).textContent())!;
    // hand-worked: the special account gives 1,000.00 (100,000 cents), the city account receives it
    expect(cents(await before('from')) - cents(await after('from'))).toBe(100000n);
    expect(cents(await after('to')) - cents(await before('to'))).toBe(100000n);
    const cityAfter = await after('to');
    await form.getByTestId('transfer-post').click();
    const city = page.locator('[data-testid="fund-account"][data-kind="cityExpenditure"] [data-testid="explained-figure"] > span').first();
    await expect.poll(() => city.textContent()).toBe(cityAfter);
  });

  it('previews a county sweep-back of the whole balance: the county account ends at 0.00 (Qinhuangdao art. 50 ¶3)', async () => {
    const form = page.getByTestId('fund-transfer');
    await form.locator('[role="combobox"]').first().click();
    await page.getByTestId('transfer-kind-countySweep').click();
    await form.locator('[role="combobox"]').nth(1).click();
    await page.getByRole('option', { name: '海港区基金支出户' }).click();
    await form.getByTestId('transfer-sweep-all').click();
    await expect.poll(() => form.getByTestId('preview-from-after').textContent()).toBe('0.00');
  });

  it('a reversal: proposed with a reason, the proposer cannot approve it, a second fund manager approves; a reversal of the reversal is refused by its code', async () => {
    await page.getByTestId('fund-tab-reversals').click();
    const panel = page.getByTestId('fund-reversals');
    const top = panel.getByTestId('posting-row').first();
    const number = await top.getAttribute('data-number');
    expect(await top.textContent()).toContain('财政专户拨入支出户');
    await top.getByTestId('reversal-propose').click();
    await page.getByTestId('reversal-reason').fill('金额录入错误');
    await page.getByTestId('reversal-propose-confirm').click();
    const row = panel.getByTestId('reversal-row').filter({ hasText: `#${number}` });
    await expect.poll(() => row.getAttribute('data-state')).toBe('proposed');
    await row.getByTestId('reversal-open').click();
    expect(await page.getByTestId('reversal-actions').getByTestId('action-approve').isDisabled()).toBe(true);

    const checker = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    const second = await checker.newPage();
    second.setDefaultTimeout(20_000);
    const login = new LoginPage(second);
    await login.open(server.url);
    await login.login('fund_manager2', 'Demo@2026');
    await second.locator('[data-testid="greeting"]').waitFor();
    await new FundPage(second).open();
    await second.getByTestId('fund-tab-reversals').click();
    const theirs = second.getByTestId('reversal-row').filter({ hasText: `#${number}` });
    await theirs.getByTestId('reversal-open').click();
    await second.getByTestId('reversal-actions').getByTestId('action-approve').click();
    await second.getByTestId('confirm-transition').click();
    await expect.poll(() => theirs.getAttribute('data-state')).toBe('approved');
    const [reversing] = await server.dataSource.query(
      'SELECT p.number::text, p.amount::text FROM fund_postings p JOIN fund_postings o ON o.id = p.reversal_of WHERE o.number = $1',
      [number],
    );
    expect(reversing.amount).toBe('1000.00');
    // the reversing posting is listed first; proposing to reverse it is refused with REVERSAL_OF_REVERSAL
    const reversal = second.locator(`[data-testid="posting-row"][data-number="${reversing.number}"]`);
    await reversal.getByTestId('reversal-propose').click();
    await second.getByTestId('reversal-reason').fill('再冲回');
    await second.getByTestId('reversal-propose-confirm').click();
    expect(await second.getByTestId('reversal-refused').getAttribute('data-code')).toBe('REVERSAL_OF_REVERSAL');
    await checker.close();
  });

  it('the month’s income and expenditure statement: fund totals on screen, transfers netting to zero, and the print view in Chinese (Qinhuangdao art. 56, 73)', async () => {
    await page.reload();
    await page.locator('[data-testid="fund-chart"]').waitFor();
    await page.getByTestId('fund-tab-report').click();
    const table = page.getByTestId('income-statement');
    await table.waitFor();
    expect(await table.locator('tr[data-section="transfer"][data-kind=""] [data-testid="line-total"]').textContent()).toBe('0.00');
    const income = (await table.locator('tr[data-section="income"][data-kind=""] [data-testid="line-total"]').textContent())!;
    await page.getByTestId('statement-print').click();
    const view = page.getByTestId('statement-print-view');
    await view.waitFor();
    const text = (await view.textContent()) ?? '';
    for (const expected of ['秦皇岛市长期护理保险基金收支表', '月报', '基金收入合计', '期末余额', '第五十六条', income])
      expect(text).toContain(expected);
    await page.screenshot({ path: `${SCREENSHOTS}/fund-statement-print.png`, fullPage: true });
  });

  it('imports a bank statement file as a job: the city account’s statement matching the ledger clears its mismatch warning', async () => {
    await fund.open();
    const month = addMonthsToMonth(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7), -1);
    const [{ name, ledger }] = await server.dataSource.query(
      `SELECT a.name, coalesce(sum(m.debit - m.credit), 0)::numeric(18,2)::text AS ledger FROM fund_accounts a
         LEFT JOIN fund_monthly m ON m.account_id = a.id AND m.month <= $1
        WHERE a.region_id = 'qinhuangdao' AND a.kind = 'cityExpenditure' GROUP BY a.name`,
      [month],
    );
    await page.getByTestId('bank-statement-import').click();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'bank.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF统筹地区,账户,月份,月末余额（元）,备注\r\n秦皇岛市,${name},${month},${ledger},银行更正\r\n`, 'utf8'),
    });
    await expect.poll(() => page.getByTestId('job-progress').textContent(), { timeout: 30_000 }).toContain('已完成');
    await page.getByRole('button', { name: /关闭|close/i }).click();
    const [{ state }] = await server.dataSource.query(
      `SELECT w.state FROM fund_warnings w JOIN fund_accounts a ON w.subject = a.id || '/' || $1 WHERE a.kind = 'cityExpenditure' AND a.region_id = 'qinhuangdao'`,
      [month],
    );
    expect(state).toBe('resolved');
    // 账账相符 after every posting, transfer, reversal and import of the day
    await expect.poll(() => page.getByTestId('ledger-agreement').getAttribute('data-agree')).toBe('true');
  });
});

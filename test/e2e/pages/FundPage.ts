import type { Locator, Page } from 'playwright-core';

/** The fund dashboard: figures with their explanations, the chart, warnings, statements and the income import. */
export class FundPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.locator('[data-testid="menu-fund"]').click();
    await this.page.locator('[data-testid="fund-chart"]').waitFor();
  }

  chart(): Locator {
    return this.page.locator('[data-testid="fund-chart"]');
  }

  warningLine(): Locator {
    return this.chart().locator('[data-testid="warning-line"]');
  }

  warningLineLabel(): Locator {
    return this.chart().locator('[data-testid="warning-line-label"]');
  }

  /** Open the explanation of the figure in a panel (`fund-capacity`, `fund-balance`…) and return the drawer. */
  async explain(panel: string): Promise<Locator> {
    await this.page.locator(`[data-testid="${panel}"] [data-testid="open-trace"]`).first().click();
    const drawer = this.page.locator('[data-testid="trace-drawer"]');
    await drawer.waitFor();
    return drawer;
  }

  async closeDrawer(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.locator('[data-testid="trace-drawer"]').waitFor({ state: 'detached' });
  }

  warning(code: string): Locator {
    return this.page.locator(`[data-testid="fund-warning"][data-code="${code}"]`);
  }

  async acknowledge(warning: Locator, note: string): Promise<void> {
    await warning.locator('[data-testid="acknowledge-warning"]').click();
    await this.page.locator('[data-testid="acknowledge-note"]').fill(note);
    await this.page.locator('[data-testid="acknowledge-confirm"]').click();
  }

  async importIncome(name: string, content: string): Promise<Locator> {
    await this.page.locator('[data-testid="fund-import"]').click();
    await this.page
      .locator('input[type="file"]')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${content}`, 'utf8') });
    return this.page.locator('[data-testid="job-progress"]');
  }

  async recordStatement(accountName: string, month: string, balance: string): Promise<void> {
    const panel = this.page.locator('[data-testid="fund-statements"]');
    await panel.locator('[role="combobox"]').click();
    await this.page.getByRole('option', { name: accountName, exact: true }).click();
    await panel.locator('[data-testid="statement-month"]').fill(month);
    await panel.locator('[data-testid="statement-balance"]').fill(balance);
    await panel.locator('[data-testid="statement-save"]').click();
  }

  /** Change one what-if assumption of the projection (its field's test id) and read the crossing month's sentence. */
  async assume(field: string, value: string): Promise<Locator> {
    await this.page.locator(`[data-testid="${field}"]`).fill(value);
    return this.page.locator('[data-testid="projection-crossing"]');
  }

  statementRows(): Locator {
    return this.page.locator('[data-testid="statement-row"]');
  }
}

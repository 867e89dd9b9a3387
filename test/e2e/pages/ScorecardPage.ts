import type { Locator, Page } from 'playwright-core';

/** One annual scorecard's page: the running score and its explanation, the event form, the actions. */
export class ScorecardPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, id: string): Promise<void> {
    await this.page.goto(`${baseUrl}/#/AnnualScorecard/${id}/show`);
    await this.page.locator('[data-testid="score-summary"]').waitFor();
  }

  total(): Locator {
    return this.page.locator('[data-testid="running-total"]');
  }

  async waitForTotal(value: string): Promise<void> {
    await this.total().filter({ hasText: value }).waitFor();
  }

  /** Record one event: its type (the template's id), date, and district for a 拒单 (the county's id). */
  async record(type: string, date: string, district?: string): Promise<void> {
    const form = this.page.locator('[data-testid="event-form"]');
    await form.getByRole('combobox').first().click();
    await this.page.locator(`[data-testid="type-${type}"]`).click();
    if (district) {
      await form.getByRole('combobox').nth(1).click();
      await this.page.locator(`[data-testid="district-${district}"]`).click();
    }
    await form.locator('input[name="occurredOn"]').fill(date);
    await form.locator('[data-testid="record-event"]').click();
  }

  async openExplanation(): Promise<Locator> {
    await this.total().locator('[data-testid="open-trace"]').click();
    const drawer = this.page.locator('[data-testid="trace-drawer"]');
    await drawer.waitFor();
    return drawer;
  }

  async take(action: string, reason?: string): Promise<void> {
    await this.page.locator(`[data-testid="action-${action}"]`).click();
    const dialog = this.page.getByRole('dialog');
    if (reason) await dialog.locator('textarea[name="reason"]').fill(reason);
    await dialog.locator('[data-testid="confirm-transition"]').click();
  }
}

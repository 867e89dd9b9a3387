import type { Locator, Page } from 'playwright-core';

/** One service agreement's page: its actions, the action dialog, the timeline, and the print view. */
export class AgreementPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, id: string): Promise<void> {
    await this.page.goto(`${baseUrl}/#/ServiceAgreement/${id}/show`);
    await this.page.locator('[data-testid="agreement-actions"]').waitFor();
  }

  action(name: string): Locator {
    return this.page.locator(`[data-testid="action-${name}"]`);
  }

  blocked(name: string): Locator {
    return this.page.locator(`[data-testid="blocked-${name}"]`);
  }

  state(): Locator {
    return this.page.locator('.ra-field-state');
  }

  timelineSteps(): Locator {
    return this.page.locator('[data-testid="timeline-step"]');
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Take an action through its dialog: the reason, and for a termination its kind (the option's label) and date. */
  async take(name: string, options: { reason?: string; kind?: string; date?: string } = {}): Promise<void> {
    await this.action(name).click();
    const dialog = this.dialog();
    await dialog.waitFor();
    if (options.kind) {
      await dialog.getByRole('combobox').click();
      await this.page.getByRole('option', { name: options.kind }).click();
    }
    if (options.date) await dialog.locator('input[name="terminationDate"]').fill(options.date);
    if (options.reason) await dialog.locator('textarea[name="reason"]').fill(options.reason);
    await dialog.locator('[data-testid="confirm-transition"]').click();
  }

  async waitForState(label: string): Promise<void> {
    await this.state().filter({ hasText: label }).waitFor();
  }
}

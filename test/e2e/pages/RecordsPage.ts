import type { Locator, Page } from 'playwright-core';

/** An institution's record tabs (staff, related persons) and the assessor pool page. */
export class RecordsPage {
  constructor(private readonly page: Page) {}

  async openInstitutionTab(base: string, institutionId: string, tab: 'staff' | 'persons'): Promise<void> {
    await this.page.goto(`${base}/#/Institution/${institutionId}/show/${tab}`);
  }

  async select(source: string, optionLabel: string): Promise<void> {
    await this.page.locator(`.ra-input-${source} [role="combobox"]`).first().click();
    await this.page.getByRole('option', { name: optionLabel, exact: true }).click();
    await this.page.getByRole('listbox').waitFor({ state: 'detached' });
  }

  input(name: string): Locator {
    return this.page.locator(`input[name="${name}"]`);
  }

  save(): Promise<void> {
    return this.page.locator('button[type="submit"]').click();
  }

  /** react-admin's notification (the server's refusal, in the user's language). */
  notification(): Locator {
    return this.page.locator('.MuiSnackbarContent-message, .MuiAlert-message').first();
  }

  row(text: string): Locator {
    return this.page.locator('tbody tr', { hasText: text });
  }
}

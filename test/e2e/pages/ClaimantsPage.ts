import type { Locator, Page } from 'playwright-core';

/** The claimants list, the registration form, a claimant's tabs, the reveal dialog and the import page. */
export class ClaimantsPage {
  constructor(private readonly page: Page) {}

  async openFromMenu(): Promise<void> {
    await this.page.locator('[data-testid="menu-claimants"]').click();
    await this.page.waitForURL(/#\/Claimant(\?|$)/);
    await this.page.locator('tbody tr').first().waitFor();
  }

  helperText(source: string): Locator {
    return this.page.locator(`.ra-input-${source} .MuiFormHelperText-root`);
  }

  /** Choose an option of a react-admin SelectInput (MUI select) by its label. */
  async select(source: string, optionLabel: string): Promise<void> {
    await this.page.locator(`.ra-input-${source} [role="combobox"]`).click();
    await this.page.getByRole('option', { name: optionLabel, exact: true }).click();
    await this.page.getByRole('listbox').waitFor({ state: 'detached' });
  }

  async startCreate(): Promise<void> {
    await this.page.locator('a[href$="#/Claimant/create"]').first().click();
    await this.page.waitForURL(/#\/Claimant\/create/);
  }

  async fill(source: string, value: string): Promise<void> {
    await this.page.locator(`input[name="${source}"]`).fill(value);
  }

  async save(): Promise<void> {
    await this.page.locator('button[type="submit"]').click();
  }

  async tab(label: string): Promise<void> {
    await this.page.getByRole('tab', { name: label }).click();
  }

  async reveal(field: 'idNumber' | 'phone', reason: string): Promise<string> {
    await this.page.getByTestId(`reveal-${field}`).click();
    await this.page.getByTestId('reveal-reason').fill(reason);
    await this.page.getByTestId('reveal-confirm').click();
    return (await this.page.getByTestId('revealed-value').textContent()) ?? '';
  }

  async importFile(name: string, content: Buffer): Promise<void> {
    await this.page.getByTestId('contribution-file').setInputFiles({ name, mimeType: 'text/csv', buffer: content });
  }
}

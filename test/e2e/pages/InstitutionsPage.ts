import type { Locator, Page } from 'playwright-core';

export interface NewInstitution {
  kind: string; // the option label, e.g. 护理服务机构
  careSubtype?: string; // the option label, e.g. 养老机构
  name: string;
  creditCode: string;
  legalRepresentative: string;
  address: string;
  region: string; // the option label, e.g. 秦皇岛市
  county?: string; // the option label, e.g. 海港区 (none: city level)
}

/** The institutions list, its search filter, and the create form. */
export class InstitutionsPage {
  constructor(private readonly page: Page) {}

  /** The menu entry of the institutions (机构管理 / Institutions). */
  menuItem(): Locator {
    return this.page.locator('[data-testid="menu-institutions"]');
  }

  async openFromMenu(): Promise<void> {
    await this.menuItem().click();
    await this.page.waitForURL(/#\/Institution(\?|$)/);
    await this.table().waitFor();
  }

  table(): Locator {
    return this.page.locator('table').first();
  }

  async columnHeaders(): Promise<string[]> {
    await this.page.locator('thead th').first().waitFor();
    return (await this.page.locator('thead th').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
  }

  pageTitle(): Locator {
    return this.page.locator('#react-admin-title');
  }

  async search(text: string): Promise<void> {
    const input = this.page.locator('input[name="q"]');
    await input.fill(text);
    await this.page.waitForURL((url) => decodeURIComponent(url.toString()).includes(text));
  }

  rowWithText(text: string): Locator {
    return this.page.locator('tbody tr', { hasText: text });
  }

  async create(data: NewInstitution): Promise<void> {
    await this.page.locator('a[href$="#/Institution/create"], a[aria-label="新建"], a[aria-label="Create"]').first().click();
    await this.page.waitForURL(/#\/Institution\/create/);
    await this.select('kind', data.kind);
    if (data.careSubtype) await this.select('careSubtype', data.careSubtype);
    await this.page.locator('input[name="name"]').fill(data.name);
    await this.page.locator('input[name="creditCode"]').fill(data.creditCode);
    await this.page.locator('input[name="legalRepresentative"]').fill(data.legalRepresentative);
    await this.page.locator('input[name="address"]').fill(data.address);
    await this.select('regionId', data.region);
    if (data.county) await this.select('countyId', data.county);
    await this.page.locator('button[type="submit"]').click();
  }

  /** Helper text shown under a form input (validation message). */
  helperText(source: string): Locator {
    return this.page.locator(`.ra-input-${source} .MuiFormHelperText-root`);
  }

  /** Choose an option of a react-admin SelectInput (MUI select) by its label. */
  async select(source: string, optionLabel: string): Promise<void> {
    await this.page.locator(`.ra-input-${source} [role="combobox"]`).click();
    await this.page.getByRole('option', { name: optionLabel, exact: true }).click();
    await this.page.getByRole('listbox').waitFor({ state: 'detached' });
  }
}

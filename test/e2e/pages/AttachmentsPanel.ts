import type { Locator, Page } from 'playwright-core';

/** The attachments panel of a record's show page. */
export class AttachmentsPanelPage {
  constructor(private readonly page: Page) {}

  panel(): Locator {
    return this.page.getByTestId('attachments-panel');
  }

  /** Drop a file on the panel, as a person drags one from the desktop. */
  async drop(name: string, mimeType: string, bytes: Buffer): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, mimeType, base64 }) => {
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([data], name, { type: mimeType }));
        return transfer;
      },
      { name, mimeType, base64: bytes.toString('base64') },
    );
    await this.page.getByTestId('attachment-dropzone').dispatchEvent('drop', { dataTransfer });
  }

  row(fileName: string): Locator {
    return this.page.getByTestId('attachments-table').locator('tbody tr', { hasText: fileName });
  }

  preview(): Locator {
    return this.page.getByTestId('attachment-preview');
  }
}

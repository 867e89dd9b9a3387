import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import type { TestServer } from '../support/server.js';
import { openPage, signIn } from '../support/session.js';
import { AttachmentsPanelPage } from './pages/AttachmentsPanel.js';
import { InstitutionsPage } from './pages/InstitutionsPage.js';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
/** A one-page PDF with a line of text, as a scanner or a word processor would write it. */
function onePagePdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const text = 'BT /F1 24 Tf 72 760 Td (Licence No. 2026-001) Tj ET';
  objects[3] = `<< /Length ${text.length} >>\nstream\n${text}\nendstream`;
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe.skipIf(!chromiumAvailable())('attachments in the browser', () => {
  let server: TestServer;
  let storage: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    storage = mkdtempSync(join(tmpdir(), 'ltci-e2e-attachments-'));
    server = await (await import('../support/server.js')).startTestServer({ attachmentsDir: storage });
    browser = (await launchBrowser())!;
    ({ context, page } = await openPage(browser));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    if (storage) rmSync(storage, { recursive: true, force: true });
  });

  it('Xinjiang art. 7(一): an inspector drops a licence PDF on an institution’s page and previews it', async () => {
    await signIn(page, server.url, 'inspector');
    const institutions = new InstitutionsPage(page);
    await institutions.openFromMenu();
    await page.locator('tbody tr').first().click();
    await page.waitForURL(/#\/Institution\/[^/]+\/show/);
    await page.getByRole('tab', { name: '附件' }).click();
    const attachments = new AttachmentsPanelPage(page);
    await attachments.panel().waitFor();
    await attachments.panel().getByText('暂无附件').waitFor();

    const pdf = onePagePdf();
    await attachments.drop('执业许可证（正本）.pdf', 'application/pdf', pdf);
    const row = attachments.row('执业许可证（正本）.pdf');
    await row.waitFor();
    expect(await row.textContent()).toContain('证照');
    expect(await row.textContent()).toContain('inspector');

    await row.getByRole('button', { name: '预览' }).click();
    const frame = attachments.preview().locator('iframe');
    await frame.waitFor();
    const src = await frame.getAttribute('src');
    expect(src).toMatch(/^blob:/);
    // the frame's file was fetched with the session's token: the server audited the view as a download
    const [{ n }] = await server.dataSource.query(
      "SELECT count(*)::int AS n FROM audit_logs WHERE entity_type = 'Attachment' AND operation = 'download' AND username = 'inspector'",
    );
    expect(n).toBe(1);
    await page.waitForTimeout(3000);
    await page.screenshot({ path: `${SCREENSHOTS}/attachments-pdf-preview.png` });
    await attachments.preview().getByRole('button', { name: '关闭' }).click();

    // a photo that is really a PDF is refused, and the server's reason is shown
    await attachments.panel().getByRole('combobox').click();
    await page.getByRole('option', { name: '照片', exact: true }).click();
    await attachments.drop('现场照片.jpg', 'image/jpeg', pdf);
    await page.getByText(/与文件名或声明的/).waitFor();
    expect(await attachments.row('现场照片.jpg').count()).toBe(0);
  });
});

import ExcelJS from 'exceljs';

/** GET /export/:name with the view's filter, read back with exceljs: the status and the first sheet's rows (header first). */
export async function readExport(
  baseUrl: string,
  token: string,
  name: string,
  filter: Record<string, unknown>,
  extra: Record<string, string> = {},
): Promise<{ status: number; code?: string; reason?: string; rows: unknown[][] }> {
  const params = new URLSearchParams({ filter: JSON.stringify(filter), ...extra });
  const res = await fetch(`${baseUrl}/export/${name}?${params}`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) {
    const body = (await res.json().catch(() => ({}))) as { errors?: { extensions?: { code?: string; reason?: string } }[] };
    const ext = body.errors?.[0]?.extensions;
    return { status: res.status, code: ext?.code, reason: ext?.reason, rows: [] };
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { status: 200, rows };
}

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.js';

/** Issue 8, defect 5: every list exports .xlsx with its columns and Chinese headers — the agreements list too. */
let server: TestServer;
let inspector: string;
beforeAll(async () => {
  server = await startTestServer();
  inspector = await server.login('inspector');
});
afterAll(() => server?.stop());

async function rowsOf(params: Record<string, string>, token = inspector): Promise<{ status: number; rows: unknown[][] }> {
  const res = await fetch(`${server.url}/export/ServiceAgreement?${new URLSearchParams(params)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.status !== 200) return { status: res.status, rows: [] };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { status: 200, rows };
}

describe('export of the service agreements list (.xlsx)', () => {
  it('has the list’s columns with Chinese headers, institution and region names, translated states, the filter and sort', async () => {
    const { rows } = await rowsOf({ filter: JSON.stringify({ state: 'active' }), sortField: 'endDate', sortOrder: 'ASC' });
    const [header, ...data] = rows;
    expect(header).toEqual(['协议编号', '定点机构', '统筹地区', '起始日期', '终止日期', '状态']);
    const list = await server.graphql(
      '{ allServiceAgreements(filter: { state: active }, sortField: endDate, sortOrder: ASC, perPage: 1000) { number institution { name } } }',
      {},
      inspector,
    );
    const shown = list.data?.allServiceAgreements as { number: string; institution: { name: string } }[];
    expect(shown.length).toBeGreaterThan(0);
    expect(data.map((r) => [r[0], r[1]])).toEqual(shown.map((a) => [a.number, a.institution.name]));
    expect(new Set(data.map((r) => r[2]))).toEqual(new Set(['秦皇岛市']));
    expect(new Set(data.map((r) => r[5]))).toEqual(new Set(['履行中']));
  });

  it('refuses a filter the list does not have (BAD_USER_INPUT, 400)', async () => {
    expect((await rowsOf({ filter: JSON.stringify({ colour: 'red' }) })).status).toBe(400);
  });
});

describe('export of the users list (.xlsx)', () => {
  it('has the list’s columns with Chinese headers, role labels, the phone masked; administrators only', async () => {
    const admin = await server.login('admin');
    const res = await fetch(`${server.url}/export/User?${new URLSearchParams({ sortField: 'username', sortOrder: 'ASC' })}`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['用户名', '姓名', '角色', '统筹地区', '电话', '启用', '创建时间']);
    const inspectorRow = rows.find((r) => r[0] === 'inspector');
    expect(inspectorRow?.slice(0, 4)).toEqual(['inspector', '张稽核', '稽核人员', '秦皇岛市']);
    for (const r of rows.slice(1)) expect(String(r[4] ?? '')).not.toMatch(/^1\d{10}$/); // never a full phone number
    expect((await rowsOf({}, inspector)).status).toBe(200); // the agreements: every role
    const refused = await fetch(`${server.url}/export/User`, { headers: { authorization: `Bearer ${inspector}` } });
    expect(refused.status).toBe(403);
  });
});

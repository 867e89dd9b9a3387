import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
let admin: string;
let inspector: string;
let dir: string;
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('admin');
  inspector = await server.login('inspector');
  dir = await mkdtemp(join(tmpdir(), 'ltci-export-'));
});
afterAll(async () => {
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

const exportUrl = (params: Record<string, string>) => `${server.url}/export/Institution?${new URLSearchParams(params)}`;

async function download(params: Record<string, string>, token: string, file: string) {
  const res = await fetch(exportUrl(params), { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`export answered ${res.status}: ${await res.text()}`);
  await pipeline(Readable.fromWeb(res.body as never), createWriteStream(file));
  return res;
}

/** Every row of the first sheet. */
async function sheetRows(file: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/**
 * One column of every row, read with exceljs' streaming reader (the file is too large to load
 * whole). Only ASCII columns: that reader garbles a Chinese character split across two chunks
 * (exceljs issues #2063, #2084), the file itself is sound (`sheetRows` reads it whole).
 */
async function streamedColumn(file: string, column: number): Promise<string[]> {
  const values: string[] = [];
  for await (const sheet of new ExcelJS.stream.xlsx.WorkbookReader(file, {})) {
    for await (const row of sheet) values.push(String((row.values as unknown[])[column + 1]));
    break;
  }
  return values;
}

describe('export of the institutions list (.xlsx)', () => {
  it('has the list’s columns with Chinese headers, translated values, the filter and the sort of the list', async () => {
    const file = join(dir, 'filtered.xlsx');
    const filter = { kind: 'care', state: 'active' }; // as the list opens: the active ones (issue 8, defect 3)
    const res = await download({ filter: JSON.stringify(filter), sortField: 'name', sortOrder: 'DESC' }, inspector, file);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('定点机构'));
    const [header, ...rows] = await sheetRows(file);
    expect(header).toEqual(['机构名称', '机构类型', '护理机构类别', '统一社会信用代码', '统筹地区', '状态', '启用状态', '人员数']);
    const list = await server.graphql(
      `{ allInstitutions(filter: { kind: care, state: active }, sortField: name, sortOrder: DESC, perPage: 1000) { name creditCode staffCount } }`,
      {},
      inspector,
    );
    const shown = list.data?.allInstitutions as { name: string; creditCode: string; staffCount: number }[];
    expect(shown.length).toBeGreaterThan(0);
    expect(rows.map((r) => [r[0], r[3], r[7]])).toEqual(shown.map((i) => [i.name, i.creditCode, i.staffCount]));
    expect(new Set(rows.map((r) => r[6]))).toEqual(new Set(['启用']));
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['护理服务机构']));
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(['秦皇岛市']));
  });

  it('is audited once per export, and refuses a bad filter, a bad sort and no token with their codes', async () => {
    const audits = async () =>
      Number((await server.dataSource.query(`SELECT count(*) AS n FROM audit_logs WHERE operation = 'export'`))[0].n);
    const before = await audits();
    await download({}, inspector, join(dir, 'all.xlsx'));
    expect(await audits()).toBe(before + 1);
    const code = async (params: Record<string, string>, token?: string) => {
      const res = await fetch(exportUrl(params), { headers: token ? { authorization: `Bearer ${token}` } : {} });
      return [res.status, ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code];
    };
    expect(await code({ filter: '{not json' }, inspector)).toEqual([400, 'BAD_USER_INPUT']);
    expect(await code({ filter: '{"password":"x"}' }, inspector)).toEqual([400, 'BAD_USER_INPUT']);
    expect(await code({ sortField: 'secret' }, inspector)).toEqual([400, 'BAD_USER_INPUT']);
    expect(await code({ sortOrder: 'sideways' }, inspector)).toEqual([400, 'BAD_USER_INPUT']);
    expect(await code({})).toEqual([401, 'UNAUTHENTICATED']);
    expect(await audits()).toBe(before + 1);
  });

  it('streams 100,000 rows in the caller’s regions with the server’s heap bounded', { timeout: 240_000 }, async () => {
    await server.dataSource.query(`
      INSERT INTO institutions (kind, care_subtype, name, credit_code, legal_representative, address, region_id)
      SELECT 'care', 'elderly', '批量颐养院' || lpad(n::text, 6, '0'), 'BULK' || lpad(n::text, 14, '0'), '测试人', '测试路' || n || '号',
             CASE WHEN n <= 100000 THEN 'qinhuangdao' ELSE 'tumxuk' END
        FROM generate_series(1, 102000) AS n`);
    const inQinhuangdao = Number(
      (await server.dataSource.query(`SELECT count(*) AS n FROM institutions WHERE region_id = 'qinhuangdao'`))[0].n,
    );
    global.gc?.();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 50);
    const file = join(dir, 'bulk.xlsx');
    const started = Date.now();
    try {
      await download({ sortField: 'name' }, inspector, file);
    } finally {
      clearInterval(sampler);
    }
    const growthMb = (peak - baseline) / 1024 / 1024;
    console.log(`export of ${inQinhuangdao} rows: ${Date.now() - started} ms, heap growth ${growthMb.toFixed(0)} MB`);
    expect(growthMb).toBeLessThan(200);

    const [header, ...codes] = await streamedColumn(file, 3);
    expect(header).toBe('统一社会信用代码');
    expect(codes.length).toBe(inQinhuangdao);
    // sorted by name, 批量颐养院000001 … 100000 come in the order of their codes; no Tumxuk row (BULK…100001+)
    const bulk = codes.filter((c) => c.startsWith('BULK'));
    expect(bulk).toEqual(Array.from({ length: 100000 }, (_, i) => `BULK${String(i + 1).padStart(14, '0')}`));
  });

  it('an administrator of both regions exports both', async () => {
    const file = join(dir, 'admin.xlsx');
    await download({ filter: JSON.stringify({ regionId: 'tumxuk', q: '批量' }) }, admin, file);
    const rows = await sheetRows(file);
    expect(rows.length - 1).toBe(2000);
  });
});

import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csv, IMPORT_HEADER, importRows, xlsx } from './support/files.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
let admin: string;
let inspector: string;
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('admin');
  inspector = await server.login('inspector');
});
afterAll(() => server?.stop());

const JOB = 'query ($id: ID!) { Job(id: $id) { id state phase done total attempts result errors { row column code message } } }';
const count = async (sql: string, params: unknown[] = [], target = server) => Number((await target.dataSource.query(sql, params))[0].n);
const institutions = () => count('SELECT count(*) AS n FROM institutions');

async function upload(target: TestServer, body: Buffer, token: string) {
  const res = await fetch(`${target.url}/import/Institution`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', 'x-file-name': 'test.xlsx' },
    body,
  });
  return {
    status: res.status,
    body: (await res.json()) as { job: { id: string; created: boolean }; errors?: { extensions: { code: string } }[] },
  };
}

async function finished(target: TestServer, id: string, token: string, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = (await target.graphql(JOB, { id }, token)).data?.Job;
    if (job && (job.state === 'succeeded' || job.state === 'failed')) return job;
    if (Date.now() > until) throw new Error(`job ${id} did not finish: ${JSON.stringify(job)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('institution import (a job)', () => {
  it('reports every error with its row and column, and imports nothing from a file with any error', async () => {
    const rows = importRows(4, '错误');
    rows[0][3] = '91130300MA00000000'; // wrong check character (GB 32100-2015)
    rows[1][0] = '养老院'; // not a kind
    rows[2][2] = ''; // no name
    rows[3][3] = rows[1][3]; // the credit code of row 3 again
    rows[3][6] = '图木舒克市'; // a region the inspector is not bound to
    const before = await institutions();
    const { status, body } = await upload(server, csv([IMPORT_HEADER, ...rows]), inspector);
    expect(status).toBe(201);
    const job = await finished(server, body.job.id, inspector);
    expect(job.state).toBe('failed');
    const found = job.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code]);
    expect(found).toEqual(
      expect.arrayContaining([
        [2, '统一社会信用代码', 'INVALID_CREDIT_CODE'],
        [3, '机构类型', 'UNKNOWN_VALUE'],
        [4, '机构名称', 'OUT_OF_RANGE'],
        [5, '统一社会信用代码', 'DUPLICATE_IN_FILE'],
        [5, '统筹地区', 'REGION_NOT_ALLOWED'],
      ]),
    );
    expect(await institutions()).toBe(before);
  });

  it('imports a valid .xlsx, one audit row per institution besides the submission, and the same file twice imports once', async () => {
    const rows = importRows(3, '有效');
    const file = await xlsx([IMPORT_HEADER, ...rows]);
    const before = await institutions();
    const first = await upload(server, file, inspector);
    const job = await finished(server, first.body.job.id, inspector);
    expect(job).toMatchObject({ state: 'succeeded', phase: 'done', done: 3, total: 3, result: { imported: 3 } });
    expect(await institutions()).toBe(before + 3);
    expect(await count(`SELECT count(*) AS n FROM audit_logs WHERE operation = 'import' AND after->>'jobId' = $1`, [job.id])).toBe(3);
    expect(await count(`SELECT count(*) AS n FROM audit_logs WHERE operation = 'submitJob' AND entity_id = $1`, [job.id])).toBe(1);

    const again = await upload(server, file, admin);
    expect(again.status).toBe(200);
    expect(again.body.job).toMatchObject({ id: job.id, created: false });
    expect(await institutions()).toBe(before + 3);
  });

  it('refuses a role without the import right, an empty body and a missing column, each with its code', async () => {
    const tpa = await server.login('tpa_staff');
    expect((await upload(server, csv([IMPORT_HEADER]), tpa)).body.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await upload(server, Buffer.alloc(0), inspector)).body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const { body } = await upload(server, csv([IMPORT_HEADER.slice(1), ...importRows(1).map((r) => r.slice(1))]), inspector);
    const job = await finished(server, body.job.id, inspector);
    expect(job.errors).toEqual([{ row: 1, column: '机构类型', code: 'MISSING_COLUMN', message: '缺少列：机构类型' }]);
  });

  it('serves the template with the import columns', async () => {
    const res = await fetch(`${server.url}/import/Institution/template`, { headers: { authorization: `Bearer ${inspector}` } });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect((workbook.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(IMPORT_HEADER);
  });

  it('a job lists for its region and not for another region', async () => {
    const tpa = await server.login('tpa_staff');
    const mine = await server.graphql('{ allJobs(filter: { mine: true }) { id kind } }', {}, inspector);
    expect(mine.data?.allJobs.length).toBeGreaterThan(0);
    const other = await server.graphql('{ allJobs { id } }', {}, tpa);
    expect(other.data?.allJobs).toEqual([]);
    const id = mine.data?.allJobs[0].id;
    expect((await server.graphql(JOB, { id }, tpa)).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

const WORKER = fileURLToPath(new URL('../src/worker.ts', import.meta.url));
function startWorker(databaseUrl: string): ChildProcess {
  return spawn(process.execPath, ['--conditions=source', '--import', '@oxc-node/core/register', WORKER], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: { ...process.env, DATABASE_URL: databaseUrl, JOB_STALE_SECONDS: '2', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

describe('a job in a separate worker, killed half way', () => {
  let queueOnly: TestServer;
  const workers: ChildProcess[] = [];
  beforeAll(async () => {
    queueOnly = await startTestServer({ jobsInServer: false, jobStaleSeconds: 2 });
  });
  afterAll(async () => {
    for (const w of workers) w.kill('SIGKILL');
    await queueOnly?.stop();
  });

  it('resumes from its last checkpoint after SIGKILL and ends with exactly the rows of the file', { timeout: 120_000 }, async () => {
    const rows = importRows(3000, '续跑');
    const token = await queueOnly.login('inspector');
    const { body } = await upload(queueOnly, csv([IMPORT_HEADER, ...rows]), token);
    const progress = async () =>
      (await queueOnly.dataSource.query('SELECT state, phase, done, total FROM jobs WHERE id = $1', [body.job.id]))[0];

    const first = startWorker(queueOnly.databaseUrl);
    workers.push(first);
    const until = Date.now() + 60_000;
    const importedSome = (p: { phase: string; done: number }) => p.phase === 'import' && p.done >= 400;
    while (!importedSome(await progress()) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const halfway = await progress();
    expect(halfway).toMatchObject({ state: 'running', phase: 'import' });
    expect(halfway.done).toBeGreaterThan(0);
    expect(halfway.done).toBeLessThan(3000);
    const imported = () => count(`SELECT count(*) AS n FROM institutions WHERE name LIKE '续跑%'`, [], queueOnly);
    // the checkpoint and the rows commit together: what is in the table is what the checkpoint says
    expect(await imported()).toBe(halfway.done);

    workers.push(startWorker(queueOnly.databaseUrl));
    const job = await finished(queueOnly, body.job.id, token, 90_000);
    expect(job).toMatchObject({ state: 'succeeded', done: 3000, total: 3000, result: { imported: 3000 } });
    // at least the killed attempt and the resumed one; on a loaded machine a slow heartbeat can look stale once more
    expect(job.attempts).toBeGreaterThanOrEqual(2);
    const codes = (
      await queueOnly.dataSource.query(`SELECT credit_code FROM institutions WHERE name LIKE '续跑%' ORDER BY credit_code`)
    ).map((r: { credit_code: string }) => r.credit_code);
    expect(codes).toEqual(rows.map((r) => r[3]).sort());
    expect(
      await count(`SELECT count(*) AS n FROM audit_logs WHERE operation = 'import' AND after->>'jobId' = $1`, [job.id], queueOnly),
    ).toBe(3000);
  });
});

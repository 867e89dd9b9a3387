import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLAIMANT_FIELDS,
  CREATE_CLAIMANT,
  claimantVars,
  ELIGIBILITY,
  newResidentId,
  RECORD_CONTRIBUTION,
  REVEAL,
} from './support/claimants.js';
import { csv, xlsx } from './support/files.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  for (const u of ['admin', 'agency_officer', 'haigang_officer', 'inspector', 'tpa_staff', 'fund_manager'])
    tokens[u] = await server.login(u);
});
afterAll(() => server?.stop());

const count = async (sql: string, params: unknown[] = []) => Number((await server.dataSource.query(sql, params))[0].n);
const create = async (over: Record<string, unknown> = {}, token = tokens.agency_officer) => {
  const res = await server.graphql(CREATE_CLAIMANT, claimantVars(over), token);
  if (!res.data?.createClaimant) throw new Error(JSON.stringify(res.errors));
  return res.data.createClaimant;
};
const record = (c: string, m: string, s: string, a: string, d: string | null, token = tokens.agency_officer) =>
  server.graphql(RECORD_CONTRIBUTION, { c, m, s, a, d }, token);
const eligibility = async (id: string, asOf: string) =>
  (await server.graphql(ELIGIBILITY, { id, asOf }, tokens.agency_officer)).data?.Claimant;

describe('registering a claimant', () => {
  it('GB 11643-1999: birth date and sex come from the identity number; the number and phone come back masked', async () => {
    // 13030219500315001 → check character 4 (worked by hand in shared/src/claimants/resident-id.test.ts)
    const c = await create({ idNumber: '130302195003150014' });
    expect(c).toMatchObject({
      idNumber: '130***********0014',
      phone: '138****5678',
      birthDate: '1950-03-15',
      sex: 'male',
      regionId: 'qinhuangdao',
      countyId: 'qhd-haigang',
      version: 1,
    });
    const audit = await server.dataSource.query("SELECT after FROM audit_logs WHERE entity_type = 'Claimant' AND entity_id = $1", [c.id]);
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0].after)).not.toContain('130302195003150014');
    expect(JSON.stringify(audit[0].after)).not.toContain('13812345678');
  });

  it('a wrong check character, a bad phone and no name: BAD_USER_INPUT with every field and its code, nothing written', async () => {
    const before = await count('SELECT count(*) AS n FROM claimants');
    const res = await server.graphql(
      CREATE_CLAIMANT,
      claimantVars({ idNumber: '130302195003150013', phone: '123', name: ' ' }),
      tokens.agency_officer,
    );
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { idNumber: '身份证号码校验位错误：应为 4', phone: expect.any(String), name: '请填写姓名' },
      issues: expect.arrayContaining([{ path: 'idNumber', code: 'INVALID_RESIDENT_ID' }]),
    });
    expect(await count('SELECT count(*) AS n FROM claimants')).toBe(before);
  });

  it('one identity number per region: a second registration in Qinhuangdao is CONFLICT; Tumxuk may register the same person', async () => {
    const idNumber = newResidentId('19480101');
    await create({ idNumber });
    const again = await server.graphql(CREATE_CLAIMANT, claimantVars({ idNumber: idNumber.toLowerCase() }), tokens.agency_officer);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_ID_NUMBER' });
    const tumxuk = await create({ idNumber, regionId: 'tumxuk', countyId: 'tmsk-r44' }, tokens.tpa_staff);
    expect(tumxuk.regionId).toBe('tumxuk');
  });

  it('Qinhuangdao art. 60–61: a county officer registers in their county only; the region must exist', async () => {
    const other = await server.graphql(CREATE_CLAIMANT, claimantVars({ countyId: 'qhd-changli' }), tokens.haigang_officer);
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_COUNTY' });
    const tpa = await server.graphql(CREATE_CLAIMANT, claimantVars(), tokens.tpa_staff);
    expect(tpa.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('a correction bumps the version; a stale version is CONFLICT', async () => {
    const c = await create();
    const UPDATE =
      'mutation ($id: ID!, $v: Int!, $a: String) { updateClaimant(id: $id, expectedVersion: $v, address: $a) { version address idNumber } }';
    const ok = await server.graphql(UPDATE, { id: c.id, v: 1, a: '秦皇岛市海港区文化路1号' }, tokens.agency_officer);
    expect(ok.data?.updateClaimant).toMatchObject({ version: 2, address: '秦皇岛市海港区文化路1号', idNumber: c.idNumber });
    const stale = await server.graphql(UPDATE, { id: c.id, v: 1, a: 'x' }, tokens.agency_officer);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
  });
});

describe('masking and the audited reveal', () => {
  let claimant: { id: string };
  const idNumber = newResidentId('19520808');
  beforeAll(async () => {
    claimant = await create({ idNumber, phone: '13900001111' });
  });

  it.each(['admin', 'agency_officer', 'haigang_officer', 'inspector'])(
    'as %s, list and record show only masked numbers and phones',
    async (user) => {
      const list = await server.graphql(`{ allClaimants(perPage: 1000) { ${CLAIMANT_FIELDS} } }`, {}, tokens[user]);
      const rows = list.data?.allClaimants as { id: string; idNumber: string; phone: string | null }[];
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r.idNumber).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
        if (r.phone) expect(r.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
      }
      const one = await server.graphql(`query ($id: ID!) { Claimant(id: $id) { ${CLAIMANT_FIELDS} } }`, { id: claimant.id }, tokens[user]);
      expect(JSON.stringify(one)).not.toContain(idNumber);
      expect(JSON.stringify(one)).not.toContain('13900001111');
    },
  );

  it('TPA staff see only their region (Tumxuk) masked; the fund manager has no right to claimants', async () => {
    const tpa = await server.graphql(`{ allClaimants(perPage: 1000) { regionId idNumber } }`, {}, tokens.tpa_staff);
    expect(((tpa.data?.allClaimants ?? []) as { regionId: string }[]).every((r) => r.regionId === 'tumxuk')).toBe(true);
    const fund = await server.graphql('{ allClaimants { id } }', {}, tokens.fund_manager);
    expect(fund.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('a reveal with a reason returns the whole value once and audits who, why and which field — never the value', async () => {
    const res = await server.graphql(REVEAL, { id: claimant.id, f: 'idNumber', r: '核对参保登记材料' }, tokens.agency_officer);
    expect(res.data?.revealClaimant).toEqual({ field: 'idNumber', value: idNumber });
    const phone = await server.graphql(REVEAL, { id: claimant.id, f: 'phone', r: '电话回访' }, tokens.haigang_officer);
    expect(phone.data?.revealClaimant.value).toBe('13900001111');
    const rows = await server.dataSource.query(
      "SELECT username, after FROM audit_logs WHERE operation = 'reveal' AND entity_id = $1 ORDER BY id",
      [claimant.id],
    );
    expect(rows).toEqual([
      { username: 'agency_officer', after: { field: 'idNumber', reason: '核对参保登记材料' } },
      { username: 'haigang_officer', after: { field: 'phone', reason: '电话回访' } },
    ]);
    const leaked = await count('SELECT count(*) AS n FROM audit_logs WHERE before::text LIKE $1 OR after::text LIKE $1', [`%${idNumber}%`]);
    expect(leaked).toBe(0);
  });

  it('a reveal without a reason is BAD_USER_INPUT and audits nothing; the inspector may not reveal', async () => {
    const before = await count("SELECT count(*) AS n FROM audit_logs WHERE operation = 'reveal'");
    const blank = await server.graphql(REVEAL, { id: claimant.id, f: 'idNumber', r: ' ' }, tokens.agency_officer);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'reason', code: 'REASON_REQUIRED' }] });
    const inspector = await server.graphql(REVEAL, { id: claimant.id, f: 'idNumber', r: '稽核抽查' }, tokens.inspector);
    expect(inspector.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await count("SELECT count(*) AS n FROM audit_logs WHERE operation = 'reveal'")).toBe(before);
  });

  it('a search by the whole number finds the claimant through its hash; a masked or partial number finds nothing', async () => {
    const Q = 'query ($f: ClaimantFilter) { allClaimants(filter: $f) { id } _allClaimantsMeta(filter: $f) { count } }';
    const found = await server.graphql(Q, { f: { idNumber } }, tokens.agency_officer);
    expect(found.data).toEqual({ allClaimants: [{ id: claimant.id }], _allClaimantsMeta: { count: 1 } });
    expect((await server.graphql(Q, { f: { idNumber: idNumber.slice(0, 10) } }, tokens.agency_officer)).data?._allClaimantsMeta.count).toBe(
      0,
    );
    const stored = await count('SELECT count(*) AS n FROM claimants WHERE id_number_hash = $1', [idNumber]);
    expect(stored).toBe(0);
  });
});

describe('eligibility from contributions, stays and death, with its trace', () => {
  it('Qinhuangdao art. 14 ¶2: an employee whose contribution arrived 2026-07-15 waits until 2027-01-01', async () => {
    const c = await create({ category: 'employee' });
    expect((await record(c.id, '2026-07', 'paid', '96.00', '2026-07-15')).errors).toBeUndefined();
    const e = await eligibility(c.id, '2026-12-01');
    expect(e.eligibility).toMatchObject({ status: 'waiting', waitingEnd: '2027-01-01', since: '2026-07-15', asOf: '2026-12-01' });
    expect(e.eligibility.trace).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'eligibility.waitingEnd', citation: 'Qinhuangdao art. 14 ¶2', output: '2027-01-01' }),
      ]),
    );
    expect((await eligibility(c.id, '2027-01-01')).eligibility).toMatchObject({ status: 'active', since: '2027-01-01' });
  });

  it('Qinhuangdao art. 34(1): arrears of 2026-09 suspend from 2026-10-01; the back-payment of 2026-11-10 resumes from 2026-12-01', async () => {
    const c = await create({ category: 'retiree' });
    await record(c.id, '2026-07', 'paid', '30.00', '2026-07-20');
    await record(c.id, '2026-08', 'paid', '30.00', '2026-08-20');
    await record(c.id, '2026-09', 'arrears', '30.00', null);
    expect((await eligibility(c.id, '2026-11-30')).eligibility).toMatchObject({
      status: 'suspended',
      suspendedBecause: ['arrears'],
      since: '2026-10-01',
    });
    const conflict = await record(c.id, '2026-08', 'arrears', '30.00', null);
    expect(conflict.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONTRIBUTION_CONFLICT' });
    expect((await record(c.id, '2026-09', 'backPaid', '30.00', '2026-11-10')).errors).toBeUndefined();
    expect((await eligibility(c.id, '2026-11-30')).eligibility).toMatchObject({ status: 'suspended', validUntil: '2026-12-01' });
    expect((await eligibility(c.id, '2026-12-01')).eligibility).toMatchObject({ status: 'active', since: '2026-12-01' });
  });

  it('Qinhuangdao art. 34(3), 34(5): a stay suspends until the day after discharge; death ends from the next day', async () => {
    const c = await create({ category: 'retiree' });
    await record(c.id, '2026-07', 'paid', '30.00', '2026-07-20');
    const ADD =
      'mutation ($c: ID!, $a: String!, $d: String) { addClaimantHospitalStay(claimantId: $c, hospital: "秦皇岛市第一医院", admittedOn: $a, dischargedOn: $d) { id } }';
    const stay = await server.graphql(ADD, { c: c.id, a: '2026-10-05' }, tokens.agency_officer);
    expect((await eligibility(c.id, '2026-10-20')).eligibility).toMatchObject({
      status: 'suspended',
      suspendedBecause: ['hospital'],
      since: '2026-10-05',
    });
    const overlap = await server.graphql(ADD, { c: c.id, a: '2026-10-10', d: '2026-10-12' }, tokens.agency_officer);
    expect(overlap.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'admittedOn', code: 'OVERLAPS' }] });
    const DISCHARGE = 'mutation ($id: ID!, $d: String!) { dischargeClaimantHospitalStay(id: $id, dischargedOn: $d) { dischargedOn } }';
    await server.graphql(DISCHARGE, { id: stay.data?.addClaimantHospitalStay.id, d: '2026-10-20' }, tokens.agency_officer);
    expect((await eligibility(c.id, '2026-10-20')).eligibility.status).toBe('suspended');
    expect((await eligibility(c.id, '2026-10-21')).eligibility).toMatchObject({ status: 'active', since: '2026-10-21' });
    const UPDATE =
      'mutation ($id: ID!, $v: Int!, $d: String) { updateClaimant(id: $id, expectedVersion: $v, deathDate: $d) { eligibilityStatus } }';
    const dead = await server.graphql(UPDATE, { id: c.id, v: 1, d: '2026-11-03' }, tokens.agency_officer);
    expect(dead.data?.updateClaimant.eligibilityStatus).toBe('ended');
    expect((await eligibility(c.id, '2026-11-04')).eligibility).toMatchObject({ status: 'ended', since: '2026-11-04' });
  });

  it('filters by status and category from the stored status; the list’s statements do not grow with the page', async () => {
    const Q = 'query ($f: ClaimantFilter) { allClaimants(perPage: 1000, filter: $f) { eligibilityStatus category } }';
    const suspended = await server.graphql(Q, { f: { eligibilityStatus: 'ended', category: 'retiree' } }, tokens.agency_officer);
    const rows = suspended.data?.allClaimants as { eligibilityStatus: string; category: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.eligibilityStatus === 'ended' && r.category === 'retiree')).toBe(true);

    const queries: string[] = [];
    const ds = server.dataSource as unknown as { logger: { logQuery: (q: string) => void } };
    const original = ds.logger.logQuery;
    ds.logger.logQuery = (q: string) => queries.push(q);
    try {
      const page = await server.graphql(
        '{ allClaimants(perPage: 20) { id contributions { month } hospitalStays { admittedOn } eligibility { status trace { rule } } } }',
        {},
        tokens.agency_officer,
      );
      expect(page.data?.allClaimants.length).toBeGreaterThan(5);
    } finally {
      ds.logger.logQuery = original;
    }
    // 1 caller + 1 statuses due for recomputing (none) + 1 page + 1 contributions + 1 stays, whatever the page size
    expect(queries.filter((q) => /^\s*SELECT/i.test(q))).toHaveLength(5);
  });
});

const HEADER = ['身份证号码', '姓名', '缴费月份', '缴费状态', '金额', '到账日期'];
const JOB = 'query ($id: ID!) { Job(id: $id) { id state result errors { row column code message } } }';
async function upload(body: Buffer, token: string) {
  const res = await fetch(`${server.url}/import/ClaimantContribution`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent('10月缴费.xlsx'),
    },
    body,
  });
  return { status: res.status, body: (await res.json()) as { job: { id: string; created: boolean } } };
}
async function finished(id: string, token: string) {
  const until = Date.now() + 30_000;
  for (;;) {
    const job = (await server.graphql(JOB, { id }, token)).data?.Job;
    if (job && (job.state === 'succeeded' || job.state === 'failed')) return job;
    if (Date.now() > until) throw new Error(`job ${id} did not finish: ${JSON.stringify(job)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('importing the collection system’s monthly file (a job)', () => {
  const months = () => count('SELECT count(*) AS n FROM claimant_contributions');

  it('every row error with its row number, and nothing written from a file with any error', async () => {
    const a = await create({ name: '赵一', category: 'employee' });
    const aNumber = (await server.graphql(REVEAL, { id: a.id, f: 'idNumber', r: '测试导入' }, tokens.agency_officer)).data?.revealClaimant
      .value;
    const before = await months();
    const file = csv([
      HEADER,
      [aNumber, '赵一', '2026-10', '到账', '96.00', '2026-10-15'],
      ['130302195003150013', '赵一', '2026-10', '到账', '96.00', '2026-10-15'],
      [newResidentId('19600101'), '无此人', '2026-10', '到账', '96.00', '2026-10-15'],
      [aNumber, '赵一', '2026-09', '已缴', '96.00', '2026-09-15'],
      [aNumber, '赵一', '2026-10', '到账', '96.00', '2026-10-15'],
      [aNumber, '钱二', '2026-08', '欠费', '96.00', ''],
    ]);
    const { body } = await upload(file, tokens.agency_officer);
    const job = await finished(body.job.id, tokens.agency_officer);
    expect(job.state).toBe('failed');
    expect(job.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code])).toEqual([
      [3, '身份证号码', 'INVALID_RESIDENT_ID'],
      [4, '身份证号码', 'UNKNOWN_CLAIMANT'],
      [5, '缴费状态', 'NOT_ALLOWED'],
      [6, '缴费月份', 'DUPLICATE_IN_FILE'],
      [7, '姓名', 'NAME_MISMATCH'],
    ]);
    expect(await months()).toBe(before);
  });

  it('a valid .xlsx imports, recomputes the status, and the same file twice imports once', async () => {
    const b = await create({ name: '孙三', category: 'retiree' });
    const number = (await server.graphql(REVEAL, { id: b.id, f: 'idNumber', r: '测试导入' }, tokens.agency_officer)).data?.revealClaimant
      .value;
    const file = await xlsx([
      HEADER,
      [number, '孙三', '2026-07', '到账', '30.00', '2026-07-20'],
      [number, '孙三', '2026-08', '到账', '30.00', '2026-08-20'],
      [number, '孙三', '2026-09', '欠费', '30.00', ''],
    ]);
    const before = await months();
    const first = await upload(file, tokens.agency_officer);
    expect(first.status).toBe(201);
    const job = await finished(first.body.job.id, tokens.agency_officer);
    expect(job).toMatchObject({ state: 'succeeded', result: { rows: 3, written: 3 } });
    expect(await months()).toBe(before + 3);
    expect(
      await count(
        "SELECT count(*) AS n FROM audit_logs WHERE operation = 'import' AND entity_type = 'ClaimantContribution' AND after->>'jobId' = $1",
        [job.id],
      ),
    ).toBe(3);
    const e = await server.graphql(ELIGIBILITY, { id: b.id, asOf: null }, tokens.agency_officer);
    expect(e.data?.Claimant.eligibilityStatus).toBe('suspended');

    const again = await upload(file, tokens.admin);
    expect(again.status).toBe(200);
    expect(again.body.job).toMatchObject({ id: job.id, created: false });
    expect(await months()).toBe(before + 3);

    // the next month's file back-pays September: one row moves on, nothing else changes
    const next = await upload(csv([HEADER, [number, '孙三', '2026-09', '补缴到账', '30.00', '2026-11-10']]), tokens.agency_officer);
    expect(await finished(next.body.job.id, tokens.agency_officer)).toMatchObject({ state: 'succeeded', result: { rows: 1, written: 1 } });
    expect(await months()).toBe(before + 3);
    const conflict = await upload(csv([HEADER, [number, '孙三', '2026-07', '欠费', '30.00', '']]), tokens.agency_officer);
    const refused = await finished(conflict.body.job.id, tokens.agency_officer);
    expect(refused.errors).toEqual([expect.objectContaining({ row: 2, code: 'CONFLICTS_WITH_RECORD' })]);
  });

  it('a county officer’s file reaches only their county’s claimants; TPA staff may not import', async () => {
    const c = await create({ name: '周四', countyId: 'qhd-changli' });
    const number = (await server.graphql(REVEAL, { id: c.id, f: 'idNumber', r: '测试导入' }, tokens.agency_officer)).data?.revealClaimant
      .value;
    const file = csv([HEADER, [number, '周四', '2026-10', '到账', '96.00', '2026-10-15']]);
    const { body } = await upload(file, tokens.haigang_officer);
    expect((await finished(body.job.id, tokens.haigang_officer)).errors).toEqual([
      expect.objectContaining({ row: 2, code: 'UNKNOWN_CLAIMANT' }),
    ]);
    const tpa = await fetch(`${server.url}/import/ClaimantContribution`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.tpa_staff}` },
      body: file,
    });
    expect(tpa.status).toBe(403);
  });
});

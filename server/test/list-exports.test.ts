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

/** An export's rows as the spreadsheet holds them, first the header. */
async function sheet(resource: string, params: Record<string, string>, token: string): Promise<{ status: number; rows: unknown[][] }> {
  const res = await fetch(`${server.url}/export/${resource}?${new URLSearchParams(params)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.status !== 200) return { status: res.status, rows: [] };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { status: 200, rows };
}

describe('export of the TPA fee payments list (.xlsx), in place of the browser CSV (issue 8, defect 5)', () => {
  it('has the list’s columns with Chinese headers, region names, translated states, in the list’s order and filter', async () => {
    const fund = await server.login('fund_manager');
    const { rows } = await sheet('TpaFeePayment', { sortField: 'date', sortOrder: 'DESC' }, fund);
    const [header, ...data] = rows;
    expect(header).toEqual(['拨付日期', '统筹地区', '考核年度', '季度', '拨付金额（元）', '状态']);
    const list = await server.graphql(
      '{ allTpaFeePayments(sortField: date, sortOrder: DESC, perPage: 1000) { date regionId year quarter amount state } }',
      {},
      fund,
    );
    const shown = list.data?.allTpaFeePayments as { date: string; year: number; quarter: number; amount: string; state: string }[];
    expect(shown.length).toBeGreaterThan(0);
    const label = { proposed: '待复核', paid: '已拨付', rejected: '已驳回' } as Record<string, string>;
    expect(data.map((r) => [r[0], r[2], r[3], r[4], r[5]])).toEqual(
      shown.map((p) => [p.date, p.year, p.quarter, p.amount, label[p.state]]),
    );
    expect(data.every((r) => /市$/.test(String(r[1])))).toBe(true); // 秦皇岛市 / 图木舒克市, not the region's id
    const paid = await sheet('TpaFeePayment', { filter: JSON.stringify({ state: 'paid' }) }, fund);
    expect(paid.rows.length - 1).toBe(shown.filter((p) => p.state === 'paid').length);
    expect(new Set(paid.rows.slice(1).map((r) => r[5]))).toEqual(new Set(['已拨付']));
    expect((await sheet('TpaFeePayment', { filter: JSON.stringify({ colour: 'red' }) }, fund)).status).toBe(400);
  });
});

describe('export of the claimants list (.xlsx), the ID number masked as on screen (issue 8, defect 5)', () => {
  it('has the list’s columns with Chinese headers and labels; the full ID number is neither in the file nor in the audit row', async () => {
    const { CREATE_CLAIMANT, claimantVars } = await import('./support/claimants.js');
    const admin = await server.login('admin');
    const vars = claimantVars({ name: '导出测试人' });
    const created = await server.graphql(CREATE_CLAIMANT, vars, admin);
    expect(created.errors).toBeUndefined();
    const masked = created.data?.createClaimant.idNumber as string;
    const { rows } = await sheet('Claimant', { filter: JSON.stringify({ q: '导出测试' }), sortField: 'name', sortOrder: 'ASC' }, inspector);
    expect(rows[0]).toEqual(['姓名', '身份证号码', '性别', '出生日期', '参保类别', '参保统筹地区', '参保县区', '待遇资格状态']);
    expect(rows.length).toBe(2);
    const full = String(vars.idNumber);
    // a 130302 1950-03-15 man's number (sequence odd), a retiree of 海港区, not yet contributing
    expect(rows[1]!.slice(0, 7)).toEqual(['导出测试人', masked, '男', '1950-03-15', '退休人员', '秦皇岛市', '海港区']);
    expect(masked).not.toBe(full);
    expect(masked).toMatch(/\*{4,}/); // as the list shows it (130***********…), not the number
    expect(typeof rows[1]![7]).toBe('string');
    expect(rows.flat().some((v) => String(v).includes(full))).toBe(false);
    // searched by the full number: found, and the export's audit row does not keep the number
    const byId = await sheet('Claimant', { filter: JSON.stringify({ idNumber: full }) }, inspector);
    expect(byId.rows.map((r) => r[0])).toEqual(['姓名', '导出测试人']);
    const audit = await server.dataSource.query(
      "SELECT after::text AS after FROM audit_logs WHERE operation = 'export' AND entity_type = 'Claimant' ORDER BY id DESC LIMIT 1",
    );
    expect(audit[0].after).not.toContain(full);
    expect(audit[0].after).toContain('idNumber');
    // a fund manager may not read claimants (CLAIMANT_READERS)
    expect((await sheet('Claimant', {}, await server.login('fund_manager'))).status).toBe(403);
  });
});

/** The rows a list shows its caller, counted as the list counts them (`_allXMeta`). */
async function listTotal(query: string, token: string): Promise<number> {
  const res = await server.graphql(`{ ${query}Meta { count } }`, {}, token);
  expect(res.errors).toBeUndefined();
  return (res.data as Record<string, { count: number }>)[`${query}Meta`]!.count;
}

describe('exports of the settlement, declaration, assessment and care-plan lists (.xlsx) (issue 8, defect 5)', () => {
  const lists = [
    {
      address: 'SettlementRunList',
      meta: '_allSettlementRuns',
      header: ['结算月份', '县（区）', '结算种类', '状态', '结算单数', '基金支付合计', '个人负担合计'],
      refused: 'tpa_staff', // SETTLEMENT_READERS has no TPA staff
    },
    {
      address: 'ServiceDeclaration',
      meta: '_allServiceDeclarations',
      header: ['服务月份', '申报机构', '状态', '记录数', '申报金额（元）', '未决定的阻断标记'],
      refused: null, // every DECLARATION_READERS role the seed has reads declarations
    },
    {
      address: 'AssessmentApplication',
      meta: '_allAssessmentApplications',
      header: ['申请日期', '参保人', '评估类型', '状态', '结论等级'],
      refused: 'fund_manager', // CLAIMANT_READERS has no fund manager
    },
    {
      address: 'CarePlan',
      meta: '_allCarePlans',
      header: ['参保人', '护理方式', '定点护理机构', '申请开始日期', '享受待遇起始日', '状态'],
      refused: 'fund_manager',
    },
    {
      address: 'CareServiceItem',
      meta: '_allCareServiceItems',
      header: ['项目编码', '项目类别', '项目名称', '服务内容', '演示数据'],
      refused: 'fund_manager',
    },
  ];
  for (const list of lists) {
    it(`${list.address}: the list's columns with Chinese headers, as many rows as the list's total for the caller, the caller's regions only`, async () => {
      const { status, rows } = await sheet(list.address, {}, inspector);
      expect(status).toBe(200);
      expect(rows[0]).toEqual(list.header);
      expect(rows.length - 1).toBe(await listTotal(list.meta, inspector));
      // a county-bound officer (海港区): the list's total for them, other counties' rows absent
      const haigang = await server.login('haigang_officer');
      const theirs = await sheet(list.address, {}, haigang);
      expect(theirs.status).toBe(200);
      expect(theirs.rows.length - 1).toBe(await listTotal(list.meta, haigang));
      expect(theirs.rows.length).toBeLessThanOrEqual(rows.length);
      expect((await sheet(list.address, { filter: JSON.stringify({ colour: 'red' }) }, inspector)).status).toBe(400);
      if (list.address === 'ServiceDeclaration') {
        // the cells are the grid's: institution name, record count, amount, undecided blocking flags
        const res = await server.graphql(
          '{ allServiceDeclarations(perPage: 1000) { month institutionName recordCount declaredAmount openBlockingFlags } }',
          {},
          inspector,
        );
        const shown = res.data?.allServiceDeclarations as Record<string, unknown>[];
        const cells = (r: unknown[]) => JSON.stringify([r[0], r[1], Number(r[3]), String(r[4]), Number(r[5])]);
        const listed = shown.map((d) => cells([d.month, d.institutionName, null, d.recordCount, d.declaredAmount, d.openBlockingFlags]));
        expect(rows.slice(1).map(cells).sort()).toEqual(listed.sort());
      }
      if (list.refused) expect((await sheet(list.address, {}, await server.login(list.refused))).status).toBe(403);
    });
  }
});

/** The number of rows a list shows its caller (react-admin's `_allXMeta`). */
async function listCount(query: string, token: string): Promise<number> {
  const res = await server.graphql(`{ ${query} { count } }`, {}, token);
  expect(res.errors).toBeUndefined();
  return (res.data as Record<string, { count: number }>)[query.replace(/\(.*$/, '')].count;
}

describe('export of the regions list (.xlsx), already registered: the dashboard now offers it (issue 8, defect 5)', () => {
  it('has the list’s columns with Chinese headers and the caller’s regions only', async () => {
    const { rows } = await sheet('Region', { sortField: 'id', sortOrder: 'ASC' }, inspector);
    expect(rows[0]).toEqual(['代码', '名称']);
    expect(rows.length - 1).toBe(await listCount('_allRegionsMeta', inspector));
    expect(rows.slice(1).map((r) => r[0])).not.toContain('tumxuk'); // the inspector works in 秦皇岛 only
  });
});

describe('export of the inspections list (.xlsx) (issue 8, defect 5; Qinhuangdao art. 67, 74)', () => {
  it('has the list’s columns with Chinese headers, translated kinds and states, the caller’s region only; refused without the right', async () => {
    const { rows } = await sheet('Inspection', { sortField: 'plannedOn', sortOrder: 'DESC' }, inspector);
    const [header, ...data] = rows;
    expect(header).toEqual(['检查日期', '检查名称', '检查方式', '状态']);
    const total = await listCount('_allInspectionsMeta', inspector);
    expect(total).toBeGreaterThan(0);
    expect(data.length).toBe(total);
    const [{ n }] = await server.dataSource.query("SELECT count(*)::int AS n FROM inspections WHERE region_id = 'qinhuangdao'");
    expect(data.length).toBe(n); // the inspector's region, none of 图木舒克's
    const list = await server.graphql('{ allInspections(sortField: plannedOn, sortOrder: DESC, perPage: 1000) { title } }', {}, inspector);
    expect(data.map((r) => r[1])).toEqual(((list.data?.allInspections ?? []) as { title: string }[]).map((i) => i.title));
    const kinds = new Set(['日常巡查', '随机抽查', '飞行检查', '绩效考核']);
    const states = new Set(['已计划', '检查中', '已记录问题', '已办结', '已取消']);
    for (const r of data) {
      expect(kinds.has(String(r[2]))).toBe(true);
      expect(states.has(String(r[3]))).toBe(true);
    }
    expect((await sheet('Inspection', {}, await server.login('fund_manager'))).status).toBe(403); // INSPECTION_READERS
    expect((await sheet('Inspection', { filter: JSON.stringify({ colour: 'red' }) }, inspector)).status).toBe(400);
  });
});

describe('export of the rectification orders list (.xlsx) (issue 8, defect 5; Qinhuangdao art. 68)', () => {
  it('has the list’s columns with Chinese headers, institution names, translated states, the list’s filter; refused without the right', async () => {
    const { rows } = await sheet('Rectification', { sortField: 'dueOn', sortOrder: 'ASC' }, inspector);
    const [header, ...data] = rows;
    expect(header).toEqual(['整改期限', '整改机构', '责令日期', '状态']);
    expect(data.length).toBe(await listCount('_allRectificationsMeta', inspector));
    const [{ n }] = await server.dataSource.query("SELECT count(*)::int AS n FROM rectifications WHERE region_id = 'qinhuangdao'");
    expect(data.length).toBe(n); // the inspector's region, none of 图木舒克's
    const list = await server.graphql(
      '{ allRectifications(sortField: dueOn, sortOrder: ASC, perPage: 1000) { dueOn institution { name } } }',
      {},
      inspector,
    );
    const shown = list.data?.allRectifications as { dueOn: string; institution: { name: string } }[];
    expect(data.map((r) => [r[0], r[1]])).toEqual(shown.map((x) => [x.dueOn, x.institution.name]));
    const states = new Set(['整改中', '逾期未整改', '已报整改', '整改验收']);
    for (const r of data) expect(states.has(String(r[3]))).toBe(true);
    const open = await sheet('Rectification', { filter: JSON.stringify({ open: true }) }, inspector);
    expect(open.rows.length - 1).toBe(await listCount('_allRectificationsMeta(filter: { open: true })', inspector));
    expect(open.rows.slice(1).map((r) => r[3])).not.toContain('整改验收');
    expect((await sheet('Rectification', {}, await server.login('fund_manager'))).status).toBe(403);
  });
});

describe('export of the designation applications list (.xlsx) (issue 8, defect 5; Xinjiang art. 7–11)', () => {
  it('has the list’s columns with Chinese headers, institution names, translated states, the caller’s regions only; refused without the right', async () => {
    const admin = await server.login('admin');
    const { rows } = await sheet('DesignationApplication', { sortField: 'applicationDate', sortOrder: 'DESC' }, admin);
    const [header, ...data] = rows;
    expect(header).toEqual(['申请日期', '申请批次', '机构', '状态', '审核得分', '审核剩余时间']);
    const total = await listCount('_allDesignationApplicationsMeta', admin);
    expect(total).toBeGreaterThan(0);
    expect(data.length).toBe(total);
    const list = await server.graphql(
      '{ allDesignationApplications(sortField: applicationDate, sortOrder: DESC, perPage: 1000) { round institution { name } } }',
      {},
      admin,
    );
    const shown = (list.data?.allDesignationApplications ?? []) as { round: string; institution: { name: string } }[];
    expect(data.map((r) => [r[1], r[2]])).toEqual(shown.map((d) => [d.round, d.institution.name]));
    expect(data.every((r) => typeof r[3] === 'string' && /[\u4e00-\u9fa5]/.test(String(r[3])))).toBe(true); // a label, not the state's id
    // the 秦皇岛 inspector: the 秦皇岛 applications only
    const own = await sheet('DesignationApplication', {}, inspector);
    const [{ n }] = await server.dataSource.query(
      "SELECT count(*)::int AS n FROM designation_applications WHERE region_id = 'qinhuangdao'",
    );
    expect(own.rows.length - 1).toBe(n);
    expect((await sheet('DesignationApplication', {}, await server.login('fund_manager'))).status).toBe(403); // INSPECTION_READERS
  });
});

describe('export of the information changes list (.xlsx) (issue 8, defect 5; Xinjiang art. 21)', () => {
  it('has the list’s columns with Chinese headers, institution names, translated change kinds, the caller’s regions only', async () => {
    const admin = await server.login('admin');
    const { rows } = await sheet('InfoChange', { sortField: 'approvalDate', sortOrder: 'DESC' }, admin);
    const [header, ...data] = rows;
    expect(header).toEqual(['有关部门批准日期', '机构', '变更事项', '申请日期', '申请截止日（30个工作日）', '逾期']);
    expect(data.length).toBe(await listCount('_allInfoChangesMeta', admin));
    const list = await server.graphql(
      '{ allInfoChanges(sortField: approvalDate, sortOrder: DESC, perPage: 1000) { approvalDate institution { name } changes } }',
      {},
      admin,
    );
    const shown = (list.data?.allInfoChanges ?? []) as { approvalDate: string; institution: { name: string }; changes: string[] }[];
    expect(data.map((r) => [r[0], r[1]])).toEqual(shown.map((c) => [c.approvalDate, c.institution.name]));
    for (const r of data) expect(String(r[2])).not.toMatch(/[a-z]/i); // 名称、法定代表人…, not name/legalRepresentative
    const own = await sheet('InfoChange', { filter: JSON.stringify({ pending: false }) }, inspector);
    expect(own.status).toBe(200);
    const [{ n }] = await server.dataSource.query(
      "SELECT count(*)::int AS n FROM institution_info_changes WHERE region_id = 'qinhuangdao' AND applied_on IS NOT NULL",
    );
    expect(own.rows.length - 1).toBe(n); // the inspector's region, none of 图木舒克's
  });
});

describe('export of the assessor pool (.xlsx) (issue 8, defect 5; Xinjiang art. 15–16, 19)', () => {
  it('has the pool’s columns with Chinese headers and labels, the pool’s rows for the caller; refused without the right', async () => {
    const admin = await server.login('admin');
    const { rows } = await sheet('Staff', { sortField: 'name', sortOrder: 'ASC' }, admin);
    const [header, ...data] = rows;
    expect(header).toEqual(['姓名', '所属机构', '岗位', '职称', '平台编码', '已培训合格', '移出情形', '移出理由', '移出时间']);
    expect(data.length).toBe(await listCount('_allStaffMeta(filter: { pool: true })', admin));
    const list = await server.graphql(
      '{ allStaff(filter: { pool: true }, sortField: name, sortOrder: ASC, perPage: 1000) { name institutionName trained } }',
      {},
      admin,
    );
    const shown = (list.data?.allStaff ?? []) as { name: string; institutionName: string; trained: boolean }[];
    expect(data.map((r) => [r[0], r[1], r[5]])).toEqual(shown.map((s) => [s.name, s.institutionName, s.trained ? '是' : '否']));
    for (const r of data) expect(['评估人员', '评估专家']).toContain(r[2]);
    expect((await sheet('Staff', { filter: JSON.stringify({ colour: 'red' }) }, admin)).status).toBe(400);
  });
});

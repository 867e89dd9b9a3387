import { creditCodeCheckChar } from '@ltci/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  for (const u of ['admin', 'fund_manager', 'inspector', 'agency_officer', 'tpa_staff']) tokens[u] = await server.login(u);
});
afterAll(() => server?.stop());

let serial = 9_000_000;
/** A fresh valid credit code (GB 32100-2015 check character computed by the shared rule). */
function newCreditCode(): string {
  const first17 = `91130300MA${String(serial++).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

const CREATE = `mutation ($kind: InstitutionKind!, $careSubtype: CareSubtype, $name: String!, $creditCode: String!, $legalRepresentative: String!, $address: String!, $regionId: ID!) {
  createInstitution(kind: $kind, careSubtype: $careSubtype, name: $name, creditCode: $creditCode, legalRepresentative: $legalRepresentative, address: $address, regionId: $regionId) { id name regionId status region { name } } }`;
const UPDATE =
  'mutation ($id: ID!, $name: String, $regionId: ID) { updateInstitution(id: $id, name: $name, regionId: $regionId) { id name regionId } }';
const TRANSITION = `mutation ($id: ID!, $a: InstitutionAction!, $v: Int!, $r: String) {
  transitionInstitution(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state version } }`;
const GET = 'query ($id: ID!) { Institution(id: $id) { id name } }';

const draft = (overrides: Record<string, unknown> = {}) => ({
  kind: 'care',
  careSubtype: 'elderly',
  name: '秦皇岛测试颐养院',
  creditCode: newCreditCode(),
  legalRepresentative: '测试人',
  address: '秦皇岛市海港区测试路1号',
  regionId: 'qinhuangdao',
  ...overrides,
});

const auditCount = async (entityId?: string) =>
  Number(
    (
      await server.dataSource.query(
        `SELECT count(*) FROM audit_logs WHERE entity_type = 'Institution' ${entityId ? 'AND entity_id = $1' : ''}`,
        entityId ? [entityId] : [],
      )
    )[0].count,
  );
const institutionCount = async () => Number((await server.dataSource.query('SELECT count(*) FROM institutions'))[0].count);

async function create(user: string, overrides: Record<string, unknown> = {}) {
  return server.graphql(CREATE, draft(overrides), tokens[user]);
}

describe('institutions: who may do what', () => {
  it.each(['admin', 'inspector', 'agency_officer'])('%s may create in their region', async (user) => {
    const res = await create(user);
    expect(res.errors).toBeUndefined();
    expect(res.data?.createInstitution).toMatchObject({ regionId: 'qinhuangdao', status: 'none', region: { name: '秦皇岛市' } });
  });

  it.each(['fund_manager', 'tpa_staff'])('%s may not create (FORBIDDEN) and nothing is written', async (user) => {
    const before = await institutionCount();
    const res = await create(user, { regionId: user === 'tpa_staff' ? 'tumxuk' : 'qinhuangdao' });
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await institutionCount()).toBe(before);
  });

  it('there is no deleteInstitution: an institution is deactivated, never deleted (issue 8, defect 3)', async () => {
    const res = await server.graphql('mutation { deleteInstitution(id: "x") { id } }', {}, tokens.admin);
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/deleteInstitution/);
  });

  it.each(['inspector', 'fund_manager'])('%s may not deactivate (FORBIDDEN) and nothing is written', async (user) => {
    const id = (await create('admin')).data?.createInstitution.id;
    const audits = await auditCount(id);
    const res = await server.graphql(TRANSITION, { id, a: 'deactivate', v: 1, r: '测试' }, tokens[user]);
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await auditCount(id)).toBe(audits);
  });

  it('without a token every query and mutation is UNAUTHENTICATED', async () => {
    expect((await server.graphql('{ allInstitutions { id } }')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await server.graphql(CREATE, draft())).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('institutions: region scoping', () => {
  let tumxukId: string;
  beforeAll(async () => {
    tumxukId = (await create('admin', { regionId: 'tumxuk', name: '图木舒克测试护理院' })).data?.createInstitution.id;
  });

  it('a qinhuangdao inspector cannot read a tumxuk institution (NOT_FOUND) nor see it in lists', async () => {
    expect((await server.graphql(GET, { id: tumxukId }, tokens.inspector)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    const list = await server.graphql('{ allInstitutions(perPage: 1000) { regionId } }', {}, tokens.inspector);
    expect(new Set(list.data?.allInstitutions.map((i: { regionId: string }) => i.regionId))).toEqual(new Set(['qinhuangdao']));
    const filtered = await server.graphql('{ _allInstitutionsMeta(filter: { regionId: "tumxuk" }) { count } }', {}, tokens.inspector);
    expect(filtered.data?._allInstitutionsMeta.count).toBe(0);
  });

  it('a qinhuangdao inspector cannot change or create a tumxuk institution, and nothing is written', async () => {
    const audits = await auditCount();
    expect((await server.graphql(UPDATE, { id: tumxukId, name: '改名' }, tokens.inspector)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await create('inspector', { regionId: 'tumxuk' })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await auditCount()).toBe(audits);
    expect((await server.graphql(GET, { id: tumxukId }, tokens.admin)).data?.Institution.name).toBe('图木舒克测试护理院');
  });

  it('cannot move an institution into a region the user does not have', async () => {
    const id = (await create('inspector')).data?.createInstitution.id;
    const res = await server.graphql(UPDATE, { id, regionId: 'tumxuk' }, tokens.inspector);
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await server.graphql(GET, { id }, tokens.inspector)).data?.Institution.id).toBe(id);
  });
});

describe('institutions: bad input', () => {
  it('a bad credit code check character is BAD_USER_INPUT on that field and writes nothing', async () => {
    const good = newCreditCode();
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const [institutions, audits] = [await institutionCount(), await auditCount()];
    const res = await create('inspector', { creditCode: bad });
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions.fields?.creditCode).toContain('校验位');
    // the code beside the Chinese text lets the English dashboard word it (issue 7, item 10)
    expect((res.errors?.[0].extensions as { issues?: unknown[] } | undefined)?.issues).toContainEqual({
      path: 'creditCode',
      code: 'INVALID_CREDIT_CODE',
    });
    expect([await institutionCount(), await auditCount()]).toEqual([institutions, audits]);
  });

  it('lists every bad field at once', async () => {
    const res = await create('inspector', { name: 'x', creditCode: '123', legalRepresentative: ' ', careSubtype: null });
    expect(Object.keys(res.errors?.[0].extensions.fields ?? {}).sort()).toEqual([
      'careSubtype',
      'creditCode',
      'legalRepresentative',
      'name',
    ]);
  });

  it('emptying a required field on update is BAD_USER_INPUT on that field, not a 500, and writes nothing', async () => {
    const id = (await create('inspector')).data?.createInstitution.id;
    const audits = await auditCount(id);
    for (const field of ['kind', 'regionId']) {
      const res = await server.graphql(
        `mutation ($id: ID!) { updateInstitution(id: $id, ${field}: null) { id } }`,
        { id },
        tokens.inspector,
      );
      expect(res.errors?.[0].extensions.code, field).toBe('BAD_USER_INPUT');
      expect(Object.keys(res.errors?.[0].extensions.fields ?? {}), field).toContain(field);
    }
    expect(await auditCount(id)).toBe(audits);
  });

  it('a NUL character in any argument is BAD_USER_INPUT naming the argument, never a database error', async () => {
    const bad = (res: Awaited<ReturnType<typeof create>>) => [res.errors?.[0].extensions.code, res.errors?.[0].extensions.fields];
    const institutions = await institutionCount();
    expect(bad(await create('inspector', { name: '秦皇岛\u0000颐养院' }))).toEqual(['BAD_USER_INPUT', { name: expect.any(String) }]);
    expect(await institutionCount()).toBe(institutions);
    const list = await server.graphql(
      'query ($q: String) { allInstitutions(filter: { q: $q }) { id } }',
      { q: 'a\u0000' },
      tokens.inspector,
    );
    expect(bad(list)).toEqual(['BAD_USER_INPUT', { 'filter.q': expect.any(String) }]);
    // also by its code, for the dashboard to word in the user's language
    expect((list.errors?.[0]?.extensions as { issues?: unknown } | undefined)?.issues).toEqual([{ path: 'filter.q', code: 'NUL' }]);
    const login = await server.graphql('mutation ($u: String!) { login(username: $u, password: "x") { token } }', { u: 'admin\u0000' });
    expect(bad(login)).toEqual(['BAD_USER_INPUT', { username: expect.any(String) }]);
  });

  it('a duplicate credit code is CONFLICT, not a 500', async () => {
    const creditCode = newCreditCode();
    await create('inspector', { creditCode });
    const res = await create('inspector', { creditCode });
    expect(res.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('an unknown enum value or sort field is BAD_USER_INPUT', async () => {
    expect((await create('inspector', { kind: 'hospital' })).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(
      (await server.graphql('{ allInstitutions(sortField: "password_hash") { id } }', {}, tokens.inspector)).errors?.[0].extensions.code,
    ).toBe('BAD_USER_INPUT');
  });
});

describe('institutions: every mutation leaves exactly one audit row', () => {
  it('create, update and deactivate each write one row with before and after', async () => {
    const id = (await create('admin')).data?.createInstitution.id;
    expect(await auditCount(id)).toBe(1);
    await server.graphql(UPDATE, { id, name: '秦皇岛改名颐养院' }, tokens.admin);
    expect(await auditCount(id)).toBe(2);
    await server.graphql(TRANSITION, { id, a: 'deactivate', v: 2, r: '机构申请注销' }, tokens.admin);
    const rows = await server.dataSource.query(
      'SELECT operation, username, before, after FROM audit_logs WHERE entity_id = $1 ORDER BY id',
      [id],
    );
    expect(rows.map((r: { operation: string }) => r.operation)).toEqual(['create', 'update', 'transition']);
    expect(rows[1].before.name).toBe('秦皇岛测试颐养院');
    expect(rows[1].after.name).toBe('秦皇岛改名颐养院');
    expect(rows[2].before.state).toBe('active');
    expect(rows[2].after).toMatchObject({ state: 'inactive', action: 'deactivate', reason: '机构申请注销' });
    expect(rows.every((r: { username: string }) => r.username === 'admin')).toBe(true);
  });

  it('admins can list and filter the audit trail; others cannot', async () => {
    const res = await server.graphql(
      '{ allAuditLogs(filter: { entityType: "Institution", operation: "update" }) { operation entityType } _allAuditLogsMeta(filter: { operation: "update" }) { count } }',
      {},
      tokens.admin,
    );
    expect(res.data?.allAuditLogs.every((a: { operation: string }) => a.operation === 'update')).toBe(true);
    expect(res.data?._allAuditLogsMeta.count).toBeGreaterThan(0);
    expect((await server.graphql('{ allAuditLogs { id } }', {}, tokens.inspector)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('institutions: pagination, sort and filter are done in SQL', () => {
  const LIST = `query ($page: Int, $perPage: Int, $sortField: InstitutionSortField, $sortOrder: SortOrder, $filter: InstitutionFilter) {
    allInstitutions(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { id name kind status }
    _allInstitutionsMeta(filter: $filter) { count } }`;

  it('pages of a sorted, filtered list match what SQL returns', async () => {
    const expected: { id: string }[] = await server.dataSource.query(
      "SELECT id FROM institutions WHERE region_id = 'qinhuangdao' AND kind = 'assessment' ORDER BY name DESC, id ASC",
    );
    const pages: string[] = [];
    for (let page = 0; page * 5 < expected.length; page++) {
      const res = await server.graphql(
        LIST,
        { page, perPage: 5, sortField: 'name', sortOrder: 'DESC', filter: { kind: 'assessment' } },
        tokens.inspector,
      );
      expect(res.data?._allInstitutionsMeta.count).toBe(expected.length);
      pages.push(...(res.data?.allInstitutions ?? []).map((i: { id: string }) => i.id));
    }
    expect(pages).toEqual(expected.map((r) => r.id));
  });

  it('the search text matches name, credit code, legal representative or address, with % taken literally', async () => {
    const res = await server.graphql(LIST, { perPage: 100, filter: { q: '北戴河' } }, tokens.inspector);
    const expected = await server.dataSource.query(
      "SELECT count(*) FROM institutions WHERE region_id = 'qinhuangdao' AND (name ILIKE '%北戴河%' OR address ILIKE '%北戴河%' OR legal_representative ILIKE '%北戴河%' OR credit_code ILIKE '%北戴河%')",
    );
    expect(res.data?._allInstitutionsMeta.count).toBe(Number(expected[0].count));
    expect(res.data?._allInstitutionsMeta.count).toBeGreaterThan(0);
    expect((await server.graphql(LIST, { filter: { q: '%' } }, tokens.inspector)).data?._allInstitutionsMeta.count).toBe(0);
  });

  it('filters by status and care subtype combine', async () => {
    const res = await server.graphql(LIST, { perPage: 100, filter: { kind: 'care', status: 'active' } }, tokens.admin);
    expect(res.data?.allInstitutions.every((i: { kind: string; status: string }) => i.kind === 'care' && i.status === 'active')).toBe(true);
  });

  it('a page size outside 1–1000 is BAD_USER_INPUT', async () => {
    expect((await server.graphql(LIST, { perPage: 0 }, tokens.inspector)).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('staff and regions of a whole page come from batched queries (DataLoader), not one per row', async () => {
    const queries: string[] = [];
    const ds = server.dataSource as unknown as { logger: { logQuery: (q: string) => void } };
    const original = ds.logger.logQuery;
    ds.logger.logQuery = (q: string) => queries.push(q);
    try {
      const res = await server.graphql(
        '{ allInstitutions(perPage: 20) { id staffCount region { name } staff { name } } }',
        {},
        tokens.admin,
      );
      expect(res.data?.allInstitutions).toHaveLength(20);
    } finally {
      ds.logger.logQuery = original;
    }
    const reads = queries.filter((q) => /^\s*SELECT/i.test(q));
    // 1 caller (user and regions) + 1 page + 1 regions + 1 staff, whatever the page size; the staff
    // counts are the staff lists' lengths when both are asked (issue 9)
    expect(reads).toHaveLength(4);
  });
});

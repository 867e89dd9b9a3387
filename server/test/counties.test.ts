import { creditCodeCheckChar } from '@ltci/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.js';

/**
 * Qinhuangdao art. 60–61: the city agency does the city's work, each county (区) agency its own
 * area. A county-bound user (demo: haigang_officer, 海港区) reaches only the rows of their counties;
 * city-level rows (no county) are the city agency's and answer NOT_FOUND to them.
 */
let server: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  for (const u of ['admin', 'inspector', 'haigang_officer', 'tpa_staff']) tokens[u] = await server.login(u);
});
afterAll(() => server?.stop());

let serial = 8_100_000;
function newCreditCode(): string {
  const first17 = `91130300MA${String(serial++).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}
const CREATE = `mutation ($name: String!, $creditCode: String!, $regionId: ID!, $countyId: ID) {
  createInstitution(kind: assessment, name: $name, creditCode: $creditCode, legalRepresentative: "测试人", address: "测试路1号", regionId: $regionId, countyId: $countyId) {
    id regionId countyId county { name } } }`;
const create = (user: string, countyId: string | null, regionId = 'qinhuangdao') =>
  server.graphql(CREATE, { name: '县区测试评估中心', creditCode: newCreditCode(), regionId, countyId }, tokens[user]);
const institutionIn = async (countyId: string | null, regionId = 'qinhuangdao'): Promise<string> =>
  (
    await server.dataSource.query(
      `INSERT INTO institutions (kind, name, credit_code, legal_representative, address, region_id, county_id)
       VALUES ('assessment', '县区测试评估中心', $1, '测试人', '测试路1号', $2, $3) RETURNING id`,
      [newCreditCode(), regionId, countyId],
    )
  )[0].id;
const LIST = `query ($f: InstitutionFilter) { allInstitutions(perPage: 1000, filter: $f) { id countyId } _allInstitutionsMeta(filter: $f) { count } }`;

describe('counties of both regions (demo data: the real districts, counties and regiments)', () => {
  it('Qinhuangdao has its four districts, three counties and two functional zones; Tumxuk its sub-districts and regiments', async () => {
    const res = await server.graphql('{ allRegions { id counties { id name kind } } }', {}, tokens.admin);
    const [qhd, tmsk] = res.data?.allRegions ?? [];
    expect(qhd.counties.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining([
        '海港区',
        '山海关区',
        '北戴河区',
        '抚宁区',
        '青龙满族自治县',
        '昌黎县',
        '卢龙县',
        '北戴河新区',
        '秦皇岛经济技术开发区',
      ]),
    );
    expect(qhd.counties).toHaveLength(9);
    expect(tmsk.counties.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(['齐干却勒街道', '前海街道', '永安坝街道', '四十四团', '四十九团', '五十团', '五十一团', '五十三团']),
    );
  });

  it('a county user sees their region, and of its counties only their own', async () => {
    const res = await server.graphql('{ allRegions { id counties { id } } allCounties { id } }', {}, tokens.haigang_officer);
    expect(res.data?.allRegions).toEqual([{ id: 'qinhuangdao', counties: [{ id: 'qhd-haigang' }] }]);
    expect(res.data?.allCounties).toEqual([{ id: 'qhd-haigang' }]);
    const other = await server.graphql('query { County(id: "qhd-changli") { id } }', {}, tokens.haigang_officer);
    expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('scope by county (Qinhuangdao art. 60–61)', () => {
  it('a county user lists only the institutions of their county, and counts the same', async () => {
    const res = await server.graphql(LIST, {}, tokens.haigang_officer);
    const rows = res.data?.allInstitutions as { countyId: string }[];
    const [{ n }] = await server.dataSource.query("SELECT count(*)::int AS n FROM institutions WHERE county_id = 'qhd-haigang'");
    expect(n).toBeGreaterThan(0);
    expect(rows).toHaveLength(n);
    expect(new Set(rows.map((r) => r.countyId))).toEqual(new Set(['qhd-haigang']));
    expect(res.data?._allInstitutionsMeta.count).toBe(n);
  });

  it('a region-wide user still sees the whole region, city-level rows included', async () => {
    const res = await server.graphql(LIST, { f: { regionId: 'qinhuangdao' } }, tokens.inspector);
    const [{ n }] = await server.dataSource.query("SELECT count(*)::int AS n FROM institutions WHERE region_id = 'qinhuangdao'");
    expect(res.data?._allInstitutionsMeta.count).toBe(n);
    expect(((res.data?.allInstitutions ?? []) as { countyId: string | null }[]).some((r) => r.countyId === null)).toBe(true);
  });

  it('a city-level institution and another county’s answer NOT_FOUND to a county user, for reads and writes', async () => {
    for (const county of [null, 'qhd-shanhaiguan']) {
      const id = await institutionIn(county);
      const read = await server.graphql('query ($id: ID!) { Institution(id: $id) { id } }', { id }, tokens.haigang_officer);
      expect(read.errors?.[0].extensions.code).toBe('NOT_FOUND');
      const write = await server.graphql(
        'mutation ($id: ID!) { updateInstitution(id: $id, name: "改名测试机构") { id } }',
        { id },
        tokens.haigang_officer,
      );
      expect(write.errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect((await server.dataSource.query('SELECT name FROM institutions WHERE id = $1', [id]))[0].name).toBe('县区测试评估中心');
    }
  });

  it('a county user creates in their county only: city-level or another county is FORBIDDEN (OUTSIDE_COUNTY), nothing written', async () => {
    const ok = await create('haigang_officer', 'qhd-haigang');
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.createInstitution).toMatchObject({ countyId: 'qhd-haigang', county: { name: '海港区' } });
    const before = (await server.dataSource.query('SELECT count(*)::int AS n FROM institutions'))[0].n;
    for (const county of [null, 'qhd-changli']) {
      const res = await create('haigang_officer', county);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_COUNTY' });
    }
    expect((await server.dataSource.query('SELECT count(*)::int AS n FROM institutions'))[0].n).toBe(before);
  });

  it('a county must belong to the institution’s region (BAD_USER_INPUT on countyId)', async () => {
    const res = await create('admin', 'tmsk-r44', 'qinhuangdao');
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { countyId: expect.stringContaining('tmsk-r44') },
      issues: expect.arrayContaining([{ path: 'countyId', code: 'COUNTY_NOT_IN_REGION' }]),
    });
    const unknown = await create('admin', 'nowhere', 'qinhuangdao');
    expect(unknown.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('an institution’s agreements follow it: moved into the county, the county user reaches them', async () => {
    const id = await institutionIn(null);
    const agreement = await server.graphql(
      'mutation ($i: ID!) { createServiceAgreement(institutionId: $i, number: "县区〔2026〕1号", startDate: "2026-07-01", endDate: "2027-06-30") { id countyId } }',
      { i: id },
      tokens.inspector,
    );
    const agreementId = agreement.data?.createServiceAgreement.id;
    const GET = 'query ($id: ID!) { ServiceAgreement(id: $id) { id countyId } }';
    expect((await server.graphql(GET, { id: agreementId }, tokens.haigang_officer)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    const moved = await server.graphql(
      'mutation ($id: ID!) { updateInstitution(id: $id, countyId: "qhd-haigang") { countyId } }',
      { id },
      tokens.inspector,
    );
    expect(moved.errors).toBeUndefined();
    expect((await server.graphql(GET, { id: agreementId }, tokens.haigang_officer)).data?.ServiceAgreement).toEqual({
      id: agreementId,
      countyId: 'qhd-haigang',
    });
  });
});

describe('region and county names (issue 8, item 2)', () => {
  it('an administrator renames a county and a region, each audited with before and after', async () => {
    const res = await server.graphql(
      'mutation { updateCounty(id: "qhd-etdz", name: "秦皇岛经济技术开发区（改）") { id name } }',
      {},
      tokens.admin,
    );
    expect(res.data?.updateCounty).toEqual({ id: 'qhd-etdz', name: '秦皇岛经济技术开发区（改）' });
    const [audit] = await server.dataSource.query(
      "SELECT before, after, region_id FROM audit_logs WHERE entity_type = 'County' AND entity_id = 'qhd-etdz'",
    );
    expect(audit).toMatchObject({
      region_id: 'qinhuangdao',
      before: { name: '秦皇岛经济技术开发区' },
      after: { name: '秦皇岛经济技术开发区（改）' },
    });
    const region = await server.graphql('mutation { updateRegion(id: "tumxuk", name: "第三师图木舒克市 ") { name } }', {}, tokens.admin);
    expect(region.data?.updateRegion.name).toBe('第三师图木舒克市');
  });

  it('refuses an empty name, a duplicate in the region, a non-administrator, another region', async () => {
    expect(
      (await server.graphql('mutation { updateCounty(id: "qhd-lulong", name: "  ") { id } }', {}, tokens.admin)).errors?.[0].extensions
        .code,
    ).toBe('BAD_USER_INPUT');
    const duplicate = await server.graphql('mutation { updateCounty(id: "qhd-lulong", name: "昌黎县") { id } }', {}, tokens.admin);
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_NAME' });
    expect(
      (await server.graphql('mutation { updateCounty(id: "qhd-lulong", name: "卢龙") { id } }', {}, tokens.inspector)).errors?.[0]
        .extensions.code,
    ).toBe('FORBIDDEN');
    const [{ n }] = await server.dataSource.query("SELECT count(*)::int AS n FROM audit_logs WHERE entity_id = 'qhd-lulong'");
    expect(n).toBe(0);
  });
});

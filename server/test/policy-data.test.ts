import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo-data.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  for (const u of ['admin', 'fund_manager', 'inspector', 'tpa_staff']) tokens[u] = await server.login(u);
  const [{ id }] = await server.dataSource.query(
    "INSERT INTO users (username, display_name, password_hash, roles) VALUES ('qhd_admin', '秦皇岛管理员', $1, '{admin}') RETURNING id",
    [await hashPassword(DEMO_PASSWORD)],
  );
  await server.dataSource.query("INSERT INTO user_regions (user_id, region_id) VALUES ($1, 'qinhuangdao')", [id]);
  tokens.qhd_admin = await server.login('qhd_admin');
});
afterAll(() => server?.stop());

const ADD = 'query ($s: String!, $n: Int!) { addWorkingDays(start: $s, days: $n) { value trace { rule inputs } } }';
const SET_YEAR =
  'mutation ($y: Int!, $h: [String!]!, $w: [String!]!) { setCalendarYear(year: $y, holidays: $h, workdays: $w) { year holidays workdays source } }';
const CALENDAR = '{ workingDayCalendar { year holidays workdays source } }';
const SET_OVERRIDES =
  'mutation ($r: ID!, $v: String!, $o: JSONObject!) { setPolicyOverrides(regionId: $r, validFrom: $v, overrides: $o) { value trace { rule output } } }';
const PACK = 'query ($r: ID!, $d: String!) { policyPack(regionId: $r, date: $d) { value trace { rule } } }';

const count = async (sql: string, params: unknown[] = []) => Number((await server.dataSource.query(sql, params))[0].count);
const audits = (entityType: string) => count('SELECT count(*) FROM audit_logs WHERE entity_type = $1', [entityType]);

// National Day 2027 as entered here: Fri 10-01 … Thu 10-07 off, Sat 10-09 worked.
const HOLIDAYS_2027 = ['2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'];
const WORKDAYS_2027 = ['2027-10-09'];

describe('working-day calendar', () => {
  it('Product rule: before 2027 is entered, Thu 2027-09-30 + 1 working day is BAD_USER_INPUT naming 2027', async () => {
    const res = await server.graphql(ADD, { s: '2027-09-30', n: 1 }, tokens.tpa_staff);
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions.fields?.date).toContain('2027');
  });

  it('a weekday make-up working day, a date outside the year and a date in both lists are all listed in one BAD_USER_INPUT; nothing is written', async () => {
    const auditsBefore = await audits('CalendarYear');
    const res = await server.graphql(
      SET_YEAR,
      { y: 2027, h: ['2027-10-01', '2026-12-31'], w: ['2027-10-01', '2027-10-08', '2027-10-09'] },
      tokens.admin,
    );
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const fields = res.errors?.[0].extensions.fields ?? {};
    expect(Object.keys(fields).sort()).toEqual(['holidays.1', 'workdays.0', 'workdays.1']);
    expect(fields['holidays.1']).toContain('2027'); // 2026-12-31 is not in 2027
    expect(fields['workdays.0']).toContain('同时'); // 10-01 is both a holiday and a workday
    expect(fields['workdays.1']).toContain('周六或周日'); // Fri 10-08
    expect(await count('SELECT count(*) FROM calendar_years')).toBe(0);
    expect(await audits('CalendarYear')).toBe(auditsBefore);
  });

  it('only an administrator may enter a year (FORBIDDEN)', async () => {
    for (const user of ['fund_manager', 'inspector', 'tpa_staff']) {
      const res = await server.graphql(SET_YEAR, { y: 2027, h: HOLIDAYS_2027, w: WORKDAYS_2027 }, tokens[user]);
      expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect(await count('SELECT count(*) FROM calendar_years')).toBe(0);
  });

  it('Product rule: once the administrator enters 2027, the calendar uses it (one audit row per change)', async () => {
    const auditsBefore = await audits('CalendarYear');
    const res = await server.graphql(SET_YEAR, { y: 2027, h: HOLIDAYS_2027, w: WORKDAYS_2027 }, tokens.admin);
    expect(res.errors).toBeUndefined();
    expect(res.data?.setCalendarYear).toEqual({ year: 2027, holidays: HOLIDAYS_2027, workdays: WORKDAYS_2027, source: 'administrator' });
    expect(await audits('CalendarYear')).toBe(auditsBefore + 1);
    const [row] = await server.dataSource.query("SELECT operation, before, after FROM audit_logs WHERE entity_type = 'CalendarYear'");
    expect(row).toMatchObject({ operation: 'create', before: null, after: { year: 2027, workdays: WORKDAYS_2027 } });

    // 2027-10-01 … 10-07 off → Fri 10-08 is the first working day
    const one = await server.graphql(ADD, { s: '2027-09-30', n: 1 }, tokens.tpa_staff);
    expect(one.data?.addWorkingDays.value).toBe('2027-10-08');
    // Fri 10-08 (1), Sat 10-09 make-up (2), Sun 10-10 off, Mon 10-11 (3)
    const three = await server.graphql(ADD, { s: '2027-09-30', n: 3 }, tokens.inspector);
    expect(three.data?.addWorkingDays.value).toBe('2027-10-11');
    expect(three.data?.addWorkingDays.trace[0].inputs.calendar).toContain('2027');
  });

  it('lists every year with its source; a second entry of the year replaces it and is audited as an update', async () => {
    const res = await server.graphql(CALENDAR, {}, tokens.tpa_staff);
    const years = res.data?.workingDayCalendar as { year: number; source: string; holidays: string[] }[];
    expect(years.map((y) => `${y.year} ${y.source}`)).toEqual(['2024 official', '2025 official', '2026 official', '2027 administrator']);
    expect(years.at(-1)).toMatchObject({ holidays: HOLIDAYS_2027, workdays: WORKDAYS_2027 });

    const auditsBefore = await audits('CalendarYear');
    const again = await server.graphql(SET_YEAR, { y: 2027, h: HOLIDAYS_2027, w: [] }, tokens.admin);
    expect(again.data?.setCalendarYear.workdays).toEqual([]);
    expect(await audits('CalendarYear')).toBe(auditsBefore + 1);
    // without the Saturday make-up day: Fri 10-08 (1), Mon 10-11 (2), Tue 10-12 (3)
    expect((await server.graphql(ADD, { s: '2027-09-30', n: 3 }, tokens.admin)).data?.addWorkingDays.value).toBe('2027-10-12');
  });

  it('a replaced shipped year keeps the shipped one in the audit before', async () => {
    const res = await server.graphql(SET_YEAR, { y: 2024, h: ['2024-01-01'], w: [] }, tokens.admin);
    expect(res.data?.setCalendarYear.source).toBe('administrator');
    const [row] = await server.dataSource.query("SELECT before FROM audit_logs WHERE entity_type = 'CalendarYear' AND entity_id = '2024'");
    expect(row.before).toMatchObject({ year: 2024, source: 'official' });
    expect(row.before.holidays.length).toBeGreaterThan(20);
  });
});

describe('policy pack overrides', () => {
  const TUMXUK_FEE = { assessment: { fee: { value: '150.00' } } };
  const overrideRows = () => count('SELECT count(*) FROM policy_overrides');

  it('Xinjiang art. 22: Tumxuk leaves the assessment fee unset (null) until the administrator enters it', async () => {
    const res = await server.graphql(PACK, { r: 'tumxuk', d: '2026-10-01' }, tokens.admin);
    expect(res.data?.policyPack.value.assessment.fee.value).toBeNull();
  });

  it('an unknown key and a wrong type are BAD_USER_INPUT listing each path; nothing is written', async () => {
    const auditsBefore = await audits('PolicyOverrides');
    const bad = { colour: 'red', contributions: { employee: { employerRate: 0.002 } }, assessment: { fee: { value: '150.00' } } };
    const res = await server.graphql(SET_OVERRIDES, { r: 'tumxuk', v: '2026-09-01', o: bad }, tokens.admin);
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(res.errors?.[0].extensions.fields ?? {}).sort()).toEqual([
      'overrides.colour',
      'overrides.contributions.employee.employerRate',
    ]);
    expect(await overrideRows()).toBe(0);
    expect(await audits('PolicyOverrides')).toBe(auditsBefore);
  });

  it('an inherited key (__proto__) is refused too', async () => {
    const o = JSON.parse('{"assessment": {"__proto__": {}}}');
    const res = await server.graphql(SET_OVERRIDES, { r: 'tumxuk', v: '2026-09-01', o }, tokens.admin);
    expect(Object.keys(res.errors?.[0].extensions.fields ?? {})).toEqual(['overrides.assessment.__proto__']);
    expect(await overrideRows()).toBe(0);
  });

  it('validFrom must start a shipped version of the region', async () => {
    const res = await server.graphql(SET_OVERRIDES, { r: 'tumxuk', v: '2026-10-01', o: TUMXUK_FEE }, tokens.admin);
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions.fields?.validFrom).toContain('2026-09-01');
  });

  it('non-administrators and an administrator of another region are FORBIDDEN; nothing is written', async () => {
    for (const user of ['fund_manager', 'tpa_staff', 'qhd_admin']) {
      const res = await server.graphql(SET_OVERRIDES, { r: 'tumxuk', v: '2026-09-01', o: TUMXUK_FEE }, tokens[user]);
      expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect(await overrideRows()).toBe(0);
    expect(await audits('PolicyOverrides')).toBe(0);
  });

  it('Xinjiang art. 22: the Tumxuk fee entered by the administrator applies to its version only (one audit row)', async () => {
    const res = await server.graphql(SET_OVERRIDES, { r: 'tumxuk', v: '2026-09-01', o: TUMXUK_FEE }, tokens.admin);
    expect(res.errors).toBeUndefined();
    expect(res.data?.setPolicyOverrides.value.assessment.fee.value).toBe('150.00');
    expect(res.data?.setPolicyOverrides.trace[0].output).toEqual([{ path: 'assessment.fee.value', from: null, to: '150.00' }]);
    const [row] = await server.dataSource.query(
      "SELECT operation, entity_id, region_id, before, after FROM audit_logs WHERE entity_type = 'PolicyOverrides'",
    );
    expect(row).toMatchObject({ operation: 'create', entity_id: 'tumxuk@2026-09-01', region_id: 'tumxuk', before: null });
    expect(row.after.overrides).toEqual(TUMXUK_FEE);

    const pack = await server.graphql(PACK, { r: 'tumxuk', d: '2026-10-01' }, tokens.tpa_staff);
    expect(pack.data?.policyPack.value.assessment.fee.value).toBe('150.00');
    expect(pack.data?.policyPack.trace.map((s: { rule: string }) => s.rule)).toContain('policy.overrides');
    // the 2027 version has no override
    const later = await server.graphql(PACK, { r: 'tumxuk', d: '2027-02-01' }, tokens.tpa_staff);
    expect(later.data?.policyPack.value.assessment.fee.value).toBeNull();
  });

  it('the calculators apply the stored overrides of the version in force', async () => {
    const scores = {
      adl: {
        eating: 0,
        dressing: 0,
        faceAndMouth: 0,
        bowel: 0,
        bladder: 0,
        toilet: 0,
        levelWalking: 0,
        bedChairTransfer: 0,
        stairs: 0,
        bathing: 0,
      },
      cognition: { timeOrientation: 4, personOrientation: 4, placeOrientation: 4, memory: 4 },
      perception: { vision: 4, hearing: 4, communication: 4 },
    };
    const res = await server.graphql(
      'query ($s: JSON!) { disabilityGrade(regionId: "tumxuk", date: "2026-10-01", itemScores: $s) { trace { rule } } }',
      { s: scores },
      tokens.tpa_staff,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.disabilityGrade.trace.map((s: { rule: string }) => s.rule)).toContain('policy.overrides');
  });

  it('an empty object removes the override, audited as a delete', async () => {
    const res = await server.graphql(SET_OVERRIDES, { r: 'tumxuk', v: '2026-09-01', o: {} }, tokens.admin);
    expect(res.data?.setPolicyOverrides.value.assessment.fee.value).toBeNull();
    expect(await overrideRows()).toBe(0);
    expect(await audits('PolicyOverrides')).toBe(2);
    const [row] = await server.dataSource.query(
      "SELECT before, after FROM audit_logs WHERE entity_type = 'PolicyOverrides' AND operation = 'delete'",
    );
    expect(row).toMatchObject({ before: { overrides: TUMXUK_FEE }, after: null });
    const pack = await server.graphql(PACK, { r: 'tumxuk', d: '2026-10-01' }, tokens.admin);
    expect(pack.data?.policyPack.value.assessment.fee.value).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextMonthStart } from './support/operations.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  for (const u of ['admin', 'admin2', 'inspector']) tokens[u] = await server.login(u);
});
afterAll(() => server?.stop());

const CAP = 'benefits.employees.institution.medical.monthlyCap';
const CREATE = `mutation ($r: ID!, $e: String!, $c: JSONObject!, $n: String) {
  createPolicyChange(regionId: $r, effectiveFrom: $e, changes: $c, note: $n) { id state version diff figures } }`;
const TRANSITION = `mutation ($id: ID!, $a: PolicyChangeAction!, $v: Int!, $r: String) {
  transitionPolicyChange(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state version } }`;
const SHOW = `query ($id: ID!) { PolicyChange(id: $id) { state diff figures history { action fromState toState actorName reason }
  allowedActions { action enabled blockedBy } } }`;
const QUOTE = 'query ($r: ID!, $d: String!, $i: JSON!) { quoteBenefit(regionId: $r, date: $d, input: $i) { value trace { rule } } }';
const quoteInput = (month: string) => ({
  insuredCategory: 'employee',
  careMode: 'institution',
  institutionSubtype: 'medical',
  grade: 5,
  month,
  lines: [{ category: 'care', amount: '4000.00' }],
});
const effective = nextMonthStart();
const monthAfter = (date: string, n: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1)).toISOString().slice(0, 10);
};
const count = async (sql: string, params: unknown[] = []) => Number((await server.dataSource.query(sql, params))[0].count);

async function fundPays(date: string): Promise<string> {
  const res = await server.graphql(QUOTE, { r: 'qinhuangdao', d: date, i: quoteInput(date.slice(0, 7)) }, tokens.inspector);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data?.quoteBenefit.value.fundPays;
}

describe('policy parameter changes: propose, four-eyes approval, effective-dated use', () => {
  let id: string;
  let version: number;

  it('Qinhuangdao art. 31(1)1: an administrator proposes a higher medical cap; the diff and the sample figure come from shared', async () => {
    const res = await server.graphql(CREATE, { r: 'qinhuangdao', e: effective, c: { [CAP]: '2000' }, n: '按市政府通知调整' }, tokens.admin);
    expect(res.errors).toBeUndefined();
    const change = res.data?.createPolicyChange as { id: string; state: string; version: number; diff: unknown[]; figures: unknown[] };
    ({ id, version } = change);
    expect(change.state).toBe('draft');
    expect(change.diff).toEqual([
      expect.objectContaining({ path: CAP, from: '1800.00', to: '2000.00', citation: 'Qinhuangdao art. 31(1)1' }),
    ]);
    expect(change.figures).toContainEqual(
      expect.objectContaining({ id: 'employee.institution.medical', before: '1800.00', after: '2000.00', changed: true }),
    );
    expect(await count("SELECT count(*) FROM audit_logs WHERE entity_type = 'PolicyChange' AND entity_id = $1", [id])).toBe(1);
  });

  it('Product rule: submitted, it cannot be approved by the same administrator (FORBIDDEN, reason SAME_PERSON), nothing written', async () => {
    const submitted = await server.graphql(TRANSITION, { id, a: 'submit', v: version }, tokens.admin);
    expect(submitted.errors).toBeUndefined();
    version = submitted.data?.transitionPolicyChange.version;
    const shown = await server.graphql(SHOW, { id }, tokens.admin);
    expect(shown.data?.PolicyChange.allowedActions).toContainEqual({
      action: 'approve',
      enabled: false,
      blockedBy: ['SAME_PERSON'],
    });
    const audits = await count("SELECT count(*) FROM audit_logs WHERE entity_type = 'PolicyChange'");
    const res = await server.graphql(TRANSITION, { id, a: 'approve', v: version }, tokens.admin);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SAME_PERSON' });
    expect(await count("SELECT count(*) FROM audit_logs WHERE entity_type = 'PolicyChange'")).toBe(audits);
    expect(await count("SELECT count(*) FROM policy_changes WHERE state = 'submitted' AND id = $1", [id])).toBe(1);
  });

  it('Product rule: an inspector may not approve (FORBIDDEN) nor even see a change', async () => {
    const res = await server.graphql(TRANSITION, { id, a: 'approve', v: version }, tokens.inspector);
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('Product rule: a quote before approval uses the old cap, on any date', async () => {
    expect(await fundPays(monthAfter(effective, 1))).toBe('1800.00');
  });

  it('Product rule: a second administrator approves; from the effective date quotes use 2000.00, before it 1800.00', async () => {
    const res = await server.graphql(TRANSITION, { id, a: 'approve', v: version }, tokens.admin2);
    expect(res.errors).toBeUndefined();
    expect(res.data?.transitionPolicyChange).toMatchObject({ state: 'approved' });
    const dayBefore = new Date(Date.parse(`${effective}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(await fundPays(effective)).toBe('2000.00');
    expect(await fundPays(monthAfter(effective, 2))).toBe('2000.00');
    expect(await fundPays(dayBefore)).toBe('1800.00');
    const shown = await server.graphql(SHOW, { id }, tokens.admin);
    const change = shown.data?.PolicyChange as { history: { action: string; actorName: string }[]; diff: unknown[] };
    expect(change.history.map((h) => [h.action, h.actorName])).toEqual([
      ['submit', 'admin'],
      ['approve', 'admin2'],
    ]);
    // the diff stays against the version it replaced
    expect(change.diff).toEqual([expect.objectContaining({ from: '1800.00', to: '2000.00' })]);
  });

  it('Product rule: a rejection needs a reason and a second administrator', async () => {
    const created = await server.graphql(
      CREATE,
      { r: 'qinhuangdao', e: effective, c: { 'benefits.employees.community.share': '0.80' } },
      tokens.admin,
    );
    const c = created.data?.createPolicyChange as { id: string; version: number };
    const s = await server.graphql(TRANSITION, { id: c.id, a: 'submit', v: c.version }, tokens.admin);
    const v = s.data?.transitionPolicyChange.version;
    const noReason = await server.graphql(TRANSITION, { id: c.id, a: 'reject', v }, tokens.admin2);
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REASON_REQUIRED' });
    const rejected = await server.graphql(TRANSITION, { id: c.id, a: 'reject', v, r: '依据不足' }, tokens.admin2);
    expect(rejected.data?.transitionPolicyChange).toMatchObject({ state: 'rejected' });
    const stale = await server.graphql(TRANSITION, { id: c.id, a: 'reject', v, r: '再驳回' }, tokens.admin2);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
  });

  it.each([
    [
      'an effective date in a past month (EFFECTIVE_DATE_TOO_EARLY)',
      { e: '2026-01-01', c: { [CAP]: '2100.00' } },
      'EFFECTIVE_DATE_TOO_EARLY',
    ],
    ['a rate above 1 (OUT_OF_RANGE)', { e: effective, c: { 'benefits.employees.community.share': '1.5' } }, 'OUT_OF_RANGE'],
    ['an unknown parameter (UNKNOWN_KEY)', { e: effective, c: { 'benefits.colour': 'red' } }, 'UNKNOWN_KEY'],
    ['a change that changes nothing (NO_CHANGE)', { e: monthAfter(effective, 1), c: { [CAP]: '2000.00' } }, 'NO_CHANGE'],
    [
      'a reading the spec does not allow (NOT_ALLOWED)',
      { e: effective, c: { 'benefits.employees.home.homeCarePayment': 'always' } },
      'NOT_ALLOWED',
    ],
  ])('Product rule: %s is BAD_USER_INPUT, nothing stored', async (_name, vars, reason) => {
    const before = await count('SELECT count(*) FROM policy_changes');
    const res = await server.graphql(CREATE, { r: 'qinhuangdao', ...vars }, tokens.admin);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(await count('SELECT count(*) FROM policy_changes')).toBe(before);
  });

  it('Product rule: another region’s change is NOT_FOUND; a change for a region the caller lacks is FORBIDDEN', async () => {
    await server.dataSource.query(
      `WITH u AS (INSERT INTO users (username, display_name, password_hash, roles)
         SELECT 'tumxuk_admin', 'tumxuk_admin', password_hash, '{admin}' FROM users WHERE username = 'admin' RETURNING id)
       INSERT INTO user_regions (user_id, region_id) SELECT id, 'tumxuk' FROM u`,
    );
    const token = await server.login('tumxuk_admin');
    const shown = await server.graphql(SHOW, { id }, token);
    expect(shown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const res = await server.graphql(CREATE, { r: 'qinhuangdao', e: effective, c: { [CAP]: '2100.00' } }, token);
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('the list of parameter changes reads in a fixed number of statements', () => {
  const LIST = `query ($n: Int!) { allPolicyChanges(filter: { regionId: "qinhuangdao" }, perPage: $n, sortField: createdAt, sortOrder: DESC) {
    id diff figures history { action actorName } allowedActions { action enabled } } }`;

  /** The SELECTs one list request sends. */
  async function reads(perPage: number): Promise<{ rows: number; selects: string[] }> {
    const queries: string[] = [];
    const ds = server.dataSource as unknown as { logger: { logQuery: (q: string) => void } };
    const original = ds.logger.logQuery;
    ds.logger.logQuery = (q: string) => queries.push(q);
    try {
      const res = await server.graphql(LIST, { n: perPage }, tokens.admin);
      expect(res.errors).toBeUndefined();
      return { rows: res.data?.allPolicyChanges.length, selects: queries.filter((q) => /^\s*SELECT/i.test(q)) };
    } finally {
      ds.logger.logQuery = original;
    }
  }

  it('Product rule: diff, figures, history and actions of a whole page come from batched reads (DataLoader), not per row', async () => {
    // drafts a year apart, so that none replaces another
    for (const n of [13, 14, 15, 16, 17])
      await server.graphql(CREATE, { r: 'qinhuangdao', e: monthAfter(effective, n), c: { [CAP]: `${2200 + n}.00` } }, tokens.admin);
    const one = await reads(1);
    const page = await reads(5);
    expect(one.rows).toBe(1);
    expect(page.rows).toBe(5);
    // 1 caller (user and regions) + 1 page + 1 history + 2 base packs (the region's overrides, its approved changes)
    // + 1 the regions' last settled months (the approval's guard)
    expect(page.selects).toHaveLength(6);
    expect(one.selects).toHaveLength(6);
  });
});

describe('the effective date never reaches back into a settled month (issue 8, what to build 3)', () => {
  it('Product rule: with a settlement run of the effective month, a change from its 1st is refused when proposed and when approved; a returned run does not count', async () => {
    // a draft from the 1st of next month M+1, proposed while no month is settled
    const draft = (await server.graphql(CREATE, { r: 'qinhuangdao', e: effective, c: { [CAP]: '1900' } }, tokens.admin)).data
      ?.createPolicyChange;
    expect(draft?.state).toBe('draft');
    const submitted = await server.graphql(TRANSITION, { id: draft.id, a: 'submit', v: draft.version }, tokens.admin);
    expect(submitted.data?.transitionPolicyChange.state).toBe('submitted');
    // then month M+1 is settled (a run generated for it): the earliest date is the 1st of M+2
    const [{ id: admin }] = await server.dataSource.query("SELECT id FROM users WHERE username = 'admin'");
    const [{ id: run }] = await server.dataSource.query(
      "INSERT INTO settlement_runs (region_id, month, kind, state, prepared_by) VALUES ('qinhuangdao', $1, 'care', 'paid', $2) RETURNING id",
      [effective.slice(0, 7), admin],
    );
    try {
      const earliest = monthAfter(effective, 1);
      const refused = await server.graphql(CREATE, { r: 'qinhuangdao', e: effective, c: { [CAP]: '1950' } }, tokens.admin);
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(refused.errors?.[0]?.extensions)).toContain('EFFECTIVE_DATE_TOO_EARLY');
      expect(JSON.stringify(refused.errors?.[0]?.extensions)).toContain(earliest);
      // the submitted draft: its approval is blocked by the guard, and nothing changes
      const shown = (await server.graphql(SHOW, { id: draft.id }, tokens.admin2)).data?.PolicyChange;
      expect(shown.allowedActions).toContainEqual({ action: 'approve', enabled: false, blockedBy: ['EFFECTIVE_DATE_TOO_EARLY'] });
      const approve = await server.graphql(TRANSITION, { id: draft.id, a: 'approve', v: draft.version + 1 }, tokens.admin2);
      expect(approve.errors?.[0]?.extensions?.code).toBeDefined();
      expect(JSON.stringify(approve.errors?.[0])).toContain('EFFECTIVE_DATE_TOO_EARLY');
      expect((await server.graphql(SHOW, { id: draft.id }, tokens.admin)).data?.PolicyChange.state).toBe('submitted');
      // from the 1st of M+2 it is accepted
      const later = await server.graphql(CREATE, { r: 'qinhuangdao', e: earliest, c: { [CAP]: '1950' } }, tokens.admin);
      expect(later.errors).toBeUndefined();
    } finally {
      // returned, the run no longer settles the month: the draft's date is open again
      await server.dataSource.query("UPDATE settlement_runs SET state = 'returned' WHERE id = $1", [run]);
    }
    const reopened = (await server.graphql(SHOW, { id: draft.id }, tokens.admin2)).data?.PolicyChange;
    expect(reopened.allowedActions).toContainEqual(expect.objectContaining({ action: 'approve', enabled: true }));
  });
});

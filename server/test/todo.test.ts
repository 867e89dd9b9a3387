import { addDays, addWorkingDays, officialCalendar, TODO_KINDS } from '@ltci/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../src/common/today.js';
import { Fixtures } from './support/operations.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
let fx: Fixtures;
const tokens: Record<string, string> = {};
const today = todayInChina();

beforeAll(async () => {
  server = await startTestServer();
  fx = new Fixtures(server.dataSource);
  for (const u of ['admin', 'inspector', 'fund_manager', 'tpa_staff']) tokens[u] = await server.login(u);
});
afterAll(() => server?.stop());

const TODOS = `{ myTodos { kind label labelEn record { resource id title } dueDate daysLeft colour citation citationZh packVersion
  trace { rule citation inputs output } } }`;
const RECORD = `mutation ($i: ID!, $d: String!, $c: [String!]!) {
  recordInstitutionInfoChange(institutionId: $i, approvalDate: $d, changes: $c) { id regionId appliedOn } }`;

interface Todo {
  kind: string;
  record: { resource: string; id: string; title: string | null };
  dueDate: string;
  daysLeft: number;
  colour: string;
  citation: string;
  citationZh: string;
  packVersion: string | null;
  trace: { rule: string; citation: string; output: unknown }[];
}
const todos = async (user: string): Promise<Todo[]> => {
  const res = await server.graphql(TODOS, {}, tokens[user]);
  expect(res.errors).toBeUndefined();
  return res.data?.myTodos;
};

/** An agreement in force of a fresh institution, ending `endDate`. */
async function agreementEnding(regionId: 'qinhuangdao' | 'tumxuk', endDate: string, state = 'active'): Promise<string> {
  const { id } = await fx.agreement(regionId, state);
  await server.dataSource.query('UPDATE service_agreements SET start_date = $2::date - 300, end_date = $2 WHERE id = $1', [id, endDate]);
  return id;
}

describe('myTodos: the to-do list computed from the data when asked (issue 7, item 8)', () => {
  it('Xinjiang art. 10 / Product rule: reminders — agreements ending within 60 days, coloured by days left, most urgent first', async () => {
    const ids = {
      overdue: await agreementEnding('qinhuangdao', addDays(today, -1)),
      orange: await agreementEnding('qinhuangdao', addDays(today, 5), 'suspended'),
      yellow: await agreementEnding('qinhuangdao', addDays(today, 20)),
      green: await agreementEnding('qinhuangdao', addDays(today, 60)),
      later: await agreementEnding('qinhuangdao', addDays(today, 61)),
      draft: await agreementEnding('qinhuangdao', addDays(today, 10), 'draft'),
      ended: await agreementEnding('qinhuangdao', addDays(today, 10), 'terminated'),
    };
    const mine = (await todos('inspector')).filter((t) => Object.values(ids).includes(t.record.id));
    expect(mine.map((t) => [t.record.id, t.daysLeft, t.colour])).toEqual([
      [ids.overdue, -1, 'red'],
      [ids.orange, 5, 'orange'],
      [ids.yellow, 20, 'yellow'],
      [ids.green, 60, 'green'],
    ]);
    const item = mine[2];
    expect(item).toMatchObject({ kind: 'agreementExpiry', record: { resource: 'ServiceAgreement' }, dueDate: addDays(today, 20) });
    expect(item.record.title).toMatch(/矩阵/);
    // the explained figure: where the due date comes from, the days left and the colour they give
    expect(item.trace.map((s) => [s.rule, s.output])).toEqual([
      ['todo.agreementExpiry', addDays(today, 20)],
      ['todo.daysLeft', 20],
      ['todo.colour', 'yellow'],
    ]);
    expect(item.trace[0].citation).toContain('Xinjiang art. 10');
    // issue 8 (first load): the Chinese UI's wording comes with the item, so the home page needs no
    // table of product rules: art. 10 → 第十条, "; " → "；", the rule in its Chinese words
    expect(item.citation).toBe('Xinjiang art. 10; Product rule: reminders 60 days before an agreement expires');
    expect(item.citationZh).toBe('《长期护理保险失能等级评估机构定点管理实施细则》第十条；产品规则：服务协议到期前60日提醒');
  });

  it('keeps to the caller’s regions and to the kinds the caller’s role may act on', async () => {
    const tumxuk = await agreementEnding('tumxuk', addDays(today, 3));
    expect((await todos('inspector')).some((t) => t.record.id === tumxuk)).toBe(false); // 秦皇岛市 only
    expect((await todos('admin')).some((t) => t.record.id === tumxuk)).toBe(true);
    // a fund manager and TPA staff may not renew agreements or apply changes (TODO_KINDS' rights)
    for (const user of ['fund_manager', 'tpa_staff']) {
      const kinds = new Set((await todos(user)).map((t) => t.kind));
      expect(kinds.has('agreementExpiry'), TODO_KINDS.agreementExpiry.right).toBe(false);
      expect(kinds.has('infoChange')).toBe(false);
    }
  });

  it('Xinjiang art. 21: a recorded major change is due 30 working days after its approval, on the working-day calendar, with the pack version beside it', async () => {
    const institution = await fx.institution('tumxuk');
    const recorded = await server.graphql(RECORD, { i: institution, d: today, c: ['bankAccount', 'name'] }, tokens.admin);
    expect(recorded.data?.recordInstitutionInfoChange).toMatchObject({ regionId: 'tumxuk', appliedOn: null });
    const expectedDue = addWorkingDays(today, 30, officialCalendar);
    const item = (await todos('admin')).find((t) => t.kind === 'infoChange' && t.record.id === institution);
    if (!expectedDue.ok) {
      // beyond the shipped calendar's years: the rule refuses, and no item is made up
      expect(item).toBeUndefined();
      return;
    }
    expect(item).toMatchObject({ record: { resource: 'Institution', title: '矩阵测试评估中心' }, dueDate: expectedDue.value });
    expect(item?.packVersion).toMatch(/\d{4}-\d{2}-\d{2}/);
    const rules = item?.trace.map((s) => s.rule) ?? [];
    expect(rules).toEqual(expect.arrayContaining(['policy.addWorkingDays', 'institutions.infoChange.due', 'todo.daysLeft', 'todo.colour']));
    expect(item?.trace.find((s) => s.rule === 'institutions.infoChange.due')?.citation).toBe('Xinjiang art. 21');
    const audit = await server.dataSource.query(
      "SELECT count(*)::int AS n FROM audit_logs WHERE entity_type = 'InfoChange' AND entity_id = $1",
      [recorded.data?.recordInstitutionInfoChange.id],
    );
    expect(audit[0].n).toBe(1);
  });

  it('the demo data’s change of bank account (图木舒克) is on the administrator’s list', async () => {
    expect((await todos('admin')).some((t) => t.kind === 'infoChange' && t.dueDate > '2026-11-10')).toBe(true);
  });

  it('Xinjiang art. 21: a region whose policy states no such deadline (Qinhuangdao) lists no information-change item', async () => {
    const institution = await fx.institution('qinhuangdao');
    expect((await server.graphql(RECORD, { i: institution, d: today, c: ['bankAccount'] }, tokens.inspector)).errors).toBeUndefined();
    expect((await todos('inspector')).some((t) => t.record.id === institution)).toBe(false);
  });

  it('refuses a bad change with codes, another region’s institution as not found, and writes nothing', async () => {
    const own = await fx.institution('qinhuangdao');
    const bad = await server.graphql(RECORD, { i: own, d: '2026-02-30', c: ['haircut'] }, tokens.inspector);
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [
        { code: 'INVALID_DATE', path: 'approvalDate' },
        { code: 'NOT_ALLOWED', path: 'changes' },
      ],
    });
    const other = await server.graphql(RECORD, { i: await fx.institution('tumxuk'), d: today, c: ['name'] }, tokens.inspector);
    expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const none = await server.graphql(RECORD, { i: own, d: today, c: [] }, tokens.inspector);
    expect(none.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const rows = await server.dataSource.query('SELECT count(*)::int AS n FROM institution_info_changes WHERE institution_id = $1', [own]);
    expect(rows[0].n).toBe(0);
  });
});

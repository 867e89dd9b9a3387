import { creditCodeCheckChar, drawAssessors, qinhuangdaoAssessmentParams, residentIdCheckChar } from '@ltci/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../src/common/db.js';
import { Scope } from '../src/common/scope.js';
import { loadCaller } from '../src/modules/auth/auth.service.js';
import { eligibleAssessors } from '../src/modules/institutions/staff.service.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  for (const u of ['admin', 'inspector', 'agency_officer', 'tpa_staff', 'fund_manager']) tokens[u] = await server.login(u);
});
afterAll(() => server?.stop());

let serial = 8_100_000;
const creditCode = () => {
  const first17 = `91130300MA${String(serial++).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
};
let person = 100;
/** A fresh valid ID number (GB 11643-1999: the 18th character is the check of the first 17, worked out by the shared rule). */
const idNumber = () => {
  const first17 = `13030219800101${String(person++).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
};

type Extensions = { code: string; reason?: string; issues?: { citation: string; otherInstitutionId: string }[] };
const ext = (res: { errors?: { extensions: unknown }[] }) => res.errors?.[0].extensions as Extensions | undefined;
const gql = async (user: string, query: string, variables: Record<string, unknown> = {}) => server.graphql(query, variables, tokens[user]);
const count = async (sql: string, params: unknown[] = []) => Number((await server.dataSource.query(sql, params))[0].count);

async function institution(regionId: string, kind: string, name: string): Promise<string> {
  const res = await gql(
    regionId === 'tumxuk' ? 'admin' : 'inspector',
    `mutation ($k: InstitutionKind!, $s: CareSubtype, $n: String!, $c: String!, $r: ID!) {
      createInstitution(kind: $k, careSubtype: $s, name: $n, creditCode: $c, legalRepresentative: "测试人", address: "测试路1号", regionId: $r) { id } }`,
    { k: kind, s: kind === 'care' ? 'elderly' : null, n: name, c: creditCode(), r: regionId },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createInstitution.id;
}
const ADD_PERSON = `mutation ($i: ID!, $r: RelatedPersonRole!, $n: String!, $id: String!) {
  createRelatedPerson(institutionId: $i, role: $r, name: $n, idNumber: $id) { id idNumberMasked } }`;
const addPerson = (institutionId: string, role: string, name: string, id: string) =>
  gql('inspector', ADD_PERSON, { i: institutionId, r: role, n: name, id });

describe('separation of roles through the related persons, per region', () => {
  it('Qinhuangdao art. 40: a care institution with the same legal representative as an assessment institution is refused, naming it and the article; nothing written', async () => {
    const a = await institution('qinhuangdao', 'assessment', '秦皇岛分离测试评估中心');
    const c = await institution('qinhuangdao', 'care', '秦皇岛分离测试护理院');
    const shared = idNumber();
    expect((await addPerson(a, 'legalRepresentative', '赵分离', shared)).errors).toBeUndefined();
    const before = await count('SELECT count(*) FROM institution_related_persons WHERE institution_id = $1', [c]);
    const res = await addPerson(c, 'legalRepresentative', '赵分离', shared);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROLE_SEPARATION' });
    expect(res.errors?.[0].message).toContain('秦皇岛分离测试评估中心');
    expect(res.errors?.[0].message).toContain('《秦皇岛市长期护理保险实施细则》第四十条');
    const issue = ext(res)?.issues?.[0];
    expect(issue).toMatchObject({ citation: 'Qinhuangdao art. 40', otherInstitutionId: a });
    expect(await count('SELECT count(*) FROM institution_related_persons WHERE institution_id = $1', [c])).toBe(before);
    // the legal representative's name was not copied onto the institution either (one transaction)
    expect(
      (await server.dataSource.query('SELECT legal_representative FROM institutions WHERE id = $1', [c]))[0].legal_representative,
    ).toBe('测试人');
  });

  it('Qinhuangdao art. 40: care + TPA under one controller is not barred; a shared shareholder links nothing there', async () => {
    const c = await institution('qinhuangdao', 'care', '秦皇岛护理经办测试院');
    const t = await institution('qinhuangdao', 'tpa', '秦皇岛护理经办测试经办中心');
    const boss = idNumber();
    expect((await addPerson(c, 'actualController', '钱控制', boss)).errors).toBeUndefined();
    expect((await addPerson(t, 'actualController', '钱控制', boss)).errors).toBeUndefined();
    const a = await institution('qinhuangdao', 'assessment', '秦皇岛股东测试评估中心');
    const owner = idNumber();
    expect((await addPerson(c, 'shareholder', '孙股东', owner)).errors).toBeUndefined();
    expect((await addPerson(a, 'shareholder', '孙股东', owner)).errors).toBeUndefined();

    // an edit is checked as a creation is: the care institution's shareholder made its actual controller too
    const assessmentBoss = await addPerson(a, 'principal', '钱控制', boss);
    expect(ext(assessmentBoss)).toMatchObject({ code: 'CONFLICT', reason: 'ROLE_SEPARATION' });
    const owners = await gql('inspector', '{ allRelatedPeople(filter: { role: shareholder }) { id name } }');
    const shareholder = owners.data?.allRelatedPeople.find((p: { name: string }) => p.name === '孙股东');
    const [{ id: onAssessment }] = await server.dataSource.query(
      "SELECT id FROM institution_related_persons WHERE institution_id = $1 AND role = 'shareholder'",
      [a],
    );
    expect(shareholder).toBeDefined();
    const edited = await gql(
      'inspector',
      'mutation ($id: ID!, $id2: String) { updateRelatedPerson(id: $id, role: actualController, idNumber: $id2) { id } }',
      {
        id: onAssessment,
        id2: boss,
      },
    );
    expect(ext(edited)).toMatchObject({ code: 'CONFLICT', reason: 'ROLE_SEPARATION' });
    expect(edited.errors?.[0].message).toContain('秦皇岛护理经办测试院');

    // …but turning the TPA into an assessment institution is art. 40's case, refused on updateInstitution
    const res = await gql('inspector', 'mutation ($id: ID!) { updateInstitution(id: $id, kind: assessment) { id kind } }', { id: t });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROLE_SEPARATION' });
    expect(res.errors?.[0].message).toContain('秦皇岛护理经办测试院');
    expect((await server.dataSource.query('SELECT kind FROM institutions WHERE id = $1', [t]))[0].kind).toBe('tpa');
  });

  it('Tumxuk §6(一) (interpretation noTwoOfThree): care + TPA under one actual controller is refused', async () => {
    const c = await institution('tumxuk', 'care', '图木舒克分离测试护理站');
    const t = await institution('tumxuk', 'tpa', '图木舒克分离测试经办中心');
    const boss = idNumber();
    // the inspector works Qinhuangdao; the admin reaches both regions
    const add = (i: string) => server.graphql(ADD_PERSON, { i, r: 'actualController', n: '李控制', id: boss }, tokens.admin);
    expect((await add(c)).errors).toBeUndefined();
    const res = await add(t);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROLE_SEPARATION' });
    expect(res.errors?.[0].message).toContain('图木舒克分离测试护理站');
    expect(ext(res)?.issues?.[0].citation).toBe('Tumxuk §6(一)');
  });

  it('Xinjiang art. 12(6): in Tumxuk an assessment institution whose shareholder set up a care institution is refused', async () => {
    const c = await institution('tumxuk', 'care', '图木舒克股东测试护理院');
    const a = await institution('tumxuk', 'assessment', '图木舒克股东测试评估所');
    const owner = idNumber();
    const add = (i: string) => server.graphql(ADD_PERSON, { i, r: 'shareholder', n: '周股东', id: owner }, tokens.admin);
    expect((await add(c)).errors).toBeUndefined();
    const res = await add(a);
    expect(res.errors?.[0].message).toContain('图木舒克股东测试护理院');
    expect(res.errors?.[0].message).toContain('第十二条第（六）项');
    expect(ext(res)?.issues?.map((i) => i.citation)).toEqual(['Xinjiang art. 12(6)']);
  });
});

describe('related persons: ID numbers masked, revealed deliberately', () => {
  it('PIPL art. 51: lists show the masked number only; a reveal needs a reason, returns the number and is audited without copying it', async () => {
    const i = await institution('qinhuangdao', 'assessment', '秦皇岛脱敏测试评估中心');
    const id = idNumber();
    const created = await addPerson(i, 'principal', '吴负责', id);
    const personId = created.data?.createRelatedPerson.id;
    expect(created.data?.createRelatedPerson.idNumberMasked).toBe(`${id.slice(0, 3)}***********${id.slice(-4)}`);
    const [audit] = await server.dataSource.query("SELECT after FROM audit_logs WHERE entity_id = $1 AND operation = 'create'", [personId]);
    expect(JSON.stringify(audit.after)).not.toContain(id);
    const list = await gql('agency_officer', '{ allRelatedPeople(filter: { role: principal }) { id idNumberMasked } }');
    expect(JSON.stringify(list.data)).not.toContain(id);
    // the full number is not a field of the schema at all
    expect((await gql('inspector', '{ allRelatedPeople { idNumber } }')).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');

    const REVEAL = 'mutation ($id: ID!, $r: String!) { revealRelatedPersonIdNumber(id: $id, reason: $r) }';
    const reveals = () => count("SELECT count(*) FROM audit_logs WHERE entity_id = $1 AND operation = 'reveal'", [personId]);
    expect((await gql('inspector', REVEAL, { id: personId, r: ' ' })).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await gql('tpa_staff', REVEAL, { id: personId, r: '核对身份' })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await reveals()).toBe(0);
    const shown = await gql('inspector', REVEAL, { id: personId, r: '定点申请材料核对身份' });
    expect(shown.data?.revealRelatedPersonIdNumber).toBe(id);
    const [row] = await server.dataSource.query("SELECT username, after FROM audit_logs WHERE entity_id = $1 AND operation = 'reveal'", [
      personId,
    ]);
    expect(row).toMatchObject({ username: 'inspector', after: { reason: '定点申请材料核对身份', field: 'idNumber' } });
    expect(JSON.stringify(row.after)).not.toContain(id);
  });

  it('an invalid ID number (check character wrong) is BAD_USER_INPUT with its code, nothing written', async () => {
    const i = await institution('qinhuangdao', 'care', '秦皇岛证件校验测试院');
    const good = idNumber();
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const res = await addPerson(i, 'shareholder', '郑股东', bad);
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { idNumber: `身份证号码校验位错误：应为 ${good[17]}` },
    });
    expect(await count('SELECT count(*) FROM institution_related_persons WHERE institution_id = $1', [i])).toBe(0);
  });
});

const CREATE_STAFF = `mutation ($i: ID!, $n: String!, $r: String!, $t: String!, $y: Int, $f: Boolean!, $c: String, $certs: [StaffCertificateInput!]) {
  createStaff(institutionId: $i, name: $n, role: $r, title: $t, yearsInField: $y, fullTime: $f, nationalCode: $c, certificates: $certs) {
    id certificates { name number expiresOn } trained inPool } }`;

describe('staff and the assessor pool', () => {
  it('Xinjiang art. 6(2), 7(3): a staff member with a certificate and its expiry; bad input listed at once, nothing written', async () => {
    const i = await institution('qinhuangdao', 'assessment', '秦皇岛人员测试评估中心');
    const ok = await gql('inspector', CREATE_STAFF, {
      i,
      n: '冯专家',
      r: 'expert',
      t: 'senior',
      y: 12,
      f: true,
      c: 'PGTEST000001',
      certs: [{ name: '执业医师资格证书', number: 'YS-001', expiresOn: '2030-06-30' }],
    });
    expect(ok.data?.createStaff).toMatchObject({
      certificates: [{ name: '执业医师资格证书', number: 'YS-001', expiresOn: '2030-06-30' }],
      trained: false,
      inPool: true,
    });
    const before = await count('SELECT count(*) FROM staff WHERE institution_id = $1', [i]);
    const bad = await gql('inspector', CREATE_STAFF, {
      i,
      n: ' ',
      r: 'janitor',
      t: 'senior',
      y: -1,
      f: true,
      certs: [{ name: '证书', expiresOn: '2030-02-30' }],
    });
    expect(Object.keys(bad.errors?.[0].extensions.fields ?? {}).sort()).toEqual([
      'certificates.0.expiresOn',
      'name',
      'role',
      'yearsInField',
    ]);
    expect(await count('SELECT count(*) FROM staff WHERE institution_id = $1', [i])).toBe(before);
  });

  it('Xinjiang art. 16 ¶2: removal needs a ground and a reason, is audited, and is permanent — no edit, no delete, no return under the same platform code', async () => {
    const i = await institution('qinhuangdao', 'assessment', '秦皇岛移出测试评估中心');
    const created = await gql('inspector', CREATE_STAFF, {
      i,
      n: '陈评估',
      r: 'assessor',
      t: 'intermediate',
      y: 3,
      f: true,
      c: 'PGTEST000002',
    });
    const id = created.data?.createStaff.id;
    const REMOVE =
      'mutation ($id: ID!, $g: AssessorRemovalGround!, $r: String!) { removeAssessor(id: $id, ground: $g, reason: $r) { id removedFor removalReason inPool } }';
    expect((await gql('inspector', REMOVE, { id, g: 'giftsOrHospitality', r: '' })).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await gql('tpa_staff', REMOVE, { id, g: 'giftsOrHospitality', r: '收受礼金' })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const removed = await gql('inspector', REMOVE, { id, g: 'giftsOrHospitality', r: '收受服务对象家属礼金，经查属实' });
    expect(removed.data?.removeAssessor).toMatchObject({
      removedFor: 'giftsOrHospitality',
      removalReason: '收受服务对象家属礼金，经查属实',
      inPool: false,
    });
    const [audit] = await server.dataSource.query("SELECT after FROM audit_logs WHERE entity_id = $1 AND operation = 'remove_from_pool'", [
      id,
    ]);
    expect(audit.after).toMatchObject({ removedFor: 'giftsOrHospitality', removalReason: '收受服务对象家属礼金，经查属实' });

    expect(ext(await gql('inspector', REMOVE, { id, g: 'falseReport', r: '再次移出' }))).toMatchObject({ reason: 'ALREADY_REMOVED' });
    const edit = await gql('inspector', 'mutation ($id: ID!) { updateStaff(id: $id, role: "expert") { id } }', { id });
    expect(edit.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ASSESSOR_REMOVED' });
    expect(ext(await gql('inspector', 'mutation ($id: ID!) { deleteStaff(id: $id) { id } }', { id }))?.reason).toBe('ASSESSOR_REMOVED');
    const other = await institution('qinhuangdao', 'assessment', '秦皇岛移出测试评估所');
    const back = await gql('inspector', CREATE_STAFF, {
      i: other,
      n: '陈评估',
      r: 'assessor',
      t: 'intermediate',
      y: 3,
      f: true,
      c: 'PGTEST000002',
    });
    expect(back.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ASSESSOR_REMOVED' });
    // the institution it belonged to is kept with it
    // (no institution is ever deleted: it is deactivated with a reason, issue 8 defect 3; the mutation does not exist)
    const gone = await server.graphql('mutation ($id: ID!) { deleteInstitution(id: $id) { id } }', { id: i }, tokens.admin);
    expect(ext(gone)?.code).toBe('BAD_USER_INPUT');
    expect((await server.dataSource.query('SELECT count(*)::int AS n FROM institutions WHERE id = $1', [i]))[0].n).toBe(1);
    // the database itself refuses the undo
    await expect(server.dataSource.query('UPDATE staff SET removed_for = NULL, removed_at = NULL WHERE id = $1', [id])).rejects.toThrow(
      /never put back/,
    );
    expect((await server.dataSource.query('SELECT removed_for FROM staff WHERE id = $1', [id]))[0].removed_for).toBe('giftsOrHospitality');
  });

  it('Xinjiang art. 15–16: eligibleAssessors gives the draw its pool; the draw leaves out the removed and the untrained with their citations', async () => {
    const i = await institution('qinhuangdao', 'assessment', '秦皇岛抽取测试评估中心');
    const ids: string[] = [];
    for (const [n, role] of [
      ['甲', 'expert'],
      ['乙', 'expert'],
      ['丙', 'assessor'],
      ['丁', 'assessor'],
      ['戊', 'manager'],
    ] as const) {
      const res = await gql('inspector', CREATE_STAFF, { i, n: `抽取${n}`, r: role, t: 'senior', y: 5, f: true });
      ids.push(res.data?.createStaff.id);
    }
    const TRAIN =
      'mutation ($s: ID!, $p: Boolean!) { recordAssessorTraining(staffId: $s, trainedOn: "2026-03-02", hours: "16", passed: $p) { id passed } }';
    for (const s of ids.slice(0, 3)) expect((await gql('inspector', TRAIN, { s, p: true })).errors).toBeUndefined();
    expect((await gql('inspector', TRAIN, { s: ids[3], p: false })).errors).toBeUndefined();
    expect(ext(await gql('inspector', TRAIN, { s: ids[4], p: true }))?.reason).toBe('NOT_AN_ASSESSOR');
    await gql(
      'inspector',
      'mutation ($id: ID!) { removeAssessor(id: $id, ground: dereliction, reason: "多次违反评估规范拒不整改") { id } }',
      { id: ids[1] },
    );

    const caller = await loadCaller(
      server.dataSource,
      (await server.dataSource.query("SELECT id FROM users WHERE username = 'agency_officer'"))[0].id,
    );
    const pool = await eligibleAssessors(new Scope(new Db(server.dataSource).manager, caller!), i);
    const byId = new Map(pool.map((c) => [c.id, c]));
    expect(pool).toHaveLength(4);
    expect(byId.get(ids[0])).toEqual({ id: ids[0], isExpert: true, trained: true, removedFor: null, institutionId: i });
    expect(byId.get(ids[1])).toMatchObject({ isExpert: true, trained: true, removedFor: 'dereliction' });
    expect(byId.get(ids[3])).toMatchObject({ isExpert: false, trained: false, removedFor: null });
    const draw = drawAssessors({ seed: 7, kind: 'initial', pool }, qinhuangdaoAssessmentParams);
    if (!draw.ok) throw new Error(JSON.stringify(draw.issues));
    expect([...draw.value.drawn].sort()).toEqual([ids[0], ids[2]].sort());
    const reasons = Object.fromEntries(draw.value.candidates.map((c) => [c.id, c.exclusions.map((e) => e.reason)]));
    expect(reasons[ids[1]]).toEqual(['removed']);
    expect(reasons[ids[3]]).toEqual(['untrained']);
  });

  it('the pool page filters by status, role and training in SQL', async () => {
    const removed = await gql('inspector', '{ allStaff(perPage: 100, filter: { pool: true, status: "removed" }) { removedFor inPool } }');
    expect(removed.data?.allStaff.length).toBeGreaterThan(0);
    expect(removed.data?.allStaff.every((s: { removedFor: string | null }) => s.removedFor)).toBe(true);
    const untrained = await gql(
      'inspector',
      '{ allStaff(perPage: 100, filter: { pool: true, trained: false, role: "expert" }) { role trained } }',
    );
    expect(untrained.data?.allStaff.length).toBeGreaterThan(0);
    expect(untrained.data?.allStaff.every((s: { role: string; trained: boolean }) => s.role === 'expert' && !s.trained)).toBe(true);
    expect((await gql('inspector', '{ allStaff(filter: { status: "gone" }) { id } }')).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a page of the pool with certificates, trainings and institutions takes the same statements whatever its size (DataLoader)', async () => {
    const reads = async (perPage: number) => {
      const queries: string[] = [];
      const ds = server.dataSource as unknown as { logger: { logQuery: (q: string) => void } };
      const original = ds.logger.logQuery;
      ds.logger.logQuery = (q: string) => queries.push(q);
      try {
        const res = await gql(
          'inspector',
          `{ allStaff(perPage: ${perPage}, filter: { pool: true }) { id trained inPool institutionName certificates { name expiresOn } trainings { passed } } }`,
        );
        expect(res.data?.allStaff).toHaveLength(perPage);
      } finally {
        ds.logger.logQuery = original;
      }
      return queries.filter((q) => /^\s*SELECT/i.test(q)).length;
    };
    // 1 caller + 1 page + 1 trainings + 1 institutions + 1 certificates
    expect(await reads(5)).toBe(5);
    expect(await reads(40)).toBe(5);
  });
});

describe('certificates on the to-do list', () => {
  it('Xinjiang art. 6(2); Product rule: a certificate expiring within 60 days is a to-do item of its institution', async () => {
    const i = await institution('qinhuangdao', 'assessment', '秦皇岛证书到期测试中心');
    const soon = new Date(Date.now() + 8 * 3600_000 + 20 * 86_400_000).toISOString().slice(0, 10);
    await gql('inspector', CREATE_STAFF, {
      i,
      n: '褚到期',
      r: 'assessor',
      t: 'junior',
      y: 2,
      f: true,
      certs: [{ name: '评估员资格', expiresOn: soon }],
    });
    const todos = await gql('inspector', '{ myTodos { kind daysLeft dueDate record { id title } } }');
    const mine = todos.data?.myTodos.find(
      (t: { kind: string; record: { id: string } }) => t.kind === 'certificateExpiry' && t.record.id === i,
    );
    expect(mine).toMatchObject({ dueDate: soon, daysLeft: 20, record: { title: '秦皇岛证书到期测试中心：褚到期（评估员资格）' } });
  });

  it('Xinjiang art. 6(3), 7(4); Product rule: leased premises whose lease ends within 60 days are a to-do item; 61 days ahead or owned are not', async () => {
    const day = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86_400_000).toISOString().slice(0, 10);
    const soon = await institution('qinhuangdao', 'assessment', '秦皇岛租期到期测试中心');
    const later = await institution('qinhuangdao', 'assessment', '秦皇岛租期未到测试中心');
    const owned = await institution('qinhuangdao', 'assessment', '秦皇岛自有场所测试中心');
    await server.dataSource.query("UPDATE institutions SET tenure = 'leased', lease_ends_on = $2 WHERE id = $1", [soon, day(20)]);
    await server.dataSource.query("UPDATE institutions SET tenure = 'leased', lease_ends_on = $2 WHERE id = $1", [later, day(61)]);
    await server.dataSource.query("UPDATE institutions SET tenure = 'owned' WHERE id = $1", [owned]);
    const todos = (await gql('inspector', '{ myTodos { kind daysLeft dueDate colour record { id title } trace { rule citation } } }')).data
      ?.myTodos as {
      kind: string;
      daysLeft: number;
      dueDate: string;
      colour: string;
      record: { id: string; title: string };
      trace: { rule: string }[];
    }[];
    const leases = todos.filter((t) => t.kind === 'leaseExpiry');
    // 20 days left: within the 60-day window, more than 7 and at most 30 → yellow
    expect(leases.find((t) => t.record.id === soon)).toMatchObject({
      dueDate: day(20),
      daysLeft: 20,
      colour: 'yellow',
      record: { title: `秦皇岛租期到期测试中心：场所租期至${day(20)}` },
    });
    expect(leases.find((t) => t.record.id === soon)?.trace.map((s) => s.rule)).toContain('todo.leaseExpiry');
    expect(leases.some((t) => t.record.id === later || t.record.id === owned)).toBe(false);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberHash } from '../src/modules/claimants/claimant-identity.js';
import { claimantWithoutPlan, DECLARED_MONTH, declarationSetup, SUBMIT, visit } from './support/declarations.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  for (const u of ['admin', 'agency_officer', 'tpa_qhd', 'inspector']) tokens[u] = await server.login(u);
});
afterAll(() => server?.stop());

type Res = Awaited<ReturnType<TestServer['graphql']>>;
/** The data of a call that must succeed (its errors shown when it does not). */
function data(res: Res) {
  expect(res.errors).toBeUndefined();
  // biome-ignore lint/suspicious/noExplicitAny: the answers' shapes are the documents'
  return res.data as Record<string, any>;
}
const reason = (res: Res) => (res.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason;
const STEP = `mutation ($id: ID!, $a: DeclarationAction!, $v: Int!, $r: String) {
  transitionServiceDeclaration(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state version } }`;
const AUDIT = 'mutation ($id: ID!) { runDeclarationAudit(id: $id) { id version auditedAt openBlockingFlags } }';
const FLAGS = `query ($f: AuditFlagFilter) { allAuditFlags(filter: $f, perPage: 100) { id rule severity citation evidence recordKey decision decisionReason version } }`;
const DECIDE = `mutation ($id: ID!, $v: Int!, $d: FlagDecision!, $a: String, $r: String!) {
  decideAuditFlag(id: $id, expectedVersion: $v, decision: $d, amount: $a, reason: $r) { id decision decidedAmount decisionReason version } }`;

/** Ten visits a claimant on the odd days 1 … 19: none consecutive, all 120 minutes (Qinhuangdao art. 31(1)3). */
function month(setup: Awaited<ReturnType<typeof declarationSetup>>) {
  return setup.claimantIds.flatMap((c, i) => Array.from({ length: 10 }, (_, v) => visit(setup, `V${i}-${v}`, c, 1 + 2 * v)));
}

describe('service declarations (Qinhuangdao art. 55)', () => {
  it('Qinhuangdao art. 55: a batch of 5,000 records answers a verdict per record; the bad ones change nothing; a resent key replaces its record', async () => {
    const setup = await declarationSetup(server.dataSource, 'qinhuangdao', 500);
    const noPlan = await claimantWithoutPlan(server.dataSource);
    const records = month(setup);
    expect(records).toHaveLength(5000);
    records[7] = { ...records[7], end: records[7].start.replace('09:00', '08:00') };
    records[100] = { ...records[100], claimantId: '00000000-0000-4000-8000-000000000000' };
    records[200] = { ...records[200], start: '2026-09-30T09:00', end: '2026-09-30T11:00' };
    records[300] = { ...records[300], claimantId: noPlan };
    records[400] = { ...records[400], key: records[399].key };
    records[500] = { ...records[500], carerIds: ['00000000-0000-4000-8000-000000000001'] };
    const started = Date.now();
    const res = await server.graphql(SUBMIT, { i: setup.institutionId, m: DECLARED_MONTH, r: records }, tokens.tpa_qhd);
    const ms = Date.now() - started;
    expect(res.errors).toBeUndefined();
    const out = res.data?.submitDeclaredRecords;
    const refused = out.verdicts.filter((v: { accepted: boolean }) => !v.accepted);
    expect(refused.map((v: { index: number; codes: string[] }) => [v.index, v.codes])).toEqual([
      [7, ['END_BEFORE_START']],
      [100, ['UNKNOWN_CLAIMANT']],
      [200, ['OUTSIDE_MONTH']],
      [300, ['NO_ACCEPTED_CARE_PLAN']],
      [400, ['DUPLICATE_KEY']],
      [500, ['UNKNOWN_CARER']],
    ]);
    expect([out.accepted, out.refused]).toEqual([4994, 6]);
    // 4,994 visits × 110.00 (Qinhuangdao art. 31(1)3: 1100 ÷ 10 a visit) = 549,340.00
    expect(out.declaration).toMatchObject({ state: 'draft', recordCount: 4994, declaredAmount: '549340.00' });
    const [stored] = await server.dataSource.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE key IN ($2, $3, $4))::int AS bad FROM declared_records WHERE declaration_id = $1`,
      [out.declaration.id, records[7].key, records[100].key, records[500].key],
    );
    expect(stored).toEqual({ n: 4994, bad: 0 });
    console.log(`submitDeclaredRecords: 5,000 records in ${ms} ms`);

    // resend: the first key with a new time replaces it; a bad resend of the second key leaves it as it was
    const again = await server.graphql(
      SUBMIT,
      {
        i: setup.institutionId,
        m: DECLARED_MONTH,
        r: [
          { ...records[0], start: `${DECLARED_MONTH}-02T14:00`, end: `${DECLARED_MONTH}-02T16:30` },
          { ...records[1], end: records[1].start.replace('09:00', '07:00') },
        ],
      },
      tokens.tpa_qhd,
    );
    expect(again.data?.submitDeclaredRecords.verdicts.map((v: { accepted: boolean }) => v.accepted)).toEqual([true, false]);
    const rows = await server.dataSource.query(
      `SELECT key, to_char(start_at, 'YYYY-MM-DD"T"HH24:MI') AS start, to_char(end_at, 'HH24:MI') AS "end",
              (SELECT count(*)::int FROM declared_record_lines l WHERE l.record_id = r.id) AS lines
         FROM declared_records r WHERE declaration_id = $1 AND key IN ($2, $3) ORDER BY key`,
      [out.declaration.id, records[0].key, records[1].key],
    );
    expect(rows).toEqual([
      { key: 'V0-0', start: `${DECLARED_MONTH}-02T14:00`, end: '16:30', lines: 1 },
      { key: 'V0-1', start: `${DECLARED_MONTH}-03T09:00`, end: '11:00', lines: 1 },
    ]);
    expect(again.data?.submitDeclaredRecords.declaration.recordCount).toBe(4994);

    const tooMany = await server.graphql(
      SUBMIT,
      { i: setup.institutionId, m: DECLARED_MONTH, r: [...records, records[0]] },
      tokens.tpa_qhd,
    );
    expect(reason(tooMany)).toBe('BATCH_TOO_LARGE');
  }, 120_000);

  it('Qinhuangdao art. 55: a future month is refused (FUTURE_MONTH), nothing written', async () => {
    const setup = await declarationSetup(server.dataSource);
    const future = `${new Date().getUTCFullYear() + 1}-01`;
    const res = await server.graphql(SUBMIT, { i: setup.institutionId, m: future, r: [] }, tokens.agency_officer);
    expect(reason(res)).toBe('FUTURE_MONTH');
    const [n] = await server.dataSource.query('SELECT count(*)::int AS n FROM service_declarations WHERE institution_id = $1', [
      setup.institutionId,
    ]);
    expect(n.n).toBe(0);
  });

  it('Qinhuangdao art. 55, 62: the TPA enters, an agency officer confirms (locks); a change afterwards is refused (DECLARATION_CONFIRMED); returning needs a reason', async () => {
    const setup = await declarationSetup(server.dataSource);
    const records = month(setup).slice(0, 3);
    const made = (await server.graphql(SUBMIT, { i: setup.institutionId, m: DECLARED_MONTH, r: records }, tokens.tpa_qhd)).data
      ?.submitDeclaredRecords.declaration;
    expect((await server.graphql(STEP, { id: made.id, a: 'confirm', v: made.version }, tokens.tpa_qhd)).errors?.[0]?.extensions.code).toBe(
      'FORBIDDEN',
    );
    const confirmed = (await server.graphql(STEP, { id: made.id, a: 'confirm', v: made.version }, tokens.agency_officer)).data
      ?.transitionServiceDeclaration;
    expect(confirmed.state).toBe('confirmed');
    const late = await server.graphql(SUBMIT, { i: setup.institutionId, m: DECLARED_MONTH, r: records }, tokens.tpa_qhd);
    expect(reason(late)).toBe('DECLARATION_CONFIRMED');
    const noReason = await server.graphql(STEP, { id: made.id, a: 'reopen', v: confirmed.version }, tokens.agency_officer);
    expect(JSON.stringify(noReason.errors?.[0]?.extensions)).toContain('REASON_REQUIRED');
    const reopened = await server.graphql(STEP, { id: made.id, a: 'reopen', v: confirmed.version, r: '第3条服务时间有误' }, tokens.admin);
    expect(reopened.data?.transitionServiceDeclaration.state).toBe('draft');
  });
});

describe('smart audit over a confirmed declaration (Qinhuangdao art. 57)', () => {
  it('Qinhuangdao art. 31(1)3, 33, 34(三), 57: a 119-minute visit, a visit the day after another and a visit in hospital are flagged; 120 minutes is not; a rerun keeps the decisions; the preparer cannot decide (four-eyes)', async () => {
    const setup = await declarationSetup(server.dataSource, 'qinhuangdao', 3);
    const [a, b, c] = setup.claimantIds;
    await server.dataSource.query(
      `INSERT INTO claimant_hospital_stays (claimant_id, region_id, hospital, admitted_on, discharged_on) VALUES ($1, 'qinhuangdao', '市第一医院', $2, $3)`,
      [c, `${DECLARED_MONTH}-10`, `${DECLARED_MONTH}-14`],
    );
    const records = [
      visit(setup, 'A-short', a, 2, 119),
      visit(setup, 'A-full', a, 6, 120),
      visit(setup, 'B-1', b, 8),
      visit(setup, 'B-2', b, 9),
      visit(setup, 'C-in-hospital', c, 12),
      visit(setup, 'C-discharge-day', c, 14),
      visit(setup, 'C-after', c, 16),
    ];
    const made = (await server.graphql(SUBMIT, { i: setup.institutionId, m: DECLARED_MONTH, r: records }, tokens.agency_officer)).data
      ?.submitDeclaredRecords.declaration;
    const confirmed = (await server.graphql(STEP, { id: made.id, a: 'confirm', v: made.version }, tokens.agency_officer)).data
      ?.transitionServiceDeclaration;
    expect(confirmed.state).toBe('confirmed');
    const audited = await server.graphql(AUDIT, { id: made.id }, tokens.agency_officer);
    expect(audited.errors).toBeUndefined();
    const flags = data(await server.graphql(FLAGS, { f: { declarationId: made.id } }, tokens.inspector)).allAuditFlags;
    const hits = flags.map((f: { recordKey: string; rule: string }) => `${f.recordKey} ${f.rule}`).sort();
    // Qinhuangdao art. 34(三): benefits resume the day after discharge, so the 14th is still a hospital day
    expect(hits).toEqual([
      'A-short VISIT_TOO_SHORT',
      'B-2 CONSECUTIVE_DAY_VISIT',
      'C-discharge-day CARE_DURING_HOSPITAL_STAY',
      'C-in-hospital CARE_DURING_HOSPITAL_STAY',
    ]);
    const short = flags.find((f: { rule: string }) => f.rule === 'VISIT_TOO_SHORT');
    expect(short).toMatchObject({ severity: 'blocking', evidence: { minutes: 119, minMinutes: 120 } });
    expect(short.citation).toContain('Qinhuangdao art. 31');
    expect(audited.data?.runDeclarationAudit.openBlockingFlags).toBe(4);

    // four-eyes: the officer who prepared the declaration may not decide its flags
    const own = await server.graphql(DECIDE, { id: short.id, v: short.version, d: 'pay', r: '已核实' }, tokens.agency_officer);
    expect(reason(own)).toBe('SAME_PERSON');
    expect(reason(await server.graphql(DECIDE, { id: short.id, v: short.version, d: 'pay', r: ' ' }, tokens.inspector))).toBe(
      'REASON_REQUIRED',
    );
    const over = await server.graphql(DECIDE, { id: short.id, v: short.version, d: 'reduce', a: '110.00', r: '少1分钟' }, tokens.inspector);
    expect(reason(over)).toBe('OUT_OF_RANGE');
    const decided = await server.graphql(
      DECIDE,
      { id: short.id, v: short.version, d: 'reduce', a: '99.00', r: '服务时长不足，按比例核减' },
      tokens.inspector,
    );
    expect(decided.data?.decideAuditFlag).toMatchObject({ decision: 'reduce', decidedAmount: '99.00' });

    // a rerun finds the same hits: the decided one keeps its decision
    expect(data(await server.graphql(AUDIT, { id: made.id }, tokens.admin)).runDeclarationAudit.openBlockingFlags).toBe(3);
    const again = data(await server.graphql(FLAGS, { f: { declarationId: made.id } }, tokens.inspector)).allAuditFlags;
    expect(again).toHaveLength(4);
    expect(again.find((f: { id: string }) => f.id === short.id)).toMatchObject({
      decision: 'reduce',
      decisionReason: '服务时长不足，按比例核减',
    });
    const [audit] = await server.dataSource.query(
      "SELECT count(*)::int AS n FROM audit_logs WHERE entity_type = 'AuditFlag' AND entity_id = $1 AND operation = 'decide'",
      [short.id],
    );
    expect(audit.n).toBe(1);
  });

  it('Qinhuangdao art. 57: a draft declaration is not audited (DECLARATION_NOT_CONFIRMED)', async () => {
    const setup = await declarationSetup(server.dataSource);
    const made = data(
      await server.graphql(SUBMIT, { i: setup.institutionId, m: DECLARED_MONTH, r: month(setup).slice(0, 1) }, tokens.tpa_qhd),
    ).submitDeclaredRecords.declaration;
    expect(reason(await server.graphql(AUDIT, { id: made.id }, tokens.agency_officer))).toBe('DECLARATION_NOT_CONFIRMED');
  });
});

describe('demo data (issue 13)', () => {
  it('last month: a confirmed, audited declaration with a short, a consecutive-day and an in-hospital visit flagged, and a draft; entered by the TPA', async () => {
    const rows = await server.dataSource.query(
      `SELECT d.state, d.record_count AS n, u.username AS preparer,
              (SELECT array_agg(r.key || ' ' || f.rule ORDER BY r.key, f.rule) FROM audit_flags f JOIN declared_records r ON r.id = f.record_id
                WHERE f.declaration_id = d.id AND f.severity = 'blocking') AS flags
         FROM service_declarations d JOIN users u ON u.id = d.prepared_by JOIN institutions i ON i.id = d.institution_id
        WHERE d.region_id = 'qinhuangdao' AND i.name <> '申报测试护理院' AND u.username = 'tpa_qhd' ORDER BY d.state`,
    );
    expect(rows).toEqual([
      {
        state: 'confirmed',
        n: 7,
        preparer: 'tpa_qhd',
        flags: ['V-003 CONSECUTIVE_DAY_VISIT', 'V-004 VISIT_TOO_SHORT', 'V-006 CARE_DURING_HOSPITAL_STAY'],
      },
      { state: 'draft', n: 3, preparer: 'tpa_qhd', flags: null },
    ]);
  });
});

const JOB = 'query ($id: ID!) { Job(id: $id) { id state result errors { row column code message } } }';
async function importFile(body: string, token: string) {
  const res = await fetch(`${server.url}/import/ServiceDeclaration`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', 'x-file-name': 'decl.csv' },
    body: Buffer.from(`\uFEFF${body}`, 'utf8'),
  });
  const { job } = (await res.json()) as { job: { id: string } };
  for (const until = Date.now() + 30_000; Date.now() < until; await new Promise((r) => setTimeout(r, 200))) {
    const state = (await server.graphql(JOB, { id: job.id }, token)).data?.Job;
    if (state?.state === 'succeeded' || state?.state === 'failed') return state;
  }
  throw new Error('import did not finish');
}

describe('declaration file import (a job)', () => {
  it('Qinhuangdao art. 55: a file with a bad row reports it with its row number and imports nothing; the corrected file imports', async () => {
    const setup = await declarationSetup(server.dataSource);
    const [{ credit_code: code }] = await server.dataSource.query('SELECT credit_code FROM institutions WHERE id = $1', [
      setup.institutionId,
    ]);
    const [{ id_number: idNumber }] = await server.dataSource.query('SELECT id_number FROM claimants WHERE id = $1', [
      setup.claimantIds[0],
    ]);
    // the file names the claimant by the whole number: the search hash as the register writes it
    await server.dataSource.query('UPDATE claimants SET id_number_hash = $2 WHERE id = $1', [
      setup.claimantIds[0],
      await idNumberHash(server.dataSource.manager, idNumber),
    ]);
    const header = '机构统一社会信用代码,服务月份,记录编号,类别,参保人身份证号码,护理人员编号,开始时间,结束时间,签到位置,服务项目,护理费';
    const line = (key: string, day: string, end: string) =>
      `${code},${DECLARED_MONTH},${key},上门服务,${idNumber},${setup.carerId},${DECLARED_MONTH}-${day} 09:00,${DECLARED_MONTH}-${day} ${end},"39.935,119.6",H01,110.00`;
    const bad = await importFile([header, line('F-1', '03', '11:00'), line('F-2', '05', '08:30')].join('\r\n'), tokens.tpa_qhd);
    expect(bad.state).toBe('failed');
    expect(bad.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([[3, 'END_BEFORE_START']]);
    const none = await server.dataSource.query('SELECT count(*)::int AS n FROM declared_records WHERE institution_id = $1', [
      setup.institutionId,
    ]);
    expect(none[0].n).toBe(0);
    const good = await importFile([header, line('F-1', '03', '11:00'), line('F-2', '05', '11:00')].join('\r\n'), tokens.tpa_qhd);
    expect(good).toMatchObject({ state: 'succeeded', result: { rows: 2, declarations: 1 } });
    const rows = await server.dataSource.query('SELECT key FROM declared_records WHERE institution_id = $1 ORDER BY key', [
      setup.institutionId,
    ]);
    expect(rows.map((r: { key: string }) => r.key)).toEqual(['F-1', 'F-2']);
  });
});

describe('carers (护理人员, issue 13 item 2)', () => {
  it('PIPL art. 28: a carer is registered with a qualification and an identity number that is stored whole but shown masked; a wrong check character is refused', async () => {
    const setup = await declarationSetup(server.dataSource);
    const CREATE = `mutation ($i: ID!, $n: String!, $id: String, $certs: [StaffCertificateInput!]) {
      createStaff(institutionId: $i, name: $n, role: "carer", title: "none", fullTime: true, identityNumber: $id, certificates: $certs) {
        id idNumber certificates { name expiresOn } } }`;
    // GB 11643: 13030219850101123 + check character X (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 = 2 → X)
    const number = '13030219850101123X';
    const made = await server.graphql(
      CREATE,
      { i: setup.institutionId, n: '王护理', id: number, certs: [{ name: '养老护理员职业技能等级证书', expiresOn: '2028-06-30' }] },
      tokens.agency_officer,
    );
    const wrong = await server.graphql(CREATE, { i: setup.institutionId, n: '李护理', id: '130302198501011234' }, tokens.agency_officer);
    const carer = data(made).createStaff;
    expect(carer.idNumber).not.toContain('19850101');
    const [row] = await server.dataSource.query('SELECT id_number, id_number_hash IS NOT NULL AS hashed FROM staff WHERE id = $1', [
      carer.id,
    ]);
    expect(row).toEqual({ id_number: number, hashed: true });
    expect(wrong.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

import {
  addMonthsToMonth,
  type BenefitParams,
  creditCodeCheckChar,
  lastDayOf,
  maskResidentId,
  residentIdCheckChar,
  type SettlementParams,
} from '@ltci/shared';
import type { EntityManager } from 'typeorm';
import { Db } from '../../common/db.js';
import { Scope } from '../../common/scope.js';
import { Role } from '../../modules/auth/roles.js';
import type { User } from '../../modules/auth/user.entity.js';
import { PolicyDataService } from '../../modules/policy/policy-data.service.js';
import { runParams, settleChunk, writeSheets } from '../../modules/settlement/settlement.job.js';

const COUNTY = 'qhd-haigang';

/**
 * Issue 13: last month's settlement of the Haigang district, generated and waiting for its first
 * review — two institutions of the district declared, audited and decided (a home-care centre with
 * a short, a consecutive-day and a reduced visit; a nursing hospital with a stay across a hospital
 * stay and a part month), so that the officer (agency_officer) reviews, the district's officer
 * (haigang_officer) re-checks and the fund manager pays from the district's account at login.
 */
export async function seedDemoSettlement(em: EntityManager, people: { officer: User; inspector: User }, today: string): Promise<void> {
  const month = addMonthsToMonth(today.slice(0, 7), -1);
  const officer = people.officer.id;
  const institution = async (subtype: string, name: string, code: string) =>
    (
      await em.query(
        `INSERT INTO institutions (kind, care_subtype, name, credit_code, legal_representative, address, region_id, county_id)
         VALUES ('care', $1, $2, $3, '刘明', '秦皇岛市海港区文化路18号', 'qinhuangdao', $4) RETURNING id`,
        [subtype, name, code + creditCodeCheckChar(code), COUNTY],
      )
    )[0].id as string;
  const a = await institution('elderly', '海港区康乐居家养老服务中心', '91130302MA0QJ1K01');
  const b = await institution('medical', '海港区仁和护理院', '91130302MA0QJ1K02');
  const claimant = async (name: string, seq: string, category = 'employee') => {
    const first17 = `13030219440312${seq}`;
    const id = first17 + residentIdCheckChar(first17);
    return (
      await em.query(
        `INSERT INTO claimants (region_id, county_id, name, id_number, id_number_masked, id_number_hash, birth_date, sex, category)
         VALUES ('qinhuangdao', $1, $2, $3, $4, md5($3), '1944-03-12', 'female', $5) RETURNING id`,
        [COUNTY, name, id, maskResidentId(id), category],
      )
    )[0].id as string;
  };
  const h1 = await claimant('孙桂兰', '702');
  const s1 = await claimant('周玉珍', '704');
  const p1 = await claimant('吴淑华', '706');
  // a resident: paid within the annual cap on the previous year's per-capita income (art. 31(2))
  const r1 = await claimant('郑秀英', '708', 'resident');
  const plan = (c: string, i: string, mode: string, start: string) =>
    em.query(
      `INSERT INTO care_plans (claimant_id, region_id, county_id, institution_id, care_mode, items, frequency_per_week, start_date, state, prepared_by,
         accepted_on, benefits_from)
       VALUES ($1, 'qinhuangdao', $2, $3, $4, '{H01}', 3, $5, 'accepted', $6, $5::date, $5::date)`,
      [c, COUNTY, i, mode, start, officer],
    );
  await plan(h1, a, 'home', `${addMonthsToMonth(month, -3)}-01`);
  await plan(s1, b, 'institution', `${addMonthsToMonth(month, -3)}-01`);
  await plan(p1, b, 'institution', `${month}-16`);
  await plan(r1, b, 'institution', `${addMonthsToMonth(month, -3)}-01`);
  await seedPerCapitaIncome(em, month, officer);
  await em.query(
    `INSERT INTO claimant_hospital_stays (claimant_id, region_id, hospital, admitted_on, discharged_on) VALUES ($1, 'qinhuangdao', '秦皇岛市第一医院', $2, $3)`,
    [s1, `${month}-10`, `${month}-14`],
  );
  const declaration = async (i: string) =>
    (
      await em.query(
        `INSERT INTO service_declarations (region_id, county_id, institution_id, month, state, confirmed_by, confirmed_at, audited_at, audited_by, prepared_by)
         VALUES ('qinhuangdao', $1, $2, $3, 'confirmed', $4, now(), now(), $4, $4) RETURNING id`,
        [COUNTY, i, month, officer],
      )
    )[0].id as string;
  const da = await declaration(a);
  const db = await declaration(b);
  const record = async (
    d: string,
    i: string,
    key: string,
    c: string,
    when: { day: number; minutes: number } | { from: number; to: number },
    lines: [string, string][],
    flag?: { rule: string; decision: string; amount?: string; reason: string },
  ) => {
    const day = (n: number) => `${month}-${String(n).padStart(2, '0')}`;
    const visit = 'day' in when;
    const billed = lines.reduce((s, [, x]) => s + Number(x), 0).toFixed(2);
    const [row] = await em.query(
      `INSERT INTO declared_records (declaration_id, region_id, county_id, institution_id, month, key, kind, claimant_id, carer_ids,
                                     start_at, end_at, from_date, to_date, items, billed_amount, updated_by)
       VALUES ($1, 'qinhuangdao', $2, $3, $4, $5, $6, $7, $14::uuid[], $8::timestamp, $8::timestamp + make_interval(mins => $9), $10, $11, '{H01}', $12, $13)
       RETURNING id`,
      [
        d,
        COUNTY,
        i,
        month,
        key,
        visit ? 'homeVisit' : 'careDays',
        c,
        visit ? `${day(when.day)} 09:00` : null,
        visit ? when.minutes : 0,
        visit ? null : day(when.from),
        visit ? null : day(when.to),
        billed,
        officer,
        // a visit names its carer (the institution's registry is the declarations' own demo)
        visit ? ['00000000-0000-4000-8000-0000000000c1'] : [],
      ],
    );
    for (const [n, [category, amount]] of lines.entries())
      await em.query('INSERT INTO declared_record_lines (record_id, line_no, category, amount) VALUES ($1, $2, $3, $4)', [
        row.id,
        n + 1,
        category,
        amount,
      ]);
    if (flag)
      await em.query(
        `INSERT INTO audit_flags (record_id, declaration_id, region_id, county_id, institution_id, month, rule, severity, citation, message, evidence,
                                  fingerprint, decision, decided_amount, decision_reason, decided_by, decided_at)
         VALUES ($1, $2, 'qinhuangdao', $3, $4, $5, $6, 'blocking', 'Qinhuangdao art. 31(1)3, 33, 57', '演示标记（已审核决定）', '{}', $7, $8, $9, $10, $11, now())`,
        [row.id, d, COUNTY, i, month, flag.rule, key, flag.decision, flag.amount ?? null, flag.reason, people.inspector.id],
      );
  };
  await record(da, a, 'K-01', h1, { day: 1, minutes: 120 }, [['care', '120.00']]);
  await record(da, a, 'K-03', h1, { day: 3, minutes: 90 }, [['care', '120.00']], {
    rule: 'VISIT_TOO_SHORT',
    decision: 'refuse',
    reason: '服务不足120分钟',
  });
  await record(da, a, 'K-05', h1, { day: 5, minutes: 120 }, [['care', '100.00']]);
  await record(da, a, 'K-06', h1, { day: 6, minutes: 120 }, [['care', '120.00']], {
    rule: 'CONSECUTIVE_DAY_VISIT',
    decision: 'pay',
    reason: '前一日为临时加派，经电话回访属实',
  });
  await record(da, a, 'K-10', h1, { day: 10, minutes: 150 }, [['care', '130.00']]);
  await record(da, a, 'K-20', h1, { day: 20, minutes: 120 }, [['care', '120.00']], {
    rule: 'ITEM_OUTSIDE_CARE_PLAN',
    decision: 'reduce',
    amount: '80.00',
    reason: '部分项目不在护理计划内，核减',
  });
  await record(
    db,
    b,
    'R-01',
    s1,
    { from: 1, to: 30 },
    [
      ['care', '3000.00'],
      ['bed', '600.00'],
    ],
    { rule: 'CARE_DURING_HOSPITAL_STAY', decision: 'pay', reason: '住院期间的天数按天扣除' },
  );
  await record(db, b, 'R-02', p1, { from: 16, to: 30 }, [['care', '1500.00']]);
  await record(db, b, 'R-03', r1, { from: 1, to: 28 }, [['care', '2000.00']]);

  const [run] = await em.query(
    `INSERT INTO settlement_runs (region_id, county_id, month, kind, prepared_by, account_id)
     VALUES ('qinhuangdao', $1, $2, 'care', $3,
             (SELECT id FROM fund_accounts WHERE region_id = 'qinhuangdao' AND kind = 'countyExpenditure' AND county_id = $1)) RETURNING id`,
    [COUNTY, month, officer],
  );
  const caller = { ...people.officer, roles: [Role.agency_officer], regionIds: ['qinhuangdao'], counties: [] } as never;
  const pack = await new PolicyDataService(new Db(em.connection)).packIn(new Scope(em, caller), 'qinhuangdao', lastDayOf(month));
  if (!pack.ok) return;
  const place = { regionId: 'qinhuangdao', countyId: COUNTY, month };
  const ids = [h1, s1, p1, r1].sort();
  const params = await runParams(em, place, ids, pack.value.benefits as BenefitParams, pack.value.settlement as SettlementParams);
  if ('errors' in params) return;
  await settleChunk(em, run.id, place, ids, params);
  await writeSheets(em, run.id, place);
}

/** Demo figures, not the statistics bureau's: the previous year's per-capita income the annual caps rest on, approved from 1 January. */
const DEMO_INCOME: Record<string, string> = { qinhuangdao: '40000.00', tumxuk: '30000.00' };

/**
 * The per-capita income of the year before the demo month's (Qinhuangdao art. 31(2); Tumxuk §5(三)),
 * as an approved parameter change of each region effective from 1 January: the documents name the
 * statistic, the administrator enters its figure.
 */
async function seedPerCapitaIncome(em: EntityManager, month: string, officer: string): Promise<void> {
  const year = Number(month.slice(0, 4));
  for (const [regionId, amount] of Object.entries(DEMO_INCOME)) {
    const changes = { 'settlement.perCapitaIncome': amount, 'settlement.perCapitaIncomeYear': year - 1 };
    const patch = { settlement: { perCapitaIncome: amount, perCapitaIncomeYear: year - 1 } };
    await em.query(
      `INSERT INTO policy_changes (region_id, effective_from, changes, patch, note, state, prepared_by)
       VALUES ($1, $2, $3, $4, $5, 'approved', $6)`,
      [regionId, `${year}-01-01`, changes, patch, `演示数值：${year - 1}年度人均可支配收入（年度限额基数）`, officer],
    );
  }
}

import { assessTpaYear, TIANJIN_DEFAULT_PLAN, type TpaAreaScores, unwrap } from '@ltci/shared';
import type { EntityManager } from 'typeorm';
import { Scope } from '../../common/scope.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import type { User } from '../../modules/auth/user.entity.js';
import { FundAccount } from '../../modules/fund/fund-account.entity.js';
import { decideInScope, writePosting } from '../../modules/fund/fund-ledger.js';
import { TpaAssessment } from '../../modules/tpa/tpa-assessment.entity.js';
import { TpaCommitmentRow, TpaContract } from '../../modules/tpa/tpa-contract.entity.js';
import { TpaFeePayment } from '../../modules/tpa/tpa-fee-payment.entity.js';

type People = Record<'inspector' | 'inspector2' | 'fund_manager' | 'fund_manager2' | 'tpa_staff' | 'tpa_qhd', User>;

const UNITS = [
  { id: 'HQ', kind: 'headOffice' as const, name: '本部' },
  { id: 'D1', kind: 'districtSubCentre' as const, name: '第一辖区分中心' },
  { id: 'D2', kind: 'districtSubCentre' as const, name: '第二辖区分中心' },
  { id: 'city', kind: 'cityCentre' as const, name: '市级综合服务中心' },
];
const COMMITMENTS = [
  {
    category: 'staffing',
    description: '专职经办人员',
    targetKind: 'number',
    target: '12',
    unit: '人',
    direction: 'atLeast',
    measurement: '人员花名册与社保缴费记录',
    points: '4',
  },
  {
    category: 'premises',
    description: '独立办公场所',
    targetKind: 'yesNo',
    target: 'yes',
    unit: null,
    direction: 'atLeast',
    measurement: '租赁合同与现场查看',
    points: '3',
  },
  {
    category: 'equipment',
    description: '办公电脑',
    targetKind: 'number',
    target: '15',
    unit: '台',
    direction: 'atLeast',
    measurement: '资产清单',
    points: '2',
  },
  {
    category: 'trainingAndPublicity',
    description: '年度政策培训',
    targetKind: 'number',
    target: '6',
    unit: '次',
    direction: 'atLeast',
    measurement: '培训签到表与照片',
    points: '3',
  },
  {
    category: 'archives',
    description: '档案按月归档',
    targetKind: 'yesNo',
    target: 'yes',
    unit: null,
    direction: 'atLeast',
    measurement: '档案抽查',
    points: '3',
  },
];
const SCHEDULE = [
  { minScore: '95', payRate: '1' },
  { minScore: '85', payRate: '0.95' },
  { minScore: '70', payRate: '0.85' },
  { minScore: '0', payRate: '0.6' },
];
const scores = (shift: number): TpaAreaScores =>
  Object.fromEntries(
    UNITS.map((u, i) => [
      u.id,
      Object.fromEntries(
        TIANJIN_DEFAULT_PLAN.filter((a) => !(u.kind === 'headOffice' && a.id === 'commitments') && a.id !== 'satisfaction').map((a) => [
          a.id,
          String(Math.max(0, Number(a.max) - 1 - ((i + shift) % 3))),
        ]),
      ),
    ]),
  );

/** Satisfaction surveys (Tianjin art. 5): 100 people per unit, 90, 80 or 70 of them satisfied. */
const surveys = (shift: number) =>
  Object.fromEntries(UNITS.map((u, i) => [u.id, { surveyed: 100, satisfied: (9 - ((i + shift) % 3)) * 10 }]));

async function step(
  em: EntityManager,
  workflow: string,
  recordId: string,
  action: string,
  from: string,
  to: string,
  by: User,
  reason: string | null = null,
) {
  await em.insert(WorkflowStep, {
    workflow,
    recordId,
    action,
    fromState: from,
    toState: to,
    actorId: by.id,
    actorName: by.username,
    reason,
    input: {},
    trace: [{ rule: 'workflow.decision', citation: 'demo data', inputs: { action }, output: to }],
  } as never);
}

/**
 * A TPA contract in each region with a year in progress, so each role has work at first login:
 * Tumxuk — 2025 approved, two quarters paid, the third to propose (fund_manager), 2026 self-check open (tpa_staff);
 * Qinhuangdao — 2026 self-check filed by tpa_qhd, waiting for the on-site assessment (inspector, then inspector2).
 */
export async function seedDemoTpa(em: EntityManager, people: People): Promise<void> {
  for (const [regionId, staff, number] of [
    ['tumxuk', people.tpa_staff, '图医保经〔2025〕1号'],
    ['qinhuangdao', people.tpa_qhd, '秦医保经〔2025〕1号'],
  ] as const) {
    const [tpa] = await em.query("SELECT id FROM institutions WHERE region_id = $1 AND kind = 'tpa' ORDER BY name LIMIT 1", [regionId]);
    if (!tpa) continue;
    await em.query('INSERT INTO tpa_staff_members (user_id, institution_id) VALUES ($1, $2)', [staff.id, tpa.id]);
    const contract = await em.save(
      em.create(TpaContract, {
        regionId,
        tpaInstitutionId: tpa.id,
        number,
        startDate: '2025-01-01',
        endDate: '2027-12-31',
        annualFee: regionId === 'tumxuk' ? '480000.00' : '600000.00',
        units: UNITS,
        weights: { headOffice: '0.5', districtSubCentres: '0.3', cityCentre: '0.2' },
        schedule: SCHEDULE,
        plan: [...TIANJIN_DEFAULT_PLAN],
        poorResultBelow: '70',
        rectificationDays: 30,
        state: 'active',
        version: 2,
        preparedBy: people.inspector.id,
      }),
    );
    await step(em, 'tpaContract', contract.id, 'activate', 'draft', 'active', people.inspector);
    const rows = await em.save(COMMITMENTS.map((c, position) => em.create(TpaCommitmentRow, { ...c, contractId: contract.id, position })));
    const delivered = Object.fromEntries(
      rows.map((c, i) => [
        c.id,
        {
          actual: i === 3 ? '4' : c.targetKind === 'yesNo' ? 'yes' : String(Number(c.target) + 1),
          evidence: i === 3 ? [] : ['演示佐证材料'],
        },
      ]),
    );
    const base = { contractId: contract.id, regionId, tpaInstitutionId: tpa.id, preparedBy: people.inspector.id };
    if (regionId === 'tumxuk') {
      const commitments = rows.map((c) => ({
        ...c,
        id: c.id,
        category: c.category as never,
        targetKind: c.targetKind as 'number',
        direction: c.direction as 'atLeast',
      }));
      const input = {
        tpaId: tpa.id,
        year: 2025,
        annualFee: contract.annualFee,
        units: UNITS,
        weights: contract.weights,
        schedule: SCHEDULE,
        plan: [...TIANJIN_DEFAULT_PLAN],
        poorResultBelow: '70',
        commitments,
        scores: scores(0),
        delivered,
        fundLosses: [{ description: '重复结算护理费用未追回部分', amount: '12600.00' }],
        severeBreach: false,
        surveys: surveys(0),
        term: { startDate: contract.startDate, endDate: contract.endDate },
      };
      const { value, trace } = unwrap(assessTpaYear(input));
      const approved = await em.save(
        em.create(TpaAssessment, {
          ...base,
          year: 2025,
          state: 'approved',
          version: 4,
          selfCheck: { scores: scores(0), delivered, surveys: surveys(0), caseloads: {} },
          onSite: {
            scores: scores(0),
            delivered,
            corrections: {},
            fundLosses: input.fundLosses,
            severeBreach: false,
            surveys: surveys(0),
            caseloads: {},
          },
          result: value as never,
          trace: trace as never,
          total: value.total,
          feeDue: value.fee.fee,
        }),
      );
      await step(em, 'tpaAssessment', approved.id, 'submit_self_check', 'self_check', 'on_site', staff);
      await step(em, 'tpaAssessment', approved.id, 'submit_on_site', 'on_site', 'review', people.inspector);
      await step(em, 'tpaAssessment', approved.id, 'approve', 'review', 'approved', people.inspector2);
      await seedPaidQuarters(em, approved, value.fee.fee, people);
      await em.save(em.create(TpaAssessment, { ...base, year: 2026 }));
    } else {
      const filed = await em.save(
        em.create(TpaAssessment, {
          ...base,
          year: 2026,
          state: 'on_site',
          version: 2,
          selfCheck: { scores: scores(1), delivered, surveys: surveys(1), caseloads: {} },
        }),
      );
      await step(em, 'tpaAssessment', filed.id, 'submit_self_check', 'self_check', 'on_site', staff);
    }
  }
}

/** Q1 and Q2 of the 2025 fee paid in 2026 through the ledger (proposed by fund_manager, approved by fund_manager2); Q3 proposed. */
async function seedPaidQuarters(em: EntityManager, assessment: TpaAssessment, feeDue: string, people: People): Promise<void> {
  const approver = people.fund_manager2;
  const scope = new Scope(em, {
    id: approver.id,
    username: approver.username,
    roles: approver.roles,
    regionIds: [assessment.regionId],
    counties: [],
    mustChangePassword: false,
  });
  const accounts = await em.find(FundAccount, { where: { regionId: assessment.regionId } });
  const account = (kind: string) => accounts.find((a) => a.kind === kind)!.id;
  const amount = (Math.round((Number(feeDue) * 100) / 4) / 100).toFixed(2);
  for (const [quarter, date] of [
    [1, '2026-03-31'],
    [2, '2026-06-30'],
  ] as const) {
    const { decided, trace } = await decideInScope(scope, {
      regionId: assessment.regionId,
      kind: 'tpaFee',
      date,
      memo: `${assessment.year}年度委托经办服务费第${quarter}季度`,
      lines: [
        { accountId: account('tpa'), side: 'debit', amount },
        { accountId: account('cityExpenditure'), side: 'credit', amount },
      ],
    });
    const posting = await writePosting(scope, decided, trace);
    const payment = await em.save(
      em.create(TpaFeePayment, {
        assessmentId: assessment.id,
        contractId: assessment.contractId,
        regionId: assessment.regionId,
        tpaInstitutionId: assessment.tpaInstitutionId,
        year: assessment.year,
        quarter,
        date,
        amount,
        state: 'paid',
        version: 2,
        preparedBy: people.fund_manager.id,
        postingId: posting.id,
        trace: [{ rule: 'tpa.instalment', citation: 'Qinhuangdao art. 63', inputs: { feeDue, quarter }, output: amount }],
      }),
    );
    await step(em, 'tpaFeePayment', payment.id, 'approve', 'proposed', 'paid', approver);
  }
  // Q3 proposed by fund_manager2: fund_manager approves it at first login, then proposes Q4
  await em.save(
    em.create(TpaFeePayment, {
      assessmentId: assessment.id,
      contractId: assessment.contractId,
      regionId: assessment.regionId,
      tpaInstitutionId: assessment.tpaInstitutionId,
      year: assessment.year,
      quarter: 3,
      date: '2026-09-30',
      amount,
      preparedBy: approver.id,
      trace: [{ rule: 'tpa.instalment', citation: 'Qinhuangdao art. 63', inputs: { feeDue, quarter: 3 }, output: amount }],
    }),
  );
}

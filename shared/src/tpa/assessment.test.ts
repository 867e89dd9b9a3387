import { describe, expect, it } from 'vitest';
import type { PolicyResult } from '../core/result.js';
import { unwrap } from '../core/result.js';
import { qinhuangdaoFundParams, tumxukFundParams } from '../fund/index.js';
import { areaScoreIssues, assessTpaYear, type TpaYearInput } from './assessment.js';
import { commitmentIssues, TIANJIN_DEFAULT_PLAN, tpaContractIssues, weightIssues } from './contract.js';
import { tpaInstalment } from './instalment.js';

const units = [
  { id: 'HQ', kind: 'headOffice' as const, name: '本部' },
  { id: 'D1', kind: 'districtSubCentre' as const, name: '海港分中心' },
  { id: 'D2', kind: 'districtSubCentre' as const, name: '北戴河分中心' },
  { id: 'CITY', kind: 'cityCentre' as const, name: '市级综合服务中心' },
];
const row = (a: string[]) => Object.fromEntries(TIANJIN_DEFAULT_PLAN.map((p, i) => [p.id, a[i]]).filter(([, v]) => v !== undefined));
/** Worked by hand below from Tianjin art. 11, 14, 18, 19. */
export const handWorkedYear: TpaYearInput = {
  tpaId: 'T',
  year: 2026,
  annualFee: '1200000.00',
  units,
  weights: { headOffice: '0.5', districtSubCentres: '0.3', cityCentre: '0.2' },
  schedule: [
    { minScore: '95', payRate: '1' },
    { minScore: '85', payRate: '0.95' },
    { minScore: '70', payRate: '0.85' },
    { minScore: '0', payRate: '0.6' },
  ],
  plan: [...TIANJIN_DEFAULT_PLAN],
  poorResultBelow: '70',
  commitments: [
    {
      id: 'c1',
      category: 'staffing',
      description: '专职经办人员',
      targetKind: 'number',
      target: '12',
      unit: '人',
      direction: 'atLeast',
      measurement: '花名册',
      points: '5',
    },
    {
      id: 'c2',
      category: 'premises',
      description: '独立办公场所',
      targetKind: 'yesNo',
      target: 'yes',
      direction: 'atLeast',
      measurement: '租赁合同',
      points: '4',
    },
    {
      id: 'c3',
      category: 'trainingAndPublicity',
      description: '年度培训',
      targetKind: 'number',
      target: '6',
      unit: '次',
      direction: 'atLeast',
      measurement: '签到表',
      points: '3',
    },
  ],
  scores: {
    // internalSystems, serviceCapacity, information, fundManagement, riskControl, commitments (satisfaction: from the surveys)
    HQ: row(['14', '27', '9', '9.5', '8', undefined as never]),
    D1: row(['13', '26', '8', '9', '9', '12']),
    D2: row(['12', '24', '8', '8', '8', '11']),
    CITY: row(['14', '28', '9', '9', '9', '13']),
  },
  // Tianjin art. 5: 108 of 120 surveyed satisfied → 10 × 108 ÷ 120 = 9.00 in each unit
  surveys: Object.fromEntries(units.map((u) => [u.id, { surveyed: 120, satisfied: 108 }])),
  delivered: {
    c1: { actual: '13', evidence: ['a1'] },
    c2: { actual: 'no', evidence: ['a2'] },
    c3: { actual: '6', evidence: [] },
  },
  fundLosses: [{ description: '违规结算追回不足部分', amount: '36500.50' }],
  severeBreach: false,
};

describe('TPA contract terms (Tianjin art. 11, 14, 15, 18)', () => {
  it('Tianjin art. 14: the three weights must sum to 1 → WEIGHTS_NOT_ONE', () => {
    expect(weightIssues({ headOffice: '0.5', districtSubCentres: '0.3', cityCentre: '0.1' }).map((i) => i.code)).toEqual([
      'WEIGHTS_NOT_ONE',
    ]);
    expect(weightIssues({ headOffice: '0.5', districtSubCentres: '0.3', cityCentre: '0.2' })).toEqual([]);
  });
  it('Tianjin art. 11: a commitment without a target is refused → COMMITMENT_TARGET_REQUIRED', () => {
    const c = { ...handWorkedYear.commitments[0], target: ' ' };
    expect(commitmentIssues(c).map((i) => i.code)).toEqual(['COMMITMENT_TARGET_REQUIRED']);
    expect(commitmentIssues({ ...c, targetKind: 'yesNo', target: 'maybe' }).map((i) => i.code)).toEqual(['COMMITMENT_TARGET_REQUIRED']);
  });
  it('Tianjin art. 14–15: the plan’s maxima sum to 100; the hand-worked contract is valid', () => {
    const terms = {
      ...handWorkedYear,
      number: '秦长护经〔2026〕1号',
      startDate: '2026-01-01',
      endDate: '2028-12-31',
      rectificationDays: 30,
    };
    expect(tpaContractIssues(terms)).toEqual([]);
    const plan = [{ id: 'a', label: 'A', max: '60' }];
    expect(tpaContractIssues({ ...terms, plan }).map((i) => i.code)).toEqual(['AREA_MAXIMA_NOT_100']);
  });
  it('Tianjin art. 15: a score outside an area’s range → SCORE_OUT_OF_RANGE', () => {
    const issues = areaScoreIssues(TIANJIN_DEFAULT_PLAN, units, { D1: { information: '10.5' } }, false);
    expect(issues.map((i) => [i.path, i.code])).toEqual([['scores.D1.information', 'SCORE_OUT_OF_RANGE']]);
  });
});

describe('TPA year (Tianjin art. 11, 14, 18, 19), worked by hand', () => {
  it('Tianjin art. 14: total 85.35 = 0.5×84.5 + 0.3×83 + 0.2×91; art. 18–19: fee 1,140,000.00 − 36,500.50 = 1,103,499.50', () => {
    const { value, trace } = unwrap(assessTpaYear(handWorkedYear));
    // c2 promised yes, delivered no (−4); c3 met but without evidence (−3): head office commitment area 15 − 7 = 8
    expect(value.commitments.map((c) => [c.id, c.fulfilled, c.pointsLost])).toEqual([
      ['c1', true, '0.00'],
      ['c2', false, '4.00'],
      ['c3', false, '3.00'],
    ]);
    // HQ 14 + 27 + 9 + 9.5 + 8 + 8 + 9 = 84.5; D1 86; D2 80 (mean 83); CITY 91
    expect(value.units.map((u) => [u.unitId, u.score])).toEqual([
      ['HQ', '84.50'],
      ['D1', '86.00'],
      ['D2', '80.00'],
      ['CITY', '91.00'],
    ]);
    expect(value.districtScore).toBe('83.00');
    expect(value.total).toBe('85.35');
    // band ≥ 85 pays 95%: 1,200,000 × 0.95 = 1,140,000
    expect(value.fee.scheduledFee).toBe('1140000.00');
    expect(value.fee.fee).toBe('1103499.50');
    expect(value.fee.poorResult).toBe(false);
    expect(trace.map((s) => s.citation)).toEqual(expect.arrayContaining(['Tianjin art. 14, 15', 'Tianjin art. 18', 'Tianjin art. 19']));
  });
  it('Tianjin art. 20: a score below the contract’s line is poor (interview, rectification)', () => {
    const { value } = unwrap(assessTpaYear({ ...handWorkedYear, poorResultBelow: '90' }));
    expect(value.fee.poorResult).toBe(true);
    expect(value.fee.actions.map((a) => a.action)).toEqual(['interview', 'rectifyByDeadline']);
  });
});

const codes = (r: PolicyResult<unknown>) => (r.ok ? [] : r.issues.map((i) => [i.path, i.code]));

describe('TPA year: satisfaction from the surveys (Tianjin art. 5, 10)', () => {
  it('Tianjin art. 5: 171 of 200 satisfied at the head office → 10 × 171 ÷ 200 = 8.55; HQ 84.5 − 9 + 8.55 = 84.05; total 85.35 − 0.5 × 0.45 = 85.13', () => {
    const r = unwrap(assessTpaYear({ ...handWorkedYear, surveys: { ...handWorkedYear.surveys, HQ: { surveyed: 200, satisfied: 171 } } }));
    expect(r.value.satisfaction.find((s) => s.unitId === 'HQ')).toMatchObject({ rate: '0.8550', score: '8.55', max: '10' });
    expect(r.value.units[0].score).toBe('84.05');
    // 0.5 × 84.05 + 0.3 × 83 + 0.2 × 91 = 42.025 + 24.9 + 18.2 = 85.125 → 85.13
    expect(r.value.total).toBe('85.13');
    expect(r.trace.filter((s) => s.rule === 'tpa.satisfaction').map((s) => s.citation)[0]).toContain('Tianjin art. 5');
  });
  it('Tianjin art. 5: a typed satisfaction score is refused (AREA_COMPUTED); a missing or impossible survey too', () => {
    const typed = { ...handWorkedYear.scores, D1: { ...handWorkedYear.scores.D1, satisfaction: '10' } };
    expect(codes(assessTpaYear({ ...handWorkedYear, scores: typed }))).toEqual([['scores.D1.satisfaction', 'AREA_COMPUTED']]);
    const { D2: _gone, ...rest } = handWorkedYear.surveys!;
    expect(codes(assessTpaYear({ ...handWorkedYear, surveys: rest }))).toEqual([['surveys.D2', 'SURVEY_REQUIRED']]);
    const over = { ...handWorkedYear.surveys, CITY: { surveyed: 10, satisfied: 11 } };
    expect(codes(assessTpaYear({ ...handWorkedYear, surveys: over }))).toEqual([['surveys.CITY.satisfied', 'SURVEY_OUT_OF_RANGE']]);
  });
});

describe('TPA year: district sub-centres weighted by caseload (Tianjin art. 14, pack fund.tpaFee.districtScore)', () => {
  it('Tianjin art. 14 (silent on several sub-centres; pack reading caseloadWeighted): (86 × 300 + 80 × 100) ÷ 400 = 84.50; total 0.5 × 84.5 + 0.3 × 84.5 + 0.2 × 91 = 85.80', () => {
    const r = unwrap(assessTpaYear({ ...handWorkedYear, caseloads: { D1: 300, D2: 100 } }, { districtScore: 'caseloadWeighted' }));
    expect(r.value.districtScore).toBe('84.50');
    expect(r.value.total).toBe('85.80');
    // the plain-mean reading of the same year: (86 + 80) ÷ 2 = 83 → 85.35
    expect(unwrap(assessTpaYear(handWorkedYear)).value.districtScore).toBe('83.00');
  });
  it('Tianjin art. 14: caseload weighting without a sub-centre’s cases → CASELOAD_REQUIRED', () => {
    expect(codes(assessTpaYear({ ...handWorkedYear, caseloads: { D1: 300 } }, { districtScore: 'caseloadWeighted' }))).toEqual([
      ['caseloads.D2', 'CASELOAD_REQUIRED'],
    ]);
  });
});

describe('TPA year: supervision findings and a mid-year replacement (Tianjin art. 16, 19)', () => {
  const finding = { id: 'f1', category: 'irregular_charge', description: '重复结算', foundOn: '2026-05-10' };
  it('Tianjin art. 19: a finding against the TPA shows in the assessment and the loss named on it is deducted: 1,140,000 − 36,500.50', () => {
    const r = unwrap(
      assessTpaYear({ ...handWorkedYear, findings: [finding], fundLosses: [{ ...handWorkedYear.fundLosses[0], findingId: 'f1' }] }),
    );
    expect(r.value.findings).toEqual([{ ...finding, fundLoss: '36500.50' }]);
    expect(r.value.fee.fee).toBe('1103499.50');
    expect(r.trace.find((s) => s.rule === 'tpa.findings')?.citation).toBe('Tianjin art. 19');
    const stray = assessTpaYear({ ...handWorkedYear, fundLosses: [{ ...handWorkedYear.fundLosses[0], findingId: 'nope' }] });
    expect(codes(stray)).toEqual([['fundLosses.0.findingId', 'FINDING_NOT_FOUND']]);
  });
  it('Tianjin art. 16: replaced on 2026-07-01, both assessed at year end: 1,200,000 × 181 ÷ 365 = 595,068.49 and × 184 ÷ 365 = 604,931.51 (sum 1,200,000.00)', () => {
    const outgoing = unwrap(assessTpaYear({ ...handWorkedYear, term: { startDate: '2024-01-01', endDate: '2026-06-30' } })).value;
    expect(outgoing.termShare).toEqual({ days: 181, yearDays: 365, annualFee: '1200000.00', yearFee: '595068.49' });
    // art. 18: 595,068.49 × 0.95 = 565,315.07; art. 19: − 36,500.50 = 528,814.57
    expect(outgoing.fee).toMatchObject({ scheduledFee: '565315.07', fee: '528814.57' });
    const incoming = unwrap(
      assessTpaYear({ ...handWorkedYear, fundLosses: [], term: { startDate: '2026-07-01', endDate: '2029-06-30' } }),
    ).value;
    expect(incoming.termShare.yearFee).toBe('604931.51');
    // 604,931.51 × 0.95 = 574,684.93
    expect(incoming.fee.fee).toBe('574684.93');
  });
});

describe('TPA quarterly instalments (Qinhuangdao art. 63; Tumxuk §6(五))', () => {
  const base = { feeDue: '1103499.50', capYear: 2027, raisedFund: '10000000.00', feesPaidInCapYear: '0.00', paidQuarters: [] };
  it('Qinhuangdao art. 63: a quarter is 1,103,499.50 ÷ 4 = 275,874.88 (half-up); the fourth takes the rest 275,874.86', () => {
    expect(unwrap(tpaInstalment({ ...base, quarter: 1 }, qinhuangdaoFundParams)).value).toMatchObject({
      amount: '275874.88',
      annualCap: '500000.00',
      withinCap: true,
    });
    const paid = [1, 2, 3].map((quarter) => ({ quarter, amount: '275874.88' }));
    const q4 = unwrap(tpaInstalment({ ...base, raisedFund: '30000000.00', quarter: 4, paidQuarters: paid }, qinhuangdaoFundParams));
    expect(q4.value.amount).toBe('275874.86');
  });
  it('Qinhuangdao art. 63: 5% of 10,000,000 = 500,000; after 275,874.88 only 224,125.12 is left, so Q2 is over the cap', () => {
    const r = unwrap(
      tpaInstalment(
        { ...base, quarter: 2, feesPaidInCapYear: '275874.88', paidQuarters: [{ quarter: 1, amount: '275874.88' }] },
        qinhuangdaoFundParams,
      ),
    );
    expect(r.value).toMatchObject({ remaining: '224125.12', withinCap: false });
  });
  it('Tumxuk §6(五): as agreed, no cap', () => {
    const r = unwrap(tpaInstalment({ ...base, quarter: 1, feesPaidInCapYear: '99999999.00' }, tumxukFundParams));
    expect(r.value).toMatchObject({ annualCap: null, withinCap: true });
  });
  it('Product rule: a quarter is paid once; Q4 settles after Q1–Q3', () => {
    const twice = tpaInstalment({ ...base, quarter: 1, paidQuarters: [{ quarter: 1, amount: '1.00' }] }, qinhuangdaoFundParams);
    expect(!twice.ok && twice.issues[0].code).toBe('QUARTER_ALREADY_PAID');
    const early = tpaInstalment({ ...base, quarter: 4 }, qinhuangdaoFundParams);
    expect(!early.ok && early.issues[0].code).toBe('EARLIER_QUARTER_UNPAID');
  });
});

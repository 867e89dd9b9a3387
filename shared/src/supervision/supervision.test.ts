import { describe, expect, it } from 'vitest';
import { SERVICE_AGREEMENT_WORKFLOW } from '../agreements/agreement-workflow.js';
import { decideTransition, workflowTableIssues } from '../workflow/index.js';
import { restrictionInForce, restrictionIssues } from './consequences.js';
import { crossReviewSample } from './cross-review.js';
import { personalDataIssues } from './disclosure.js';
import { INSPECTION_WORKFLOW } from './inspection-workflow.js';
import { qualityOutliers } from './quality.js';
import { recoveryIssues } from './recovery.js';
import { RECTIFICATION_WORKFLOW, rectificationOrderIssues, rectificationStateOn } from './rectification-workflow.js';
import { riskRanking, riskScore } from './risk.js';
import { drawTargets } from './selection.js';

describe('supervision tables (Qinhuangdao art. 67–68)', () => {
  it('the inspection and rectification tables are valid', () => {
    expect(workflowTableIssues(INSPECTION_WORKFLOW)).toEqual([]);
    expect(workflowTableIssues(RECTIFICATION_WORKFLOW)).toEqual([]);
  });
  it('Qinhuangdao art. 68: a rectification due before its order is RECTIFICATION_DUE_BEFORE_ORDER; the same day is allowed', () => {
    expect(rectificationOrderIssues('2026-11-10', '2026-11-09').map((i) => i.code)).toEqual(['RECTIFICATION_DUE_BEFORE_ORDER']);
    expect(rectificationOrderIssues('2026-11-10', '2026-11-10')).toEqual([]);
    expect(rectificationOrderIssues('2026-11-10', '2026-13-01').map((i) => i.code)).toEqual(['INVALID_DATE']);
  });
  it('Qinhuangdao art. 68: an order due on 2026-11-10 is still ordered on the 10th and overdue from the 11th, by the date alone', () => {
    expect(rectificationStateOn('ordered', '2026-11-10', '2026-11-09')).toBe('ordered');
    expect(rectificationStateOn('ordered', '2026-11-10', '2026-11-10')).toBe('ordered');
    expect(rectificationStateOn('ordered', '2026-11-10', '2026-11-11')).toBe('overdue');
    // reported or verified orders are not overdue, whatever the date
    expect(rectificationStateOn('rectified', '2026-11-10', '2026-12-01')).toBe('rectified');
    expect(rectificationStateOn('verified', '2026-11-10', '2026-12-01')).toBe('verified');
    expect(RECTIFICATION_WORKFLOW.transitions.map((t) => t.action)).not.toContain('mark_overdue');
  });
});

describe('restrictions (Qinhuangdao art. 71: 限制或暂停期限届满后重新申请)', () => {
  it('Qinhuangdao art. 71: a suspension names its last day, not before the decision; a referral has none', () => {
    expect(restrictionIssues('suspension', '2026-11-10', null).map((i) => i.code)).toEqual(['RESTRICTION_PERIOD_REQUIRED']);
    expect(restrictionIssues('suspension', '2026-11-10', '2026-11-09').map((i) => i.code)).toEqual(['RESTRICTION_UNTIL_BEFORE_DECISION']);
    expect(restrictionIssues('suspension', '2026-11-10', '2026-11-10')).toEqual([]);
    expect(restrictionIssues('suspension', '2026-11-10', '2026-02-30').map((i) => i.code)).toEqual(['INVALID_DATE']);
    expect(restrictionIssues('withholding', '2026-11-10', null)).toEqual([]);
    expect(restrictionIssues('referral', '2026-11-10', '2026-12-01').map((i) => i.code)).toEqual(['RESTRICTION_NOT_APPLICABLE']);
  });
  it('Qinhuangdao art. 71: suspended until 2026-12-31, the agreement cannot resume or a new one start on the 31st; on 2027-01-01 it can', () => {
    expect([
      restrictionInForce('2026-12-31', '2026-12-31'),
      restrictionInForce('2026-12-31', '2027-01-01'),
      restrictionInForce(null, '2026-12-31'),
    ]).toEqual([true, false, false]);
    const facts = (asOf: string) => ({
      asOf,
      number: 'X-1',
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      otherAgreementInForce: false,
      restrictedUntil: '2026-12-31',
    });
    const actor = { id: 'u-officer', roles: ['agency_officer', 'admin'] };
    const step = (state: string, action: string, asOf: string) =>
      decideTransition(SERVICE_AGREEMENT_WORKFLOW, { state, action, actor, facts: facts(asOf) });
    const codes = (r: ReturnType<typeof step>) => (r.ok ? r.value.to : r.issues.map((i) => i.code));
    expect(codes(step('suspended', 'resume', '2026-12-31'))).toEqual(['RESTRICTION_PERIOD_NOT_ENDED']);
    expect(codes(step('suspended', 'resume', '2027-01-01'))).toBe('active');
    expect(codes(step('draft', 'activate', '2026-12-31'))).toEqual(['RESTRICTION_PERIOD_NOT_ENDED']);
    expect(codes(step('draft', 'activate', '2027-01-01'))).toBe('active');
  });
});

describe('random selection (Qinhuangdao art. 67; Product rule: reproducible from its recorded seed)', () => {
  it('the same set and seed give the same targets, whatever order the candidates came in', () => {
    const a = drawTargets(['c', 'a', 'b', 'd', 'e'], 2, 20261201);
    const b = drawTargets(['e', 'd', 'c', 'b', 'a', 'a'], 2, 20261201);
    expect(a.chosen).toEqual(b.chosen);
    expect(a.chosen).toHaveLength(2);
    expect(a.candidates).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(a.trace[0].inputs).toEqual({ seed: 20261201, candidates: 5, count: 2 });
    expect(drawTargets(['a', 'b'], 5, 1).chosen.sort()).toEqual(['a', 'b']);
  });
});

describe('risk score (Product rule: risk components, each with its reason)', () => {
  it('Product rule: risk — the five components worked out by hand; 100 is the maximum', () => {
    const r = riskScore({
      auditFlags: { records: 200, flagged: 9 }, // 4.5% → 4.50
      atCap: { beneficiaries: 40, atCap: 10 }, // 25% × 20 → 5.00
      visitsPerCarer: { visits: 130, carerDays: 20 }, // 6.5 a day: (6.5 − 4) × 5 → 12.50
      complaints: { verified: 5, open: 1 }, // 25 + 2 → capped 20.00
      gradeChanges: { reassessed: 8, changed: 2 }, // 25% × 20 → 5.00
    });
    expect(r.components.map((c) => [c.id, c.points])).toEqual([
      ['auditFlags', '4.50'],
      ['atCap', '5.00'],
      ['visitsPerCarer', '12.50'],
      ['complaints', '20.00'],
      ['gradeChanges', '5.00'],
    ]);
    expect([r.score, r.maxScore, r.missing]).toEqual(['47.00', '100.00', []]);
  });
  it('Product rule: risk — a component without data is "no data", not 0, and not in the maximum', () => {
    const r = riskScore({ auditFlags: null, atCap: null, visitsPerCarer: null, complaints: { verified: 2, open: 3 }, gradeChanges: null });
    expect([r.score, r.maxScore]).toEqual(['16.00', '20.00']); // 2 × 5 + 3 × 2
    expect(r.missing).toEqual(['auditFlags', 'atCap', 'visitsPerCarer', 'gradeChanges']);
    expect(r.components[0]).toMatchObject({ status: 'noData', points: null, value: null });
    expect(r.components[3].reason).toMatch(/查实投诉每件计5分/);
  });
  it('ranks highest first, ties by id', () => {
    const s = (v: number, o: number) =>
      riskScore({ auditFlags: null, atCap: null, visitsPerCarer: null, complaints: { verified: v, open: o }, gradeChanges: null });
    const ranked = riskRanking([
      { id: 'b', risk: s(1, 0) },
      { id: 'a', risk: s(1, 0) },
      { id: 'c', risk: s(2, 0) },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('assessment quality (Xinjiang art. 26; Product rule: quality outlier)', () => {
  it('Xinjiang art. 26: distance, changed share and slowness against the region, worked out by hand', () => {
    const [a, b, c] = qualityOutliers([
      { id: 'A', grades: { g1: 1, g2: 9 }, reviewed: 10, changed: 2, days: Array(10).fill(40) },
      { id: 'B', grades: { g1: 9, g2: 11 }, reviewed: 10, changed: 0, days: Array(20).fill(10) },
      { id: 'C', grades: { g1: 1, g2: 1 }, reviewed: 2, changed: 2, days: [100, 100] },
    ]);
    // region: g1 11, g2 21 of 32 → 0.34375; mean days (400 + 200 + 200) / 32 = 25, × 1.5 = 37.5
    expect(a).toMatchObject({ distance: '0.2438', changedShare: '0.2', meanDays: '40', outlier: true });
    expect(a.reasons).toEqual(['GRADE_DISTRIBUTION', 'CHANGED_SHARE', 'SLOW']);
    expect(b).toMatchObject({ distance: '0.1063', changedShare: '0', meanDays: '10', outlier: false });
    // fewer than 10 conclusions: never an outlier, however far off
    expect(c).toMatchObject({ conclusions: 2, distance: '0.1563', changedShare: '1', outlier: false });
  });
  it('Qinhuangdao art. 23: late letters above 10% flag the institution (2 of 10 = 0.2); exactly 10% (1 of 10) does not; no letters is null', () => {
    const unit = (id: string, lateLetters: number, letters = 10) => ({
      id,
      grades: { g1: 10 },
      reviewed: 0,
      changed: 0,
      days: [],
      letters,
      lateLetters,
    });
    const [two, one, none] = qualityOutliers([unit('A', 2), unit('B', 1), unit('C', 0, 0)]);
    expect([two.lateLetterShare, two.reasons]).toEqual(['0.2', ['LATE_LETTERS']]);
    expect([one.lateLetterShare, one.reasons]).toEqual(['0.1', []]);
    expect([none.lateLetterShare, none.outlier]).toEqual([null, false]);
  });
});

describe('recovery (Qinhuangdao art. 68: 追回违规费用)', () => {
  const paid = [
    { id: 'p1', paid: '100.00', recovered: '0.00' },
    { id: 'p2', paid: '50.00', recovered: '20.00' },
  ];
  it('Qinhuangdao art. 68: at most what was paid and not yet recovered for the records named (100 + 50 − 20 = 130)', () => {
    expect(recoveryIssues('130.00', ['p1', 'p2'], paid).issues).toEqual([]);
    // set against the records in the order named: 100 on p1, the 10 left on p2
    expect(recoveryIssues('110.00', ['p1', 'p2'], paid).allocation.map((a) => a.allocated)).toEqual(['100.00', '10.00']);
    expect(recoveryIssues('130.01', ['p1', 'p2'], paid).issues.map((i) => i.code)).toEqual(['RECOVERY_EXCEEDS_PAID']);
    expect(recoveryIssues('30.01', ['p2'], paid).issues.map((i) => i.code)).toEqual(['RECOVERY_EXCEEDS_PAID']);
    expect(recoveryIssues('1.00', ['p9'], paid).issues.map((i) => i.code)).toEqual(['RECOVERY_RECORD_NOT_PAID']);
    expect(recoveryIssues('0', ['p1'], paid).issues.map((i) => i.code)).toEqual(['INVALID_AMOUNT']);
  });
});

describe('disclosure (Qinhuangdao art. 70, 73; Product rule: nothing personal is published)', () => {
  it('Qinhuangdao art. 73: an ID number or a phone anywhere is PUBLICATION_PERSONAL_DATA; money and dates are not', () => {
    expect(personalDataIssues({ rows: [{ name: '某机构', note: '联系13812345678' }] }).map((i) => i.path)).toEqual(['rows.0.note']);
    expect(personalDataIssues({ a: '负责人身份证110101199003070012' }).map((i) => i.code)).toEqual(['PUBLICATION_PERSONAL_DATA']);
    expect(personalDataIssues({ a: '电话 0335-3061234' })).toHaveLength(1);
    expect(personalDataIssues({ income: '1234567.89', year: '2026', date: '2026-12-01', n: '评估〔2026〕12号' })).toEqual([]);
  });
});

describe('cross-review (Xinjiang art. 26: 定期组织对评估结论进行交叉复核)', () => {
  const conclusions = [
    { id: 'c1', institutionId: 'A' },
    { id: 'c2', institutionId: 'A' },
    { id: 'c3', institutionId: 'B' },
    { id: 'c4', institutionId: 'C' },
  ];
  it('Xinjiang art. 26: each sampled conclusion goes to another institution, and the sample replays from its seed', () => {
    const a = crossReviewSample(conclusions, ['A', 'B', 'C'], 3, 99);
    expect(a.assignments).toHaveLength(3);
    for (const x of a.assignments) expect(x.reviewerInstitutionId).not.toBe(x.institutionId);
    expect(crossReviewSample([...conclusions].reverse(), ['C', 'B', 'A'], 3, 99).assignments).toEqual(a.assignments);
    // with a single institution nobody else can review: nothing is sampled
    expect(crossReviewSample(conclusions.slice(0, 2), ['A'], 2, 1).assignments).toEqual([]);
  });
});

import { addMonths, type IsoDate, isIsoDate } from '../core/dates.js';
import { D } from '../core/money.js';
import { Issues, ok, type PolicyResult, unwrap } from '../core/result.js';
import { shown } from '../core/shown.js';
import { Tracer } from '../core/trace.js';
import { requireBoolean, requireCount, requireRecord, requireRecordList, requireText } from '../core/validate.js';
import { scoreScorecard } from './engine.js';
import type { ScorecardResult, ScorecardScore, ScorecardTemplate } from './template-types.js';
import { xinjiangReview2026 } from './templates/xinjiang-review-2026.js';

export type ReviewZone = 'consultation' | 'office' | 'archive' | 'storage';
export const REVIEW_ZONES: readonly ReviewZone[] = ['consultation', 'office', 'archive', 'storage'];

/** The refusal grounds of Xinjiang art. 12 (the annex's "第十条" means art. 12). */
export type RefusalGround = '12(1)' | '12(2)' | '12(3)' | '12(4)' | '12(5)' | '12(6)' | '12(7)';
export const REFUSAL_GROUNDS: readonly RefusalGround[] = ['12(1)', '12(2)', '12(3)', '12(4)', '12(5)', '12(6)', '12(7)'];

/** An applicant for assessment designation as the review group found it (Xinjiang art. 9, annex 2). */
export interface ReviewInput {
  applicantId: string;
  applicationDate: IsoDate;
  /** The reviewers' pass/fail findings on the basic lines not derived from the figures below. */
  basic: {
    credentialsLicence: boolean;
    credentialsRegistered: boolean;
    premises: boolean;
    staffCertified: boolean;
    systems: boolean;
    informationTechnology: boolean;
    archives: boolean;
  };
  /** Art. 12 grounds found; empty when none. */
  refusalGrounds: RefusalGround[];
  premises: {
    floorAreaM2: number;
    tenure: 'owned' | 'leased';
    /** Last day of the lease; required when leased. */
    leaseEndsOn?: IsoDate;
    zones: ReviewZone[];
    homeVisitKit: boolean;
    dedicatedFullTimeManager: boolean;
  };
  staff: {
    fullTimeAssessors: number;
    fullTimeExperts: number;
    fullTimeManagers: number;
    itStaff: number;
    /** Every assessor and expert, full- or part-time. */
    assessmentStaff: number;
    certifiedAssessmentStaff: number;
    seniorTitleAssessmentStaff: number;
  };
  systemsPostedPublicly: number;
  informationTechnology: { assessmentInformationSystem: boolean; securityPolicyDocumented: boolean; namedSecurityPerson: boolean };
  archives: { electronicFilePerClaimant: boolean };
}

const BASIC_FINDINGS = [
  'credentialsLicence',
  'credentialsRegistered',
  'premises',
  'staffCertified',
  'systems',
  'informationTechnology',
  'archives',
] as const;

function checkReview(input: ReviewInput, issues: Issues, prefix = ''): void {
  const p = (path: string) => `${prefix}${path}`;
  if (!requireRecord(issues, prefix ? prefix.slice(0, -1) : 'input', input)) return;
  requireText(issues, p('applicantId'), input.applicantId);
  const dateOk = isIsoDate(input.applicationDate);
  if (!dateOk) issues.add(p('applicationDate'), 'INVALID_DATE', 'applicationDate must be a date YYYY-MM-DD');
  for (const key of BASIC_FINDINGS) requireBoolean(issues, p(`basic.${key}`), input.basic?.[key]);
  if (!Array.isArray(input.refusalGrounds)) issues.add(p('refusalGrounds'), 'REQUIRED', 'refusalGrounds must be a list (empty when none)');
  else
    input.refusalGrounds.forEach((g, i) => {
      if (!REFUSAL_GROUNDS.includes(g))
        issues.add(p(`refusalGrounds.${i}`), 'NOT_ALLOWED', `refusal ground must be one of ${REFUSAL_GROUNDS.join(', ')}`);
    });
  const pr = input.premises;
  if (!(typeof pr?.floorAreaM2 === 'number' && Number.isFinite(pr.floorAreaM2) && pr.floorAreaM2 >= 0))
    issues.add(p('premises.floorAreaM2'), 'OUT_OF_RANGE', 'floorAreaM2 must be a number of square metres ≥ 0');
  if (pr?.tenure !== 'owned' && pr?.tenure !== 'leased') issues.add(p('premises.tenure'), 'NOT_ALLOWED', 'tenure must be owned or leased');
  if (pr?.tenure === 'leased' && !isIsoDate(pr.leaseEndsOn))
    issues.add(
      p('premises.leaseEndsOn'),
      dateOk && pr.leaseEndsOn === undefined ? 'REQUIRED' : 'INVALID_DATE',
      'a lease needs its end date YYYY-MM-DD',
    );
  if (!Array.isArray(pr?.zones)) issues.add(p('premises.zones'), 'REQUIRED', 'zones must be a list (empty when none)');
  else
    pr.zones.forEach((z, i) => {
      if (!REVIEW_ZONES.includes(z)) issues.add(p(`premises.zones.${i}`), 'NOT_ALLOWED', `zone must be one of ${REVIEW_ZONES.join(', ')}`);
      else if (pr.zones.indexOf(z) !== i) issues.add(p(`premises.zones.${i}`), 'NOT_ALLOWED', `zone ${z} is listed twice`);
    });
  requireBoolean(issues, p('premises.homeVisitKit'), pr?.homeVisitKit);
  requireBoolean(issues, p('premises.dedicatedFullTimeManager'), pr?.dedicatedFullTimeManager);
  const s = input.staff ?? ({} as ReviewInput['staff']);
  const counts = s as unknown as Record<string, unknown>;
  const keys = [
    'fullTimeAssessors',
    'fullTimeExperts',
    'fullTimeManagers',
    'itStaff',
    'assessmentStaff',
    'certifiedAssessmentStaff',
    'seniorTitleAssessmentStaff',
  ] as const;
  const allCounts = keys.map((k) => requireCount(issues, p(`staff.${k}`), counts[k])).every(Boolean);
  if (allCounts) {
    if (s.assessmentStaff < s.fullTimeAssessors + s.fullTimeExperts)
      issues.add(
        p('staff.assessmentStaff'),
        'OUT_OF_RANGE',
        'assessmentStaff counts every assessor and expert, so ≥ full-time assessors + experts',
      );
    if (s.certifiedAssessmentStaff > s.assessmentStaff)
      issues.add(p('staff.certifiedAssessmentStaff'), 'OUT_OF_RANGE', 'certifiedAssessmentStaff cannot exceed assessmentStaff');
    if (s.seniorTitleAssessmentStaff > s.assessmentStaff)
      issues.add(p('staff.seniorTitleAssessmentStaff'), 'OUT_OF_RANGE', 'seniorTitleAssessmentStaff cannot exceed assessmentStaff');
  }
  requireCount(issues, p('systemsPostedPublicly'), input.systemsPostedPublicly);
  for (const k of ['assessmentInformationSystem', 'securityPolicyDocumented', 'namedSecurityPerson'] as const)
    requireBoolean(issues, p(`informationTechnology.${k}`), input.informationTechnology?.[k]);
  requireBoolean(issues, p('archives.electronicFilePerClaimant'), input.archives?.electronicFilePerClaimant);
}

/**
 * Reviews an applicant for assessment designation with the annex 2 form: the nine basic
 * pass/fail lines (any fail fails the review) and the differentiated score out of 100.
 * The staff line 3(1), the refusal line 7 and the lease tenure are derived from the figures.
 */
export function scoreReview(input: ReviewInput, template: ScorecardTemplate = xinjiangReview2026): PolicyResult<ScorecardResult> {
  const issues = new Issues();
  checkReview(input, issues);
  if (!issues.empty) return issues.result()!;
  const t = new Tracer();
  const s = input.staff;
  const staffTeam = t.step(
    'review.basic.staffTeam',
    'Xinjiang annex 2 basic item 3(1)',
    { fullTimeAssessorsAndExperts: s.fullTimeAssessors + s.fullTimeExperts, fullTimeManagers: s.fullTimeManagers, itStaff: s.itStaff },
    s.fullTimeAssessors + s.fullTimeExperts >= 4 && s.fullTimeManagers >= 1 && s.itStaff >= 1,
    { note: '专职评估员和评估专家不少于4人，专职管理人员不少于1人，信息技术管理维护人员不少于1人' },
  );
  const refusalGrounds = t.step(
    'review.basic.refusalGrounds',
    'Xinjiang art. 12',
    { grounds: input.refusalGrounds.map((g) => `Xinjiang art. ${g}`) },
    input.refusalGrounds.length === 0,
    { note: 'annex 2 item 7 cites "第十条"; the refusal grounds are art. 12' },
  );
  const premisesTenure = tenureOf(input, t);
  const result = scoreScorecard(
    {
      subjectId: input.applicantId,
      events: [],
      basic: { ...input.basic, staffTeam, refusalGrounds },
      facts: {
        floorAreaM2: input.premises.floorAreaM2,
        premisesTenure,
        functionalZones: input.premises.zones.length,
        homeVisitKit: input.premises.homeVisitKit,
        dedicatedFullTimeManager: input.premises.dedicatedFullTimeManager,
        ...s,
        systemsPostedPublicly: input.systemsPostedPublicly,
        ...input.informationTechnology,
        ...input.archives,
      },
    },
    template,
  );
  if (!result.ok) return result;
  return ok(result.value, [...t.steps, ...result.trace]);
}

function tenureOf(input: ReviewInput, t: Tracer): string {
  const { tenure, leaseEndsOn } = input.premises;
  // "自申请之日起…剩余有效期超过2年（含）": the lease must run at least to the same date two years on.
  const twoYearsOn = addMonths(input.applicationDate, 24);
  const value = tenure === 'owned' ? 'owned' : leaseEndsOn! >= twoYearsOn ? 'leaseAtLeastTwoYears' : 'leaseUnderTwoYears';
  return t.step(
    'review.premisesTenure',
    'Xinjiang annex 2 differentiated item 1(2)',
    { tenure, applicationDate: input.applicationDate, ...(tenure === 'leased' ? { leaseEndsOn, twoYearsOn } : {}) },
    value,
  );
}

export interface ReviewRankingEntry {
  applicantId: string;
  passed: boolean;
  total: ScorecardScore;
  /** 1 for the best; equal totals share a rank (1, 1, 3); null when the basic part failed. */
  rank: number | null;
}

/**
 * Ranks several applicants by their differentiated score ("根据得分择优确定", annex 2).
 * Product rule: only applicants that pass the basic part are ranked; equal totals share a
 * rank and are listed by applicant id.
 */
export function rankReviews(inputs: ReviewInput[], template: ScorecardTemplate = xinjiangReview2026): PolicyResult<ReviewRankingEntry[]> {
  const issues = new Issues();
  if (!Array.isArray(inputs) || inputs.length === 0)
    return issues.add('inputs', 'REQUIRED', 'at least one applicant is required').result()!;
  if (!requireRecordList(issues, '', inputs)) return issues.result()!;
  const ids = new Set<string>();
  inputs.forEach((input, i) => {
    if (ids.has(input.applicantId)) issues.add(`${i}.applicantId`, 'NOT_ALLOWED', `applicant ${shown(input.applicantId)} is listed twice`);
    ids.add(input.applicantId);
  });
  const scored = inputs.map((input, i) => {
    const r = scoreReview(input, template);
    if (!r.ok) issues.merge(r.issues, String(i));
    return r;
  });
  if (!issues.empty) return issues.result()!;
  const t = new Tracer();
  const entries = scored.map((r) => unwrap(r).value);
  for (const r of scored) t.include(unwrap(r).trace);
  const passed = entries
    .filter((e) => e.passed)
    .sort((a, b) => new D(b.total).comparedTo(a.total) || (a.subjectId! < b.subjectId! ? -1 : 1));
  // Sorted by total, so 1 + the number of greater totals is the place of the first equal one.
  const ranking: ReviewRankingEntry[] = [];
  passed.forEach((e, i) => {
    const tied = i > 0 && new D(passed[i - 1].total).equals(e.total);
    ranking.push({ applicantId: e.subjectId!, passed: true, total: e.total, rank: tied ? ranking[i - 1].rank : i + 1 });
  });
  const failed = entries
    .filter((e) => !e.passed)
    .sort((a, b) => (a.subjectId! < b.subjectId! ? -1 : 1))
    .map((e) => ({ applicantId: e.subjectId!, passed: false, total: e.total, rank: null }));
  const result = [...ranking, ...failed];
  t.step(
    'review.ranking',
    'Xinjiang annex 2; Product rule: only passing applicants are ranked, equal totals share a rank',
    { applicants: entries.map((e) => ({ applicantId: e.subjectId, passed: e.passed, total: e.total })) },
    result.map((e) => `${e.rank ?? '—'} ${e.applicantId} ${e.total}`),
  );
  return ok(result, t.steps);
}

import type { IsoDate } from '../core/dates.js';
import type { PolicyIssue } from '../core/result.js';
import { rolesWith } from '../rights/rights.js';
import type { Guard, InputCheck, Workflow } from '../workflow/types.js';

/**
 * An assessment application from intake to a final conclusion (Qinhuangdao art. 17–24; Xinjiang
 * art. 16): intake, materials, the county's acceptance and forwarding to the city, dispatch to an
 * assessment institution, the assessor draw, the on-site record, the experts' conclusion, the city
 * review, 7 days of publicity, the letter, the 10-working-day dispute window.
 */
export const APPLICATION_STATES = [
  'submitted',
  'awaitingMaterials',
  'accepted',
  'forwarded',
  'dispatched',
  'drawn',
  'assessed',
  'concluded',
  'publicity',
  'publicized',
  'letterIssued',
  'final',
  'disputed',
  'objectionUpheld',
  'refused',
  'ended',
  'withdrawn',
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const APPLICATION_ACTIONS = [
  'request_materials',
  'complete_materials',
  'accept',
  'refuse',
  'forward',
  'dispatch',
  'draw',
  'record_onsite',
  'conclude',
  'city_review',
  'return_conclusion',
  'close_publicity',
  'uphold_objection',
  'issue_letter',
  'finalize',
  'dispute',
  'end_uncooperative',
  'withdraw',
  'dismiss_objection',
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/** What the guards read, loaded by the server in the step's transaction; deadlines come from the working-day calendar. */
export interface ApplicationFacts {
  asOf: IsoDate;
  /** The refusal grounds of Qinhuangdao art. 18 that apply now (`checkAssessmentAdmissibility`). */
  refusalGrounds: string[];
  missingMaterials: string[];
  /** The institution dispatched to holds an agreement in force (Qinhuangdao art. 19: a designated institution). */
  institutionAgreementActive: boolean;
  /** The assessors drawn, and how many of them are experts (art. 19: ≥ 2, at least 1 expert). */
  drawnAssessors: number;
  drawnExperts: number;
  onsiteRecorded: boolean;
  guardianPresent: boolean;
  /** Experts who confirmed the conclusion (art. 22: ≥ 2). */
  confirmingExperts: number;
  /** The grade the assessors recorded and the one the national standard gives from the item scores. */
  recordedGrade: number | null;
  computedGrade: number | null;
  /** The last day of the 7-day publicity (art. 23). */
  publicityEndsOn: IsoDate | null;
  /** An objection by a named third party with evidence, not yet decided (art. 24). */
  objectionPending: boolean;
  /** The last day of the 10-working-day dispute window after the letter's receipt (art. 24); null: receipt not recorded. */
  disputeWindowEndsOn: IsoDate | null;
  /** A dispute or objection re-assessment dispatched to the institution of the first assessment (Qinhuangdao art. 24: 另行委托). */
  sameInstitutionAsFirst: boolean;
  /** The last day of the 30 working days after acceptance for the letter (art. 23, in principle); null: not accepted or the calendar lacks the year. */
  letterDueOn: IsoDate | null;
  /** A spot-check or re-assessment whose grade differs from the conclusion it checks: the matching scorecard event follows (Changzhou item 5). */
  gradeChangedFromFirst: boolean;
}

const AGENCY = 'Qinhuangdao art. 17, 60–62: intake and dispatch may be the TPA’s; acceptance, review and conclusions are the agency’s';

const admissible: Guard<ApplicationFacts> = {
  rule: 'admissible',
  code: 'NOT_ADMISSIBLE',
  label: { zh: '不符合受理条件', en: 'The application is not admissible' },
  citation: 'Qinhuangdao art. 18; Tumxuk §5(一)',
  check: (f) =>
    f.refusalGrounds.length ? { message: `不予受理：${f.refusalGrounds.join('、')}`, params: { grounds: f.refusalGrounds } } : null,
};

const materialsComplete: Guard<ApplicationFacts> = {
  rule: 'materialsComplete',
  code: 'MATERIALS_MISSING',
  label: { zh: '申请材料不齐全', en: 'Materials are missing' },
  citation: 'Qinhuangdao art. 17',
  check: (f) =>
    f.missingMaterials.length ? { message: `尚缺材料：${f.missingMaterials.join('、')}`, params: { missing: f.missingMaterials } } : null,
};

const designated: Guard<ApplicationFacts> = {
  rule: 'designatedInstitution',
  code: 'INSTITUTION_NOT_DESIGNATED',
  label: { zh: '评估机构没有履行中的服务协议', en: 'The assessment institution has no agreement in force' },
  citation: 'Qinhuangdao art. 19; Xinjiang art. 10',
  check: (f) => (f.institutionAgreementActive ? null : { message: '评估机构没有履行中的服务协议' }),
};

const enoughAssessors: Guard<ApplicationFacts> = {
  rule: 'assessorsDrawn',
  code: 'ASSESSORS_TOO_FEW',
  label: { zh: '评估人员不少于2名，其中至少1名专家', en: 'At least 2 assessors, at least 1 of them an expert' },
  citation: 'Qinhuangdao art. 19; Xinjiang art. 16',
  check: (f) =>
    f.drawnAssessors < 2 || f.drawnExperts < 1
      ? {
          message: `已抽取 ${f.drawnAssessors} 名评估人员、${f.drawnExperts} 名专家`,
          params: { assessors: f.drawnAssessors, experts: f.drawnExperts },
        }
      : null,
};

const onsite: Guard<ApplicationFacts> = {
  rule: 'onsiteRecord',
  code: 'ONSITE_INCOMPLETE',
  label: { zh: '现场评估记录不完整（评分、监护人或代理人在场）', en: 'On-site record incomplete (scores, guardian or agent present)' },
  citation: 'Qinhuangdao art. 19',
  check: (f) => (f.onsiteRecorded && f.guardianPresent ? null : { message: '须录入各项评分，并有监护人或代理人在场' }),
};

const experts: Guard<ApplicationFacts> = {
  rule: 'twoExperts',
  code: 'EXPERTS_TOO_FEW',
  label: { zh: '评估结论须由不少于2名专家确认', en: 'A conclusion is confirmed by at least 2 experts' },
  citation: 'Qinhuangdao art. 22',
  check: (f) =>
    f.confirmingExperts < 2 ? { message: `仅 ${f.confirmingExperts} 名专家确认`, params: { experts: f.confirmingExperts } } : null,
};

const gradeMatches: Guard<ApplicationFacts> = {
  rule: 'gradeMatchesScores',
  code: 'GRADE_MISMATCH',
  label: { zh: '结论等级与评分计算的等级不一致', en: 'The grade differs from the one the scores give' },
  citation: 'Qinhuangdao art. 16 (《长期护理失能等级评估标准（试行）》)',
  check: (f) =>
    f.recordedGrade === null || f.recordedGrade !== f.computedGrade
      ? {
          message: `结论等级 ${f.recordedGrade ?? '—'}，按评分应为 ${f.computedGrade ?? '—'}`,
          params: { recorded: f.recordedGrade, computed: f.computedGrade },
        }
      : null,
};

const publicityOver: Guard<ApplicationFacts> = {
  rule: 'publicityOver',
  code: 'PUBLICITY_RUNNING',
  label: { zh: '公示期（7日）未满或有待处理的异议', en: 'Publicity (7 days) not over, or an objection pending' },
  citation: 'Qinhuangdao art. 23, 24',
  check: (f) =>
    !f.publicityEndsOn || f.asOf <= f.publicityEndsOn || f.objectionPending
      ? {
          message: `公示至 ${f.publicityEndsOn ?? '—'}${f.objectionPending ? '，有待处理的异议' : ''}`,
          params: { endsOn: f.publicityEndsOn },
        }
      : null,
};

const objectionPending: Guard<ApplicationFacts> = {
  rule: 'objectionPending',
  code: 'NO_OBJECTION',
  label: { zh: '没有待处理的异议', en: 'No objection is pending' },
  citation: 'Qinhuangdao art. 24',
  check: (f) => (f.objectionPending ? null : { message: '没有待处理的异议' }),
};

const windowOpen: Guard<ApplicationFacts> = {
  rule: 'disputeWindowOpen',
  code: 'DISPUTE_WINDOW_CLOSED',
  label: { zh: '已超过10个工作日的复评申请期限', en: 'The 10-working-day dispute window has closed' },
  citation: 'Qinhuangdao art. 24',
  check: (f) =>
    !f.disputeWindowEndsOn || f.asOf > f.disputeWindowEndsOn
      ? { message: `复评申请期限至 ${f.disputeWindowEndsOn ?? '—（未登记送达）'}`, params: { endsOn: f.disputeWindowEndsOn } }
      : null,
};

const windowClosed: Guard<ApplicationFacts> = {
  rule: 'disputeWindowClosed',
  code: 'DISPUTE_WINDOW_OPEN',
  label: { zh: '复评申请期限（10个工作日）未满', en: 'The dispute window (10 working days) is still open' },
  citation: 'Qinhuangdao art. 24',
  check: (f) =>
    !f.disputeWindowEndsOn || f.asOf <= f.disputeWindowEndsOn
      ? { message: `复评申请期限至 ${f.disputeWindowEndsOn ?? '—（未登记送达）'}`, params: { endsOn: f.disputeWindowEndsOn } }
      : null,
};

const otherInstitution: Guard<ApplicationFacts> = {
  rule: 'otherInstitution',
  code: 'SAME_INSTITUTION_AS_FIRST',
  label: { zh: '复评须另行委托首次评估以外的评估机构', en: 'A re-assessment goes to another institution than the first one' },
  citation: 'Qinhuangdao art. 24',
  check: (f) => (f.sameInstitutionAsFirst ? { message: '复评不得委托原评估机构' } : null),
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** The letter's receipt date, and past the 30 working days of art. 23 (in principle) a reason acknowledging the delay. */
const letterInput: InputCheck<ApplicationFacts> = {
  rule: 'letterReceipt',
  citation: 'Qinhuangdao art. 23, 24',
  check: (input, f) => {
    const issues: PolicyIssue[] = [];
    const on = input.receivedOn;
    if (typeof on !== 'string' || !ISO.test(on))
      issues.push({ path: 'receivedOn', code: 'INVALID_DATE', message: '送达日期应为 YYYY-MM-DD' });
    else if (on > f.asOf) issues.push({ path: 'receivedOn', code: 'OUT_OF_RANGE', message: '送达日期不能晚于今天' });
    const late = f.letterDueOn !== null && (typeof on === 'string' && ISO.test(on) ? on : f.asOf) > f.letterDueOn;
    const reason = typeof input.lateReason === 'string' ? input.lateReason.trim() : '';
    if (late && !reason)
      issues.push({
        path: 'lateReason',
        code: 'LETTER_LATE_UNACKNOWLEDGED',
        message: `已超过受理后30个工作日（${f.letterDueOn}），请说明原因`,
      });
    return issues;
  },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The assessment institution chosen at dispatch (Qinhuangdao art. 19). */
const dispatchInput: InputCheck<ApplicationFacts> = {
  rule: 'institutionChosen',
  citation: 'Qinhuangdao art. 19',
  check: (input) =>
    typeof input.institutionId === 'string' && UUID.test(input.institutionId)
      ? []
      : [{ path: 'institutionId', code: 'REQUIRED', message: '请选择评估机构' }],
};

/** The grade the experts record and who they are (Qinhuangdao art. 22); whether they suffice and match is the guards'. */
const conclusionInput: InputCheck<ApplicationFacts> = {
  rule: 'conclusionGiven',
  citation: 'Qinhuangdao art. 22',
  check: (input) => {
    const issues: PolicyIssue[] = [];
    if (!(Number.isInteger(input.grade) && (input.grade as number) >= 0 && (input.grade as number) <= 5))
      issues.push({ path: 'grade', code: 'OUT_OF_RANGE', message: '结论等级应为 0–5' });
    if (!(Array.isArray(input.expertIds) && input.expertIds.every((e) => typeof e === 'string' && UUID.test(e))))
      issues.push({ path: 'expertIds', code: 'REQUIRED', message: '请选择确认结论的评估专家' });
    return issues;
  },
};

/** When a spot-check or re-assessment changed the grade, the officer states whether for reasons of the institution (Changzhou item 5). */
const finalInput: InputCheck<ApplicationFacts> = {
  rule: 'institutionAtFault',
  citation: 'Qinhuangdao art. 24, 27; Changzhou item 5',
  check: (input, f) =>
    f.gradeChangedFromFirst && typeof input.institutionAtFault !== 'boolean'
      ? [{ path: 'institutionAtFault', code: 'REQUIRED', message: '结论等级已改变：请说明是否因评估机构原因' }]
      : [],
};

const right = (a: ApplicationAction) => rolesWith(`assessment.${a}` as Parameters<typeof rolesWith>[0]);
const OPEN: readonly ApplicationState[] = ['submitted', 'awaitingMaterials', 'accepted', 'forwarded', 'dispatched', 'drawn'];

export const ASSESSMENT_APPLICATION_WORKFLOW: Workflow<ApplicationState, ApplicationAction, ApplicationFacts> = {
  id: 'assessmentApplication',
  rightPrefix: 'assessment',
  label: { zh: '失能等级评估申请', en: 'Disability assessment application' },
  states: APPLICATION_STATES,
  initial: 'submitted',
  transitions: [
    {
      action: 'request_materials',
      from: ['submitted'],
      to: 'awaitingMaterials',
      roles: right('request_materials'),
      citation: 'Qinhuangdao art. 17 ¶2: told once, all at once',
      needsReason: true,
    },
    {
      action: 'complete_materials',
      from: ['awaitingMaterials'],
      to: 'submitted',
      roles: right('complete_materials'),
      citation: 'Qinhuangdao art. 17',
      guards: [materialsComplete],
    },
    {
      action: 'accept',
      from: ['submitted'],
      to: 'accepted',
      roles: right('accept'),
      citation: 'Qinhuangdao art. 17, 18',
      guards: [materialsComplete, admissible],
    },
    {
      action: 'refuse',
      from: ['submitted', 'awaitingMaterials'],
      to: 'refused',
      roles: right('refuse'),
      citation: 'Qinhuangdao art. 18',
      needsReason: true,
    },
    {
      action: 'forward',
      from: ['accepted'],
      to: 'forwarded',
      roles: right('forward'),
      citation: 'Qinhuangdao art. 17: re-checked and forwarded to the city within 5 working days',
    },
    {
      action: 'dispatch',
      from: ['forwarded'],
      to: 'dispatched',
      roles: right('dispatch'),
      citation: 'Qinhuangdao art. 19, 24, 62',
      guards: [designated, otherInstitution],
      input: dispatchInput,
    },
    {
      action: 'draw',
      from: ['dispatched'],
      to: 'drawn',
      roles: right('draw'),
      citation: 'Xinjiang art. 16; Qinhuangdao art. 19–20',
      guards: [enoughAssessors],
    },
    {
      action: 'record_onsite',
      from: ['drawn'],
      to: 'assessed',
      roles: right('record_onsite'),
      citation: 'Qinhuangdao art. 19',
      guards: [onsite],
    },
    {
      action: 'conclude',
      from: ['assessed'],
      to: 'concluded',
      roles: right('conclude'),
      citation: 'Qinhuangdao art. 22',
      guards: [experts, gradeMatches],
      input: conclusionInput,
    },
    {
      action: 'city_review',
      from: ['concluded'],
      to: 'publicity',
      roles: right('city_review'),
      citation: 'Qinhuangdao art. 22, 23',
      fourEyes: { notActorOf: 'conclude' },
    },
    {
      action: 'return_conclusion',
      from: ['concluded'],
      to: 'assessed',
      roles: right('return_conclusion'),
      citation: 'Qinhuangdao art. 22',
      needsReason: true,
    },
    {
      action: 'close_publicity',
      from: ['publicity'],
      to: 'publicized',
      roles: right('close_publicity'),
      citation: 'Qinhuangdao art. 23',
      guards: [publicityOver],
    },
    {
      action: 'uphold_objection',
      from: ['publicity'],
      to: 'objectionUpheld',
      roles: right('uphold_objection'),
      citation: 'Qinhuangdao art. 24: a founded objection opens a re-assessment',
      needsReason: true,
      guards: [objectionPending],
    },
    {
      action: 'issue_letter',
      from: ['publicized'],
      to: 'letterIssued',
      roles: right('issue_letter'),
      citation: 'Qinhuangdao art. 23',
      input: letterInput,
    },
    {
      action: 'finalize',
      from: ['letterIssued'],
      to: 'final',
      roles: right('finalize'),
      citation: 'Qinhuangdao art. 24',
      guards: [windowClosed],
      input: finalInput,
    },
    {
      action: 'dispute',
      from: ['letterIssued'],
      to: 'disputed',
      roles: right('dispute'),
      citation: 'Qinhuangdao art. 24: applied for within 10 working days of receipt',
      needsReason: true,
      guards: [windowOpen],
    },
    {
      action: 'end_uncooperative',
      from: ['dispatched', 'drawn'],
      to: 'ended',
      roles: right('end_uncooperative'),
      citation: 'Qinhuangdao art. 21',
      needsReason: true,
    },
    {
      action: 'dismiss_objection',
      from: ['publicity'],
      to: 'publicity',
      roles: right('dismiss_objection'),
      citation: 'Qinhuangdao art. 24: 第三人反映情况属实的方组织争议复评（不属实的，公示继续）',
      needsReason: true,
      guards: [objectionPending],
    },
    { action: 'withdraw', from: OPEN, to: 'withdrawn', roles: right('withdraw'), citation: AGENCY, needsReason: true },
  ],
  stateLabels: {
    submitted: { zh: '已提交', en: 'Submitted' },
    awaitingMaterials: { zh: '待补正材料', en: 'Awaiting materials' },
    accepted: { zh: '已受理（县区初审通过）', en: 'Accepted (county review)' },
    forwarded: { zh: '已报送市级', en: 'Forwarded to the city' },
    dispatched: { zh: '已派评估机构', en: 'Dispatched' },
    drawn: { zh: '已抽取评估人员', en: 'Assessors drawn' },
    assessed: { zh: '已现场评估', en: 'Assessed on site' },
    concluded: { zh: '专家已确认结论', en: 'Conclusion confirmed' },
    publicity: { zh: '公示中', en: 'In publicity' },
    publicized: { zh: '公示期满', en: 'Publicity over' },
    letterIssued: { zh: '已送达结论书', en: 'Letter issued' },
    final: { zh: '结论生效', en: 'Final' },
    disputed: { zh: '已申请复评', en: 'Disputed' },
    objectionUpheld: { zh: '异议成立，另行复评', en: 'Objection upheld' },
    refused: { zh: '不予受理', en: 'Refused' },
    ended: { zh: '拒不配合，评估终止', en: 'Ended (refused to cooperate)' },
    withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  },
  actionLabels: {
    request_materials: { zh: '一次性告知补正材料', en: 'Request materials' },
    complete_materials: { zh: '材料已补齐', en: 'Materials complete' },
    accept: { zh: '受理', en: 'Accept' },
    refuse: { zh: '不予受理', en: 'Refuse' },
    forward: { zh: '复核并报送市级', en: 'Forward to the city' },
    dispatch: { zh: '派评估机构', en: 'Dispatch' },
    draw: { zh: '确认抽取的评估人员', en: 'Confirm the draw' },
    record_onsite: { zh: '录入现场评估', en: 'Record the on-site assessment' },
    conclude: { zh: '专家确认结论', en: 'Confirm the conclusion' },
    city_review: { zh: '市级审核并公示', en: 'City review, publish' },
    return_conclusion: { zh: '退回结论', en: 'Return the conclusion' },
    close_publicity: { zh: '公示期满', en: 'Close publicity' },
    uphold_objection: { zh: '异议成立', en: 'Uphold the objection' },
    issue_letter: { zh: '出具并送达结论书', en: 'Issue the letter' },
    finalize: { zh: '结论生效', en: 'Finalize' },
    dispute: { zh: '申请复评', en: 'Dispute' },
    end_uncooperative: { zh: '拒不配合，终止评估', en: 'End: refused to cooperate' },
    withdraw: { zh: '撤回申请', en: 'Withdraw' },
    dismiss_objection: { zh: '异议不成立', en: 'Dismiss the objection' },
  },
};

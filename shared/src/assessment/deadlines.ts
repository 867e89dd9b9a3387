import { addWorkingDays, isWorkingDay, type WorkingDayCalendar } from '../core/calendar.js';
import { addDays, addMonths, type IsoDate } from '../core/dates.js';
import { fail, Issues, ok, type PolicyIssue, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import { optionalDate, requireDate, requireRecord } from '../core/validate.js';
import type { AssessmentParams, CitedParam } from './params.js';

/** The dated milestones of one assessment case; give those that have happened. */
export interface AssessmentMilestones {
  /** The day the deadlines are looked at ("today"). */
  asOf: IsoDate;
  initialReviewPassedDate?: IsoDate;
  forwardedToCityDate?: IsoDate;
  acceptanceDate?: IsoDate;
  /** Day the claimant received the conclusion letter. */
  letterReceivedDate?: IsoDate;
  publicityStartDate?: IsoDate;
  /** A third party's objection to the publicised conclusion. */
  objectionDate?: IsoDate;
  disputeFiledDate?: IsoDate;
  lastConclusionDate?: IsoDate;
  stateChangeApplicationDate?: IsoDate;
  /** Issue date of the severe conclusion whose validity runs. */
  severeConclusionDate?: IsoDate;
  endOfTermAcceptanceDate?: IsoDate;
  endOfTermConclusionDate?: IsoDate;
}

export type AssessmentDeadlineKey =
  | 'recheckAndForward'
  | 'conclusionLetter'
  | 'publicityObjection'
  | 'letterAfterPublicity'
  | 'disputeApplication'
  | 'stateChangeEarliest'
  | 'endOfTermStart'
  | 'severeValidity';

/** deadline: someone must act by `due`; window: a party may act until `due`; earliest: allowed from `due`. */
export type AssessmentDeadlineType = 'deadline' | 'window' | 'earliest';
export type AssessmentDeadlineStatus = 'met' | 'late' | 'overdue' | 'open' | 'closed' | 'notYet' | 'tooEarly';

export interface AssessmentDeadline {
  key: AssessmentDeadlineKey;
  label: string;
  type: AssessmentDeadlineType;
  citation: string;
  from: IsoDate;
  due: IsoDate;
  completedOn: IsoDate | null;
  status: AssessmentDeadlineStatus;
  /** "In principle" (原则上) rules only warn: a person acknowledges with a reason. */
  severity: 'error' | 'warning';
}

export interface AssessmentDeadlinesResult {
  deadlines: AssessmentDeadline[];
  /** Deadlines whose status is late, overdue or tooEarly. */
  problems: (AssessmentDeadline & { requiresAcknowledgment: boolean })[];
  /** Last day a severe conclusion is valid (null when no severe conclusion date was given). */
  validUntil: IsoDate | null;
  /**
   * Planning dates that could not be computed because the calendar lacks a year (e.g. the
   * end-of-term start two years ahead): CALENDAR_YEAR_MISSING naming the year, not fatal.
   */
  calendarGaps: PolicyIssue[];
}

const PROBLEM: AssessmentDeadlineStatus[] = ['late', 'overdue', 'tooEarly'];

function statusOf(
  type: AssessmentDeadlineType,
  from: IsoDate,
  due: IsoDate,
  done: IsoDate | undefined,
  asOf: IsoDate,
): AssessmentDeadlineStatus {
  if (type === 'earliest') {
    if (done) return done >= due ? 'met' : 'tooEarly';
    return asOf >= due ? 'open' : 'notYet';
  }
  if (done) return done < from ? 'tooEarly' : done <= due ? 'met' : 'late';
  if (asOf <= due) return 'open';
  return type === 'deadline' ? 'overdue' : 'closed';
}

/** The latest day X such that the n-th working day after X is still ≤ `end` (product rule for planning). */
function latestStartFor(end: IsoDate, n: number, calendar: WorkingDayCalendar): IsoDate | PolicyIssue {
  let d = end;
  let counted = 0;
  for (;;) {
    const working = isWorkingDay(d, calendar);
    if (typeof working === 'object') return working;
    if (working && ++counted === n) return addDays(d, -1);
    d = addDays(d, -1);
  }
}

/**
 * Every deadline of an assessment case from its dated milestones (Qinhuangdao art. 17, 23–26;
 * Xinjiang art. 22), working days on the official calendar, each flagged when missed.
 * "In principle" deadlines (the 30 working days of art. 23) are warnings to acknowledge, not errors.
 */
export function assessmentDeadlines(
  input: AssessmentMilestones,
  params: AssessmentParams,
  calendar: WorkingDayCalendar,
): PolicyResult<AssessmentDeadlinesResult> {
  const issues = new Issues();
  if (!requireRecord(issues, 'input', input)) return fail(issues.list);
  requireDate(issues, 'asOf', input.asOf);
  const fields = Object.keys(input).filter((k) => k !== 'asOf') as (keyof AssessmentMilestones)[];
  for (const f of fields) optionalDate(issues, f, input[f]);
  const pairs: [keyof AssessmentMilestones, keyof AssessmentMilestones][] = [
    ['forwardedToCityDate', 'initialReviewPassedDate'],
    ['objectionDate', 'publicityStartDate'],
    ['disputeFiledDate', 'letterReceivedDate'],
    ['stateChangeApplicationDate', 'lastConclusionDate'],
    ['endOfTermAcceptanceDate', 'severeConclusionDate'],
    ['endOfTermConclusionDate', 'severeConclusionDate'],
  ];
  for (const [done, start] of pairs)
    if (input[done] && !input[start]) issues.add(start, 'REQUIRED', `${start} is required to check ${done}`);
  const d = params.deadlines;
  const needs: [keyof AssessmentMilestones, keyof typeof d][] = [
    ['initialReviewPassedDate', 'recheckWorkingDays'],
    ['acceptanceDate', 'conclusionWorkingDays'],
    ['publicityStartDate', 'publicityDays'],
    ['letterReceivedDate', 'disputeWorkingDays'],
    ['lastConclusionDate', 'stateChangeMinMonths'],
    ['severeConclusionDate', 'severeValidityMonths'],
  ];
  for (const [milestone, param] of needs)
    if (input[milestone] && d[param].value === null)
      issues.add(
        `params.deadlines.${param}`,
        'PARAMETER_MISSING',
        `${param} is not stated for this region (${d[param].citation}); set it in the policy pack`,
      );
  const bad = issues.result<AssessmentDeadlinesResult>();
  if (bad) return bad;

  const t = new Tracer();
  const deadlines: AssessmentDeadline[] = [];
  const calendarIssues: PolicyIssue[] = [];
  const calendarGaps: PolicyIssue[] = [];
  const asOf = input.asOf;

  const workingDue = (from: IsoDate, param: CitedParam<number | null>): IsoDate | undefined => {
    const r = addWorkingDays(from, param.value!, calendar);
    if (!r.ok) {
      calendarIssues.push(...r.issues);
      return undefined;
    }
    t.include(r.trace);
    return r.value;
  };
  const push = (
    key: AssessmentDeadlineKey,
    label: string,
    type: AssessmentDeadlineType,
    param: CitedParam<number | null> | string,
    from: IsoDate,
    due: IsoDate | undefined,
    done: IsoDate | undefined,
    severity: 'error' | 'warning' = 'error',
  ) => {
    if (!due) return;
    const citation = typeof param === 'string' ? param : param.citation;
    const deadline: AssessmentDeadline = {
      key,
      label,
      type,
      citation,
      from,
      due,
      completedOn: done ?? null,
      status: statusOf(type, from, due, done, asOf),
      severity,
    };
    deadlines.push(t.step(`assessment.deadline.${key}`, citation, { from, due, completedOn: done ?? null, asOf }, deadline));
  };

  if (input.initialReviewPassedDate) {
    const from = input.initialReviewPassedDate;
    push(
      'recheckAndForward',
      '初审通过后复核并报送市医保经办机构',
      'deadline',
      d.recheckWorkingDays,
      from,
      workingDue(from, d.recheckWorkingDays),
      input.forwardedToCityDate,
    );
  }
  if (input.acceptanceDate) {
    const from = input.acceptanceDate;
    const due = workingDue(from, d.conclusionWorkingDays);
    push(
      'conclusionLetter',
      '送达评估结论书（原则上）',
      'deadline',
      d.conclusionWorkingDays,
      from,
      due,
      input.letterReceivedDate,
      'warning',
    );
  }
  if (input.publicityStartDate) {
    const from = input.publicityStartDate;
    const end = addDays(from, d.publicityDays.value!);
    push('publicityObjection', '公示期内第三人实名反映异议', 'window', d.publicityDays, from, end, input.objectionDate);
    push(
      'letterAfterPublicity',
      '公示期满无异议后出具结论书',
      'earliest',
      d.publicityDays,
      from,
      addDays(end, 1),
      input.letterReceivedDate,
    );
  }
  if (input.letterReceivedDate) {
    const from = input.letterReceivedDate;
    push(
      'disputeApplication',
      '收到结论书后申请争议复评',
      'window',
      d.disputeWorkingDays,
      from,
      workingDue(from, d.disputeWorkingDays),
      input.disputeFiledDate,
    );
  }
  if (input.lastConclusionDate) {
    const from = input.lastConclusionDate;
    const due = addMonths(from, d.stateChangeMinMonths.value!);
    push(
      'stateChangeEarliest',
      `原评估结论出具满${d.stateChangeMinMonths.value}个月后可申请状态变更评估`,
      'earliest',
      d.stateChangeMinMonths,
      from,
      due,
      input.stateChangeApplicationDate,
    );
  }
  let validUntil: IsoDate | null = null;
  if (input.severeConclusionDate) {
    const from = input.severeConclusionDate;
    // Civil Code art. 201–202 (product day-counting rule): the issue day is not counted, so 2 years end on the corresponding day.
    validUntil = addMonths(from, d.severeValidityMonths.value!);
    if (d.conclusionWorkingDays.value !== null) {
      const start = latestStartFor(validUntil, d.conclusionWorkingDays.value, calendar);
      if (typeof start === 'object') calendarGaps.push({ ...start, path: 'endOfTermStart' });
      else
        push(
          'endOfTermStart',
          '期末评估最迟受理日（留足结论送达时限）',
          'deadline',
          `Product rule: start the end-of-term assessment so that ${d.conclusionWorkingDays.citation}'s ${d.conclusionWorkingDays.value} working days end by the expiry (${d.severeValidityMonths.citation})`,
          from,
          start,
          input.endOfTermAcceptanceDate,
          'warning',
        );
    }
    push('severeValidity', '有效期届满前完成期末评估', 'deadline', d.severeValidityMonths, from, validUntil, input.endOfTermConclusionDate);
  }
  if (calendarIssues.length) return { ok: false, issues: calendarIssues };

  const problems = deadlines
    .filter((x) => PROBLEM.includes(x.status))
    .map((x) => ({ ...x, requiresAcknowledgment: x.severity === 'warning' }));
  return ok({ deadlines, problems, validUntil, calendarGaps }, t.steps);
}

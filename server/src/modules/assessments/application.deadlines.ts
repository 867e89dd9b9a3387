import {
  type AssessmentDeadline,
  type AssessmentMilestones,
  type AssessmentParams,
  assessmentDeadlines,
  type PolicyIssue,
  type WorkingDayCalendar,
} from '@ltci/shared';
import type { AssessmentApplication } from './application.entity.js';

export interface ApplicationDeadlines {
  deadlines: AssessmentDeadline[];
  /** A deadline the calendar cannot give (a year it lacks: CALENDAR_YEAR_MISSING naming the year), reported, never guessed. */
  issues: (PolicyIssue & { deadline: string })[];
}

/**
 * The deadlines of one application from the dates its steps recorded (Qinhuangdao art. 17, 23, 24,
 * 26), each group computed on its own so that a year missing from the calendar for one deadline
 * (e.g. the 30 working days of art. 23 running into next year) is reported for that one while the
 * others are still shown.
 */
export function applicationDeadlines(
  a: AssessmentApplication,
  params: AssessmentParams,
  calendar: WorkingDayCalendar,
  asOf: string,
): ApplicationDeadlines {
  const has = <K extends keyof AssessmentMilestones>(k: K, v: string | null) => (v ? { [k]: v } : {});
  const groups: [string, Partial<AssessmentMilestones>][] = [
    ['recheckAndForward', { ...has('initialReviewPassedDate', a.acceptedOn), ...has('forwardedToCityDate', a.forwardedOn) }],
    ['conclusionLetter', { ...has('acceptanceDate', a.acceptedOn), ...has('letterReceivedDate', a.letterReceivedOn) }],
    ['publicityObjection', { ...has('publicityStartDate', a.publicityStart), ...has('objectionDate', a.objectionOn) }],
    ['disputeApplication', { ...has('letterReceivedDate', a.letterReceivedOn), ...has('disputeFiledDate', a.disputedOn) }],
    [
      'severeValidity',
      a.state === 'final' && a.recordedGrade !== null && params.qualifyingGrades.value.includes(a.recordedGrade as never)
        ? has('severeConclusionDate', a.letterIssuedOn)
        : {},
    ],
  ];
  const deadlines: AssessmentDeadline[] = [];
  const issues: ApplicationDeadlines['issues'] = [];
  for (const [deadline, milestones] of groups) {
    if (!Object.keys(milestones).length) continue;
    const r = assessmentDeadlines({ asOf, ...milestones }, params, calendar);
    if (!r.ok) issues.push(...r.issues.map((i) => ({ ...i, deadline })));
    else {
      for (const d of r.value.deadlines) if (!deadlines.some((x) => x.key === d.key)) deadlines.push(d);
      issues.push(...r.value.calendarGaps.map((i) => ({ ...i, deadline: i.path })));
    }
  }
  return { deadlines, issues };
}

export const dueOf = (d: ApplicationDeadlines, key: AssessmentDeadline['key']) => d.deadlines.find((x) => x.key === key)?.due ?? null;

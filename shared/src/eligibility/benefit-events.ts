import { CARE_MODES, type CareMode } from '../benefits/params.js';
import { CONTRIBUTION_CATEGORIES, type ContributionCategory } from '../contributions/params.js';
import { type IsoDate, isIsoDate } from '../core/dates.js';
import { Issues } from '../core/result.js';
import { shown } from '../core/shown.js';
import { requireRecord, requireRecordList } from '../core/validate.js';
import type { EligibilityParams } from './params.js';

/**
 * One dated fact about a claimant. `date` is the day it happened: the conclusion letter's date,
 * the day a care plan was accepted, the admission or discharge day, a day in the first month of
 * arrears, the day a back-payment arrived, the day of death, the first day with (or without) a
 * work-injury nursing allowance, the day a sanction or a reinstatement was decided.
 */
export type BenefitEvent =
  | { type: 'conclusion'; date: IsoDate; severe: boolean; grade?: number }
  | { type: 'carePlanAccepted'; date: IsoDate; careMode: CareMode; institution: string }
  | { type: 'careModeChange'; date: IsoDate; careMode: CareMode }
  | { type: 'institutionChange'; date: IsoDate; institution: string }
  | { type: 'categoryChange'; date: IsoDate; category: ContributionCategory }
  | { type: 'hospitalAdmission'; date: IsoDate }
  | { type: 'hospitalDischarge'; date: IsoDate }
  | { type: 'arrearsBegin'; date: IsoDate }
  | { type: 'backPaymentArrived'; date: IsoDate }
  | { type: 'death'; date: IsoDate }
  | { type: 'workInjuryAllowanceStart'; date: IsoDate }
  | { type: 'workInjuryAllowanceEnd'; date: IsoDate }
  /** `until`: the last day of a suspension (Qinhuangdao art. 71: a reinstatement only after it). */
  | { type: 'sanction'; date: IsoDate; action: 'suspend' | 'revoke'; until?: IsoDate }
  | { type: 'reinstated'; date: IsoDate };

export type BenefitEventType = BenefitEvent['type'];

export const BENEFIT_EVENT_TYPES: readonly BenefitEventType[] = [
  'conclusion',
  'carePlanAccepted',
  'careModeChange',
  'institutionChange',
  'categoryChange',
  'hospitalAdmission',
  'hospitalDischarge',
  'arrearsBegin',
  'backPaymentArrived',
  'death',
  'workInjuryAllowanceStart',
  'workInjuryAllowanceEnd',
  'sanction',
  'reinstated',
];

export interface BenefitDatesInput {
  /** The insured category at the first event. */
  category: ContributionCategory;
  events: BenefitEvent[];
}

/** The events with their original index, by date (same-day events keep their given order). */
export function sortedEvents(events: BenefitEvent[]): Array<{ index: number; event: BenefitEvent }> {
  return events
    .map((event, index) => ({ index, event }))
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.index - b.index));
}

function fieldIssues(e: BenefitEvent, path: string, issues: Issues): void {
  if (!BENEFIT_EVENT_TYPES.includes(e.type)) {
    issues.add(`${path}.type`, 'NOT_ALLOWED', `type must be one of ${BENEFIT_EVENT_TYPES.join(', ')}, got ${shown(e.type)}`);
    return;
  }
  if (!isIsoDate(e.date)) issues.add(`${path}.date`, 'INVALID_DATE', `date must be YYYY-MM-DD, got ${shown(e.date)}`);
  if (e.type === 'conclusion') {
    if (typeof e.severe !== 'boolean') issues.add(`${path}.severe`, 'REQUIRED', 'severe must be true or false');
    if (e.grade !== undefined && (!Number.isInteger(e.grade) || e.grade < 0 || e.grade > 5))
      issues.add(`${path}.grade`, 'OUT_OF_RANGE', 'grade must be 0–5');
  }
  if ((e.type === 'carePlanAccepted' || e.type === 'careModeChange') && !CARE_MODES.includes(e.careMode)) {
    issues.add(`${path}.careMode`, 'NOT_ALLOWED', `careMode must be one of ${CARE_MODES.join(', ')}`);
  }
  if (e.type === 'carePlanAccepted' || e.type === 'institutionChange') issues.required(`${path}.institution`, e.institution);
  if (e.type === 'categoryChange' && !CONTRIBUTION_CATEGORIES.includes(e.category))
    issues.add(`${path}.category`, 'NOT_ALLOWED', 'unknown insured category');
  if (e.type === 'sanction') {
    if (e.action !== 'suspend' && e.action !== 'revoke') issues.add(`${path}.action`, 'NOT_ALLOWED', 'action must be suspend or revoke');
    if (e.until !== undefined && !isIsoDate(e.until)) issues.add(`${path}.until`, 'INVALID_DATE', 'until must be YYYY-MM-DD');
  }
}

/** Events that open or close a state; a close without an open (or a second open) is out of order. */
const PAIRS: Partial<Record<BenefitEventType, { key: string; opens: boolean; message: string }>> = {
  hospitalAdmission: { key: 'hospital', opens: true, message: 'admitted while already in hospital' },
  hospitalDischarge: { key: 'hospital', opens: false, message: 'discharge without an admission' },
  arrearsBegin: { key: 'arrears', opens: true, message: 'arrears begin while already in arrears' },
  backPaymentArrived: { key: 'arrears', opens: false, message: 'back-payment without arrears' },
  workInjuryAllowanceStart: { key: 'injury', opens: true, message: 'the allowance is already running' },
  workInjuryAllowanceEnd: { key: 'injury', opens: false, message: 'allowance end without a start' },
  sanction: { key: 'sanction', opens: true, message: 'a sanction is already in force' },
  reinstated: { key: 'sanction', opens: false, message: 'reinstatement without a sanction' },
};

/** Problems with the order of events: a discharge without an admission, anything after death, … */
function sequenceIssues(input: BenefitDatesInput, params: EligibilityParams, issues: Issues): void {
  const open = new Set<string>();
  let sanctionUntil: IsoDate | undefined;
  let death: IsoDate | null = null;
  for (const { index, event: e } of sortedEvents(input.events)) {
    const path = `events.${index}`;
    if (death) issues.add(path, 'NOT_ALLOWED', `${e.type} on ${e.date} is after the death on ${death}`);
    const pair = PAIRS[e.type];
    if (pair && open.has(pair.key) === pair.opens) issues.add(path, 'NOT_ALLOWED', pair.message);
    else if (pair?.opens) open.add(pair.key);
    else if (pair) open.delete(pair.key);
    if (e.type === 'sanction') sanctionUntil = e.until;
    // Qinhuangdao art. 71 “应在限制或暂停期限届满后…重新提出申请”: `until` is the sanction's last day, so a reinstatement comes after it.
    if (e.type === 'reinstated' && sanctionUntil && e.date <= sanctionUntil) {
      issues.add(path, 'NOT_ALLOWED', `reinstated before the sanction ends after ${sanctionUntil} (${params.citations.reinstatement})`);
    }
    if (e.type === 'death') death = e.date;
    if ((e.type === 'arrearsBegin' || e.type === 'backPaymentArrived') && params.arrears === null) {
      issues.add('params.arrears', 'PARAMETER_MISSING', `${params.source} does not state how arrears affect benefits`);
    }
    if (e.type === 'categoryChange' && params.categoryChange === null) {
      issues.add('params.categoryChange', 'PARAMETER_MISSING', `${params.source} does not state when a change of insured category applies`);
    }
  }
}

export function benefitDatesIssues(input: BenefitDatesInput, params: EligibilityParams): Issues {
  const issues = new Issues();
  if (!requireRecord(issues, 'input', input)) return issues;
  if (!CONTRIBUTION_CATEGORIES.includes(input.category)) issues.add('category', 'NOT_ALLOWED', 'unknown insured category');
  if (!requireRecordList(issues, 'events', input.events)) return issues;
  for (const [i, e] of input.events.entries()) fieldIssues(e, `events.${i}`, issues);
  if (issues.empty) sequenceIssues(input, params, issues);
  // one PARAMETER_MISSING per parameter is enough
  const seen = new Set<string>();
  const unique = issues.list.filter((i) => (i.code !== 'PARAMETER_MISSING' ? true : !seen.has(i.path) && !!seen.add(i.path)));
  issues.list.splice(0, issues.list.length, ...unique);
  return issues;
}

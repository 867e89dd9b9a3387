import type { ApplicationAction, AssessmentParams } from '@ltci/shared';
import { BadUserInputError } from '../../common/errors.js';
import { todayInChina } from '../../common/today.js';
import { type ApplicationDeadlines, dueOf } from './application.deadlines.js';
import type { AssessmentApplication } from './application.entity.js';
import type { LifecycleFacts } from './application.facts.js';

/** What a decided step records besides the state: its date, and what its input gave (Qinhuangdao art. 17–24). */
export function stepChanges(
  _row: AssessmentApplication,
  action: ApplicationAction,
  input: Readonly<Record<string, unknown>>,
): Partial<AssessmentApplication> {
  const today = todayInChina();
  switch (action) {
    case 'accept':
      return { acceptedOn: today };
    case 'forward':
      return { forwardedOn: today };
    case 'dispatch':
      return { institutionId: String(input.institutionId), dispatchedOn: today };
    case 'conclude':
      return { recordedGrade: Number(input.grade), confirmingExpertIds: [...new Set(input.expertIds as string[])], concludedOn: today };
    case 'return_conclusion':
      return { recordedGrade: null, confirmingExpertIds: [], concludedOn: null };
    case 'city_review':
      return { publicityStart: today };
    case 'dismiss_objection':
    case 'uphold_objection':
      return { objectionPending: false };
    case 'issue_letter': {
      const late = typeof input.lateReason === 'string' ? input.lateReason.trim().slice(0, 500) : '';
      return { letterIssuedOn: today, letterReceivedOn: String(input.receivedOn), letterLateReason: late || null };
    }
    case 'dispute':
      return { disputedOn: today };
    case 'finalize':
      return { finalOn: today };
    default:
      return {};
  }
}

/**
 * The lifecycle facts of a row on a list page, without the step's input: what the input decides
 * (the institution chosen at dispatch, the experts and grade of the conclusion) is checked when the
 * step is taken, so the button is not blocked by what its form has yet to supply.
 */
export function pageFacts(row: AssessmentApplication, params: AssessmentParams, deadlines: ApplicationDeadlines): LifecycleFacts {
  return {
    institutionAgreementActive: true,
    sameInstitutionAsFirst: false,
    confirmingExperts: params.assessors.minConfirmingExperts.value ?? 2,
    recordedGrade: row.computedGrade,
    gradeChangedFromFirst: false,
    ...deadlineFacts(deadlines),
  };
}

export function deadlineFacts(deadlines: ApplicationDeadlines) {
  return {
    publicityEndsOn: dueOf(deadlines, 'publicityObjection'),
    disputeWindowEndsOn: dueOf(deadlines, 'disputeApplication'),
    letterDueOn: dueOf(deadlines, 'conclusionLetter'),
  };
}

/** The deadline each step reads; when the calendar lacks its year the step is refused naming the year, never guessed. */
const NEEDS: Partial<Record<string, string>> = {
  issue_letter: 'conclusionLetter',
  dispute: 'disputeApplication',
  finalize: 'disputeApplication',
};

export function refuseCalendarGap(action: string, deadlines: ApplicationDeadlines): void {
  const key = NEEDS[action];
  const gap = key && deadlines.issues.find((i) => i.deadline === key);
  if (gap)
    throw new BadUserInputError({ [key]: gap.message }, gap.message, {
      reason: gap.code,
      issues: [{ code: gap.code, path: key, params: { deadline: key } }],
    });
}

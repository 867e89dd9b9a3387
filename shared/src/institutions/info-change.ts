import { addWorkingDays, type WorkingDayCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { fail, Issues, ok, type PolicyResult } from '../core/result.js';
import { shown } from '../core/shown.js';
import { Tracer } from '../core/trace.js';
import { optionalDate, requireDate, requireRecord } from '../core/validate.js';
import type { Label } from '../rights/roles.js';
import type { InstitutionParams, MajorInfoChange } from './params.js';

export interface InfoChangeInput {
  /** Day the authorities approved the change. */
  approvalDate: IsoDate;
  changes: (MajorInfoChange | 'other')[];
  /** Day the institution applied to the agency, if it has. */
  appliedOn?: IsoDate;
  /** Being investigated or dealt with for violations (no change may be applied for meanwhile). */
  underInvestigation?: boolean;
  /** Still meets the designation requirements after the change (checked by the agency). */
  qualifiesAfterChange?: boolean;
}

export interface InfoChangeResult {
  major: boolean;
  /** Last day to apply (null for general changes: tell the agency promptly). */
  due: IsoDate | null;
  status: 'onTime' | 'late' | 'notYetApplied' | 'notifyPromptly';
  applicationAllowed: boolean;
  agreementTerminated: boolean;
}

/** The kinds of change art. 21 names as major, and `other` (a general change: tell the agency promptly). */
export const INFO_CHANGE_KIND_LABELS: Record<MajorInfoChange | 'other', Label> = {
  name: { zh: '名称', en: 'Name' },
  legalRepresentative: { zh: '法定代表人', en: 'Legal representative' },
  principal: { zh: '主要负责人', en: 'Principal' },
  actualController: { zh: '实际控制人', en: 'Actual controller' },
  registeredAddress: { zh: '注册地址', en: 'Registered address' },
  bankAccount: { zh: '银行账户', en: 'Bank account' },
  businessScope: { zh: '经营范围', en: 'Business scope' },
  nature: { zh: '机构性质', en: 'Nature' },
  other: { zh: '其他一般信息', en: 'Other (general)' },
};

const MAJOR: MajorInfoChange[] = [
  'name',
  'legalRepresentative',
  'principal',
  'actualController',
  'registeredAddress',
  'bankAccount',
  'businessScope',
  'nature',
];

/**
 * Information change of a designated assessment institution (Xinjiang art. 21): a major change
 * is applied for within 30 working days of the authorities' approval; not while under
 * investigation; an institution that no longer qualifies afterwards loses its agreement.
 */
export function infoChangeDeadline(
  input: InfoChangeInput,
  params: InstitutionParams,
  calendar: WorkingDayCalendar,
): PolicyResult<InfoChangeResult> {
  const issues = new Issues();
  if (!requireRecord(issues, 'input', input)) return fail(issues.list);
  if (!params.designation)
    issues.add('params.designation', 'PARAMETER_MISSING', 'the information-change rule is not stated for this region');
  requireDate(issues, 'approvalDate', input.approvalDate);
  optionalDate(issues, 'appliedOn', input.appliedOn);
  if (!Array.isArray(input.changes) || input.changes.length === 0) issues.add('changes', 'REQUIRED', 'changes is required');
  else
    input.changes.forEach((c, i) => {
      if (c !== 'other' && !MAJOR.includes(c)) issues.add(`changes.${i}`, 'NOT_ALLOWED', `unknown change ${shown(c)}`);
    });
  const bad = issues.result<InfoChangeResult>();
  if (bad) return bad;

  const t = new Tracer();
  const major = t.step(
    'institutions.infoChange.major',
    'Xinjiang art. 21',
    { changes: input.changes },
    input.changes.some((c) => c !== 'other'),
  );
  let due: IsoDate | null = null;
  if (major) {
    const r = addWorkingDays(input.approvalDate, params.designation!.infoChangeWorkingDays, calendar);
    if (!r.ok) return r;
    t.include(r.trace);
    due = t.step(
      'institutions.infoChange.due',
      'Xinjiang art. 21',
      { approvalDate: input.approvalDate, workingDays: params.designation!.infoChangeWorkingDays },
      r.value,
    );
  }
  const status: InfoChangeResult['status'] = !major
    ? 'notifyPromptly'
    : !input.appliedOn
      ? 'notYetApplied'
      : input.appliedOn <= due!
        ? 'onTime'
        : 'late';
  const applicationAllowed = t.step(
    'institutions.infoChange.allowed',
    'Xinjiang art. 21',
    { underInvestigation: input.underInvestigation ?? false },
    input.underInvestigation !== true,
  );
  const agreementTerminated = t.step(
    'institutions.infoChange.stillQualified',
    'Xinjiang art. 21',
    { qualifiesAfterChange: input.qualifiesAfterChange ?? null },
    input.qualifiesAfterChange === false,
  );
  return ok({ major, due, status, applicationAllowed, agreementTerminated }, t.steps);
}

import type { AgreementState } from '../agreements/agreement-workflow.js';
import type { WorkingDayCalendar } from '../core/calendar.js';
import { addDays, daysBetween, type IsoDate } from '../core/dates.js';
import { fail, Issues, ok, type PolicyResult } from '../core/result.js';
import { type Trace, Tracer } from '../core/trace.js';
import { requireDate } from '../core/validate.js';
import { type InfoChangeInput, infoChangeDeadline } from '../institutions/info-change.js';
import type { InstitutionParams } from '../institutions/params.js';
import type { RightId } from '../rights/rights.js';
import type { Label } from '../rights/roles.js';

export type TodoColour = 'red' | 'orange' | 'yellow' | 'green';

/** Product rule: overdue is red, up to 7 days left orange, up to 30 yellow, more green. */
export const TODO_COLOUR_THRESHOLDS = { orangeWithin: 7, yellowWithin: 30 } as const;

export interface TodoRecordRef {
  /** The resource as the dashboard names it, e.g. `ServiceAgreement`. */
  resource: string;
  id: string;
  /** What the list shows, e.g. the agreement number or the institution name. */
  title?: string;
}

export interface TodoItem {
  kind: string;
  record: TodoRecordRef;
  dueDate: IsoDate;
  /** Calendar days from today to the due date (negative when overdue). */
  daysLeft: number;
  colour: TodoColour;
  citation: string;
}

/** A kind of to-do: who sees it (a right), how far ahead it appears, and where the deadline comes from. */
export interface TodoKind {
  kind: string;
  label: Label;
  right: RightId;
  /** Shown from this many days before the due date (null: from the moment it exists). */
  windowDays: number | null;
  citation: string;
}

/** The registry of to-do kinds; each later capability adds its own. */
export const TODO_KINDS = {
  agreementExpiry: {
    kind: 'agreementExpiry',
    label: { zh: '服务协议即将到期', en: 'Agreement expiring' },
    right: 'agreement.update',
    windowDays: 60,
    citation: 'Xinjiang art. 10; Product rule: reminders 60 days before an agreement expires',
  },
  infoChange: {
    kind: 'infoChange',
    label: { zh: '机构重大信息变更待申请', en: 'Information change to apply for' },
    right: 'institution.update',
    windowDays: null,
    citation: 'Xinjiang art. 21',
  },
  fundWarning: {
    kind: 'fundWarning',
    label: { zh: '基金预警待处理', en: 'Fund warning to act on' },
    right: 'fund.acknowledge',
    windowDays: null,
    citation: 'Qinhuangdao art. 58; Product rule: an open fund warning is acknowledged with a note within 5 days of being raised',
  },
  certificateExpiry: {
    kind: 'certificateExpiry',
    label: { zh: '人员证书即将到期', en: 'Staff certificate expiring' },
    right: 'institution.update',
    windowDays: 60,
    citation: 'Xinjiang art. 6(2); Product rule: reminders 60 days before a staff certificate expires',
  },
  tpaSelfCheck: {
    kind: 'tpaSelfCheck',
    label: { zh: '委托经办年度自查待提交', en: 'TPA self-check to file' },
    right: 'tpaAssessment.submit_self_check',
    windowDays: null,
    citation: 'Tianjin art. 13, 16; Product rule: the self-check is due by 31 January after the year',
  },
  tpaOnSite: {
    kind: 'tpaOnSite',
    label: { zh: '委托经办实地考核或评议待办理', en: 'TPA on-site assessment or review to do' },
    right: 'tpaAssessment.submit_on_site',
    windowDays: null,
    citation: 'Tianjin art. 13, 16; Product rule: on-site assessment and review are due by 31 March after the year',
  },
  tpaPayment: {
    kind: 'tpaPayment',
    label: { zh: '经办服务费拨付待复核', en: 'TPA fee payment to approve' },
    right: 'tpaFeePayment.approve',
    windowDays: null,
    citation: 'Qinhuangdao art. 63; Product rule: maker-checker, due on the payment date',
  },
  tpaRectification: {
    kind: 'tpaRectification',
    label: { zh: '委托经办机构限期整改', en: 'TPA rectification due' },
    right: 'tpaRectification.close',
    windowDays: null,
    citation: 'Tianjin art. 20',
  },
  scorecardApproval: {
    kind: 'scorecardApproval',
    label: { zh: '年度考核评分表待复核签发', en: 'Scorecard awaiting your sign-off' },
    right: 'scorecard.approve',
    windowDays: null,
    citation: 'Xinjiang art. 27; Product rule: a submitted scorecard is signed off by a second inspector within 10 days',
  },
  complaintOpen: {
    kind: 'complaintOpen',
    label: { zh: '投诉待调查办结', en: 'Complaint to conclude' },
    right: 'complaint.transition',
    windowDays: null,
    citation: 'Qinhuangdao art. 72; Product rule: a complaint is concluded within 30 days of its receipt',
  },
  auditFlagsOpen: {
    kind: 'auditFlagsOpen',
    label: { zh: '智能审核阻断标记待决定', en: 'Blocking audit flags to decide' },
    right: 'auditFlag.decide',
    windowDays: null,
    citation:
      'Qinhuangdao art. 55, 57; Product rule: blocking flags are decided by the 20th of the next month, so the month can be settled',
  },
  fundGrantApproval: {
    kind: 'fundGrantApproval',
    label: { zh: '财政补助与社会捐助待复核入账', en: 'Subsidy or donation to approve' },
    right: 'fundGrant.approve',
    windowDays: null,
    citation: 'Qinhuangdao art. 51; Product rule: maker-checker, due on the payment date',
  },
  designationReview: {
    kind: 'designationReview',
    label: { zh: '定点申请审核期限将届满', en: 'Designation review due' },
    right: 'designation.transition',
    windowDays: 30,
    citation: 'Xinjiang art. 8: 自受理之日起不超过3个月，补充材料时间不计入; Product rule: shown 30 days before the review is due',
  },
  rectificationDue: {
    kind: 'rectificationDue',
    label: { zh: '整改期限临近或已逾期', en: 'Rectification near or past due' },
    right: 'rectification.transition',
    windowDays: 14,
    citation: 'Qinhuangdao art. 68; Product rule: reminders 14 days before a rectification is due',
  },
  assessmentDeadline: {
    kind: 'assessmentDeadline',
    label: { zh: '评估时限临近或已逾期', en: 'Assessment deadline near or past' },
    right: 'assessment.transition',
    windowDays: 7,
    citation: 'Qinhuangdao art. 17, 23; Product rule: an assessment deadline shows 7 days ahead, red once past',
  },
  assessmentLetter: {
    kind: 'assessmentLetter',
    label: { zh: '评估结论书待出具送达', en: 'Conclusion letter to deliver' },
    right: 'assessment.issue_letter',
    windowDays: null,
    citation: 'Qinhuangdao art. 23: 原则上自申请受理之日起30个工作日内送达',
  },
  assessmentDispute: {
    kind: 'assessmentDispute',
    label: { zh: '复评申请待受理', en: 'Re-assessment to take in' },
    right: 'assessment.accept',
    windowDays: null,
    citation: 'Qinhuangdao art. 17, 24; Product rule: a dispute or upheld objection is taken in within 5 working days',
  },
  assessmentEndOfTerm: {
    kind: 'assessmentEndOfTerm',
    label: { zh: '重度失能结论有效期将满，待期末评估', en: 'End-of-term assessment due' },
    right: 'assessment.create',
    windowDays: 90,
    citation: 'Qinhuangdao art. 26; Product rule: the end-of-term assessment shows 90 days before a severe conclusion’s two years end',
  },
  carePlanAcceptance: {
    kind: 'carePlanAcceptance',
    label: { zh: '护理服务计划待备案', en: 'Care plan awaiting acceptance' },
    right: 'carePlan.accept',
    windowDays: null,
    citation: 'Qinhuangdao art. 30; Product rule: a drafted care plan is accepted or returned within 5 days of its drafting',
  },
  sanctionEnding: {
    kind: 'sanctionEnding',
    label: { zh: '待遇资格暂停或取消期限将届满', en: 'Sanction period ending' },
    right: 'sanction.reinstate',
    windowDays: 30,
    citation: 'Qinhuangdao art. 71; Product rule: reminders 30 days before a sanction’s period ends',
  },
  sanctionApproval: {
    kind: 'sanctionApproval',
    label: { zh: '待遇资格处理待审批', en: 'Sanction awaiting your approval' },
    right: 'sanction.approve',
    windowDays: null,
    citation: 'Qinhuangdao art. 69; Product rule: a proposed sanction is approved by a second officer within 5 days',
  },
  leaseExpiry: {
    kind: 'leaseExpiry',
    label: { zh: '机构场所租期即将届满', en: 'Premises lease ending' },
    right: 'institution.update',
    windowDays: 60,
    citation: 'Xinjiang art. 6(3), 7(4); Product rule: reminders 60 days before a lease ends',
  },
} as const satisfies Record<string, TodoKind>;

export type TodoKindId = keyof typeof TODO_KINDS;

export function todoColour(
  daysLeft: number,
  thresholds: { orangeWithin: number; yellowWithin: number } = TODO_COLOUR_THRESHOLDS,
): TodoColour {
  if (daysLeft < 0) return 'red';
  if (daysLeft <= thresholds.orangeWithin) return 'orange';
  if (daysLeft <= thresholds.yellowWithin) return 'yellow';
  return 'green';
}

/** One item due on `dueDate`, seen on `asOf`. */
export function todoItem(kind: TodoKindId, record: TodoRecordRef, dueDate: IsoDate, asOf: IsoDate): TodoItem {
  const daysLeft = daysBetween(asOf, dueDate);
  return { kind, record, dueDate, daysLeft, colour: todoColour(daysLeft), citation: TODO_KINDS[kind].citation };
}

/** Whether an item due on `dueDate` is within its kind's window on `asOf`. */
export function isTodoDue(kind: TodoKindId, dueDate: IsoDate, asOf: IsoDate): boolean {
  const window: number | null = TODO_KINDS[kind].windowDays;
  return window === null || daysBetween(asOf, dueDate) <= window;
}

/** Most urgent first; ties by kind and record id, so that the order is stable. */
export function sortTodos(items: readonly TodoItem[]): TodoItem[] {
  return [...items].sort((a, b) => a.daysLeft - b.daysLeft || a.kind.localeCompare(b.kind) || a.record.id.localeCompare(b.record.id));
}

/** An agreement in force (active, suspended or pending termination) whose term ends within 60 days, or ended unmarked. */
export function agreementExpiryTodo(
  agreement: { id: string; number?: string | null; state: AgreementState; endDate: IsoDate | null },
  asOf: IsoDate,
): TodoItem | null {
  if (!agreement.endDate || !['active', 'suspended', 'termination_pending'].includes(agreement.state)) return null;
  if (!isTodoDue('agreementExpiry', agreement.endDate, asOf)) return null;
  const title = agreement.number ?? undefined;
  return todoItem(
    'agreementExpiry',
    { resource: 'ServiceAgreement', id: agreement.id, ...(title ? { title } : {}) },
    agreement.endDate,
    asOf,
  );
}

/**
 * A major information change not yet applied for: due 30 working days after the authorities'
 * approval (Xinjiang art. 21, computed by `infoChangeDeadline` on the working-day calendar).
 */
export function infoChangeTodo(
  institution: { id: string; name?: string },
  change: InfoChangeInput,
  asOf: IsoDate,
  params: InstitutionParams,
  calendar: WorkingDayCalendar,
): PolicyResult<TodoItem | null> {
  const issues = new Issues();
  requireDate(issues, 'asOf', asOf);
  if (!issues.empty) return fail(issues.list);
  const r = infoChangeDeadline(change, params, calendar);
  if (!r.ok) return r;
  const t = new Tracer();
  t.include(r.trace);
  const pending = r.value.status === 'notYetApplied';
  const item = pending
    ? todoItem(
        'infoChange',
        { resource: 'Institution', id: institution.id, ...(institution.name ? { title: institution.name } : {}) },
        r.value.due!,
        asOf,
      )
    : null;
  t.step('todo.infoChange', 'Xinjiang art. 21', { status: r.value.status, due: r.value.due, asOf }, item ? item.colour : null);
  return ok(item, t.steps);
}

/**
 * The trace behind an item's figures, for the dashboard's explained figure: the due date's source,
 * the days left from `asOf` and the colour they give (the kind's own steps, e.g. the working-day
 * deadline of an information change, come first in `before`).
 */
export function todoTrace(item: TodoItem, asOf: IsoDate, before: Trace = []): Trace {
  const t = new Tracer();
  t.include(before);
  const kind = TODO_KINDS[item.kind as TodoKindId];
  if (item.kind === 'agreementExpiry')
    t.step('todo.agreementExpiry', kind.citation, { endDate: item.dueDate, windowDays: kind.windowDays }, item.dueDate);
  if (item.kind === 'fundWarning') t.step('todo.fundWarning', kind.citation, { dueDays: FUND_WARNING_DUE_DAYS }, item.dueDate);
  if (item.kind === 'certificateExpiry')
    t.step('todo.certificateExpiry', kind.citation, { expiresOn: item.dueDate, windowDays: kind.windowDays }, item.dueDate);
  if (item.kind === 'leaseExpiry')
    t.step('todo.leaseExpiry', kind.citation, { leaseEndsOn: item.dueDate, windowDays: kind.windowDays }, item.dueDate);
  t.step(
    'todo.daysLeft',
    'Product rule: days left are calendar days from today to the due date',
    { asOf, dueDate: item.dueDate },
    item.daysLeft,
  );
  t.step(
    'todo.colour',
    'Product rule: reminders — overdue red, up to 7 days orange, up to 30 yellow, more green',
    {
      daysLeft: item.daysLeft,
      ...TODO_COLOUR_THRESHOLDS,
    },
    item.colour,
  );
  return t.steps;
}

/** Product rule: an open fund warning is acted on (acknowledged with a note) within this many days of being raised. */
export const FUND_WARNING_DUE_DAYS = 5;

/** An open fund warning (Qinhuangdao art. 58, 63, 50 ¶3; 账实相符) as a to-do of the fund managers, due 5 days after it was raised. */
export function fundWarningTodo(
  warning: { id: string; message: string; state: string; raisedOn: IsoDate },
  asOf: IsoDate,
): TodoItem | null {
  if (warning.state !== 'open') return null;
  return todoItem(
    'fundWarning',
    { resource: 'FundWarning', id: warning.id, title: warning.message },
    addDays(warning.raisedOn, FUND_WARNING_DUE_DAYS),
    asOf,
  );
}

/**
 * A staff member's certificate that expires within 60 days, or has expired (Xinjiang art. 6(2):
 * assessors and experts hold the corresponding qualification). The record is the institution.
 */
export function certificateExpiryTodo(
  certificate: { institutionId: string; institutionName?: string; staffName: string; name: string; expiresOn: IsoDate | null },
  asOf: IsoDate,
): TodoItem | null {
  if (!certificate.expiresOn || !isTodoDue('certificateExpiry', certificate.expiresOn, asOf)) return null;
  const title = `${certificate.institutionName ? `${certificate.institutionName}：` : ''}${certificate.staffName}（${certificate.name}）`;
  return todoItem('certificateExpiry', { resource: 'Institution', id: certificate.institutionId, title }, certificate.expiresOn, asOf);
}

/**
 * A leased institution whose lease of its premises ends within 60 days, or has ended (Xinjiang
 * art. 6(3): fixed premises; art. 7(4): the lease valid at least 2 years). The record is the institution.
 */
export function leaseExpiryTodo(
  institution: { id: string; name?: string; tenure: 'owned' | 'leased' | null; leaseEndsOn: IsoDate | null },
  asOf: IsoDate,
): TodoItem | null {
  if (institution.tenure !== 'leased' || !institution.leaseEndsOn || !isTodoDue('leaseExpiry', institution.leaseEndsOn, asOf)) return null;
  const title = institution.name ? `${institution.name}：场所租期至${institution.leaseEndsOn}` : undefined;
  return todoItem(
    'leaseExpiry',
    { resource: 'Institution', id: institution.id, ...(title ? { title } : {}) },
    institution.leaseEndsOn,
    asOf,
  );
}

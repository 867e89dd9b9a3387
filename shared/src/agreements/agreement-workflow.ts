import { type IsoDate, isIsoDate } from '../core/dates.js';
import type { PolicyIssue } from '../core/result.js';
import { shown } from '../core/shown.js';
import { rolesWith } from '../rights/rights.js';
import type { Label } from '../rights/roles.js';
import type { Guard, Workflow } from '../workflow/types.js';
import { agreementTermIssues } from './agreement-term.js';

export const AGREEMENT_STATES = ['draft', 'active', 'suspended', 'termination_pending', 'terminated', 'expired'] as const;
export type AgreementState = (typeof AGREEMENT_STATES)[number];

export const AGREEMENT_ACTIONS = [
  'activate',
  'suspend',
  'resume',
  'propose_termination',
  'approve_termination',
  'reject_termination',
  'expire',
] as const;
export type AgreementAction = (typeof AGREEMENT_ACTIONS)[number];

/** Why an agreement was terminated: violation and severe breach bar a new designation (Xinjiang art. 12(二)(三)). */
export const TERMINATION_KINDS = ['violation', 'severe_breach', 'expiry', 'institution_request', 'no_longer_qualifies'] as const;
export type TerminationKind = (typeof TERMINATION_KINDS)[number];

export const TERMINATION_KIND_LABELS: Record<TerminationKind, Label> = {
  violation: { zh: '因违法违规解除', en: 'Violation of law or rules' },
  severe_breach: { zh: '因严重违反协议约定解除', en: 'Severe breach of the agreement' },
  expiry: { zh: '期满不再续签', en: 'Expiry without renewal' },
  institution_request: { zh: '机构申请解除', en: 'At the institution’s request' },
  no_longer_qualifies: { zh: '信息变更后不再符合定点条件（新疆办法第二十一条）', en: 'No longer qualifies after an information change' },
};

/** The plain facts the guards read, loaded by the server in the transaction that takes the step. */
export interface AgreementFacts {
  /** Today, in the region's calendar. */
  asOf: IsoDate;
  number: string | null;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  /** Another agreement of the same institution is active, suspended or pending termination. */
  otherAgreementInForce: boolean;
  /** The institution is deactivated (issue 8, defect 3); unknown counts as active. */
  institutionActive?: boolean;
  /** The last day of the institution's latest suspension by supervision (Qinhuangdao art. 71); none: null or absent. */
  restrictedUntil?: IsoDate | null;
}

/** The input of `propose_termination`: its kind and the day it takes effect. */
export interface TerminationInput {
  kind: TerminationKind;
  date: IsoDate;
}

const complete: Guard<AgreementFacts> = {
  rule: 'agreementComplete',
  code: 'AGREEMENT_INCOMPLETE',
  label: { zh: '协议编号或期限不完整', en: 'The agreement’s number or term is incomplete' },
  citation: 'Xinjiang art. 10',
  check: (f) => {
    const issues = agreementTermIssues(f);
    return issues.length
      ? {
          message: `协议编号或期限不完整 (number or term incomplete): ${issues.map((i) => i.path).join(', ')}`,
          params: { fields: issues.map((i) => i.path) },
        }
      : null;
  },
};

const termNotEnded: Guard<AgreementFacts> = {
  rule: 'termNotEnded',
  code: 'AGREEMENT_ENDED',
  label: { zh: '协议期限已届满', en: 'The agreement’s term has ended' },
  citation: 'Xinjiang art. 10',
  check: (f) =>
    f.endDate && f.asOf > f.endDate
      ? {
          message: `协议期限已于${f.endDate}届满 (the term ended on ${f.endDate})`,
          params: { endDate: f.endDate },
        }
      : null,
};

const termEnded: Guard<AgreementFacts> = {
  rule: 'termEnded',
  code: 'AGREEMENT_NOT_ENDED',
  label: { zh: '协议期限尚未届满', en: 'The agreement’s term has not ended yet' },
  citation: 'Xinjiang art. 10',
  check: (f) =>
    !f.endDate || f.asOf <= f.endDate
      ? {
          message: `协议期限至${f.endDate ?? '—'}，尚未届满 (the term has not ended)`,
          params: { endDate: f.endDate },
        }
      : null,
};

const onlyOneInForce: Guard<AgreementFacts> = {
  rule: 'onlyOneInForce',
  code: 'AGREEMENT_OVERLAP',
  label: { zh: '该机构已有履行中的服务协议', en: 'The institution already has an agreement in force' },
  citation: 'Product rule: an institution has one agreement in force at a time',
  check: (f) =>
    f.otherAgreementInForce ? { message: '该机构已有履行中的服务协议 (the institution already has an agreement in force)' } : null,
};

const institutionActive: Guard<AgreementFacts> = {
  rule: 'institutionActive',
  code: 'INSTITUTION_INACTIVE',
  label: { zh: '该机构已停用，不能新增服务协议', en: 'The institution is deactivated: no new agreement' },
  citation: 'Product rule: a deactivated institution gets no new agreement (issue 8, defect 3)',
  check: (f) => (f.institutionActive === false ? { message: '该机构已停用，不能新增服务协议 (the institution is deactivated)' } : null),
};

/** Qinhuangdao art. 71: a suspended institution is restored (or designated again) only by a new application after its period. */
const restrictionEnded: Guard<AgreementFacts> = {
  rule: 'restrictionEnded',
  code: 'RESTRICTION_PERIOD_NOT_ENDED',
  label: { zh: '暂停期限尚未届满', en: 'The suspension period has not ended' },
  citation: 'Qinhuangdao art. 71',
  check: (f) =>
    f.restrictedUntil && f.asOf <= f.restrictedUntil
      ? {
          message: `该机构被暂停至${f.restrictedUntil}，期限届满后方可重新申请恢复（秦皇岛细则第七十一条）(suspended until ${f.restrictedUntil}: Qinhuangdao art. 71)`,
          params: { restrictedUntil: f.restrictedUntil },
        }
      : null,
};

function terminationInputIssues(input: Readonly<Record<string, unknown>>, f: AgreementFacts): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  if (!(TERMINATION_KINDS as readonly unknown[]).includes(input.kind))
    issues.push({
      path: 'kind',
      code: input.kind == null ? 'REQUIRED' : 'NOT_ALLOWED',
      message: `请选择解除类型：${TERMINATION_KINDS.join('、')} (choose a termination kind)`,
    });
  const date = input.date;
  if (date == null || date === '')
    issues.push({ path: 'date', code: 'REQUIRED', message: '请填写解除日期 (the termination date is required)' });
  else if (!isIsoDate(date))
    issues.push({ path: 'date', code: 'INVALID_DATE', message: `date must be a date YYYY-MM-DD, got ${shown(date)}` });
  else if ((f.startDate && date < f.startDate) || (f.endDate && date > f.endDate))
    issues.push({
      path: 'date',
      code: 'OUT_OF_RANGE',
      message: `解除日期须在协议期限（${f.startDate}至${f.endDate}）之内 (the date must fall within the term)`,
    });
  return issues;
}

/**
 * The service agreement between the agency and a designated institution (Xinjiang art. 10, 12,
 * 24–25; Qinhuangdao art. 36, 41, 68): draft → active ⇄ suspended → terminated (proposed by one
 * person, approved by another) or expired.
 */
export const SERVICE_AGREEMENT_WORKFLOW: Workflow<AgreementState, AgreementAction, AgreementFacts> = {
  id: 'serviceAgreement',
  rightPrefix: 'agreement',
  label: { zh: '服务协议', en: 'Service agreement' },
  states: AGREEMENT_STATES,
  initial: 'draft',
  transitions: [
    {
      action: 'activate',
      from: ['draft'],
      to: 'active',
      roles: rolesWith('agreement.activate'),
      citation: 'Xinjiang art. 10; Qinhuangdao art. 36, 41',
      guards: [complete, termNotEnded, onlyOneInForce, institutionActive, restrictionEnded],
    },
    {
      action: 'suspend',
      from: ['active'],
      to: 'suspended',
      roles: rolesWith('agreement.suspend'),
      citation: 'Xinjiang art. 24–25; Qinhuangdao art. 68',
      needsReason: true,
    },
    {
      action: 'resume',
      from: ['suspended'],
      to: 'active',
      roles: rolesWith('agreement.resume'),
      citation: 'Xinjiang art. 24; Qinhuangdao art. 71',
      guards: [termNotEnded, restrictionEnded],
    },
    {
      action: 'propose_termination',
      from: ['active', 'suspended'],
      to: 'termination_pending',
      roles: rolesWith('agreement.propose_termination'),
      citation: 'Xinjiang art. 12(二)(三), 21, 24–25; Qinhuangdao art. 36, 68',
      needsReason: true,
      input: { rule: 'termination', citation: 'Xinjiang art. 12(二)(三), 24', check: terminationInputIssues },
    },
    {
      action: 'approve_termination',
      from: ['termination_pending'],
      to: 'terminated',
      roles: rolesWith('agreement.approve_termination'),
      citation: 'Xinjiang art. 25; Product rule: maker-checker, the approver is not the proposer',
      fourEyes: { notActorOf: 'propose_termination' },
    },
    {
      action: 'reject_termination',
      from: ['termination_pending'],
      to: { before: 'propose_termination' },
      roles: rolesWith('agreement.reject_termination'),
      citation: 'Product rule: maker-checker, a rejected proposal returns the agreement to its state before it',
      needsReason: true,
    },
    {
      action: 'expire',
      from: ['active', 'suspended'],
      to: 'expired',
      roles: rolesWith('agreement.expire'),
      citation: 'Xinjiang art. 10, 17',
      guards: [termEnded],
    },
  ],
  stateLabels: {
    draft: { zh: '草稿', en: 'Draft' },
    active: { zh: '履行中', en: 'In force' },
    suspended: { zh: '已中止', en: 'Suspended' },
    termination_pending: { zh: '解除待审批', en: 'Termination pending' },
    terminated: { zh: '已解除', en: 'Terminated' },
    expired: { zh: '已到期', en: 'Expired' },
  },
  actionLabels: {
    activate: { zh: '签订生效', en: 'Put in force' },
    suspend: { zh: '中止协议', en: 'Suspend' },
    resume: { zh: '恢复履行', en: 'Resume' },
    propose_termination: { zh: '提请解除', en: 'Propose termination' },
    approve_termination: { zh: '批准解除', en: 'Approve termination' },
    reject_termination: { zh: '驳回解除', en: 'Reject termination' },
    expire: { zh: '到期终止', en: 'Mark expired' },
  },
};

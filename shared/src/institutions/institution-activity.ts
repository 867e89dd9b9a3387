import type { PolicyIssue } from '../core/result.js';
import { rolesWith } from '../rights/rights.js';
import type { Label } from '../rights/roles.js';
import type { Guard, Workflow } from '../workflow/types.js';

export const INSTITUTION_ACTIVITY_STATES = ['active', 'inactive'] as const;
export type InstitutionActivityState = (typeof INSTITUTION_ACTIVITY_STATES)[number];
export const INSTITUTION_ACTIVITY_ACTIONS = ['deactivate', 'reactivate'] as const;
export type InstitutionActivityAction = (typeof INSTITUTION_ACTIVITY_ACTIONS)[number];

/** The plain facts the guards read, loaded by the server in the transaction that takes the step. */
export interface InstitutionActivityFacts {
  /** One of its service agreements is active, suspended or pending termination. */
  agreementInForce: boolean;
}

const noAgreementInForce: Guard<InstitutionActivityFacts> = {
  rule: 'noAgreementInForce',
  code: 'AGREEMENT_IN_FORCE',
  label: {
    zh: '该机构仍有履行中的服务协议，请先解除或待其到期',
    en: 'The institution still has an agreement in force: terminate it or let it expire first',
  },
  citation: 'Xinjiang art. 10, 24–25; Qinhuangdao art. 36, 68',
  check: (f) => (f.agreementInForce ? { message: '该机构仍有履行中的服务协议 (the institution still has an agreement in force)' } : null),
};

/**
 * Product rule: an institution that has ever been designated, staffed or referenced is never
 * deleted; it is deactivated with a reason and stays in the lists, the history and the audit
 * trail (issue 8, defect 3). A deactivated one gets no new agreement nor staff. Designation is the
 * city and county agencies' work (Qinhuangdao art. 60–61); an agreement in force is ended by its
 * own workflow first (Xinjiang art. 24–25).
 */
export const INSTITUTION_ACTIVITY_WORKFLOW: Workflow<InstitutionActivityState, InstitutionActivityAction, InstitutionActivityFacts> = {
  id: 'institutionActivity',
  rightPrefix: 'institution',
  label: { zh: '机构启用与停用', en: 'Institution activity' },
  states: INSTITUTION_ACTIVITY_STATES,
  initial: 'active',
  transitions: [
    {
      action: 'deactivate',
      from: ['active'],
      to: 'inactive',
      roles: rolesWith('institution.deactivate'),
      citation: 'Product rule: an institution is deactivated with a reason, never deleted; Qinhuangdao art. 60–61',
      needsReason: true,
      guards: [noAgreementInForce],
    },
    {
      action: 'reactivate',
      from: ['inactive'],
      to: 'active',
      roles: rolesWith('institution.reactivate'),
      citation: 'Product rule: a deactivated institution is reactivated with a reason; Qinhuangdao art. 60–61',
      needsReason: true,
    },
  ],
  stateLabels: {
    active: { zh: '启用', en: 'Active' },
    inactive: { zh: '已停用', en: 'Deactivated' },
  },
  actionLabels: {
    deactivate: { zh: '停用机构', en: 'Deactivate' },
    reactivate: { zh: '重新启用', en: 'Reactivate' },
  },
};

/** The issue codes of the institution rules below, with their words in both languages. */
export const INSTITUTION_RULE_LABELS: Record<'KIND_LOCKED' | 'INSTITUTION_INACTIVE', Label> = {
  KIND_LOCKED: {
    zh: '该机构已有人员、协议或申请，不能变更机构类型',
    en: 'The institution has staff, agreements or applications: its kind cannot change',
  },
  INSTITUTION_INACTIVE: {
    zh: '该机构已停用，不能新增服务协议或人员',
    en: 'The institution is deactivated: it cannot get new agreements or staff',
  },
};

export interface KindChangeFacts {
  from: string;
  to: string | null | undefined;
  staffCount: number;
  /** Service agreements, and a TPA's contracts */
  agreementCount: number;
  /** Designation applications, and assessment applications it was assigned (omitted: none) */
  applicationCount?: number;
}

/**
 * Product rule: an institution's kind (assessment, care, TPA) is what its staff, agreements and
 * applications were made for; once it has any, the kind no longer changes — a new kind is a new
 * institution, designated as such (Xinjiang art. 6–12, 21: a change of nature is a major change;
 * Qinhuangdao art. 40: the kinds' roles are kept apart).
 */
export function kindChangeIssues(f: KindChangeFacts): PolicyIssue[] {
  const applications = f.applicationCount ?? 0;
  if (!f.to || f.to === f.from || (f.staffCount === 0 && f.agreementCount === 0 && applications === 0)) return [];
  return [
    {
      path: 'kind',
      code: 'KIND_LOCKED',
      message: `${INSTITUTION_RULE_LABELS.KIND_LOCKED.zh}（人员 ${f.staffCount} 名，协议 ${f.agreementCount} 份，申请 ${applications} 件）`,
    },
  ];
}

import { rolesWith } from '../rights/rights.js';
import type { Guard, Workflow } from '../workflow/types.js';

/**
 * A care institution's monthly service declaration (Qinhuangdao art. 55: 每月初申报上月服务清单、
 * 费用明细和护理人员): a draft takes records (resending a key replaces it), the confirmation locks
 * it for the smart audit (art. 57) and the settlement; a confirmed declaration goes back to draft
 * only with a reason. Care institutions have no login (the rights' roles): the agency officer or
 * the TPA enters and imports on their behalf, an agency officer confirms (policy-rules §8: a TPA
 * step is a preparation an agency user confirms).
 */
export const DECLARATION_STATES = ['draft', 'confirmed'] as const;
export type DeclarationState = (typeof DECLARATION_STATES)[number];

export const DECLARATION_ACTIONS = ['confirm', 'reopen'] as const;
export type DeclarationAction = (typeof DECLARATION_ACTIONS)[number];

export interface DeclarationFacts {
  recordCount: number;
  /** A settlement run has taken the declaration (set by the settlement): it can no longer be reopened. */
  settled: boolean;
}

const notEmpty: Guard<DeclarationFacts> = {
  rule: 'declarationNotEmpty',
  code: 'DECLARATION_EMPTY',
  label: { zh: '申报中没有任何服务记录', en: 'The declaration has no records' },
  citation: 'Qinhuangdao art. 55',
  check: (f) => (f.recordCount > 0 ? null : { message: '申报中没有任何服务记录，不能确认 (the declaration has no records)' }),
};

const notSettled: Guard<DeclarationFacts> = {
  rule: 'declarationNotSettled',
  code: 'DECLARATION_SETTLED',
  label: { zh: '该申报已进入结算', en: 'The declaration is already being settled' },
  citation:
    'Product rule: 已进入结算的申报不能退回修改，以免重复或漏付 (a settled declaration is never reopened, so nothing is paid twice)',
  check: (f) => (f.settled ? { message: '该申报已进入结算，不能退回 (already settled)' } : null),
};

export const DECLARATION_WORKFLOW: Workflow<DeclarationState, DeclarationAction, DeclarationFacts> = {
  id: 'serviceDeclaration',
  rightPrefix: 'declaration',
  label: { zh: '服务申报', en: 'Service declaration' },
  states: DECLARATION_STATES,
  initial: 'draft',
  transitions: [
    {
      action: 'confirm',
      from: ['draft'],
      to: 'confirmed',
      roles: rolesWith('declaration.confirm'),
      citation: 'Qinhuangdao art. 55, 62',
      guards: [notEmpty],
    },
    {
      action: 'reopen',
      from: ['confirmed'],
      to: 'draft',
      roles: rolesWith('declaration.reopen'),
      citation: 'Qinhuangdao art. 55; Product rule: a confirmed declaration is returned for correction with a reason',
      needsReason: true,
      guards: [notSettled],
    },
  ],
  stateLabels: {
    draft: { zh: '草稿', en: 'Draft' },
    confirmed: { zh: '已确认（锁定）', en: 'Confirmed (locked)' },
  },
  actionLabels: {
    confirm: { zh: '确认申报', en: 'Confirm' },
    reopen: { zh: '退回修改', en: 'Return for correction' },
  },
};

/** What a reviewer decides on a flag (Qinhuangdao art. 57): pay it, pay a reduced amount, or refuse it. */
export const FLAG_DECISIONS = ['pay', 'reduce', 'refuse'] as const;
export type FlagDecision = (typeof FLAG_DECISIONS)[number];

export const FLAG_DECISION_LABELS: Record<FlagDecision, { zh: string; en: string }> = {
  pay: { zh: '准予支付', en: 'Pay' },
  reduce: { zh: '核减支付', en: 'Pay reduced' },
  refuse: { zh: '拒付', en: 'Refuse' },
};

/** The most records one submission may carry (issue 13: batches of up to 5,000). */
export const DECLARATION_BATCH_MAX = 5000;

import { fail, ok, type PolicyIssue, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import { rolesWith } from '../rights/rights.js';
import type { Guard, Workflow } from '../workflow/types.js';

/**
 * Government subsidies (各级财政补助收入、政府资助收入) and donations (社会捐助资金) go straight into the
 * city fiscal special account (Qinhuangdao art. 50 ¶1, 51); donations for hardship groups' contributions
 * and co-payments belong to the fund (art. 15). Each is entered with the document that grants it and
 * posted on a second fund manager's approval, as the ledger's other hand-entered movements are.
 */
export const GRANT_CITATION = 'Qinhuangdao art. 50 ¶1, 51 (各级财政补助收入、政府资助收入及社会捐助资金直接缴入市级财政专户)';
export const DONATION_CITATION = 'Qinhuangdao art. 15 (捐助资金归入长护险基金)';
/** 产品规则：凭拨款文件或捐赠协议入账，须上传批准文件后方可复核——入账有据可查（秦皇岛细则第五十一、五十六条）。 */
export const GRANT_DOCUMENT_RULE =
  'Product rule: booked on its grant notice or donation agreement, attached before approval (Qinhuangdao art. 51, 56)';

export const FUND_GRANT_KINDS = ['subsidy', 'donation'] as const;
export type FundGrantKind = (typeof FUND_GRANT_KINDS)[number];
export const FUND_GRANT_STATES = ['proposed', 'posted', 'rejected'] as const;
export type FundGrantState = (typeof FUND_GRANT_STATES)[number];
export const FUND_GRANT_ACTIONS = ['approve', 'reject'] as const;
export type FundGrantAction = (typeof FUND_GRANT_ACTIONS)[number];

/** The attachment category the approving document is filed under. */
export const GRANT_DOCUMENT_CATEGORY = 'grant_document';
export const GRANT_SOURCE_MAX = 200;
export const GRANT_DOCUMENT_REF_MAX = 100;

export interface FundGrantFacts {
  /** How many approving documents are attached to the record. */
  documents: number;
}

const documentAttached: Guard<FundGrantFacts> = {
  rule: 'fundGrantDocument',
  code: 'GRANT_DOCUMENT_MISSING',
  label: { zh: '未上传批准文件', en: 'No approving document attached' },
  citation: GRANT_DOCUMENT_RULE,
  check: (f) =>
    f.documents > 0 ? null : { message: '请先上传拨款文件或捐赠协议，再复核入账 (attach the approving document before approval)' },
};

const FOUR_EYES = 'Product rule: maker-checker, the approver did not enter it (Qinhuangdao art. 56 岗位责任)';

/** A subsidy or donation entered with its document: posted to the special account on a second person's approval, or rejected with a reason. */
export const FUND_GRANT_WORKFLOW: Workflow<FundGrantState, FundGrantAction, FundGrantFacts> = {
  id: 'fundGrant',
  rightPrefix: 'fundGrant',
  label: { zh: '财政补助与社会捐助入账', en: 'Subsidy and donation' },
  states: FUND_GRANT_STATES,
  initial: 'proposed',
  transitions: [
    {
      action: 'approve',
      from: ['proposed'],
      to: 'posted',
      roles: rolesWith('fundGrant.approve'),
      citation: `${GRANT_CITATION}; ${FOUR_EYES}`,
      fourEyes: true,
      guards: [documentAttached],
    },
    {
      action: 'reject',
      from: ['proposed'],
      to: 'rejected',
      roles: rolesWith('fundGrant.reject'),
      citation: FOUR_EYES,
      needsReason: true,
      fourEyes: true,
    },
  ],
  stateLabels: {
    proposed: { zh: '待复核', en: 'Awaiting approval' },
    posted: { zh: '已入账', en: 'Posted' },
    rejected: { zh: '已驳回', en: 'Rejected' },
  },
  actionLabels: { approve: { zh: '复核入账', en: 'Approve and post' }, reject: { zh: '驳回', en: 'Reject' } },
};

export interface FundGrantInput {
  kind: unknown;
  source: unknown;
  documentRef: unknown;
}

/** The grant's own fields (the amount, date and account are judged as the posting they become, by `decidePosting`). */
export function decideFundGrant(input: FundGrantInput): PolicyResult<{ kind: FundGrantKind; source: string; documentRef: string }> {
  const t = new Tracer();
  const issues: PolicyIssue[] = [];
  const kind = FUND_GRANT_KINDS.find((k) => k === input.kind);
  t.step(
    'ledger.grant.kind',
    kind === 'donation' ? `${GRANT_CITATION}; ${DONATION_CITATION}` : GRANT_CITATION,
    { kind: input.kind },
    kind ?? null,
  );
  if (!kind) issues.push({ path: 'kind', code: 'INVALID_KIND', message: '只能录入财政补助或社会捐助 (subsidy or donation only)' });
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const source = text(input.source);
  const documentRef = text(input.documentRef);
  t.step('ledger.grant.document', GRANT_DOCUMENT_RULE, { source, documentRef }, Boolean(source && documentRef));
  if (!source) issues.push({ path: 'source', code: 'SOURCE_REQUIRED', message: '请填写资金来源（拨款单位或捐赠人） (source required)' });
  else if ([...source].length > GRANT_SOURCE_MAX)
    issues.push({ path: 'source', code: 'OUT_OF_RANGE', message: `资金来源最多${GRANT_SOURCE_MAX}字` });
  if (!documentRef)
    issues.push({
      path: 'documentRef',
      code: 'DOCUMENT_REF_REQUIRED',
      message: '请填写拨款文件文号或捐赠协议编号 (document reference required)',
    });
  else if ([...documentRef].length > GRANT_DOCUMENT_REF_MAX)
    issues.push({ path: 'documentRef', code: 'OUT_OF_RANGE', message: `文号最多${GRANT_DOCUMENT_REF_MAX}字` });
  if (issues.length || !kind) return fail(issues);
  return ok({ kind, source, documentRef }, t.steps);
}

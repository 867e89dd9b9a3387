import type { TransferKind } from '../fund/params.js';
import type { Label } from '../rights/roles.js';
import type { AccountKind } from './accounts.js';

/** What a posting is, and which account kinds it may debit (money arrives) and credit (money leaves). */
export const POSTING_KINDS = [
  'collection',
  'subsidy',
  'donation',
  'interest',
  'allocation',
  'countyAllocation',
  'countySweep',
  'interestRemittance',
  'institutionPayment',
  'assessmentFee',
  'tpaFee',
  'refund',
  'recovery',
] as const;
export type PostingKind = (typeof POSTING_KINDS)[number];

/** How a posting counts in the fund's figures (Qinhuangdao art. 58 reads income and expenditure). */
export type PostingClass = 'income' | 'expenditure' | 'transfer';

export interface PostingKindRule {
  label: Label;
  class: PostingClass;
  /** Account kinds the posting may debit (the money goes in). */
  debit: readonly AccountKind[];
  /** Account kinds the posting may credit (the money comes out). */
  credit: readonly AccountKind[];
  /** The flow of `reconcileAccounts` it is. */
  transferKind: TransferKind;
  /** A tax collection names the insured category it was collected for. */
  needsInsuredCategory?: boolean;
  citation: string;
}

const SPENDING: readonly AccountKind[] = ['cityExpenditure', 'countyExpenditure'];
const OWN: readonly AccountKind[] = ['special', 'cityExpenditure', 'countyExpenditure'];

export const POSTING_KIND_RULES: Record<PostingKind, PostingKindRule> = {
  collection: {
    label: { zh: '税务征缴收入', en: 'Tax collection' },
    class: 'income',
    debit: ['special'],
    credit: ['taxAuthority'],
    transferKind: 'collection',
    needsInsuredCategory: true,
    citation: 'Qinhuangdao art. 50 ¶1, 51',
  },
  subsidy: {
    label: { zh: '财政补助收入', en: 'Government subsidy' },
    class: 'income',
    debit: ['special'],
    credit: ['finance'],
    transferKind: 'subsidy',
    citation: 'Qinhuangdao art. 50 ¶1, 51',
  },
  donation: {
    label: { zh: '社会捐助收入', en: 'Donation' },
    class: 'income',
    debit: ['special'],
    credit: ['donor'],
    transferKind: 'donation',
    citation: 'Qinhuangdao art. 51',
  },
  interest: {
    label: { zh: '利息收入', en: 'Interest' },
    class: 'income',
    debit: OWN,
    credit: ['bank'],
    transferKind: 'interest',
    citation: 'Qinhuangdao art. 50',
  },
  allocation: {
    label: { zh: '财政专户拨入支出户', en: 'Special → city allocation' },
    class: 'transfer',
    debit: ['cityExpenditure'],
    credit: ['special'],
    transferKind: 'allocation',
    citation: 'Qinhuangdao art. 50 ¶2, 52',
  },
  countyAllocation: {
    label: { zh: '市级拨付县（区）支出户', en: 'City → county allocation' },
    class: 'transfer',
    debit: ['countyExpenditure'],
    credit: ['cityExpenditure'],
    transferKind: 'countyAllocation',
    citation: 'Qinhuangdao art. 50 ¶3, 52',
  },
  countySweep: {
    label: { zh: '县（区）年末余额上缴', en: 'County year-end sweep-back' },
    class: 'transfer',
    debit: ['special'],
    credit: ['countyExpenditure'],
    transferKind: 'yearEndSweep',
    citation: 'Qinhuangdao art. 50 ¶3',
  },
  interestRemittance: {
    label: { zh: '支出户利息上缴财政专户', en: 'Interest back to the special account' },
    class: 'transfer',
    debit: ['special'],
    credit: SPENDING,
    transferKind: 'interestRemittance',
    citation: 'Qinhuangdao art. 50 ¶2–3',
  },
  institutionPayment: {
    label: { zh: '拨付定点护理服务机构', en: 'Payment to care institutions' },
    class: 'expenditure',
    debit: ['careInstitutions'],
    credit: SPENDING,
    transferKind: 'payment',
    citation: 'Qinhuangdao art. 50 ¶2–3, 55',
  },
  assessmentFee: {
    label: { zh: '评估费用', en: 'Assessment fees' },
    class: 'expenditure',
    debit: ['assessmentInstitutions'],
    credit: ['cityExpenditure'],
    transferKind: 'payment',
    citation: 'Qinhuangdao art. 54',
  },
  tpaFee: {
    label: { zh: '第三方经办服务费', en: 'TPA service fees' },
    class: 'expenditure',
    debit: ['tpa'],
    credit: ['cityExpenditure'],
    transferKind: 'payment',
    citation: 'Qinhuangdao art. 63; Tumxuk §6(五)',
  },
  refund: {
    label: { zh: '退费', en: 'Refund' },
    class: 'expenditure',
    debit: ['insuredPersons'],
    credit: ['cityExpenditure'],
    transferKind: 'payment',
    citation: 'Qinhuangdao art. 50 ¶2',
  },
  recovery: {
    label: { zh: '原渠道退回（追回）基金', en: 'Recovery' },
    class: 'income',
    debit: ['cityExpenditure'],
    credit: ['careInstitutions', 'assessmentInstitutions', 'tpa'],
    transferKind: 'refund',
    citation: 'Qinhuangdao art. 50 ¶2 (原渠道退回基金)',
  },
};

export function isPostingKind(value: unknown): value is PostingKind {
  return typeof value === 'string' && (POSTING_KINDS as readonly string[]).includes(value);
}

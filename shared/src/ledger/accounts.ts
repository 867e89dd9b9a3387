import type { AccountLevel } from '../fund/params.js';
import type { Label } from '../rights/roles.js';

/**
 * The accounts of a region's fund ledger. Three are the fund's own (Qinhuangdao art. 50): the
 * fiscal special account (财政专户), the city agency's expenditure account and one expenditure
 * account per county (县区); Tumxuk §6(三) names only the special account. The others stand for
 * whoever money comes from or goes to, so that every posting is a complete double entry.
 */
export const ACCOUNT_KINDS = [
  'special',
  'cityExpenditure',
  'countyExpenditure',
  'taxAuthority',
  'finance',
  'donor',
  'bank',
  'careInstitutions',
  'assessmentInstitutions',
  'tpa',
  'insuredPersons',
] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** The fund's own accounts: their balances are the fund's money; the rest are counterparties. */
export const FUND_ACCOUNT_KINDS: readonly AccountKind[] = ['special', 'cityExpenditure', 'countyExpenditure'];

export interface AccountKindRule {
  level: AccountLevel;
  label: Label;
  citation: string;
}

const COUNTERPARTY = 'Product rule: a counterparty account completes the double entry (Qinhuangdao art. 50–52)';

export const ACCOUNT_KIND_RULES: Record<AccountKind, AccountKindRule> = {
  special: { level: 'special', label: { zh: '长护险基金财政专户', en: 'Fiscal special account' }, citation: 'Qinhuangdao art. 50 ¶1' },
  cityExpenditure: {
    level: 'cityExpenditure',
    label: { zh: '市医保经办机构基金支出户', en: 'City agency expenditure account' },
    citation: 'Qinhuangdao art. 50 ¶2',
  },
  countyExpenditure: {
    level: 'countyExpenditure',
    label: { zh: '县（区）基金支出户', en: 'County expenditure account' },
    citation: 'Qinhuangdao art. 50 ¶3',
  },
  taxAuthority: { level: 'external', label: { zh: '税务征缴（国库）', en: 'Tax collection (treasury)' }, citation: 'Qinhuangdao art. 51' },
  finance: { level: 'external', label: { zh: '各级财政补助', en: 'Government subsidy' }, citation: 'Qinhuangdao art. 51' },
  donor: { level: 'external', label: { zh: '社会捐助', en: 'Donors' }, citation: 'Qinhuangdao art. 51' },
  bank: { level: 'external', label: { zh: '开户银行（利息）', en: 'Bank (interest)' }, citation: 'Qinhuangdao art. 50' },
  careInstitutions: { level: 'external', label: { zh: '定点护理服务机构', en: 'Care institutions' }, citation: COUNTERPARTY },
  assessmentInstitutions: { level: 'external', label: { zh: '定点评估机构', en: 'Assessment institutions' }, citation: COUNTERPARTY },
  tpa: { level: 'external', label: { zh: '第三方经办机构', en: 'Third-party administrator' }, citation: COUNTERPARTY },
  insuredPersons: { level: 'external', label: { zh: '参保人（退费）', en: 'Insured persons (refunds)' }, citation: COUNTERPARTY },
};

export function isAccountKind(value: unknown): value is AccountKind {
  return typeof value === 'string' && (ACCOUNT_KINDS as readonly string[]).includes(value);
}

export function isFundAccountKind(kind: AccountKind): boolean {
  return FUND_ACCOUNT_KINDS.includes(kind);
}

/** An account as the ledger sees it. County accounts are keyed by a free county code (no counties table yet). */
export interface LedgerAccount {
  id: string;
  regionId: string;
  kind: AccountKind;
  /** For `countyExpenditure`: the county's code (县区代码), e.g. `130302`. */
  countyCode?: string | null;
}

/** Account levels of a region's fund (Qinhuangdao art. 50–52); `external` is anyone outside the fund. */
export type AccountLevel = 'special' | 'cityExpenditure' | 'countyExpenditure' | 'external';
export const ACCOUNT_LEVELS: readonly AccountLevel[] = ['special', 'cityExpenditure', 'countyExpenditure', 'external'];

/** What a movement between accounts is for. */
export type TransferKind =
  | 'collection'
  | 'subsidy'
  | 'donation'
  | 'interest'
  | 'allocation'
  | 'countyAllocation'
  | 'payment'
  | 'refund'
  | 'interestRemittance'
  | 'yearEndSweep';
export const TRANSFER_KINDS: readonly TransferKind[] = [
  'collection',
  'subsidy',
  'donation',
  'interest',
  'allocation',
  'countyAllocation',
  'payment',
  'refund',
  'interestRemittance',
  'yearEndSweep',
];

/** Which account levels a kind of movement may leave (`from`) and reach (`to`). */
export interface FlowRule {
  from: AccountLevel[];
  to: AccountLevel[];
  citation: string;
}

export interface FundWarningParams {
  /**
   * "累计结余低于全市6个月基金月均支付额" (Qinhuangdao art. 58): warn when the balance is below
   * this many months of the average monthly payment. Null when the region states no threshold.
   */
  capacityMonthsThreshold: number | null;
  capacityCitation: string;
  /** "收不抵支": citation of the income-below-expenditure warning, null when the region has none. */
  incomeShortfallCitation: string | null;
  /**
   * **Interpretation**: `yearToDate` (default) judges income against expenditure over the
   * calendar year so far (resident premiums arrive yearly, a single month's shortfall is shown,
   * not alarmed); `month` judges the latest month alone.
   */
  incomeVsExpenditure: 'yearToDate' | 'month';
  /**
   * **Interpretation**: the average monthly payment is over `trailing12` months (since launch
   * when shorter, default) or over the calendar `yearToDate`.
   */
  averageMonthlyPayment: 'trailing12' | 'yearToDate';
}

export interface TpaFeeParams {
  /** Cap on the year's TPA fees as a fraction of the year's raised fund; null when none is stated. */
  capRate: string | null;
  /** Paid quarterly (Qinhuangdao art. 63). */
  paidQuarterly: boolean;
  citation: string;
  /**
   * How the district sub-centres' scores make the one "辖区分中心得分" of Tianjin art. 14, which does not
   * say: `mean` (Product rule: each sub-centre counts alike) or `caseloadWeighted` (by the cases each handled).
   */
  districtScore?: 'mean' | 'caseloadWeighted';
}

export interface AccountParams {
  flows: Record<TransferKind, FlowRule>;
  /** Interest of the expenditure accounts goes to the special account every quarter; null = not stated. */
  interestRemittanceCitation: string | null;
  /** County account balances are swept to the special account at year end; null = not stated. */
  yearEndSweepCitation: string | null;
  /** Structure: one special account and one city expenditure account. */
  structureCitation: string;
  /** The fund is never held or paid out by a third party; null = not stated. */
  noThirdPartyCustodyCitation: string | null;
}

export interface FundParams {
  source: string;
  warnings: FundWarningParams;
  tpaFee: TpaFeeParams;
  accounts: AccountParams;
}

const EXT: AccountLevel[] = ['external'];
const SPECIAL: AccountLevel[] = ['special'];
const CITY: AccountLevel[] = ['cityExpenditure'];
const COUNTY: AccountLevel[] = ['countyExpenditure'];
const SPENDING: AccountLevel[] = ['cityExpenditure', 'countyExpenditure'];
const OWN: AccountLevel[] = ['special', 'cityExpenditure', 'countyExpenditure'];

export const qinhuangdaoFundParams: FundParams = {
  source: 'Qinhuangdao',
  warnings: {
    capacityMonthsThreshold: 6,
    capacityCitation: 'Qinhuangdao art. 58',
    incomeShortfallCitation: 'Qinhuangdao art. 58',
    incomeVsExpenditure: 'yearToDate',
    averageMonthlyPayment: 'trailing12',
  },
  tpaFee: { capRate: '0.05', paidQuarterly: true, citation: 'Qinhuangdao art. 63', districtScore: 'mean' },
  accounts: {
    flows: {
      collection: { from: EXT, to: SPECIAL, citation: 'Qinhuangdao art. 51' },
      subsidy: { from: EXT, to: SPECIAL, citation: 'Qinhuangdao art. 51' },
      donation: { from: EXT, to: SPECIAL, citation: 'Qinhuangdao art. 51' },
      interest: { from: EXT, to: OWN, citation: 'Qinhuangdao art. 50' },
      allocation: { from: SPECIAL, to: CITY, citation: 'Qinhuangdao art. 52' },
      countyAllocation: { from: CITY, to: COUNTY, citation: 'Qinhuangdao art. 50 ¶2' },
      payment: { from: SPENDING, to: EXT, citation: 'Qinhuangdao art. 50 ¶2–3' },
      refund: { from: EXT, to: CITY, citation: 'Qinhuangdao art. 50 ¶2' },
      interestRemittance: { from: SPENDING, to: SPECIAL, citation: 'Qinhuangdao art. 50 ¶2–3' },
      yearEndSweep: { from: COUNTY, to: SPECIAL, citation: 'Qinhuangdao art. 50 ¶3' },
    },
    interestRemittanceCitation: 'Qinhuangdao art. 50 ¶2–3',
    yearEndSweepCitation: 'Qinhuangdao art. 50 ¶3',
    structureCitation: 'Qinhuangdao art. 50',
    noThirdPartyCustodyCitation: 'Qinhuangdao art. 49',
  },
};

const T_ACCOUNTS = 'Product rule: account flows after Qinhuangdao art. 50–52 (Tumxuk §6(三) names only the special account)';

export const tumxukFundParams: FundParams = {
  source: 'Tumxuk',
  warnings: {
    capacityMonthsThreshold: null,
    capacityCitation: 'Tumxuk §6(三)',
    incomeShortfallCitation: 'Product rule: income below expenditure, after Tumxuk §6(三) 基金运行监控和风险防范机制',
    incomeVsExpenditure: 'yearToDate',
    averageMonthlyPayment: 'trailing12',
  },
  tpaFee: { capRate: null, paidQuarterly: false, citation: 'Tumxuk §6(五)', districtScore: 'mean' },
  accounts: {
    flows: Object.fromEntries(
      Object.entries(qinhuangdaoFundParams.accounts.flows).map(([kind, rule]) => [kind, { ...rule, citation: T_ACCOUNTS }]),
    ) as Record<TransferKind, FlowRule>,
    interestRemittanceCitation: null,
    yearEndSweepCitation: null,
    structureCitation: 'Tumxuk §6(三)',
    noThirdPartyCustodyCitation: 'Tumxuk §6(三)',
  },
};

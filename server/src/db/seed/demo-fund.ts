import { ACCOUNT_KIND_RULES, type AccountKind, addMonthsToMonth, decidePosting, type PostingKind } from '@ltci/shared';
import type { EntityManager } from 'typeorm';
import { Scope } from '../../common/scope.js';
import type { User } from '../../modules/auth/user.entity.js';
import { FundAccount } from '../../modules/fund/fund-account.entity.js';
import { writePosting } from '../../modules/fund/fund-ledger.js';
import { recomputeWarnings } from '../../modules/fund/fund-warnings.js';

/** County accounts by their county (Qinhuangdao art. 50 ¶3) and its code (县区代码). */
export const DEMO_COUNTIES: Record<string, { code: string; name: string; countyId: string }[]> = {
  qinhuangdao: [
    { code: '130302', name: '海港区', countyId: 'qhd-haigang' },
    { code: '130304', name: '北戴河区', countyId: 'qhd-beidaihe' },
  ],
  tumxuk: [],
};

/** The accounts outside the fund that postings meet (the scale generator opens them too). */
export const COUNTERPARTIES: AccountKind[] = [
  'taxAuthority',
  'finance',
  'donor',
  'bank',
  'careInstitutions',
  'assessmentInstitutions',
  'tpa',
  'insuredPersons',
];

/** A region's accounts: the special account, the city expenditure account, one per county, and the counterparties. */
export async function seedFundAccounts(em: EntityManager, regionId: string, regionName: string): Promise<Map<string, string>> {
  const rows = [
    { kind: 'special' as AccountKind, countyCode: null, countyId: null, name: `${regionName}${ACCOUNT_KIND_RULES.special.label.zh}` },
    { kind: 'cityExpenditure' as AccountKind, countyCode: null, countyId: null, name: `${regionName}医保经办机构基金支出户` },
    ...(DEMO_COUNTIES[regionId] ?? []).map((c) => ({
      kind: 'countyExpenditure' as AccountKind,
      countyCode: c.code,
      countyId: c.countyId,
      name: `${c.name}基金支出户`,
    })),
    ...COUNTERPARTIES.map((kind) => ({ kind, countyCode: null, countyId: null, name: ACCOUNT_KIND_RULES[kind].label.zh })),
  ];
  const saved = await em.save(rows.map((r) => em.create(FundAccount, { ...r, regionId })));
  return new Map(saved.map((a) => [a.countyCode ?? a.kind, a.id]));
}

type Plan = [kind: PostingKind, debit: string, credit: string, amount: string, category?: 'employee' | 'resident'];

/** One month of a region's fund: collections in, money down the three levels, payments out. */
function monthPlan(regionId: string, month: string): Plan[] {
  const m = Number(month.slice(5));
  if (regionId === 'tumxuk') {
    const plan: Plan[] = [
      ['collection', 'special', 'taxAuthority', '260000.00', 'employee'],
      ['allocation', 'cityExpenditure', 'special', '300000.00'],
      ['institutionPayment', 'careInstitutions', 'cityExpenditure', m >= 9 ? '330000.00' : '240000.00'],
      ['assessmentFee', 'assessmentInstitutions', 'cityExpenditure', '12000.00'],
    ];
    if (m === 1) plan.push(['collection', 'special', 'taxAuthority', '900000.00', 'resident']);
    if (m === 6) plan.push(['subsidy', 'special', 'finance', '400000.00']);
    return plan;
  }
  const plan: Plan[] = [
    ['collection', 'special', 'taxAuthority', '820000.00', 'employee'],
    // the quarter's TPA fee is paid from the city account: a larger allocation that month keeps it in credit
    ['allocation', 'cityExpenditure', 'special', m % 3 === 0 ? '920000.00' : '700000.00'],
    ['countyAllocation', '130302', 'cityExpenditure', '260000.00'],
    ['countyAllocation', '130304', 'cityExpenditure', '160000.00'],
    ['institutionPayment', 'careInstitutions', '130302', '250000.00'],
    ['institutionPayment', 'careInstitutions', '130304', '150000.00'],
    ['institutionPayment', 'careInstitutions', 'cityExpenditure', '180000.00'],
    ['assessmentFee', 'assessmentInstitutions', 'cityExpenditure', '25000.00'],
  ];
  if (m === 1) plan.push(['collection', 'special', 'taxAuthority', '2400000.00', 'resident']);
  if (m === 3) plan.push(['subsidy', 'special', 'finance', '1200000.00']);
  if (m === 5) plan.push(['donation', 'special', 'donor', '50000.00']);
  if (m % 3 === 0) {
    plan.push(['interest', 'special', 'bank', '6800.00'], ['interest', 'cityExpenditure', 'bank', '900.00']);
    plan.push(['interestRemittance', 'special', 'cityExpenditure', '900.00'], ['tpaFee', 'tpa', 'cityExpenditure', '220000.00']);
  }
  // Qinhuangdao art. 50 ¶3: the counties sweep back what is left at year end (海港区 does; 北戴河区 leaves 5,000 behind)
  if (m === 12) plan.push(['countySweep', 'special', '130302', '10000.00'], ['countySweep', 'special', '130304', '5000.00']);
  return plan;
}

/** A year of postings for each demo region (12 months up to `lastMonth`), each through the ledger's own write. */
export async function seedDemoFund(em: EntityManager, regions: { id: string; name: string }[], manager: User, lastMonth: string) {
  const caller = {
    id: manager.id,
    username: manager.username,
    roles: manager.roles,
    regionIds: regions.map((r) => r.id),
    counties: [],
    mustChangePassword: false,
  };
  const scope = new Scope(em, caller);
  for (const region of regions) {
    const ids = await seedFundAccounts(em, region.id, region.name);
    const accounts = [...ids.entries()].map(([key, id]) => ({
      id,
      regionId: region.id,
      kind: (/^\d+$/.test(key) ? 'countyExpenditure' : key) as AccountKind,
    }));
    for (let i = 11; i >= 0; i--) {
      const month = addMonthsToMonth(lastMonth, -i);
      for (const [n, [kind, debit, credit, amount, category]] of monthPlan(region.id, month).entries()) {
        const date = `${month}-${String(Math.min(5 + n * 2, 28)).padStart(2, '0')}`;
        const decided = decidePosting(
          {
            regionId: region.id,
            kind,
            date,
            insuredCategory: category ?? null,
            memo: '演示数据',
            lines: [
              { accountId: ids.get(debit)!, side: 'debit', amount },
              { accountId: ids.get(credit)!, side: 'credit', amount },
            ],
          },
          accounts,
          caller,
        );
        if (!decided.ok) throw new Error(`demo posting ${region.id} ${month} ${kind}: ${JSON.stringify(decided.issues)}`);
        await writePosting(scope, decided.value, decided.trace, { recompute: false });
      }
    }
    await seedStatements(em, region.id, manager, lastMonth);
    await recomputeWarnings(scope, region.id, { reconcile: true });
  }
}

/**
 * Bank statements of the last two months (账实相符): all agree with the ledger but one, the city
 * account's last month, 1,500.00 short (a bank charge not yet booked), so reconciliation has work to do.
 */
async function seedStatements(em: EntityManager, regionId: string, manager: User, lastMonth: string): Promise<void> {
  if (regionId !== 'qinhuangdao') return;
  for (const month of [addMonthsToMonth(lastMonth, -1), lastMonth]) {
    await em.query(
      `INSERT INTO fund_bank_statements (region_id, account_id, month, closing_balance, note, recorded_by, recorded_by_name)
       SELECT a.region_id, a.id, $2,
              coalesce((SELECT sum(m.debit - m.credit) FROM fund_monthly m WHERE m.account_id = a.id AND m.month <= $2), 0)
                - CASE WHEN a.kind = 'cityExpenditure' AND $2 = $3 THEN 1500 ELSE 0 END,
              '演示数据', $4, $5
         FROM fund_accounts a WHERE a.region_id = $1 AND a.kind IN ('special', 'cityExpenditure', 'countyExpenditure')`,
      [regionId, month, lastMonth, manager.id, manager.username],
    );
  }
}

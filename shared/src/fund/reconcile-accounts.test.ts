import { describe, expect, it } from 'vitest';
import { unwrap } from '../core/result.js';
import { qinhuangdaoFundParams, tumxukFundParams } from './params.js';
import { type FundAccount, type ReconcileInput, reconcileAccounts, type Transfer } from './reconcile-accounts.js';

const q = qinhuangdaoFundParams;
const leg = (account: string, amount: string) => ({ account, amount });

/** Balances at 2026-09-30 worked out by hand from the transfers below. */
function accounts(reported: Record<string, string> = {}): FundAccount[] {
  const r = { S: '600700.00', C: '150000.00', K1: '50000.00', K2: '150000.00', ...reported };
  return [
    { id: 'S', level: 'special', openingBalance: '0.00', reportedBalance: r.S },
    { id: 'C', level: 'cityExpenditure', openingBalance: '0.00', reportedBalance: r.C },
    { id: 'K1', level: 'countyExpenditure', openingBalance: '0.00', reportedBalance: r.K1 },
    { id: 'K2', level: 'countyExpenditure', openingBalance: '0.00', reportedBalance: r.K2 },
    { id: 'TAX', level: 'external' },
    { id: 'FIN', level: 'external' },
    { id: 'BANK', level: 'external' },
    { id: 'INST', level: 'external' },
  ];
}

const transfers: Transfer[] = [
  { id: 't1', date: '2026-07-10', kind: 'collection', legs: [leg('TAX', '-1000000.00'), leg('S', '1000000.00')] },
  { id: 't2', date: '2026-07-15', kind: 'subsidy', legs: [leg('FIN', '-200000.00'), leg('S', '200000.00')] },
  { id: 't3', date: '2026-07-20', kind: 'allocation', legs: [leg('S', '-600000.00'), leg('C', '600000.00')] },
  {
    id: 't4',
    date: '2026-07-25',
    kind: 'countyAllocation',
    legs: [leg('C', '-400000.00'), leg('K1', '250000.00'), leg('K2', '150000.00')],
  },
  { id: 't5', date: '2026-08-05', kind: 'payment', legs: [leg('K1', '-200000.00'), leg('INST', '200000.00')] },
  { id: 't6', date: '2026-08-06', kind: 'payment', legs: [leg('C', '-50000.00'), leg('INST', '50000.00')] },
  {
    id: 't7',
    date: '2026-09-21',
    kind: 'interest',
    legs: [leg('BANK', '-700.00'), leg('C', '120.00'), leg('K1', '80.00'), leg('S', '500.00')],
  },
  { id: 't8', date: '2026-09-28', kind: 'interestRemittance', legs: [leg('C', '-120.00'), leg('K1', '-80.00'), leg('S', '200.00')] },
];
// S = 1,000,000 + 200,000 − 600,000 + 500 + 200 = 600,700; C = 600,000 − 400,000 − 50,000 + 120 − 120 = 150,000;
// K1 = 250,000 − 200,000 + 80 − 80 = 50,000; K2 = 150,000.

function run(input: Partial<ReconcileInput>, params = q) {
  return unwrap(reconcileAccounts({ asOf: '2026-09-30', accounts: accounts(), transfers, ...input }, params)).value;
}
const codes = (v: ReturnType<typeof run>) => v.mismatches.map((m) => `${m.code}:${m.accountId ?? m.transferId}`);

describe('reconcileAccounts (Qinhuangdao art. 50–52; Product rule after Tianjin art. 12)', () => {
  it('Qinhuangdao art. 50–52: a clean quarter reconciles — every transfer balanced, every balance as reported', () => {
    const v = run({});
    expect(v.reconciled).toBe(true);
    expect(v.balances.map((b) => [b.accountId, b.computed, b.reported])).toEqual([
      ['S', '600700.00', '600700.00'],
      ['C', '150000.00', '150000.00'],
      ['K1', '50000.00', '50000.00'],
      ['K2', '150000.00', '150000.00'],
    ]);
  });

  it('Tianjin art. 12 (账账相符): an unbalanced collection (−1,000,000 / +999,999) and the special account it throws off are both listed', () => {
    const bad = [{ ...transfers[0], legs: [leg('TAX', '-1000000.00'), leg('S', '999999.00')] }, ...transfers.slice(1)];
    const v = run({ transfers: bad });
    expect(codes(v)).toEqual(['UNBALANCED_TRANSFER:t1', 'BALANCE_MISMATCH:S']);
    expect(v.mismatches[0]).toMatchObject({ citation: expect.stringContaining('Tianjin art. 12'), figures: { sum: '-1.00' } });
    // S = 600,700 − 1 = 600,699
    expect(v.mismatches[1].figures).toEqual({ computed: '600699.00', reported: '600700.00' });
  });

  it('Tianjin art. 12 (账实相符): a bank statement that differs from the books', () => {
    const acc = accounts().map((a) => (a.id === 'K2' ? { ...a, statementBalance: '149990.00' } : a));
    expect(codes(run({ accounts: acc }))).toEqual(['STATEMENT_MISMATCH:K2']);
  });

  it.each([
    [
      'Qinhuangdao art. 51: tax collections go into the special account, not the city expenditure account',
      { id: 'x', date: '2026-09-01', kind: 'collection', legs: [leg('TAX', '-5.00'), leg('C', '5.00')] },
      'Qinhuangdao art. 51',
    ],
    [
      'Qinhuangdao art. 50 ¶2–3: the special account pays no institution directly',
      { id: 'x', date: '2026-09-01', kind: 'payment', legs: [leg('S', '-5.00'), leg('INST', '5.00')] },
      'Qinhuangdao art. 50 ¶2–3',
    ],
    [
      'Qinhuangdao art. 52: the special account funds only the city expenditure account',
      { id: 'x', date: '2026-09-01', kind: 'allocation', legs: [leg('S', '-5.00'), leg('K1', '5.00')] },
      'Qinhuangdao art. 52',
    ],
  ] as const)('%s', (_name, extra, citation) => {
    const v = unwrap(
      reconcileAccounts({ asOf: '2026-09-30', accounts: accounts(), transfers: [...transfers, extra as unknown as Transfer] }, q),
    ).value;
    const flow = v.mismatches.filter((m) => m.code === 'FLOW_NOT_ALLOWED');
    expect(flow).toEqual([expect.objectContaining({ citation, transferId: 'x' })]);
  });

  it('Product rule: a transfer naming an account that does not exist', () => {
    const v = run({
      transfers: [...transfers, { id: 'x', date: '2026-09-01', kind: 'payment', legs: [leg('K9', '-5.00'), leg('INST', '5.00')] }],
    });
    expect(codes(v)).toEqual(['UNKNOWN_ACCOUNT:K9']);
  });

  it('Qinhuangdao art. 50 ¶2–3: interest credited in Q3 and not remitted by 2026-09-30 → listed for C (120) and K1 (80)', () => {
    const v = run({ transfers: transfers.slice(0, 7), accounts: accounts({ S: '600500.00', C: '150120.00', K1: '50080.00' }) });
    expect(codes(v)).toEqual(['INTEREST_NOT_REMITTED:C', 'INTEREST_NOT_REMITTED:K1']);
    expect(v.mismatches[0]).toMatchObject({
      citation: 'Qinhuangdao art. 50 ¶2–3',
      figures: { interestReceived: '120.00', remitted: '0.00' },
    });
  });

  it('Qinhuangdao art. 50 ¶2–3: interest of a quarter still running (as of 2026-09-25) is not yet due', () => {
    const v = run({
      asOf: '2026-09-25',
      transfers: transfers.slice(0, 7),
      accounts: accounts({ S: '600500.00', C: '150120.00', K1: '50080.00' }),
    });
    expect(v.reconciled).toBe(true);
  });

  it('Qinhuangdao art. 50 ¶3: at year end county balances must be swept to the special account', () => {
    const v = run({ asOf: '2026-12-31' });
    expect(codes(v)).toEqual(['COUNTY_BALANCE_NOT_SWEPT:K1', 'COUNTY_BALANCE_NOT_SWEPT:K2']);
    const sweep: Transfer = {
      id: 'sw',
      date: '2026-12-31',
      kind: 'yearEndSweep',
      legs: [leg('K1', '-50000.00'), leg('K2', '-150000.00'), leg('S', '200000.00')],
    };
    const swept = run({
      asOf: '2026-12-31',
      transfers: [...transfers, sweep],
      accounts: accounts({ S: '800700.00', K1: '0.00', K2: '0.00' }),
    });
    expect(swept.reconciled).toBe(true);
  });

  it('Qinhuangdao art. 50: two special accounts and no city expenditure account break the structure', () => {
    const acc = accounts().map((a) => (a.id === 'C' ? { ...a, level: 'special' as const } : a));
    expect(codes(run({ accounts: acc, transfers: [], asOf: '2026-06-30' })).slice(0, 2)).toEqual([
      'ACCOUNT_STRUCTURE:undefined',
      'ACCOUNT_STRUCTURE:undefined',
    ]);
  });

  it('Tumxuk §6(三): a fund account held by the TPA is listed (不得交由第三方机构代管代拨)', () => {
    const acc = accounts().map((a) => (a.id === 'K2' ? { ...a, heldBy: 'tpa' as const } : a));
    const v = run({ accounts: acc }, tumxukFundParams);
    expect(v.mismatches).toEqual([expect.objectContaining({ code: 'THIRD_PARTY_CUSTODY', citation: 'Tumxuk §6(三)', accountId: 'K2' })]);
  });

  it('Tumxuk §6(三): no interest-remittance or year-end sweep rule is stated, so neither is checked', () => {
    const v = run(
      { asOf: '2026-12-31', transfers: transfers.slice(0, 7), accounts: accounts({ S: '600500.00', C: '150120.00', K1: '50080.00' }) },
      tumxukFundParams,
    );
    expect(v.reconciled).toBe(true);
  });
});

describe('reconcileAccounts input errors', () => {
  it.each([
    ['Product rule: no input', null, ['input:REQUIRED']],
    ['Product rule: nothing given', { asOf: '2026-02-30' }, ['asOf:INVALID_DATE', 'accounts:REQUIRED', 'transfers:REQUIRED']],
    [
      'Product rule: every bad account and transfer field is listed',
      {
        asOf: '2026-09-30',
        accounts: [
          { id: 'S', level: 'special', openingBalance: 'x' },
          { id: 'S', level: 'vault', openingBalance: '0.00', reportedBalance: '0.00', statementBalance: '1.5.0' },
          { level: 'external' },
        ],
        transfers: [
          { id: 't', date: '2026-10-01', kind: 'gift', legs: [leg('S', '1.00')] },
          { date: 'x', kind: 'payment', legs: [leg('', '1.00'), leg('S', 'a')] },
        ],
      },
      [
        'accounts.0.openingBalance:INVALID_MONEY',
        'accounts.0.reportedBalance:REQUIRED',
        'accounts.1.id:NOT_ALLOWED',
        'accounts.1.level:NOT_ALLOWED',
        'accounts.1.statementBalance:INVALID_MONEY',
        'accounts.2.id:REQUIRED',
        'transfers.0.date:OUT_OF_RANGE',
        'transfers.0.kind:NOT_ALLOWED',
        'transfers.0.legs:REQUIRED',
        'transfers.1.id:REQUIRED',
        'transfers.1.date:INVALID_DATE',
        'transfers.1.legs.0.account:REQUIRED',
        'transfers.1.legs.1.amount:INVALID_MONEY',
      ],
    ],
  ])('%s', (_name, input, expected) => {
    const r = reconcileAccounts(input as ReconcileInput, q);
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import type { LedgerAccount } from './accounts.js';
import { ACCOUNT_KIND_RULES, ACCOUNT_KINDS, isAccountKind, isFundAccountKind } from './accounts.js';
import { balanceOf, decidePosting, type PostingInput, reversingLines } from './decide-posting.js';
import { POSTING_KIND_RULES, POSTING_KINDS } from './posting-kinds.js';

const q = (id: string, kind: LedgerAccount['kind'], countyCode?: string): LedgerAccount => ({
  id,
  regionId: 'qinhuangdao',
  kind,
  countyCode,
});
const accounts: LedgerAccount[] = [
  q('special', 'special'),
  q('city', 'cityExpenditure'),
  q('haigang', 'countyExpenditure', '130302'),
  q('tax', 'taxAuthority'),
  q('finance', 'finance'),
  q('bank', 'bank'),
  q('care', 'careInstitutions'),
  q('tpa', 'tpa'),
  { id: 't-special', regionId: 'tumxuk', kind: 'special' },
];
const manager = { id: 'u1', roles: ['fund_manager'] };
const two = (debit: string, credit: string, amount = '1000.00') => [
  { accountId: debit, side: 'debit' as const, amount },
  { accountId: credit, side: 'credit' as const, amount },
];
const posting = (over: Partial<PostingInput> = {}): PostingInput => ({
  regionId: 'qinhuangdao',
  kind: 'collection',
  date: '2026-07-10',
  insuredCategory: 'employee',
  lines: two('special', 'tax'),
  ...over,
});
const codes = (input: unknown, actor = manager) => {
  const r = decidePosting(input as PostingInput, accounts, actor);
  return r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`);
};

describe('decidePosting', () => {
  it('Qinhuangdao art. 50 ¶1, 51: a tax collection debits the special account and credits the tax authority, balanced', () => {
    const r = decidePosting(posting({ memo: '  7月职工征缴 ' }), accounts, manager);
    expect(r.ok && r.value).toMatchObject({ amount: '1000.00', insuredCategory: 'employee', memo: '7月职工征缴' });
    expect(r.ok && r.trace.map((s) => s.rule)).toEqual(['ledger.noThirdParty', 'ledger.balanced', 'ledger.accounts']);
  });

  it('Product rule: double entry — several lines may balance (1,000 = 600 + 400); amounts are printed with 2 decimals', () => {
    const r = decidePosting(
      posting({
        kind: 'countyAllocation',
        insuredCategory: null,
        lines: [
          { accountId: 'haigang', side: 'debit', amount: '600' },
          { accountId: 'haigang', side: 'debit', amount: '400.0' },
          { accountId: 'city', side: 'credit', amount: '1000.00' },
        ],
      }),
      accounts,
      manager,
    );
    expect(r.ok && r.value.lines.map((l) => l.amount)).toEqual(['600.00', '400.00', '1000.00']);
  });

  it('Product rule: double entry — debits 1,000.00 against credits 999.99 is UNBALANCED', () => {
    expect(
      codes(
        posting({
          lines: [
            { accountId: 'special', side: 'debit', amount: '1000.00' },
            { accountId: 'tax', side: 'credit', amount: '999.99' },
          ],
        }),
      ),
    ).toEqual(['lines:UNBALANCED']);
  });

  it.each([
    ['zero', '0.00'],
    ['negative', '-5.00'],
    ['three decimals', '1.005'],
    ['not a number', 'abc'],
    ['a float', 12.5],
    ['beyond NUMERIC(14,2)', '1000000000000.00'],
  ])('Product rule: an amount is a positive decimal — %s is AMOUNT_NOT_POSITIVE', (_n, amount) => {
    expect(codes(posting({ lines: two('special', 'tax', amount as string) }))).toEqual([
      'lines.0.amount:AMOUNT_NOT_POSITIVE',
      'lines.1.amount:AMOUNT_NOT_POSITIVE',
    ]);
  });

  it('Qinhuangdao art. 49: an account of another region is ACCOUNT_OTHER_REGION; an unknown one ACCOUNT_UNKNOWN', () => {
    expect(codes(posting({ lines: two('t-special', 'tax') }))).toEqual(['lines.0.accountId:ACCOUNT_OTHER_REGION']);
    expect(codes(posting({ lines: two('nowhere', 'tax') }))).toEqual(['lines.0.accountId:ACCOUNT_UNKNOWN']);
  });

  it('Qinhuangdao art. 51–52: a collection may not land in the city account; a payment may not leave the special account', () => {
    expect(codes(posting({ lines: two('city', 'tax') }))).toEqual(['lines.0.accountId:ACCOUNT_NOT_ALLOWED']);
    expect(codes(posting({ kind: 'institutionPayment', insuredCategory: null, lines: two('care', 'special') }))).toEqual([
      'lines.1.accountId:ACCOUNT_NOT_ALLOWED',
    ]);
  });

  it('Qinhuangdao art. 49; Tumxuk §6(三): a TPA user never posts, even holding another role', () => {
    expect(codes(posting(), { id: 'u2', roles: ['tpa_staff', 'fund_manager'] })).toEqual(['actor.roles:TPA_MAY_NOT_POST']);
    expect(codes(posting(), null as never)).toEqual([]);
  });

  it('Qinhuangdao art. 51: a tax collection names its insured category; nothing else does', () => {
    expect(codes(posting({ insuredCategory: null }))).toEqual(['insuredCategory:INSURED_CATEGORY_REQUIRED']);
    expect(codes(posting({ kind: 'subsidy', lines: two('special', 'finance') }))).toEqual(['insuredCategory:NOT_ALLOWED']);
  });

  it('Product rule: any JSON is answered with issues, never thrown on', () => {
    expect(codes(null)).toEqual(['input:REQUIRED']);
    expect(codes({ kind: 'x', date: '2026-13-01', lines: [1, { side: 'up', amount: '1.00', accountId: 'special' }], memo: 5 })).toEqual([
      'regionId:REQUIRED',
      'kind:NOT_ALLOWED',
      'date:INVALID_DATE',
      'memo:NOT_ALLOWED',
      'lines.0:NOT_ALLOWED',
      'lines.1.side:NOT_ALLOWED',
      'lines.1.accountId:ACCOUNT_OTHER_REGION',
    ]);
    expect(codes(posting({ lines: [] }))).toEqual(['lines:LINES_REQUIRED']);
    expect(codes(posting({ date: '1999-12-31' }))).toEqual(['date:OUT_OF_RANGE']);
    expect(codes(posting({ memo: 'x'.repeat(501) }))).toEqual(['memo:OUT_OF_RANGE']);
    expect(decidePosting(posting(), null as never, manager).ok).toBe(false);
  });

  it('Product rule: a reversal swaps debit and credit; a fund account balance is debits − credits', () => {
    const lines = two('special', 'tax', '250.00');
    expect(reversingLines(lines).map((l) => `${l.accountId}:${l.side}`)).toEqual(['special:credit', 'tax:debit']);
    expect(balanceOf([...lines, ...reversingLines(lines)].filter((l) => l.accountId === 'special'))).toBe('0.00');
    expect(balanceOf([{ side: 'credit', amount: '5.00' }])).toBe('-5.00');
    expect(decidePosting(posting({ lines: reversingLines(lines) }), accounts, manager, { reversing: true }).ok).toBe(true);
    expect(codes(posting({ lines: reversingLines(lines) }))).toEqual([
      'lines.0.accountId:ACCOUNT_NOT_ALLOWED',
      'lines.1.accountId:ACCOUNT_NOT_ALLOWED',
    ]);
  });
});

describe('account and posting kinds', () => {
  it('Qinhuangdao art. 50: three fund account kinds, each labelled and cited; every posting kind moves at least one fund account', () => {
    expect(ACCOUNT_KINDS.filter(isFundAccountKind)).toEqual(['special', 'cityExpenditure', 'countyExpenditure']);
    for (const k of ACCOUNT_KINDS) expect(ACCOUNT_KIND_RULES[k].citation).toBeTruthy();
    expect(isAccountKind('special')).toBe(true);
    expect(isAccountKind('vault')).toBe(false);
    for (const k of POSTING_KINDS) {
      const r = POSTING_KIND_RULES[k];
      expect([...r.debit, ...r.credit].some(isFundAccountKind), k).toBe(true);
      expect(r.citation).toMatch(/Qinhuangdao art\./);
    }
  });
});

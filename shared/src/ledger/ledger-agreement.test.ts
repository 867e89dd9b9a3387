import { describe, expect, it } from 'vitest';
import { ledgerAgreement, ledgerAgreementWarnings } from './ledger-agreement.js';

describe('账账相符 (ledger agreement)', () => {
  it('Product rule: 账账相符 — aggregates equal to the lines and debits equal to credits agree; 0.01 off either way is found by its code', () => {
    const ok = ledgerAgreement([{ id: 'a', name: '财政专户', fromLines: '100.00', fromAggregates: '100.00' }], '250.00', '250.00');
    expect([ok.agree, ok.mismatches]).toEqual([true, []]);
    const off = ledgerAgreement([{ id: 'a', name: '财政专户', fromLines: '100.00', fromAggregates: '100.01' }], '250.00', '249.99');
    expect(off.mismatches).toEqual([
      { code: 'ACCOUNT_AGGREGATE_MISMATCH', accountId: 'a', difference: '0.01' },
      { code: 'LEDGER_UNBALANCED', accountId: null, difference: '0.01' },
    ]);
  });

  it('Product rule: 账账相符 — each disagreement is a warning like 账实不符: the account by its id with both figures, the unbalanced region as a whole', () => {
    const off = ledgerAgreement([{ id: 'a', name: '财政专户', fromLines: '100.00', fromAggregates: '101.00' }], '250.00', '249.99');
    const [account, region] = ledgerAgreementWarnings(off);
    // 101.00 − 100.00 = 1.00 on account a; 250.00 − 249.99 = 0.01 between debits and credits
    expect(account).toMatchObject({
      code: 'ACCOUNT_AGGREGATE_MISMATCH',
      subject: 'a',
      figures: { accountId: 'a', fromLines: '100.00', fromAggregates: '101.00', difference: '1.00' },
    });
    expect(account.trace.at(-1)).toMatchObject({ rule: 'ledger.agreement.account' });
    expect(region).toMatchObject({ code: 'LEDGER_UNBALANCED', subject: '', figures: { difference: '0.01' } });
    expect(ledgerAgreementWarnings(ledgerAgreement([], '1.00', '1.00'))).toEqual([]);
  });
});

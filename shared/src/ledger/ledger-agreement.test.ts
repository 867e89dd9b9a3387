import { describe, expect, it } from 'vitest';
import { ledgerAgreement } from './ledger-agreement.js';

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
});

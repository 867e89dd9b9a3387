import { describe, expect, it } from 'vitest';
import { unwrap } from '../core/result.js';
import { qinhuangdaoFundParams } from '../fund/params.js';
import { reconcileStatements, type StatementAccount } from './reconcile-statements.js';

const accounts = (cityStatement: string | null): StatementAccount[] => [
  { id: 's', kind: 'special', name: '财政专户', ledgerBalance: '5000000.00', statementBalance: '5000000.00' },
  { id: 'c', kind: 'cityExpenditure', name: '市支出户', ledgerBalance: '120000.00', statementBalance: cityStatement },
  { id: 'h', kind: 'countyExpenditure', name: '海港区支出户', ledgerBalance: '10000.00', statementBalance: null },
  { id: 't', kind: 'taxAuthority', name: '税务', ledgerBalance: '-5000000.00', statementBalance: null },
];

describe('reconcileStatements (账实相符)', () => {
  it('Product rule: 账实相符 — a city statement of 118,500.00 against 120,000.00 in the ledger is a mismatch of −1,500.00', () => {
    const r = unwrap(reconcileStatements('2026-10', accounts('118500.00'), qinhuangdaoFundParams));
    expect(r.value).toHaveLength(1);
    expect(r.value[0]).toMatchObject({
      code: 'RECONCILIATION_MISMATCH',
      subject: 'c/2026-10',
      figures: { ledgerBalance: '120000.00', statementBalance: '118500.00', difference: '-1500.00', month: '2026-10' },
    });
    expect(r.value[0].message).toContain('差额 -1500.00');
    expect(r.value[0].trace.map((s) => s.rule)).toEqual(['fund.balances', 'ledger.statementMatch']);
  });

  it('Product rule: 账实相符 — statements equal to the ledger, or none recorded, raise nothing', () => {
    expect(unwrap(reconcileStatements('2026-10', accounts('120000.00'), qinhuangdaoFundParams)).value).toEqual([]);
    expect(unwrap(reconcileStatements('2026-12', accounts(null), qinhuangdaoFundParams)).value).toEqual([]);
  });

  it('Product rule: bad input is answered with issues', () => {
    expect(reconcileStatements('2026-13', accounts(null), qinhuangdaoFundParams).ok).toBe(false);
    expect(reconcileStatements('2026-10', [{ ...accounts(null)[0], ledgerBalance: 'x' }], qinhuangdaoFundParams).ok).toBe(false);
    expect(unwrap(reconcileStatements('2026-10', [accounts(null)[2]], qinhuangdaoFundParams)).value).toEqual([]);
  });
});

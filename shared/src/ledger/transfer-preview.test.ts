import { describe, expect, it } from 'vitest';
import { previewTransfer, type TransferAccount } from './transfer-preview.js';

const accounts: TransferAccount[] = [
  { id: 's', regionId: 'q', kind: 'special', name: '财政专户', balance: '5000000.00' },
  { id: 'c', regionId: 'q', kind: 'cityExpenditure', name: '市级支出户', balance: '120000.00' },
  { id: 'h', regionId: 'q', kind: 'countyExpenditure', name: '海港区', balance: '10000.00' },
  { id: 't', regionId: 't', kind: 'cityExpenditure', name: '另一地区支出户', balance: '0.00' },
];
const manager = { id: 'u1', roles: ['fund_manager'] };
const codes = (p: ReturnType<typeof previewTransfer>) => p.issues.map((i) => i.code);
const base = { regionId: 'q', date: '2026-11-20', memo: null };

describe('transfer preview (Qinhuangdao art. 50 ¶2–3, 52)', () => {
  it('Qinhuangdao art. 50 ¶2, 52: special → city 700,000.00 — special 5,000,000.00 → 4,300,000.00, city 120,000.00 → 820,000.00', () => {
    const p = previewTransfer(
      { ...base, kind: 'allocation', fromAccountId: 's', toAccountId: 'c', amount: '700000.00' },
      accounts,
      manager,
    );
    expect(codes(p)).toEqual([]);
    expect(p.from).toEqual({ id: 's', before: '5000000.00', after: '4300000.00' });
    expect(p.to).toEqual({ id: 'c', before: '120000.00', after: '820000.00' });
    expect([p.fromChoices.map((a) => a.id), p.toChoices.map((a) => a.id)]).toEqual([['s'], ['c']]);
  });

  it('Qinhuangdao art. 50 ¶3: the county sweeps its whole 10,000.00 back at year end — 0.00 left; 10,000.01 would overdraw (shown, not refused)', () => {
    const p = previewTransfer(
      { ...base, kind: 'countySweep', fromAccountId: 'h', toAccountId: 's', amount: '10000.00', date: '2026-12-31' },
      accounts,
      manager,
    );
    expect([codes(p), p.from?.after, p.overdrawn]).toEqual([[], '0.00', false]);
    const over = previewTransfer(
      { ...base, kind: 'countySweep', fromAccountId: 'h', toAccountId: 's', amount: '10000.01' },
      accounts,
      manager,
    );
    expect([over.from?.after, over.overdrawn]).toEqual(['-0.01', true]);
  });

  it('Qinhuangdao art. 49: another region’s account, a zero or negative amount, the wrong direction, a TPA user — each refused by its code', () => {
    const t = (over: object, actor = manager) =>
      codes(
        previewTransfer(
          { ...base, kind: 'countyAllocation', fromAccountId: 'c', toAccountId: 'h', amount: '1.00', ...over },
          accounts,
          actor,
        ),
      );
    expect(t({ fromAccountId: 't' })).toEqual(['ACCOUNT_OTHER_REGION']);
    expect(t({ amount: '0' })).toEqual(['AMOUNT_NOT_POSITIVE']);
    expect(t({ amount: '-5.00' })).toEqual(['AMOUNT_NOT_POSITIVE']);
    expect(t({ fromAccountId: 'h', toAccountId: 'c' })).toEqual(['ACCOUNT_NOT_ALLOWED']);
    expect(t({}, { id: 'u2', roles: ['tpa_staff'] })).toEqual(['TPA_MAY_NOT_POST']);
  });
});

import { describe, expect, it } from 'vitest';
import { type PendingWithholding, sheetWithholding } from './withholding.js';

const w = (id: string, amount: string, over: Partial<PendingWithholding> = {}): PendingWithholding => ({
  consequenceId: id,
  amount,
  withheld: '0.00',
  releasable: '0.00',
  releaseDue: false,
  finding: `发现${id}`,
  reason: `理由${id}`,
  decidedOn: '2026-10-05',
  ...over,
});

describe('withholding on a settlement sheet (Qinhuangdao art. 68, 71)', () => {
  it('Qinhuangdao art. 68: 700 − 500 − min(400, 200) = 0.00; the rest of the second waits', () => {
    const r = sheetWithholding('700.00', [w('a', '500.00'), w('b', '400.00')]);
    expect(r.ok && r.value).toMatchObject({ withheld: '700.00', released: '0.00', payable: '0.00' });
    expect(r.ok && r.value.actions.map((a) => a.amount)).toEqual(['500.00', '200.00']);
  });

  it('Qinhuangdao art. 71: a verified rectification gives back what paid runs kept: 700 + 500 − (400 − 200) = 1000.00', () => {
    const r = sheetWithholding('700.00', [
      w('a', '500.00', { withheld: '500.00', releasable: '500.00', releaseDue: true }),
      w('b', '400.00', { withheld: '200.00' }),
    ]);
    expect(r.ok && r.value).toMatchObject({ withheld: '200.00', released: '500.00', payable: '1000.00' });
    expect(r.ok && r.trace.at(-1)).toMatchObject({ rule: 'settlement.payable', citation: 'Qinhuangdao art. 68, 71', output: '1000.00' });
  });

  it('Qinhuangdao art. 68, 71: a withholding kept in full, or already given back, does nothing', () => {
    const r = sheetWithholding('700.00', [
      w('a', '500.00', { withheld: '500.00' }),
      w('b', '300.00', { withheld: '300.00', releaseDue: true }),
    ]);
    expect(r.ok && r.value).toMatchObject({ payable: '700.00', actions: [] });
    expect(r.ok && r.trace).toEqual([]);
  });
});

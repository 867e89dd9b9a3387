import { describe, expect, it } from 'vitest';
import { commitmentFulfilment, type TpaCommitment } from './commitments.js';

const c = (overrides: Partial<TpaCommitment>): TpaCommitment => ({
  id: 'c',
  area: 'staffing',
  description: 'staff',
  target: '10',
  actual: '10',
  direction: 'atLeast',
  evidence: ['roster'],
  ...overrides,
});

describe('Tianjin art. 11 commitments', () => {
  it.each<[string, Partial<TpaCommitment>, boolean, string]>([
    ['Tianjin art. 11: staff 10 ≥ target 10 with evidence → fulfilled', {}, true, 'met with evidence'],
    ['Tianjin art. 11: staff 9 < 10 → not fulfilled', { actual: '9' }, false, 'actual 9 misses target ≥ 10'],
    [
      'Tianjin art. 11: complaints 3 > at most 2 → not fulfilled',
      { target: '2', actual: '3', direction: 'atMost' },
      false,
      'actual 3 misses target ≤ 2',
    ],
    ['Tianjin art. 11: met but no evidence → not fulfilled (Product rule)', { evidence: [] }, false, 'no evidence'],
  ])('%s', (_name, overrides, fulfilled, reason) => {
    const r = commitmentFulfilment([c(overrides)]);
    expect(r.ok && r.value.items[0]).toMatchObject({ fulfilled, reason });
  });

  it('Tianjin art. 11: 2 of 3 fulfilled → ratio 0.6667', () => {
    const r = commitmentFulfilment([c({ id: 'a' }), c({ id: 'b', area: 'archives' }), c({ id: 'x', area: 'financialAudit', actual: '1' })]);
    expect(r.ok && r.value).toMatchObject({ fulfilled: 2, total: 3, ratio: '0.6667' });
    expect(r.ok && r.trace.at(-1)).toMatchObject({ rule: 'tpa.commitmentFulfilment', citation: 'Tianjin art. 11', output: '0.6667' });
  });

  it('Tianjin art. 11: every problem is listed at once', () => {
    const r = commitmentFulfilment([
      c({ id: 'a' }),
      c({
        id: 'a',
        area: 'canteen' as never,
        target: 'ten',
        actual: undefined as never,
        direction: 'about' as never,
        evidence: undefined as never,
      }),
    ]);
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      'commitments.1.id NOT_ALLOWED',
      'commitments.1.area NOT_ALLOWED',
      'commitments.1.target OUT_OF_RANGE',
      'commitments.1.actual REQUIRED',
      'commitments.1.direction NOT_ALLOWED',
      'commitments.1.evidence REQUIRED',
    ]);
    const none = commitmentFulfilment([]);
    expect(none.ok ? [] : none.issues.map((i) => i.code)).toEqual(['REQUIRED']);
  });
});

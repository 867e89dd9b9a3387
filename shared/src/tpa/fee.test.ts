import { describe, expect, it } from 'vitest';
import { type TpaServiceFeeInput, tpaFee } from './fee.js';

const schedule = [
  { minScore: '90', payRate: '1' },
  { minScore: '80', payRate: '0.9' },
  { minScore: '0', payRate: '0.7' },
];

function fee(overrides: Partial<TpaServiceFeeInput> = {}): TpaServiceFeeInput {
  return { contractFee: '1200000.00', score: '85', schedule, fundLosses: [], poorResultBelow: '80', severeBreach: false, ...overrides };
}

describe('Tianjin art. 18–20 service fee', () => {
  it.each([
    ['Tianjin art. 18: 95 → band ≥ 90, 100% of 1,200,000.00', '95', '1200000.00'],
    ['Tianjin art. 18: exactly 90 → band ≥ 90 (inclusive)', '90', '1200000.00'],
    ['Tianjin art. 18: 85 → band ≥ 80, 90% → 1,080,000.00', '85', '1080000.00'],
    ['Tianjin art. 18: 79.99 → band ≥ 0, 70% → 840,000.00', '79.99', '840000.00'],
  ])('%s', (_name, score, expected) => {
    const r = tpaFee(fee({ score }));
    expect(r.ok && r.value.scheduledFee).toBe(expected);
    expect(r.ok && r.value.fee).toBe(expected);
  });

  it('Tianjin art. 19: fund losses 12,345.67 + 654.33 = 13,000.00 deducted: 1,080,000.00 − 13,000.00 = 1,067,000.00', () => {
    const r = tpaFee(
      fee({
        fundLosses: [
          { description: 'duplicate payment', amount: '12345.67' },
          { description: 'ineligible claim', amount: '654.33' },
        ],
      }),
    );
    expect(r.ok && r.value).toMatchObject({ fundLosses: '13000.00', fee: '1067000.00', unrecoveredLoss: '0.00' });
  });

  it('Tianjin art. 19: losses above the fee leave 0, the rest unrecovered: 70% of 10,000.00 = 7,000.00 − 9,500.50 → 0, 2,500.50 left', () => {
    const r = tpaFee(fee({ contractFee: '10000.00', score: '60', fundLosses: [{ description: 'fraud', amount: '9500.50' }] }));
    expect(r.ok && r.value).toMatchObject({ scheduledFee: '7000.00', fee: '0.00', unrecoveredLoss: '2500.50' });
  });

  it.each<[string, Partial<TpaServiceFeeInput>, string[], boolean]>([
    ['Tianjin art. 20: 85 ≥ 80 → no measures', {}, [], false],
    [
      'Tianjin art. 20: poor result 75 < 80 → interview and deadline to rectify (may)',
      { score: '75' },
      ['interview', 'rectifyByDeadline'],
      true,
    ],
    [
      'Tianjin art. 20: severe breach → terminate (must) and refer for risk rating',
      { severeBreach: true },
      ['terminate', 'referForRiskRating'],
      false,
    ],
  ])('%s', (_name, overrides, actions, poor) => {
    const r = tpaFee(fee(overrides));
    expect(r.ok && r.value.actions.map((a) => a.action)).toEqual(actions);
    expect(r.ok && r.value.poorResult).toBe(poor);
    if (r.ok && overrides.severeBreach) expect(r.value.actions[0].mandatory).toBe(true);
  });

  it('Tianjin art. 20: "poor result" is left to the contract: PARAMETER_MISSING without it', () => {
    const r = tpaFee(fee({ poorResultBelow: undefined }));
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual(['poorResultBelow PARAMETER_MISSING']);
  });

  it('Tianjin art. 18–20: every problem is listed at once', () => {
    const r = tpaFee({
      contractFee: '-1.00',
      score: '101',
      schedule: [
        { minScore: '80', payRate: 'x' },
        { minScore: '80', payRate: '1' },
      ],
      fundLosses: [{ description: '', amount: '1.234' }],
      poorResultBelow: 'low',
      severeBreach: undefined as never,
    });
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      'contractFee INVALID_MONEY',
      'score OUT_OF_RANGE',
      'schedule.0.payRate OUT_OF_RANGE',
      'schedule.1.minScore NOT_ALLOWED',
      'schedule OUT_OF_RANGE',
      'fundLosses.0.description REQUIRED',
      'fundLosses.0.amount INVALID_MONEY',
      'poorResultBelow OUT_OF_RANGE',
      'severeBreach REQUIRED',
    ]);
    const r2 = tpaFee(fee({ schedule: [], fundLosses: undefined as never }));
    expect(r2.ok ? [] : r2.issues.map((i) => `${i.path} ${i.code}`)).toEqual(['schedule REQUIRED', 'fundLosses REQUIRED']);
  });
});

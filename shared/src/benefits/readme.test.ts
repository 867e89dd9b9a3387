import { annualCap, homeVisitPayments, qinhuangdaoBenefitParams, quoteBenefit, tumxukBenefitParams } from '@ltci/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';

function printed(): string[] {
  return (console.log as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((args) => args.map(String).join(' '));
}

describe('benefits README examples', () => {
  afterEach(() => vi.restoreAllMocks());

  it('Qinhuangdao art. 31(1)1, 33(二): README quoteBenefit example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = quoteBenefit(
      {
        insuredCategory: 'employee',
        careMode: 'institution',
        institutionSubtype: 'integrated',
        grade: 4,
        month: '2026-09',
        serviceDays: 17,
        lines: [
          { category: 'care', amount: '1300.00' },
          { category: 'bed', amount: '390.00' },
        ],
      },
      qinhuangdaoBenefitParams,
    );
    if (r.ok) {
      const v = r.value;
      console.log(v.eligibleCost, v.fundShareRate, v.cap.amount, v.fundPays, v.claimantPays, v.claimantPaysTotal);
      for (const s of r.trace) console.log(`${s.rule} — ${s.citation}${s.interpretation ? ` [${s.interpretation}]` : ''}`);
    }
    expect(printed()).toEqual([
      '1300.00 0.70 906.67 906.67 393.33 783.33',
      'benefits.qualifyingGrade — Qinhuangdao art. 28',
      'benefits.excludedCharges — Qinhuangdao art. 33(二)',
      'benefits.eligibleCost — Qinhuangdao art. 31',
      'benefits.shareAndMonthlyCap — Qinhuangdao art. 31(1)1',
      'benefits.monthCap — Qinhuangdao art. 31(1)1 [partMonthCap=prorateCap]',
      'benefits.fundPays — Qinhuangdao art. 31(1)1',
      'benefits.claimantPays — Qinhuangdao art. 32',
    ]);
  });

  it('Tumxuk §5(三): README annualCap example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = annualCap(4, '28000.00', tumxukBenefitParams);
    if (r.ok) console.log(r.value, r.trace[0].citation, r.trace[0].interpretation);
    expect(printed()).toEqual(['12600.00 Tumxuk §5(三) gradeCapStep=percentagePoints']);
  });

  it('Qinhuangdao art. 31(1)3: README homeVisitPayments example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = homeVisitPayments(
      {
        month: '2026-09',
        wholeMonth: true,
        visits: [
          { date: '2026-09-01', minutes: 120, billed: '130.00' },
          { date: '2026-09-02', minutes: 120, billed: '130.00' },
          { date: '2026-09-04', minutes: 90, billed: '130.00' },
          { date: '2026-09-07', minutes: 125, billed: '100.00' },
        ],
      },
      qinhuangdaoBenefitParams,
    );
    if (r.ok) {
      for (const v of r.value.visits) console.log(v.date, v.status, v.paid);
      console.log('fund pays', r.value.fundPays, 'flags', r.value.flags.map((f) => f.code).join(', '));
    }
    expect(printed()).toEqual([
      '2026-09-01 paid 110.00',
      '2026-09-02 consecutiveDayNeedsReview 0.00',
      '2026-09-04 tooShort 0.00',
      '2026-09-07 paid 100.00',
      'fund pays 210.00 flags CONSECUTIVE_DAY_VISIT',
    ]);
  });
});

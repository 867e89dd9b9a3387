import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../core/money.js';
import { CHARGE_CATEGORIES, type InsuredCategory, qinhuangdaoBenefitParams, tumxukBenefitParams } from './params.js';
import { quoteBenefit } from './quote-benefit.js';
import type { BenefitQuoteInput } from './quote-types.js';

const MONEY = /^\d+\.\d{2}$/;
const cents = (max: number) => fc.integer({ min: 0, max }).map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`);
const monthArb = fc
  .record({ y: fc.integer({ min: 2026, max: 2030 }), m: fc.integer({ min: 1, max: 12 }) })
  .map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`);
const lastDay = (month: string) => new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 0)).getUTCDate();

const inputArb = fc
  .record({
    region: fc.constantFrom('qinhuangdao', 'tumxuk'),
    insuredCategory: fc.constantFrom<InsuredCategory>('employee', 'retiree', 'flexible', 'resident', 'minor'),
    careMode: fc.constantFrom('institution', 'community', 'home') as fc.Arbitrary<'institution' | 'community' | 'home'>,
    institutionSubtype: fc.constantFrom('medical', 'integrated', 'elderly') as fc.Arbitrary<'medical' | 'integrated' | 'elderly'>,
    grade: fc.integer({ min: 3, max: 5 }),
    month: monthArb,
    dayFraction: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    lines: fc.array(fc.record({ category: fc.constantFrom(...CHARGE_CATEGORIES), amount: cents(500_000) }), { maxLength: 6 }),
    visits: fc.array(
      fc.record({
        day: fc.integer({ min: 1, max: 28 }),
        minutes: fc.integer({ min: 60, max: 200 }),
        billed: cents(30_000),
        approve: fc.boolean(),
      }),
      { maxLength: 14 },
    ),
    income: cents(6_000_000),
    paid: cents(3_000_000),
    years: fc.integer({ min: 0, max: 8 }),
    guardianCover: fc.constantFrom('full', 'oneOfTwo', 'none') as fc.Arbitrary<'full' | 'oneOfTwo' | 'none'>,
  })
  .map((r) => {
    const params = r.region === 'qinhuangdao' ? qinhuangdaoBenefitParams : tumxukBenefitParams;
    const employeeLike = ['employee', 'retiree', 'flexible'].includes(r.insuredCategory);
    const perVisit = r.region === 'qinhuangdao' && employeeLike && r.careMode === 'home';
    const input: BenefitQuoteInput = {
      insuredCategory: r.insuredCategory,
      careMode: r.careMode,
      institutionSubtype: r.institutionSubtype,
      grade: r.grade,
      month: r.month,
      serviceDays: r.dayFraction === undefined ? undefined : 1 + Math.floor(r.dayFraction * (lastDay(r.month) - 1)),
      lines: perVisit ? r.lines.filter((l) => l.category !== 'care') : r.lines,
      visits: perVisit
        ? r.visits.map((v) => ({
            date: `${r.month}-${String(v.day).padStart(2, '0')}`,
            minutes: v.minutes,
            billed: v.billed,
            consecutiveDayApproval: v.approve ? '审核同意' : undefined,
          }))
        : undefined,
      annualCap: { perCapitaIncome: r.income, paidYearToDate: r.paid },
      consecutiveContributionYears: r.years,
      guardianCover: r.guardianCover,
    };
    return { input, params };
  });

describe('quoteBenefit invariants (fast-check)', () => {
  it('Qinhuangdao art. 31–33, Tumxuk §5(三): fund ≤ eligible cost and ≤ cap; fund + claimant = eligible; money has exactly 2 decimals', () => {
    fc.assert(
      fc.property(inputArb, ({ input, params }) => {
        const r = quoteBenefit(input, params);
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        const v = r.value;
        for (const m of [v.billedTotal, v.excludedCost, v.eligibleCost, v.fundPays, v.claimantPays, v.claimantPaysTotal, v.cap.amount]) {
          expect(m).toMatch(MONEY);
        }
        for (const visit of v.visits) expect(`${visit.billed} ${visit.paid}`).toMatch(/^\d+\.\d{2} \d+\.\d{2}$/);
        for (const line of v.excludedLines) expect(line.amount).toMatch(MONEY);
        const fund = new D(v.fundPays);
        expect(fund.lessThanOrEqualTo(v.eligibleCost)).toBe(true);
        expect(fund.lessThanOrEqualTo(v.cap.amount)).toBe(true);
        expect(fund.plus(v.claimantPays).toFixed(2)).toBe(v.eligibleCost);
        expect(new D(v.eligibleCost).plus(v.excludedCost).toFixed(2)).toBe(v.billedTotal);
        expect(r.trace.every((s) => s.citation.length > 0)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

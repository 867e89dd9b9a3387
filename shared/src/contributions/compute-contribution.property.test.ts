import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../core/money.js';
import { computeContribution } from './compute-contribution.js';
import type { ContributionInput } from './contribution-input.js';
import { CONTRIBUTION_CATEGORIES, HARDSHIP_GROUPS, qinhuangdaoContributionParams, tumxukContributionParams } from './params.js';

const moneyArb = fc.bigInt({ min: 0n, max: 99_999_999_999n }).map((cents) => dec(cents.toString()).dividedBy(100).toFixed(2));

const inputArb: fc.Arbitrary<ContributionInput> = fc.record({
  category: fc.constantFrom(...CONTRIBUTION_CATEGORIES),
  year: fc.integer({ min: 2026, max: 2035 }),
  employerPayroll: moneyArb,
  medicalInsuranceBase: moneyArb,
  wage: moneyArb,
  regionalAverageWage: moneyArb,
  pension: moneyArb,
  retiringThisYear: fc.boolean(),
  firstMonthPension: moneyArb,
  disposableIncome: moneyArb,
  hardshipGroup: fc.option(fc.constantFrom(...HARDSHIP_GROUPS), { nil: undefined }),
  age: fc.integer({ min: 0, max: 110 }),
});

const TWO_DECIMALS = /^\d+\.\d{2}$/;
const paramsArb = fc.constantFrom(qinhuangdaoContributionParams, tumxukContributionParams);

describe('computeContribution properties (Qinhuangdao art. 10, Tumxuk §4)', () => {
  it('Product rule: money has exactly 2 decimals, is never negative, total = employer + individual + government', () => {
    fc.assert(
      fc.property(inputArb, paramsArb, (input, params) => {
        const r = computeContribution(input, params);
        if (!r.ok) return; // e.g. PARAMETER_MISSING for Qinhuangdao 低保, flexible retiree in Tumxuk
        const v = r.value;
        for (const m of [v.employerPart, v.individualPart, v.governmentPart, v.total, v.subsidy, v.payableByPerson]) {
          expect(m).toMatch(TWO_DECIMALS);
        }
        expect(dec(v.total).equals(dec(v.employerPart).plus(v.individualPart).plus(v.governmentPart))).toBe(true);
        expect(dec(v.payableByPerson).plus(v.subsidy).equals(v.individualPart)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('Qinhuangdao art. 10(一) / Tumxuk §4(一): an employee’s total is employer + individual, with no government part', () => {
    fc.assert(
      fc.property(inputArb, paramsArb, (input, params) => {
        const r = computeContribution({ ...input, category: 'employee', hardshipGroup: undefined }, params);
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        expect(r.value.governmentPart).toBe('0.00');
        expect(dec(r.value.total).equals(dec(r.value.employerPart).plus(r.value.individualPart))).toBe(true);
      }),
    );
  });
});

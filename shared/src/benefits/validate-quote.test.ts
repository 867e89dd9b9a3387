import { describe, expect, it } from 'vitest';
import { type BenefitParams, type FundingTierScheme, qinhuangdaoBenefitParams, tumxukBenefitParams } from './params.js';
import { quoteBenefit } from './quote-benefit.js';
import type { BenefitQuoteInput } from './quote-types.js';

const q = qinhuangdaoBenefitParams;
const t = tumxukBenefitParams;

function issues(input: unknown, params: BenefitParams = q): string[] {
  const r = quoteBenefit(input as BenefitQuoteInput, params);
  return r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`);
}

const base: BenefitQuoteInput = { insuredCategory: 'employee', careMode: 'community', grade: 5, month: '2026-09', lines: [] };

describe('quoteBenefit lists every problem with its input', () => {
  it.each([
    ['Product rule: no input at all', null, q, ['input:REQUIRED']],
    [
      'Product rule: every field wrong at once is listed, none left out',
      {
        insuredCategory: 'pensioner',
        grade: 7,
        month: '2026-13',
        serviceDays: 0,
        lines: [{ category: 'food', amount: '12.345' }, { amount: '1.00' }, null],
      },
      q,
      [
        'insuredCategory:NOT_ALLOWED',
        'careMode:REQUIRED',
        'grade:OUT_OF_RANGE',
        'month:INVALID_DATE',
        'serviceDays:OUT_OF_RANGE',
        'lines.0.category:NOT_ALLOWED',
        'lines.0.amount:INVALID_MONEY',
        'lines.1.category:REQUIRED',
        'lines.2.category:REQUIRED',
        'lines.2.amount:REQUIRED',
      ],
    ],
    ['Qinhuangdao art. 28: grade 2 (moderate) does not qualify', { ...base, grade: 2 }, q, ['grade:NOT_ALLOWED']],
    [
      'Tumxuk §5(一): grade 1 (mild) does not qualify',
      { ...base, grade: 1, annualCap: { perCapitaIncome: '1.00', paidYearToDate: '0.00' } },
      t,
      ['grade:NOT_ALLOWED'],
    ],
    ['Qinhuangdao art. 31(1): September has 30 days, not 31', { ...base, serviceDays: 31 }, q, ['serviceDays:OUT_OF_RANGE']],
    ['Qinhuangdao art. 31(1): serviceDays must be whole', { ...base, serviceDays: 2.5 }, q, ['serviceDays:OUT_OF_RANGE']],
    [
      'Qinhuangdao art. 31(1)1: institution care needs its subtype',
      { ...base, careMode: 'institution' },
      q,
      ['institutionSubtype:REQUIRED'],
    ],
    [
      'Qinhuangdao art. 31(1)1: an unknown subtype',
      { ...base, careMode: 'institution', institutionSubtype: 'hospice' },
      q,
      ['institutionSubtype:NOT_ALLOWED'],
    ],
    ['Qinhuangdao art. 31(1): lines are required', { ...base, lines: undefined }, q, ['lines:REQUIRED']],
    ['Qinhuangdao art. 31(1)3: home care needs its list of visits', { ...base, careMode: 'home' }, q, ['visits:REQUIRED']],
    [
      'Qinhuangdao art. 31(1)3: home care is billed per visit — a care line is refused',
      { ...base, careMode: 'home', visits: [], lines: [{ category: 'care', amount: '10.00' }] },
      q,
      ['lines.0.category:NOT_ALLOWED'],
    ],
    ['Qinhuangdao art. 29: no family care in Qinhuangdao', { ...base, careMode: 'family' }, q, ['careMode:NOT_ALLOWED']],
    [
      'Tumxuk §5(三): visits apply only to per-visit home care',
      {
        ...base,
        careMode: 'home',
        visits: [{ date: '2026-09-01', minutes: 120, billed: '1.00' }],
        annualCap: { perCapitaIncome: '1.00', paidYearToDate: '0.00' },
      },
      t,
      ['visits:NOT_ALLOWED'],
    ],
    [
      'Tumxuk §5(三)(五): a resident needs the annual-cap figures and the consecutive-year count',
      { ...base, insuredCategory: 'resident' },
      t,
      ['annualCap:REQUIRED', 'consecutiveContributionYears:REQUIRED'],
    ],
    [
      'Tumxuk §5(三)(五): bad annual-cap figures and a negative year count',
      {
        ...base,
        insuredCategory: 'resident',
        annualCap: { perCapitaIncome: 'abc', paidYearToDate: '-1.00' },
        consecutiveContributionYears: -1,
      },
      t,
      ['annualCap.perCapitaIncome:INVALID_MONEY', 'annualCap.paidYearToDate:INVALID_MONEY', 'consecutiveContributionYears:OUT_OF_RANGE'],
    ],
    [
      'Tumxuk §5(三): annual-cap fields missing',
      { ...base, annualCap: {} },
      t,
      ['annualCap.perCapitaIncome:REQUIRED', 'annualCap.paidYearToDate:REQUIRED'],
    ],
    [
      'Qinhuangdao art. 31(2) ¶2: a minor needs the parents’ cover',
      { ...base, insuredCategory: 'minor', annualCap: { perCapitaIncome: '1.00', paidYearToDate: '0.00' } },
      q,
      ['guardianCover:REQUIRED'],
    ],
  ])('%s', (_name, input, params, expected) => {
    expect(issues(input, params)).toEqual(expected);
  });

  it.each([
    [
      'Qinhuangdao art. 31(2): a pack without a resident funding rate → PARAMETER_MISSING',
      null,
      'params.residents.fundingRate:PARAMETER_MISSING',
    ],
    ['Qinhuangdao art. 31(2): a funding rate with no tier (0.2%) → PARAMETER_MISSING', '0.002', 'params.residents.tiers:PARAMETER_MISSING'],
  ])('%s', (_name, fundingRate, expected) => {
    const params: BenefitParams = { ...q, residents: { ...(q.residents as FundingTierScheme), fundingRate } };
    expect(
      issues({ ...base, insuredCategory: 'resident', annualCap: { perCapitaIncome: '1.00', paidYearToDate: '0.00' } }, params),
    ).toEqual([expected]);
  });

  it('Product rule: bad params fail the quote with their paths', () => {
    expect(
      issues(base, {
        ...t,
        residents: { ...(t.residents as Extract<BenefitParams['residents'], { kind: 'shareTable' }>), community: '0.5x' },
      }),
    ).toEqual(['params.residents.community:INVALID_PARAMETER']);
  });
});

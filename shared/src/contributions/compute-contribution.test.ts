import { describe, expect, it } from 'vitest';
import { type ContributionBreakdown, computeContribution } from './compute-contribution.js';
import type { ContributionInput } from './contribution-input.js';
import { type ContributionParams, qinhuangdaoContributionParams as qhd, tumxukContributionParams as tumxuk } from './params.js';

type Parts = Pick<ContributionBreakdown, 'employerPart' | 'individualPart' | 'governmentPart' | 'subsidy' | 'payableByPerson'>;

function parts(input: ContributionInput, params: ContributionParams): Parts {
  const r = computeContribution(input, params);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const { employerPart, individualPart, governmentPart, subsidy, payableByPerson } = r.value;
  return { employerPart, individualPart, governmentPart, subsidy, payableByPerson };
}

const p = (employerPart: string, individualPart: string, governmentPart: string, subsidy: string, payableByPerson: string): Parts => ({
  employerPart,
  individualPart,
  governmentPart,
  subsidy,
  payableByPerson,
});

describe('computeContribution: each category', () => {
  it.each<[string, ContributionParams, ContributionInput, Parts]>([
    [
      // 1 000 000 × 0.15% = 1500; wage 60 000 < average 80 000 → base 80 000 × 0.15% = 120
      'Qinhuangdao art. 10(一): employee, wage below the city average is floored at it',
      qhd,
      { category: 'employee', year: 2026, employerPayroll: '1000000.00', wage: '60000.00', regionalAverageWage: '80000.00' },
      p('1500.00', '120.00', '0.00', '0.00', '120.00'),
    ],
    [
      // wage 100 000 > average 80 000 → 100 000 × 0.15% = 150
      'Qinhuangdao art. 10(一): employee, wage above the average is the base',
      qhd,
      { category: 'employee', year: 2026, employerPayroll: '1000000.00', wage: '100000.00', regionalAverageWage: '80000.00' },
      p('1500.00', '150.00', '0.00', '0.00', '150.00'),
    ],
    [
      // no payroll → medical-insurance base 900 000 × 0.15% = 1350
      'Qinhuangdao art. 10(一): employer without payroll pays on the medical-insurance base',
      qhd,
      { category: 'employee', year: 2026, medicalInsuranceBase: '900000.00', wage: '90000.00', regionalAverageWage: '80000.00' },
      p('1350.00', '135.00', '0.00', '0.00', '135.00'),
    ],
    [
      // 500 000 × 0.15% = 750; wage 40 000 × 0.15% = 60 (no floor in Tumxuk)
      'Tumxuk §4(一): employee, no floor on the individual base',
      tumxuk,
      { category: 'employee', year: 2026, employerPayroll: '500000.00', wage: '40000.00' },
      p('750.00', '60.00', '0.00', '0.00', '60.00'),
    ],
    [
      // 36 000 × 0.15% = 54
      'Qinhuangdao art. 10(二): retiree pays 0.15% of the previous-year pension',
      qhd,
      { category: 'retiree', year: 2026, pension: '36000.00' },
      p('0.00', '54.00', '0.00', '0.00', '54.00'),
    ],
    [
      // retiring this year: first month's pension 3000 × 0.15% = 4.50
      'Qinhuangdao art. 10(二): retiring this year → first month’s pension is the base',
      qhd,
      { category: 'retiree', year: 2026, retiringThisYear: true, firstMonthPension: '3000.00' },
      p('0.00', '4.50', '0.00', '0.00', '4.50'),
    ],
    [
      // Tumxuk states only "本人基本养老金": 30 000 × 0.15% = 45
      'Tumxuk §4(一): retiree pays 0.15% of the basic pension, also when retiring this year',
      tumxuk,
      { category: 'retiree', year: 2026, retiringThisYear: true, pension: '30000.00' },
      p('0.00', '45.00', '0.00', '0.00', '45.00'),
    ],
    [
      // 50 000 × 0.3% = 150
      'Qinhuangdao art. 10(三): flexible worker 0.3% of the medical-insurance base',
      qhd,
      { category: 'flexible', year: 2026, medicalInsuranceBase: '50000.00' },
      p('0.00', '150.00', '0.00', '0.00', '150.00'),
    ],
    [
      // 50 000 × 0.15% = 75
      'Qinhuangdao art. 10(三): flexible retiree 0.15%',
      qhd,
      { category: 'flexibleRetiree', year: 2026, medicalInsuranceBase: '50000.00' },
      p('0.00', '75.00', '0.00', '0.00', '75.00'),
    ],
    [
      // 60% × 100 000 = 60 000; × 0.3% = 180
      'Tumxuk §4(一): flexible worker 0.3% of 60% of Xinjiang’s average social wage',
      tumxuk,
      { category: 'flexible', year: 2026, regionalAverageWage: '100000.00' },
      p('0.00', '180.00', '0.00', '0.00', '180.00'),
    ],
    [
      // 40 000 × 0.15% = 60 → 30 : 30
      'Qinhuangdao art. 10(四): resident 2027 (launch year) 0.15%, 1:1',
      qhd,
      { category: 'resident', year: 2027, disposableIncome: '40000.00' },
      p('0.00', '30.00', '30.00', '0.00', '30.00'),
    ],
    [
      // a rate the region entered for 2029 (art. 10(四) "逐步过渡至0.3%"): 40 000 × 0.2% = 80 → 40 : 40
      'Qinhuangdao art. 10(四): resident 2029 at a rate entered for 2029',
      { ...qhd, resident: { ...qhd.resident, rates: [...qhd.resident.rates, { fromYear: 2029, rate: '0.002' }] } },
      { category: 'resident', year: 2029, disposableIncome: '40000.00' },
      p('0.00', '40.00', '40.00', '0.00', '40.00'),
    ],
    [
      // Tumxuk §4(二) "2030年达到0.3%": 0.3% stays from 2030 → 30 000 × 0.3% = 90 → 45 : 45
      'Tumxuk §4(二): resident 2033 keeps the 2030 rate of 0.3%',
      tumxuk,
      { category: 'resident', year: 2033, disposableIncome: '30000.00' },
      p('0.00', '45.00', '45.00', '0.00', '45.00'),
    ],
    [
      // 30 000 × 0.15% = 45 → 22.50 : 22.50
      'Tumxuk §4(二): resident 2027 0.15%',
      tumxuk,
      { category: 'resident', year: 2027, disposableIncome: '30000.00' },
      p('0.00', '22.50', '22.50', '0.00', '22.50'),
    ],
    [
      // 30 000 × 0.2% = 60 → 30 : 30
      'Tumxuk §4(二): resident 2028 0.2%',
      tumxuk,
      { category: 'resident', year: 2028, disposableIncome: '30000.00' },
      p('0.00', '30.00', '30.00', '0.00', '30.00'),
    ],
    [
      // 30 000 × 0.25% = 75 → 37.50 : 37.50
      'Tumxuk §4(二): resident 2029 0.25%',
      tumxuk,
      { category: 'resident', year: 2029, disposableIncome: '30000.00' },
      p('0.00', '37.50', '37.50', '0.00', '37.50'),
    ],
    [
      // 30 000 × 0.3% = 90 → 45 : 45
      'Tumxuk §4(二): resident 2031 stays at 0.3% (2030 onwards)',
      tumxuk,
      { category: 'resident', year: 2031, disposableIncome: '30000.00' },
      p('0.00', '45.00', '45.00', '0.00', '45.00'),
    ],
    [
      // 30 006.67 × 0.15% = 45.010005 → 45.01; half 22.505 → 22.51; government the rest 22.50
      'Tumxuk §4(二): resident odd cent, individual half rounded half-up, government the rest',
      tumxuk,
      { category: 'resident', year: 2027, disposableIncome: '30006.67' },
      p('0.00', '22.51', '22.50', '0.00', '22.51'),
    ],
    [
      'Qinhuangdao art. 10(四): minor follows the parents, no contribution',
      qhd,
      { category: 'minor', year: 2027 },
      p('0.00', '0.00', '0.00', '0.00', '0.00'),
    ],
    [
      'Tumxuk §4(二): orphan insured with no contribution (even with a hardship group)',
      tumxuk,
      { category: 'orphan', year: 2027, hardshipGroup: 'extremePoverty' },
      p('0.00', '0.00', '0.00', '0.00', '0.00'),
    ],
  ])('%s', (_name, params, input, expected) => {
    expect(parts(input, params)).toEqual(expected);
  });

  it('Qinhuangdao art. 6: the resident rate step says the standards are provisional', () => {
    const r = computeContribution({ category: 'resident', year: 2027, disposableIncome: '40000.00' }, qhd);
    if (!r.ok) throw new Error('expected ok');
    const step = r.trace.find((s) => s.rule === 'contributions.residentRate');
    expect(step?.citation).toBe('Qinhuangdao art. 10(四)');
    expect(step?.note).toContain('art. 6');
    expect(r.value.total).toBe('60.00');
  });

  it('Qinhuangdao art. 10(一): the trace names the floor and the fallback', () => {
    const r = computeContribution(
      { category: 'employee', year: 2026, medicalInsuranceBase: '900000.00', wage: '1.00', regionalAverageWage: '2.00' },
      qhd,
    );
    if (!r.ok) throw new Error('expected ok');
    expect(r.trace.map((s) => s.rule)).toEqual([
      'contributions.employerBase',
      'contributions.employerPart',
      'contributions.individualBaseFloor',
      'contributions.individualPart',
      'contributions.payableByPerson',
    ]);
    expect(r.trace[0].note).toContain('medical-insurance base');
  });
});

describe('computeContribution: hardship subsidies', () => {
  const tumxukResident: ContributionInput = { category: 'resident', year: 2027, disposableIncome: '30000.00' }; // individual 22.50
  const qhdResident: ContributionInput = { category: 'resident', year: 2027, disposableIncome: '40000.00' }; // individual 30.00
  const qhdWithAmount: ContributionParams = {
    ...qhd,
    hardshipSubsidies: { ...qhd.hardshipSubsidies, minimumLivingAllowance: { kind: 'fixedAmount', amount: '10.00' } },
  };
  it.each<[string, ContributionParams, ContributionInput, Parts]>([
    // 22.50 all subsidised
    [
      'Tumxuk §4(二): 特困 fully subsidised',
      tumxuk,
      { ...tumxukResident, hardshipGroup: 'extremePoverty' },
      p('0.00', '22.50', '22.50', '22.50', '0.00'),
    ],
    // 80% × 22.50 = 18.00; pays 4.50
    [
      'Tumxuk §4(二): 低保 80% of the individual part (quotaSubsidyReading=shareOfIndividualPart)',
      tumxuk,
      { ...tumxukResident, hardshipGroup: 'minimumLivingAllowance' },
      p('0.00', '22.50', '22.50', '18.00', '4.50'),
    ],
    [
      'Tumxuk §4(二): 低保边缘 elderly at 60 → 80%',
      tumxuk,
      { ...tumxukResident, hardshipGroup: 'lowIncomeMarginElderly', age: 60 },
      p('0.00', '22.50', '22.50', '18.00', '4.50'),
    ],
    [
      'Tumxuk §4(二): 低保边缘 at 59 is not an elderly person → no subsidy',
      tumxuk,
      { ...tumxukResident, hardshipGroup: 'lowIncomeMarginElderly', age: 59 },
      p('0.00', '22.50', '22.50', '0.00', '22.50'),
    ],
    [
      // alternative reading: 80% × 20.00 quota = 16.00; pays 6.50
      'Tumxuk §4(二): quotaSubsidyReading=shareOfQuotaAmount → 80% of the set quota',
      { ...tumxuk, quotaSubsidyReading: 'shareOfQuotaAmount', quotaAmount: '20.00' },
      { ...tumxukResident, hardshipGroup: 'monitoredHousehold' },
      p('0.00', '22.50', '22.50', '16.00', '6.50'),
    ],
    [
      'Qinhuangdao art. 12: 特困 fully subsidised',
      qhd,
      { ...qhdResident, hardshipGroup: 'extremePoverty' },
      p('0.00', '30.00', '30.00', '30.00', '0.00'),
    ],
    [
      // fixed 10.00 of 30.00; pays 20.00
      'Qinhuangdao art. 12: 低保 fixed amount once the province’s figure is entered',
      qhdWithAmount,
      { ...qhdResident, hardshipGroup: 'minimumLivingAllowance' },
      p('0.00', '30.00', '30.00', '10.00', '20.00'),
    ],
    [
      // fixed 50.00 > individual 4.50 (retiree first month 3000 × 0.15%) → 4.50
      'Qinhuangdao art. 12: a fixed amount above the individual part subsidises only the individual part',
      { ...qhd, hardshipSubsidies: { minimumLivingAllowance: { kind: 'fixedAmount', amount: '50.00' } } },
      { category: 'retiree', year: 2026, retiringThisYear: true, firstMonthPension: '3000.00', hardshipGroup: 'minimumLivingAllowance' },
      p('0.00', '4.50', '0.00', '4.50', '0.00'),
    ],
    [
      'Qinhuangdao art. 12: 低保边缘 elderly not listed → no subsidy',
      qhd,
      { ...qhdResident, hardshipGroup: 'lowIncomeMarginElderly' },
      p('0.00', '30.00', '30.00', '0.00', '30.00'),
    ],
  ])('%s', (_name, params, input, expected) => {
    expect(parts(input, params)).toEqual(expected);
  });

  it('Tumxuk §4(二): the subsidy step names the interpretation', () => {
    const r = computeContribution({ ...tumxukResident, hardshipGroup: 'antiPovertyTarget' }, tumxuk);
    if (!r.ok) throw new Error('expected ok');
    expect(r.trace.find((s) => s.rule === 'contributions.subsidy')?.interpretation).toBe('quotaSubsidyReading=shareOfIndividualPart');
  });
});

describe('computeContribution: every problem listed', () => {
  it.each<[string, ContributionParams, ContributionInput, Array<[string, string]>]>([
    [
      'Qinhuangdao art. 12: 低保 fixed amount not set by the province → PARAMETER_MISSING',
      qhd,
      { category: 'resident', year: 2027, disposableIncome: '40000.00', hardshipGroup: 'minimumLivingAllowance' },
      [['params.hardshipSubsidies.minimumLivingAllowance.amount', 'PARAMETER_MISSING']],
    ],
    [
      'Tumxuk §4(二): shareOfQuotaAmount without quotaAmount → PARAMETER_MISSING; elderly group without age → REQUIRED',
      { ...tumxuk, quotaSubsidyReading: 'shareOfQuotaAmount' },
      { category: 'resident', year: 2027, disposableIncome: '30000.00', hardshipGroup: 'lowIncomeMarginElderly' },
      [
        ['age', 'REQUIRED'],
        ['params.quotaAmount', 'PARAMETER_MISSING'],
      ],
    ],
    [
      // "制度启动当年费率按0.15%执行，逐步过渡至0.3%": only the launch year's rate is stated, so 2029 is not 0.15% by default
      'Qinhuangdao art. 10(四): resident rate after the launch year is not stated → PARAMETER_MISSING',
      qhd,
      { category: 'resident', year: 2029, disposableIncome: '40000.00' },
      [['params.resident.rates', 'PARAMETER_MISSING']],
    ],
    [
      'Tumxuk §4(二): residents only from 2027 → 2026 NOT_ALLOWED',
      tumxuk,
      { category: 'resident', year: 2026, disposableIncome: '30000.00' },
      [['year', 'NOT_ALLOWED']],
    ],
    [
      'Tumxuk §4(一): no flexible-retiree category',
      tumxuk,
      { category: 'flexibleRetiree', year: 2026, medicalInsuranceBase: '1.00' },
      [['category', 'NOT_ALLOWED']],
    ],
    [
      'Tumxuk §4(一): flexible base share unset → PARAMETER_MISSING',
      { ...tumxuk, flexible: { ...tumxuk.flexible, baseShare: null } },
      { category: 'flexible', year: 2026, regionalAverageWage: '1.00' },
      [['params.flexible.baseShare', 'PARAMETER_MISSING']],
    ],
    [
      'Tumxuk §4(一): employee needs payroll and wage',
      tumxuk,
      { category: 'employee', year: 2026, medicalInsuranceBase: '1.00' },
      [
        ['wage', 'REQUIRED'],
        ['employerPayroll', 'REQUIRED'],
      ],
    ],
    [
      'Qinhuangdao art. 10(一): employee needs a base, a wage and the average wage; bad money and negative money listed',
      qhd,
      { category: 'employee', year: 1999, wage: '12.345', regionalAverageWage: '-1.00', age: 1.5, hardshipGroup: 'rich' as never },
      [
        ['year', 'OUT_OF_RANGE'],
        ['wage', 'INVALID_MONEY'],
        ['regionalAverageWage', 'OUT_OF_RANGE'],
        ['employerPayroll', 'REQUIRED'],
        ['age', 'OUT_OF_RANGE'],
        ['hardshipGroup', 'NOT_ALLOWED'],
      ],
    ],
    [
      'Qinhuangdao art. 10(二): retiring this year needs the first month’s pension',
      qhd,
      { category: 'retiree', year: 2026, retiringThisYear: true, pension: '100.00' },
      [['firstMonthPension', 'REQUIRED']],
    ],
    ['Qinhuangdao art. 10: unknown category', qhd, { category: 'alien' as never, year: 2026 }, [['category', 'NOT_ALLOWED']]],
  ])('%s', (_name, params, input, expected) => {
    const r = computeContribution(input, params);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.path, i.code])).toEqual(expected);
  });
});

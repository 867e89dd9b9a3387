import { describe, expect, it } from 'vitest';
import { type EligibilityParams, qinhuangdaoEligibilityParams as qhd, tumxukEligibilityParams as tumxuk } from './params.js';
import { type WaitingPeriodInput, waitingPeriodEnd } from './waiting-period.js';

const qhdResidentExt: EligibilityParams = { ...qhd, residentExtensionMonthsPerBreakYear: 3 };

describe('waitingPeriodEnd', () => {
  it.each<[string, EligibilityParams, WaitingPeriodInput, string | null]>([
    // arrival 2026-07 = month 1 → month 7 = 2027-01
    [
      'Qinhuangdao art. 14 ¶2: launch-year employee, arrival 2026-07 → benefits from 2027-01-01 (waitingFromFirstArrival=true)',
      qhd,
      { category: 'employee', firstArrival: '2026-07-15' },
      '2027-01-01',
    ],
    [
      'Qinhuangdao art. 14 ¶2: launch-year flexible worker, arrival 2026-12 → 2027-06-01',
      qhd,
      { category: 'flexible', firstArrival: '2026-12-31' },
      '2027-06-01',
    ],
    [
      'Qinhuangdao art. 14 ¶1: waitingFromFirstArrival=false → launch-year employee has no waiting period',
      { ...qhd, waitingFromFirstArrival: false },
      { category: 'employee', firstArrival: '2026-07-15' },
      null,
    ],
    // 2027-03 + 6 months = 2027-09
    [
      'Qinhuangdao art. 14 ¶1: employee first insured in 2027 → 2027-09-01',
      qhd,
      { category: 'employee', firstArrival: '2027-03-10' },
      '2027-09-01',
    ],
    [
      'Qinhuangdao art. 14 ¶1: retiree insured in the launch year → no waiting period',
      qhd,
      { category: 'retiree', firstArrival: '2026-08-01' },
      null,
    ],
    [
      'Qinhuangdao art. 14 ¶1: retiree first insured 2027-02 → 2027-08-01',
      qhd,
      { category: 'retiree', firstArrival: '2027-02-01' },
      '2027-08-01',
    ],
    [
      'Qinhuangdao art. 14 ¶1: employee re-enrolling in 2026 after a break → 2026-11 + 6 = 2027-05-01',
      qhd,
      { category: 'employee', firstArrival: '2026-11-02', reEnrolment: true },
      '2027-05-01',
    ],
    ['Qinhuangdao art. 14 ¶1: newborn exempt', qhd, { category: 'minor', firstArrival: '2028-04-01', exemptions: ['newborn'] }, null],
    [
      'Qinhuangdao art. 14 ¶1: hardship-subsidised resident exempt',
      qhd,
      { category: 'resident', firstArrival: '2029-01-01', exemptions: ['hardshipSubsidised'] },
      null,
    ],
    [
      'Qinhuangdao art. 14 ¶1: a veteran is not listed → waits 2027-03 → 2027-09-01',
      qhd,
      { category: 'employee', firstArrival: '2027-03-01', exemptions: ['veteran'] },
      '2027-09-01',
    ],
    // 7 > 6 months in arrears, below retirement age → newly insured: 2027-05 + 6 = 2027-11
    [
      'Qinhuangdao art. 14 ¶2: flexible worker 7 months in arrears below retirement age → new waiting period to 2027-11-01',
      qhd,
      { category: 'flexible', firstArrival: '2027-05-20', flexibleArrears: { months: 7, belowRetirementAge: true } },
      '2027-11-01',
    ],
    [
      'Qinhuangdao art. 14 ¶2: flexible worker 6 months in arrears → same enrolment, no new waiting period',
      qhd,
      { category: 'flexible', firstArrival: '2027-05-20', flexibleArrears: { months: 6, belowRetirementAge: true } },
      null,
    ],
    [
      'Qinhuangdao art. 14 ¶2: flexible worker 9 months in arrears above retirement age → no new waiting period',
      qhd,
      { category: 'flexible', firstArrival: '2027-05-20', flexibleArrears: { months: 9, belowRetirementAge: false } },
      null,
    ],
    [
      'Qinhuangdao art. 14 ¶1: resident insured in the residents’ launch year 2027 → none',
      qhd,
      { category: 'resident', firstArrival: '2027-01-01' },
      null,
    ],
    // first insured 2028: 1 year skipped × 3 months + 6 = 9 → 2028-01 + 9 = 2028-10
    [
      'Qinhuangdao art. 14 ¶3: resident first insured 2028 (1 year late, 3 months a year) → 2028-10-01',
      qhdResidentExt,
      { category: 'resident', firstArrival: '2028-01-01' },
      '2028-10-01',
    ],
    // re-enrolment after 2 years: 6 + 2 × 3 = 12 → 2030-01
    [
      'Qinhuangdao art. 14 ¶3: resident re-enrolling after 2 years → 2030-01-01',
      qhdResidentExt,
      { category: 'resident', firstArrival: '2029-01-01', reEnrolment: true, breakYears: 2 },
      '2030-01-01',
    ],
    [
      'Qinhuangdao art. 14 ¶3: resident re-enrolling with 0 break years → plain 6 months, no parameter needed',
      qhd,
      { category: 'resident', firstArrival: '2029-01-01', reEnrolment: true, breakYears: 0 },
      '2029-07-01',
    ],
    [
      'Tumxuk §5(五): employee insured at launch 2026-09 → no waiting period',
      tumxuk,
      { category: 'employee', firstArrival: '2026-09-01' },
      null,
    ],
    [
      'Tumxuk §5(五): employee first insured 2027-02 → 2027-08-01',
      tumxuk,
      { category: 'employee', firstArrival: '2027-02-10' },
      '2027-08-01',
    ],
    ['Tumxuk §5(五): veteran exempt', tumxuk, { category: 'employee', firstArrival: '2027-02-10', exemptions: ['veteran'] }, null],
    [
      'Tumxuk §5(五): other special group exempt',
      tumxuk,
      { category: 'resident', firstArrival: '2028-01-01', exemptions: ['specialGroup'] },
      null,
    ],
    [
      'Tumxuk §5(五): hardship subsidy is not an exemption → 2028-07-01',
      tumxuk,
      { category: 'resident', firstArrival: '2028-01-01', exemptions: ['hardshipSubsidised'] },
      '2028-07-01',
    ],
    [
      'Tumxuk §5(五): resident re-enrolling after 3 years → fixed 6 months, no extension',
      tumxuk,
      { category: 'resident', firstArrival: '2031-01-01', reEnrolment: true, breakYears: 3 },
      '2031-07-01',
    ],
    [
      'Tumxuk §5(五): resident first insured late (2029) → fixed 6 months',
      tumxuk,
      { category: 'resident', firstArrival: '2029-01-01' },
      '2029-07-01',
    ],
    [
      'Tumxuk §5(五): flexible arrears have no rule of their own → same enrolment',
      tumxuk,
      { category: 'flexible', firstArrival: '2027-05-01', flexibleArrears: { months: 12, belowRetirementAge: true } },
      null,
    ],
    [
      'Tumxuk §5(五): flexible worker re-enrolling after a break → 2027-05 + 6 = 2027-11-01',
      tumxuk,
      { category: 'flexible', firstArrival: '2027-05-01', reEnrolment: true, flexibleArrears: { months: 12, belowRetirementAge: true } },
      '2027-11-01',
    ],
    // waitingCountsFrom=arrivalDate: 2027-03-15 + 6 months = 2027-09-15
    [
      'Tumxuk §5(五): waitingCountsFrom=arrivalDate → 2027-09-15',
      { ...tumxuk, waitingCountsFrom: 'arrivalDate' },
      { category: 'retiree', firstArrival: '2027-03-15' },
      '2027-09-15',
    ],
  ])('%s', (_name, params, input, expected) => {
    const r = waitingPeriodEnd(input, params);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.benefitsFrom).toBe(expected);
    expect(r.value.waitingPeriod).toBe(expected !== null);
  });

  it('Qinhuangdao art. 14 ¶2: the trace names the interpretation and the months', () => {
    const r = waitingPeriodEnd({ category: 'employee', firstArrival: '2026-07-15' }, qhd);
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.months).toBe(6);
    const step = r.trace.find((s) => s.rule === 'eligibility.waitingPeriod');
    expect(step?.citation).toBe('Qinhuangdao art. 14 ¶2');
    expect(step?.interpretation).toBe('waitingFromFirstArrival=true');
  });

  it('Qinhuangdao art. 14 ¶3: resident extension months in the result', () => {
    const r = waitingPeriodEnd({ category: 'resident', firstArrival: '2029-01-01', reEnrolment: true, breakYears: 2 }, qhdResidentExt);
    expect(r.ok && r.value.months).toBe(12);
  });

  it.each<[string, EligibilityParams, WaitingPeriodInput, Array<[string, string]>]>([
    [
      'Qinhuangdao art. 14 ¶3: resident first insured late, extension not set → PARAMETER_MISSING',
      qhd,
      { category: 'resident', firstArrival: '2028-01-01' },
      [['params.residentExtensionMonthsPerBreakYear', 'PARAMETER_MISSING']],
    ],
    [
      'Qinhuangdao art. 14 ¶3: resident re-enrolling needs breakYears',
      qhd,
      { category: 'resident', firstArrival: '2029-01-01', reEnrolment: true },
      [['breakYears', 'REQUIRED']],
    ],
    [
      'Qinhuangdao art. 75: arrival before the launch',
      qhd,
      { category: 'employee', firstArrival: '2026-06-30' },
      [['firstArrival', 'OUT_OF_RANGE']],
    ],
    [
      'Tumxuk §2: residents only from 2027',
      tumxuk,
      { category: 'resident', firstArrival: '2026-12-01' },
      [['firstArrival', 'OUT_OF_RANGE']],
    ],
    [
      'Qinhuangdao art. 14: every bad field listed',
      qhd,
      {
        category: 'alien' as never,
        firstArrival: '2027-02-30',
        breakYears: -1,
        exemptions: ['vip' as never],
        flexibleArrears: { months: 1.5, belowRetirementAge: true },
      },
      [
        ['category', 'NOT_ALLOWED'],
        ['firstArrival', 'INVALID_DATE'],
        ['breakYears', 'OUT_OF_RANGE'],
        ['exemptions.0', 'NOT_ALLOWED'],
        ['flexibleArrears.months', 'OUT_OF_RANGE'],
      ],
    ],
  ])('%s', (_name, params, input, expected) => {
    const r = waitingPeriodEnd(input, params);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.path, i.code])).toEqual(expected);
  });
});

describe('waitingPeriodEnd: groups and exemptions each article names', () => {
  const end = (params: EligibilityParams, input: WaitingPeriodInput) => {
    const r = waitingPeriodEnd(input, params);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value.benefitsFrom;
  };

  // Residents (minors and orphans among them) launch 2027-01-01, employees 2026-07-01 (art. 75).
  it.each<[string, WaitingPeriodInput]>([
    [
      'Qinhuangdao art. 14 ¶1: a minor insured in the residents’ launch year 2027 → no waiting period',
      { category: 'minor', firstArrival: '2027-01-01' },
    ],
    [
      'Qinhuangdao art. 14 ¶1: an orphan insured in the residents’ launch year 2027 → no waiting period',
      { category: 'orphan', firstArrival: '2027-03-01' },
    ],
    [
      'Qinhuangdao art. 14 ¶1: a resident insured in the residents’ launch year 2027 → no waiting period',
      { category: 'resident', firstArrival: '2027-01-01' },
    ],
  ])('%s', (_name, input) => {
    expect(end(qhd, input)).toBeNull();
    expect(end(qhdResidentExt, input)).toBeNull();
  });

  // 2028-03 is month 1 → month 7 = 2028-09; the break extension of ¶3 is for residents only.
  it('Qinhuangdao art. 14 ¶1, ¶3: an employee first insured in 2028 waits 6 months, no resident extension → 2028-09-01', () => {
    const r = waitingPeriodEnd({ category: 'employee', firstArrival: '2028-03-05' }, qhdResidentExt);
    expect(r.ok && r.value).toEqual({ waitingPeriod: true, benefitsFrom: '2028-09-01', months: 6 });
  });

  // A minor first insured in 2029 is 2 years late; ¶3 lengthens only a 未就业城乡居民's wait.
  it('Qinhuangdao art. 14 ¶3: a minor first insured late (2029) waits the fixed 6 months → 2029-08-01', () => {
    const r = waitingPeriodEnd({ category: 'minor', firstArrival: '2029-02-01' }, qhdResidentExt);
    expect(r.ok && r.value).toEqual({ waitingPeriod: true, benefitsFrom: '2029-08-01', months: 6 });
  });

  it('Qinhuangdao art. 14 ¶1 (“等特殊情形”): a special group is exempt', () => {
    expect(end(qhd, { category: 'employee', firstArrival: '2027-05-01', exemptions: ['specialGroup'] })).toBeNull();
  });

  it('Tumxuk §5(五) (“除新生儿、退役军人等特殊群体外”): a newborn is exempt', () => {
    expect(end(tumxuk, { category: 'minor', firstArrival: '2028-04-01', exemptions: ['newborn'] })).toBeNull();
  });

  it('Tumxuk §5(五): a veteran is no exemption in Qinhuangdao (art. 14 ¶1 names newborns and the subsidised) → 2027-11-01', () => {
    expect(end(qhd, { category: 'employee', firstArrival: '2027-05-01', exemptions: ['veteran'] })).toBe('2027-11-01');
  });
});

describe('waitingPeriodEnd: arrears, checks and odd input', () => {
  const result = (input: WaitingPeriodInput, params: EligibilityParams = qhd) => {
    const r = waitingPeriodEnd(input, params);
    return r.ok ? r.value : r.issues.map((i) => [i.path, i.code]);
  };

  it('Qinhuangdao art. 14 ¶2: only a flexible worker in arrears > 6 months is newly insured — an employee’s enrolment continues', () => {
    expect(result({ category: 'employee', firstArrival: '2027-03-01', flexibleArrears: { months: 8, belowRetirementAge: true } })).toEqual({
      waitingPeriod: false,
      benefitsFrom: null,
      months: 0,
    });
  });

  // waitingFromFirstArrival=false: a launch-year worker has no wait, but one newly insured after arrears waits 2026-10 + 6 → 2027-04-01.
  it('Qinhuangdao art. 14 ¶2: a flexible worker newly insured after 7 months of arrears in the launch year still waits → 2027-04-01', () => {
    const params = { ...qhd, waitingFromFirstArrival: false };
    expect(
      result({ category: 'flexible', firstArrival: '2026-10-01', flexibleArrears: { months: 7, belowRetirementAge: true } }, params),
    ).toEqual({
      waitingPeriod: true,
      benefitsFrom: '2027-04-01',
      months: 6,
    });
  });

  it.each<[string, number, unknown]>([
    ['Qinhuangdao art. 14 ¶2: arrears of 0 months → the same enrolment', 0, { waitingPeriod: false, benefitsFrom: null, months: 0 }],
    ['Qinhuangdao art. 14 ¶2: arrears of −1 months → OUT_OF_RANGE', -1, [['flexibleArrears.months', 'OUT_OF_RANGE']]],
  ])('%s', (_name, months, expected) => {
    expect(result({ category: 'flexible', firstArrival: '2027-03-01', flexibleArrears: { months, belowRetirementAge: true } })).toEqual(
      expected,
    );
  });

  it('Qinhuangdao art. 14 ¶3: a bad exemption is reported alone, before the break years are asked for', () => {
    const input = {
      category: 'resident',
      firstArrival: '2028-01-01',
      reEnrolment: true,
      exemptions: ['vip'],
    } as unknown as WaitingPeriodInput;
    expect(result(input, qhdResidentExt)).toEqual([['exemptions.0', 'NOT_ALLOWED']]);
  });

  it('Product rule: an input that is not an object → input REQUIRED', () => {
    expect(result(null as never)).toEqual([['input', 'REQUIRED']]);
  });
});

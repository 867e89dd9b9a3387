import { describe, expect, it } from 'vitest';
import { computeContribution } from '../contributions/compute-contribution.js';
import { waitingPeriodEnd } from '../eligibility/waiting-period.js';
import { applyPackOverrides } from './pack-overrides.js';
import type { PolicyPack } from './pack-types.js';
import { listRegions, shippedPacks } from './packs.js';
import { policyPack } from './policy-pack.js';

function version(region: string, date: string) {
  const r = policyPack(region, date);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('policyPack: the version in force', () => {
  it.each([
    ['Qinhuangdao art. 75: in force from 2026-07-01', 'qinhuangdao', '2026-07-01', '2026-07-01'],
    ['Qinhuangdao art. 75: still the launch version on 2026-12-31', 'qinhuangdao', '2026-12-31', '2026-07-01'],
    ['Qinhuangdao art. 3(二), 10(四): residents join on 2027-01-01', 'qinhuangdao', '2027-06-30', '2027-01-01'],
    ['Tumxuk §2: employees from 2026-09-01', 'tumxuk', '2026-09-15', '2026-09-01'],
    ['Tumxuk §4(二): residents 0.15% from 2027-01-01', 'tumxuk', '2027-01-01', '2027-01-01'],
    ['Tumxuk §4(二): 0.2% from 2028-01-01', 'tumxuk', '2028-12-31', '2028-01-01'],
    ['Tumxuk §4(二): 0.25% from 2029-01-01', 'tumxuk', '2029-03-01', '2029-01-01'],
    ['Tumxuk §4(二): 0.3% from 2030-01-01 on', 'tumxuk', '2035-01-01', '2030-01-01'],
  ])('%s', (_name, region, date, validFrom) => {
    const r = policyPack(region, date);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.validFrom).toBe(validFrom);
    expect(r.trace[0].rule).toBe('policy.versionInForce');
    expect(r.trace[0].output).toEqual({ validFrom, title: r.value.title });
  });

  it.each([
    ['Tumxuk §4(二): version 2028 resident 30 000 × 0.2% = 60 → 30 : 30', 'tumxuk', '2028-05-01', 2028, '30.00'],
    ['Tumxuk §4(二): version 2030 resident 30 000 × 0.3% = 90 → 45 : 45', 'tumxuk', '2030-05-01', 2030, '45.00'],
    ['Qinhuangdao art. 10(四): version 2027 resident 30 000 × 0.15% = 45 → 22.50', 'qinhuangdao', '2027-05-01', 2027, '22.50'],
  ])('%s', (_name, region, date, year, individual) => {
    const r = computeContribution({ category: 'resident', year, disposableIncome: '30000.00' }, version(region, date).contributions);
    expect(r.ok && r.value.individualPart).toBe(individual);
  });

  it.each([
    // the 2028 version holds 0.15% and 0.2% only; §4(二) sets 0.25% for 2029, so 0.2% must not run on into 2029
    ['Tumxuk §4(二): the 2028 version asked for 2029 → PARAMETER_MISSING, not 2028’s 0.2%', 'tumxuk', '2028-05-01', 2029],
    // art. 10(四) states only the launch year's 0.15%
    ['Qinhuangdao art. 10(四): the 2027 version asked for 2028 → PARAMETER_MISSING, not 0.15%', 'qinhuangdao', '2027-05-01', 2028],
  ])('%s', (_name, region, date, year) => {
    const r = computeContribution({ category: 'resident', year, disposableIncome: '30000.00' }, version(region, date).contributions);
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`)).toEqual(['params.resident.rates:PARAMETER_MISSING']);
  });

  it('Tumxuk §4(二): residents are not covered in the 2026 version', () => {
    const r = computeContribution(
      { category: 'resident', year: 2026, disposableIncome: '30000.00' },
      version('tumxuk', '2026-10-01').contributions,
    );
    expect(r.ok ? '' : r.issues[0].code).toBe('NOT_ALLOWED');
  });

  it('Qinhuangdao art. 14 ¶2: the eligibility section of the version computes the waiting period', () => {
    const r = waitingPeriodEnd({ category: 'employee', firstArrival: '2026-07-15' }, version('qinhuangdao', '2026-07-15').eligibility);
    expect(r.ok && r.value.benefitsFrom).toBe('2027-01-01');
  });

  it.each([
    ['Qinhuangdao art. 75: nothing in force before 2026-07-01', 'qinhuangdao', '2026-06-30', [['date', 'NO_POLICY_IN_FORCE']]],
    ['Tumxuk §2: nothing in force before 2026-09-01', 'tumxuk', '2026-08-31', [['date', 'NO_POLICY_IN_FORCE']]],
    ['Product rule: unknown region', 'atlantis', '2027-01-01', [['region', 'UNKNOWN_REGION']]],
    [
      'Product rule: unknown region and bad date, both listed',
      'toString',
      '2027-02-30',
      [
        ['region', 'UNKNOWN_REGION'],
        ['date', 'INVALID_DATE'],
      ],
    ],
  ])('%s', (_name, region, date, expected) => {
    const r = policyPack(region, date);
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code])).toEqual(expected);
  });

  it('Product rule: a region added by the administrator is found in the packs passed in', () => {
    const custom: PolicyPack = {
      ...shippedPacks.tumxuk,
      region: 'custom',
      versions: shippedPacks.tumxuk.versions.map((v) => ({ ...v, region: 'custom' })),
    };
    const r = policyPack('custom', '2027-05-01', undefined, { custom });
    expect(r.ok && r.value.region).toBe('custom');
  });

  it('Product rule: the returned version is a copy; changing it never changes the shipped pack', () => {
    version('qinhuangdao', '2027-01-01').contributions.employee.employerRate = '0.5';
    expect(version('qinhuangdao', '2027-01-01').contributions.employee.employerRate).toBe('0.0015');
  });
});

describe('applyPackOverrides / policyPack with overrides', () => {
  it('Qinhuangdao art. 12: the province’s fixed 低保 subsidy is filled in by an override and used', () => {
    const r = policyPack('qinhuangdao', '2027-03-01', {
      contributions: { hardshipSubsidies: { minimumLivingAllowance: { amount: '20.00' } } },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.trace.map((s) => s.rule)).toEqual(['policy.versionInForce', 'policy.overrides']);
    expect(r.trace[1].output).toEqual([{ path: 'contributions.hardshipSubsidies.minimumLivingAllowance.amount', from: null, to: '20.00' }]);
    // 40 000 × 0.15% = 60 → individual 30; subsidy 20 → pays 10
    const c = computeContribution(
      { category: 'resident', year: 2027, disposableIncome: '40000.00', hardshipGroup: 'minimumLivingAllowance' },
      r.value.contributions,
    );
    expect(c.ok && c.value.payableByPerson).toBe('10.00');
  });

  it('Qinhuangdao art. 14 ¶2: an interpretation switched by override', () => {
    const r = policyPack('qinhuangdao', '2027-03-01', {
      eligibility: { waitingFromFirstArrival: false, residentExtensionMonthsPerBreakYear: 12 },
    });
    expect(r.ok && r.value.eligibility.waitingFromFirstArrival).toBe(false);
    expect(r.ok && r.value.eligibility.residentExtensionMonthsPerBreakYear).toBe(12);
  });

  it('Tumxuk §4(二): an array is replaced whole', () => {
    const v = version('tumxuk', '2027-01-01');
    const r = applyPackOverrides(v, { contributions: { resident: { rates: [{ fromYear: 2027, rate: '0.002' }] } } });
    expect(r.ok && r.value.contributions.resident.rates).toEqual([{ fromYear: 2027, rate: '0.002' }]);
    expect(v.contributions.resident.rates[0].rate).toBe('0.0015');
  });

  it('Product rule: an empty override changes nothing and says so', () => {
    const r = applyPackOverrides(version('tumxuk', '2027-01-01'), {});
    expect(r.ok && r.trace[0].note).toBe('no parameter overridden');
  });

  it('Product rule: inherited keys (__proto__, constructor) are not parameters', () => {
    const patch = JSON.parse('{"assessment": {"__proto__": {"polluted": true}, "constructor": 1}}');
    const r = policyPack('qinhuangdao', '2027-03-01', patch);
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([
      ['overrides.assessment.__proto__', 'UNKNOWN_KEY'],
      ['overrides.assessment.constructor', 'UNKNOWN_KEY'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('Product rule: unknown keys, type changes and fixed keys are all listed', () => {
    const r = policyPack('qinhuangdao', '2027-03-01', {
      region: 'tumxuk',
      validFrom: '2020-01-01',
      colour: 'red',
      contributions: {
        employee: { employerRate: 'fifteen', individualRate: 0.0015, bonus: '1' },
        resident: { rates: '0.003', provisional: 'no' },
        flexible: null,
      },
      eligibility: { waitingMonths: '6', launch: { employees: 'soon' }, citations: 'none' },
    });
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([
      ['overrides.region', 'NOT_ALLOWED'],
      ['overrides.validFrom', 'NOT_ALLOWED'],
      ['overrides.colour', 'UNKNOWN_KEY'],
      ['overrides.contributions.employee.employerRate', 'TYPE_MISMATCH'],
      ['overrides.contributions.employee.individualRate', 'TYPE_MISMATCH'],
      ['overrides.contributions.employee.bonus', 'UNKNOWN_KEY'],
      ['overrides.contributions.resident.rates', 'TYPE_MISMATCH'],
      ['overrides.contributions.resident.provisional', 'TYPE_MISMATCH'],
      ['overrides.contributions.flexible', 'TYPE_MISMATCH'],
      ['overrides.eligibility.waitingMonths', 'TYPE_MISMATCH'],
      ['overrides.eligibility.launch.employees', 'TYPE_MISMATCH'],
      ['overrides.eligibility.citations', 'TYPE_MISMATCH'],
    ]);
  });

  it('Product rule: overrides must be an object', () => {
    const r = applyPackOverrides(version('tumxuk', '2027-01-01'), [] as never);
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([['', 'TYPE_MISMATCH']]);
    const p = policyPack('tumxuk', '2027-01-01', 'x' as never);
    expect(p.ok ? [] : p.issues.map((i) => [i.path, i.code])).toEqual([['overrides', 'TYPE_MISMATCH']]);
  });
});

describe('shippedPacks and listRegions', () => {
  it('Qinhuangdao art. 75 / Tumxuk §4(二): the two shipped regions and their version dates', () => {
    expect(listRegions().map((r) => [r.region, r.versions])).toEqual([
      ['qinhuangdao', ['2026-07-01', '2027-01-01']],
      ['tumxuk', ['2026-09-01', '2027-01-01', '2028-01-01', '2029-01-01', '2030-01-01']],
    ]);
  });

  it('Product rule: versions are sorted, plain JSON, and each section is present', () => {
    for (const pack of Object.values(shippedPacks)) {
      const dates = pack.versions.map((v) => v.validFrom);
      expect([...dates].sort()).toEqual(dates);
      for (const v of pack.versions) {
        expect(JSON.parse(JSON.stringify(v))).toEqual(v);
        expect(Object.keys(v)).toEqual(
          expect.arrayContaining(['contributions', 'eligibility', 'assessment', 'benefits', 'fund', 'institutions']),
        );
      }
    }
  });
});

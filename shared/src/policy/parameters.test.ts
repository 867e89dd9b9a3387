import { describe, expect, it } from 'vitest';
import { shippedPacks } from './packs.js';
import { checkParameterChanges, diffPackVersions, packParameters } from './parameters.js';
import { compareSampleFigures, sampleFigures } from './sample-figures.js';

const qhd2027 = shippedPacks.qinhuangdao.versions[1];
const tumxuk2027 = shippedPacks.tumxuk.versions[1];
const MEDICAL_CAP = 'benefits.employees.institution.medical.monthlyCap';
const codes = (r: { ok: boolean; issues?: { path: string; code: string }[] }) => (r.ok ? [] : r.issues!.map((i) => `${i.path}:${i.code}`));

describe('packParameters: every parameter of a pack as a form row', () => {
  it.each([
    ['qinhuangdao', qhd2027],
    ['tumxuk', tumxuk2027],
  ])('Product rule: every %s parameter has a Chinese and English label, a citation, and each interpretation its readings', (_r, v) => {
    const parameters = packParameters(v);
    expect(parameters.length).toBeGreaterThan(100);
    for (const p of parameters) {
      expect(p.label.zh, p.path).not.toBe(p.path);
      expect(p.label.en, p.path).not.toBe(p.path);
      expect(p.citation, p.path).toMatch(/art\.|§|item|Product rule|standard/);
      if (p.interpretation && p.unit !== 'boolean') expect(p.alternatives.length, p.path).toBeGreaterThan(0);
      if (p.unit === 'choice' && p.editable)
        expect(
          p.alternatives.map((a) => a.value),
          p.path,
        ).toContain(p.value ?? p.alternatives[0].value);
    }
    expect(parameters.some((p) => /citation/i.test(p.path))).toBe(false);
  });

  it('Qinhuangdao art. 31(1)1: the medical-institution monthly cap is money 1800.00 citing its article', () => {
    const p = packParameters(qhd2027).find((x) => x.path === MEDICAL_CAP);
    expect(p).toMatchObject({
      unit: 'money',
      value: '1800.00',
      citation: 'Qinhuangdao art. 31(1)1',
      editable: true,
      interpretation: false,
    });
    expect(p?.label.zh).toBe('职工机构护理（医疗机构）月支付限额');
  });

  it('Qinhuangdao art. 31(1)3: homeCarePayment is an interpretation with the spec’s two readings and the document’s words', () => {
    const p = packParameters(qhd2027).find((x) => x.path === 'benefits.employees.home.homeCarePayment');
    expect(p).toMatchObject({ interpretation: true, unit: 'choice', value: 'perVisit', citation: 'Qinhuangdao art. 31(1)3' });
    expect(p?.alternatives.map((a) => a.value)).toEqual(['perVisit', 'billedUpToCap']);
    expect(p?.words).toContain('按实际上门护理服务次数核算');
  });

  it('Qinhuangdao art. 14 ¶1: eligibility rules cite through the section’s citations; the national grading standard is read-only', () => {
    const ps = packParameters(qhd2027);
    expect(ps.find((x) => x.path === 'eligibility.waitingMonths')?.citation).toBe('Qinhuangdao art. 14 ¶1');
    expect(ps.find((x) => x.path === 'assessment.grading')).toMatchObject({
      editable: false,
      citation: 'National standard 医保办发〔2021〕37号',
    });
    expect(ps.find((x) => x.path === 'benefits.exclusions.bed')).toMatchObject({ editable: false, citation: 'Qinhuangdao art. 33(二)' });
  });
});

describe('checkParameterChanges: validated by shared', () => {
  it('Qinhuangdao art. 31(1)1: a new cap is normalised to 2 decimals, with the patch and the diff against the version it replaces', () => {
    const r = checkParameterChanges(qhd2027, { [MEDICAL_CAP]: '2000' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.patch).toEqual({ benefits: { employees: { institution: { medical: { monthlyCap: '2000.00' } } } } });
    expect(r.value.after.benefits.employees).toMatchObject({ institution: { medical: { monthlyCap: '2000.00', share: '0.70' } } });
    expect(r.value.diff).toEqual([
      expect.objectContaining({ path: MEDICAL_CAP, from: '1800.00', to: '2000.00', citation: 'Qinhuangdao art. 31(1)1' }),
    ]);
    expect(qhd2027.benefits.employees).toMatchObject({ institution: { medical: { monthlyCap: '1800.00' } } });
  });

  it('Qinhuangdao art. 10(四): a change inside a list replaces the whole list', () => {
    const r = checkParameterChanges(qhd2027, { 'contributions.resident.rates.0.rate': '0.002' });
    expect(r.ok && r.value.patch).toEqual({ contributions: { resident: { rates: [{ fromYear: 2027, rate: '0.002' }] } } });
  });

  it('Product rule: every bad value is listed with its own code', () => {
    const r = checkParameterChanges(qhd2027, {
      [MEDICAL_CAP]: '18.005',
      'benefits.employees.community.share': '1.2',
      'contributions.employee.employerRate': 0.002,
      'eligibility.waitingMonths': 6.5,
      'benefits.employees.home.homeCarePayment': 'always',
      'eligibility.carePlanRequired': 'yes',
      'benefits.exclusions.bed': 'none',
      'benefits.colour': 'red',
      'eligibility.waitingFromFirstArrival': null,
    });
    expect(codes(r)).toEqual([
      `changes.${MEDICAL_CAP}:INVALID_MONEY`,
      'changes.benefits.employees.community.share:OUT_OF_RANGE',
      'changes.contributions.employee.employerRate:INVALID_RATE',
      'changes.eligibility.waitingMonths:NOT_INTEGER',
      'changes.benefits.employees.home.homeCarePayment:NOT_ALLOWED',
      'changes.eligibility.carePlanRequired:NOT_ALLOWED',
      'changes.benefits.exclusions.bed:NOT_EDITABLE',
      'changes.benefits.colour:UNKNOWN_KEY',
      'changes.eligibility.waitingFromFirstArrival:REQUIRED',
    ]);
  });

  it('Qinhuangdao art. 12: a parameter the document leaves unstated may be filled, and set back to not stated', () => {
    const path = 'contributions.hardshipSubsidies.minimumLivingAllowance.amount';
    const filled = checkParameterChanges(qhd2027, { [path]: '20.00' });
    expect(filled.ok).toBe(true);
    if (filled.ok) expect(checkParameterChanges(filled.value.after, { [path]: null }).ok).toBe(true);
  });

  it.each([
    [{}, ['changes:NO_CHANGE']],
    [{ [MEDICAL_CAP]: '1800.00' }, ['changes:NO_CHANGE']],
    [[], ['changes:REQUIRED']],
    ['x', ['changes:REQUIRED']],
  ])('Product rule: a change that changes nothing is refused (%j)', (changes, expected) => {
    expect(codes(checkParameterChanges(qhd2027, changes))).toEqual(expected);
  });
});

describe('diffPackVersions and the sample figures', () => {
  it('Tumxuk §4(二): the 2028 version differs from 2027 by the 2028 resident rate only', () => {
    const diff = diffPackVersions(tumxuk2027, shippedPacks.tumxuk.versions[2]);
    expect(diff.map((d) => [d.path, d.from, d.to])).toEqual([
      ['contributions.resident.rates.1.fromYear', undefined, 2028],
      ['contributions.resident.rates.1.rate', undefined, '0.002'],
    ]);
    expect(diffPackVersions(tumxuk2027, tumxuk2027)).toEqual([]);
  });

  it('Qinhuangdao art. 31(1)1: raising the medical cap to 2000 changes the medical sample quote 1800.00 → 2000.00 and nothing else', () => {
    const r = checkParameterChanges(qhd2027, { [MEDICAL_CAP]: '2000.00' });
    if (!r.ok) throw new Error('refused');
    const changed = compareSampleFigures(qhd2027, r.value.after).filter((f) => f.changed);
    expect(changed.map((f) => [f.id, f.before, f.after])).toEqual([['employee.institution.medical', '1800.00', '2000.00']]);
  });

  it('Qinhuangdao art. 31, 10(四) / Tumxuk §5(三): sample figures are computed by the calculators’ rules', () => {
    expect(sampleFigures(qhd2027).map((f) => [f.id, f.value])).toEqual([
      ['employee.institution.medical', '1800.00'],
      ['employee.institution.integrated', '1600.00'],
      ['employee.institution.elderly', '1400.00'],
      ['employee.community', '1200.00'],
      ['resident.institution', '1200.00'],
      ['contribution.resident', '30.00'],
    ]);
    // Tumxuk employees: 4000 × 70% = 2800, community 75% = 3000; resident 50% = 2000; 40 000 × 0.15% ÷ 2 = 30
    expect(sampleFigures(tumxuk2027).map((f) => [f.id, f.value])).toEqual([
      ['employee.institution', '2800.00'],
      ['employee.community', '3000.00'],
      ['resident.institution', '2000.00'],
      ['contribution.resident', '30.00'],
    ]);
  });
});

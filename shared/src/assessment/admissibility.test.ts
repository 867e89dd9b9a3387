import { describe, expect, it } from 'vitest';
import { type AdmissibilityInput, checkAssessmentAdmissibility } from './admissibility.js';
import { qinhuangdaoAssessmentParams as qhd, tumxukAssessmentParams as tmk } from './params.js';

const clean: AdmissibilityInput = {
  checkedOn: '2026-08-03',
  insured: true,
  inWaitingPeriod: false,
  disabilitySince: '2026-01-15',
  conditionStable: true,
  inHospital: false,
  missingMaterials: [],
  materialsForged: false,
  disabilityFromWorkInjury: false,
};

describe('Qinhuangdao art. 18: refusal grounds', () => {
  it('Qinhuangdao art. 18: nothing applies → admissible', () => {
    const r = checkAssessmentAdmissibility(clean, qhd);
    expect(r.ok && r.value).toEqual({ admissible: true, status: 'admissible', refusals: [], missingMaterials: [] });
  });

  it.each([
    ['Qinhuangdao art. 18(1)', { insured: false }, 'notInsured'],
    ['Qinhuangdao art. 18(1)', { inWaitingPeriod: true }, 'inWaitingPeriod'],
    // disabled since 2026-02-04: 6 months reached on 2026-08-04, one day after the check
    ['Qinhuangdao art. 18(2)', { disabilitySince: '2026-02-04' }, 'disabilityTooShort'],
    ['Qinhuangdao art. 18(2)', { conditionStable: false }, 'conditionUnstable'],
    ['Qinhuangdao art. 18(2)', { inHospital: true }, 'inHospital'],
    ['Qinhuangdao art. 18(3)', { missingMaterials: ['诊断证明'], supplementDueDate: '2026-08-02' }, 'materialsNotCompletedInTime'],
    ['Qinhuangdao art. 18(3)', { materialsForged: true }, 'materialsForged'],
    // last conclusion 2026-02-04: 6 months on 2026-08-04 > 2026-08-03
    ['Qinhuangdao art. 18(4)', { lastConclusionDate: '2026-02-04' }, 'tooSoonSinceLastConclusion'],
    ['Qinhuangdao art. 18(5)', { disabilityFromWorkInjury: true }, 'workInjury'],
  ] as const)('%s: %j → refused (%s)', (citation, change, ground) => {
    const r = checkAssessmentAdmissibility({ ...clean, ...change } as AdmissibilityInput, qhd);
    expect(r.ok && r.value.status).toBe('refused');
    expect(r.ok && r.value.refusals.map((x) => [x.ground, x.citation])).toEqual([[ground, citation]]);
  });

  it.each([
    // 2026-02-03 + 6 months = 2026-08-03 = the check day: 满6个月
    ['Qinhuangdao art. 18(2)', { disabilitySince: '2026-02-03' }],
    ['Qinhuangdao art. 18(4)', { lastConclusionDate: '2026-02-03' }],
    // the supplement deadline is the check day itself: still in time
    ['Qinhuangdao art. 18(3)', { missingMaterials: [], supplementDueDate: '2026-08-01' }],
  ])('%s: boundary %j → not refused', (_c, change) => {
    const r = checkAssessmentAdmissibility({ ...clean, ...change }, qhd);
    expect(r.ok && r.value.refusals).toEqual([]);
  });

  it('Qinhuangdao art. 18: every ground that applies is returned, not only the first', () => {
    const r = checkAssessmentAdmissibility(
      {
        ...clean,
        insured: false,
        inHospital: true,
        materialsForged: true,
        disabilityFromWorkInjury: true,
        lastConclusionDate: '2026-05-01',
      },
      qhd,
    );
    expect(r.ok && r.value.refusals.map((x) => x.citation)).toEqual([
      'Qinhuangdao art. 18(1)',
      'Qinhuangdao art. 18(2)',
      'Qinhuangdao art. 18(3)',
      'Qinhuangdao art. 18(4)',
      'Qinhuangdao art. 18(5)',
    ]);
    expect(r.ok && r.value.admissible).toBe(false);
  });

  it.each([
    ['no deadline yet', undefined],
    ['deadline not passed', '2026-08-03'],
  ])('Qinhuangdao art. 17 ¶2: materials missing, %s → awaiting materials, all listed at once', (_n, due) => {
    const r = checkAssessmentAdmissibility({ ...clean, missingMaterials: ['诊断证明', '住院病历'], supplementDueDate: due }, qhd);
    expect(r.ok && r.value).toEqual({
      admissible: false,
      status: 'awaitingMaterials',
      refusals: [],
      missingMaterials: ['诊断证明', '住院病历'],
    });
  });

  it('Qinhuangdao art. 18: every missing or invalid fact is reported at once', () => {
    const r = checkAssessmentAdmissibility(
      {
        checkedOn: '2026-13-01',
        insured: 'yes',
        lastConclusionDate: 'soon',
        missingMaterials: 'x',
        supplementDueDate: '1.1.2026',
      } as unknown as AdmissibilityInput,
      qhd,
    );
    expect(!r.ok && r.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'checkedOn:INVALID_DATE',
      'insured:NOT_ALLOWED',
      'inWaitingPeriod:REQUIRED',
      'disabilitySince:REQUIRED',
      'conditionStable:REQUIRED',
      'inHospital:REQUIRED',
      'materialsForged:REQUIRED',
      'lastConclusionDate:INVALID_DATE',
      'disabilityFromWorkInjury:REQUIRED',
      'missingMaterials:NOT_ALLOWED',
      'supplementDueDate:INVALID_DATE',
    ]);
  });
});

describe('Tumxuk §5(一): ≥ 6 months of lasting disability', () => {
  const tumxuk: AdmissibilityInput = { checkedOn: '2026-09-10', insured: true, inWaitingPeriod: false, disabilitySince: '2026-03-10' };

  it('Tumxuk §5(一): 2026-03-10 + 6 months = 2026-09-10 → 持续6个月以上, admissible; hospital and work injury are not Tumxuk grounds', () => {
    const r = checkAssessmentAdmissibility(tumxuk, tmk);
    expect(r.ok && r.value.status).toBe('admissible');
    expect(r.ok && r.trace.map((s) => s.citation)).toEqual(['Tumxuk §5(一)', 'Tumxuk §5(五)', 'Tumxuk §5(一)', 'Tumxuk §5(一)']);
  });

  it.each([
    ['Tumxuk §5(一)', { disabilitySince: '2026-03-11' }, 'disabilityTooShort'],
    ['Tumxuk §5(一)', { insured: false }, 'notInsured'],
    ['Tumxuk §5(五)', { inWaitingPeriod: true }, 'inWaitingPeriod'],
    ['Xinjiang art. 22(2)', { lastConclusionDate: '2026-03-11' }, 'tooSoonSinceLastConclusion'],
  ] as const)('%s: %j → refused', (citation, change, ground) => {
    const r = checkAssessmentAdmissibility({ ...tumxuk, ...change }, tmk);
    expect(r.ok && r.value.refusals).toEqual([expect.objectContaining({ ground, citation })]);
  });
});

import { describe, expect, it } from 'vitest';
import { type DesignationTimelineInput, designationTimeline } from './designation-timeline.js';
import { qinhuangdaoInstitutionParams as qhd, tumxukInstitutionParams as tmk } from './params.js';

describe('Xinjiang art. 8–10: designation timeline', () => {
  it.each([
    // 2026-03-10 + 3 months = 2026-06-10; no supplement
    [[], '2026-06-10', '2026-06-10', 'onTime'],
    [[], '2026-06-10', '2026-06-11', 'late'],
    // supplementing 2026-04-01 → 2026-04-15 = 14 days not counted → 2026-06-24
    [[{ from: '2026-04-01', to: '2026-04-15' }], '2026-06-24', '2026-06-24', 'onTime'],
    // two periods, 14 + 5 = 19 days → 2026-06-29
    [
      [
        { from: '2026-04-01', to: '2026-04-15' },
        { from: '2026-05-10', to: '2026-05-15' },
      ],
      '2026-06-29',
      undefined,
      'open',
    ],
  ])('Xinjiang art. 8: accepted 2026-03-10, supplements %j → review due %s; completed %s → %s', (periods, due, done, status) => {
    const r = designationTimeline({ acceptanceDate: '2026-03-10', supplementPeriods: periods, reviewCompletedOn: done }, tmk);
    expect(r.ok && [r.value.reviewDue, r.value.reviewStatus]).toEqual([due, status]);
  });

  it.each([
    ['2026-07-06', false],
    ['2026-07-05', true],
  ])(
    'Xinjiang art. 9: publicity from 2026-07-01 must run ≥ 5 days (start not counted → to 2026-07-06); ending %s → too short %s',
    (end, tooShort) => {
      const r = designationTimeline({ acceptanceDate: '2026-03-10', publicityStart: '2026-07-01', publicityEnd: end }, tmk);
      expect(r.ok && [r.value.publicityEarliestEnd, r.value.publicityTooShort]).toEqual(['2026-07-06', tooShort]);
    },
  );

  it('Xinjiang art. 10: agreement from 2026-08-01 normally runs to 2027-07-31; a 2-year term is a warning to acknowledge', () => {
    const normal = designationTimeline({ acceptanceDate: '2026-03-10', agreementStart: '2026-08-01', agreementEnd: '2027-07-31' }, tmk);
    expect(normal.ok && [normal.value.agreementNormalEnd, normal.value.warnings]).toEqual(['2027-07-31', []]);
    const long = designationTimeline({ acceptanceDate: '2026-03-10', agreementStart: '2026-08-01', agreementEnd: '2028-07-31' }, tmk);
    expect(long.ok && long.value.warnings).toEqual([
      expect.objectContaining({ citation: 'Xinjiang art. 10', requiresAcknowledgment: true }),
    ]);
  });

  it('Xinjiang art. 8–10: bad input all listed; Qinhuangdao has no designation parameters', () => {
    const r = designationTimeline(
      {
        acceptanceDate: '2026-3-10',
        supplementPeriods: [{ from: '2026-04-15', to: '2026-04-01' }, { from: 'x' }],
        publicityEnd: '2026-07-06',
        agreementEnd: '2027-07-31',
      } as DesignationTimelineInput,
      qhd,
    );
    expect(!r.ok && r.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'params.designation:PARAMETER_MISSING',
      'acceptanceDate:INVALID_DATE',
      'supplementPeriods.0.to:OUT_OF_RANGE',
      'supplementPeriods.1.from:INVALID_DATE',
      'supplementPeriods.1.to:REQUIRED',
      'publicityStart:REQUIRED',
      'agreementStart:REQUIRED',
    ]);
  });
});

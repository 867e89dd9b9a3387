import { afterEach, describe, expect, it, vi } from 'vitest';
// The README examples import from '@ltci/shared'; the same names come from the source here.
import {
  changzhouAnnual2024,
  type ReviewInput,
  rankReviews,
  scoreAnnual,
  scorecardTemplate,
  scorecardTemplates,
  scoreReview,
  scoreScorecard,
  validateScorecardTemplate,
} from './index.js';

function printed(): string[] {
  return (console.log as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((args) => args.map(String).join(' '));
}

describe('scorecards README examples', () => {
  afterEach(() => vi.restoreAllMocks());

  it('Changzhou annex 1: README scoreAnnual example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = scoreAnnual({
      institutionId: 'A',
      year: 2024,
      events: [
        { type: 'lateOnSiteVisit' },
        { type: 'conductComplaint', flags: { verified: true } },
        { type: 'extraOrders', units: 120 },
        { type: 'interviewOrRectification' },
      ],
      returnRates: [
        { institutionId: 'A', returned: 12, submitted: 100 },
        { institutionId: 'B', returned: 4, submitted: 100 },
      ],
      satisfactionRate: '0.88',
      districtsServedWithoutRefusal: 4,
      internalTrainingsHeld: 2,
      noHolidaySuspension: true,
      cityShortOfAssessmentCapacity: true,
    });
    if (r.ok) {
      console.log(r.value.categories.map((c) => `${c.id} ${c.score}`).join(', '));
      console.log(r.value.subtotal, r.value.vetoDeduction, r.value.total);
      console.log(r.trace.find((s) => s.rule === 'scorecard.computed.returnRateAboveAverage')?.interpretation);
    }
    expect(printed()).toEqual([
      'basicManagement 5.00, informationManagement 5.00, efficiency 8.00, conduct 16.00, quality 15.00, complaints 2.50, systems 5.00, training 5.00, records 5.00, satisfaction 2.00, cooperation 6.00, publicity 0.00, overallCapability 2.00',
      '76.50 5.00 71.50',
      'average=meanOfInstitutionRates',
    ]);
  });

  it('Xinjiang annex 2: README scoreReview example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = scoreReview({
      applicantId: 'P1',
      applicationDate: '2026-03-01',
      basic: {
        credentialsLicence: true,
        credentialsRegistered: true,
        premises: true,
        staffCertified: true,
        systems: true,
        informationTechnology: true,
        archives: true,
      },
      refusalGrounds: [],
      premises: {
        floorAreaM2: 95,
        tenure: 'leased',
        leaseEndsOn: '2028-03-01',
        zones: ['consultation', 'office', 'archive'],
        homeVisitKit: true,
        dedicatedFullTimeManager: true,
      },
      staff: {
        fullTimeAssessors: 3,
        fullTimeExperts: 2,
        fullTimeManagers: 2,
        itStaff: 1,
        assessmentStaff: 6,
        certifiedAssessmentStaff: 6,
        seniorTitleAssessmentStaff: 2,
      },
      systemsPostedPublicly: 4,
      informationTechnology: { assessmentInformationSystem: true, securityPolicyDocumented: true, namedSecurityPerson: true },
      archives: { electronicFilePerClaimant: true },
    });
    if (r.ok) {
      console.log(r.value.passed, r.value.total);
      console.log(r.value.categories.map((c) => `${c.id} ${c.score}`).join(', '));
    }
    expect(printed()).toEqual(['true 86.50', 'premises 23.50, staff 35.00, systems 8.00, informationTechnology 15.00, archives 5.00']);
  });

  it('Xinjiang annex 2: README rankReviews example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const base: ReviewInput = {
      applicantId: 'A',
      applicationDate: '2026-03-01',
      basic: {
        credentialsLicence: true,
        credentialsRegistered: true,
        premises: true,
        staffCertified: true,
        systems: true,
        informationTechnology: true,
        archives: true,
      },
      refusalGrounds: [],
      premises: { floorAreaM2: 60, tenure: 'owned', zones: [], homeVisitKit: false, dedicatedFullTimeManager: false },
      staff: {
        fullTimeAssessors: 2,
        fullTimeExperts: 2,
        fullTimeManagers: 1,
        itStaff: 1,
        assessmentStaff: 4,
        certifiedAssessmentStaff: 4,
        seniorTitleAssessmentStaff: 1,
      },
      systemsPostedPublicly: 0,
      informationTechnology: { assessmentInformationSystem: true, securityPolicyDocumented: false, namedSecurityPerson: false },
      archives: { electronicFilePerClaimant: false },
    };
    const r = rankReviews([
      base,
      { ...base, applicantId: 'B', systemsPostedPublicly: 5 },
      { ...base, applicantId: 'C', refusalGrounds: ['12(6)'] },
    ]);
    if (r.ok) for (const e of r.value) console.log(e.rank, e.applicantId, e.total);
    expect(printed()).toEqual(['1 B 36.00', '2 A 26.00', 'null C 26.00']);
  });

  it('Changzhou item 3: README scoreScorecard example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = scoreScorecard(
      {
        events: Array.from({ length: 12 }, () => ({ type: 'dispatchRefused' })),
        facts: {
          returnRates: { subjectId: 'A', records: [{ id: 'A', count: 0, base: 10 }] },
          satisfactionRate: '0.95',
          districtsServedWithoutRefusal: 3,
          internalTrainingsHeld: 2,
          noHolidaySuspension: false,
        },
      },
      changzhouAnnual2024,
    );
    if (r.ok) {
      console.log(JSON.stringify(r.value.categories.find((c) => c.id === 'efficiency')));
      console.log(r.value.total);
    }
    expect(printed()).toEqual([
      '{"id":"efficiency","title":"评估效率","kind":"deduction","max":"10.00","points":"12.00","score":"0.00","clamped":"floor"}',
      '72.00',
    ]);
  });

  it('Product rule: shipped templates: README scorecardTemplate example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    console.log(scorecardTemplates.map((t) => t.id).join(', '));
    const t = scorecardTemplate('changzhou-annual-2024')!;
    console.log(validateScorecardTemplate(t).length, validateScorecardTemplate({ ...t, total: '90' })[0].message);
    expect(printed()).toEqual([
      'xinjiang-review-2026, changzhou-annual-2024, tianjin-tpa-2024',
      '0 the category maxima add up to 100, not 90',
    ]);
  });
});

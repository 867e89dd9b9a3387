import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../core/money.js';
import { scoreAnnual } from './annual.js';
import { scoreReview } from './review.js';
import type { ScorecardEvent } from './template-types.js';
import { changzhouAnnual2024 } from './templates/changzhou-annual-2024.js';

const eventTypes = [
  ...changzhouAnnual2024.categories.flatMap((c) => c.eventTypes.map((e) => e.id)),
  ...changzhouAnnual2024.vetoes.map((v) => v.id),
];

const event: fc.Arbitrary<ScorecardEvent> = fc.record({
  type: fc.constantFrom(...eventTypes),
  units: fc.integer({ min: 0, max: 400 }),
  flags: fc.record({ institutionAtFault: fc.boolean(), verified: fc.boolean(), evidenceProvided: fc.boolean() }),
  occurredOn: fc.constantFrom('2024-01-10', '2024-06-30', '2024-12-15'),
  reportedOn: fc.constantFrom('2024-01-20', '2024-08-30', '2025-01-30'),
});

const annual = fc.record({
  events: fc.array(event, { maxLength: 40 }),
  own: fc.integer({ min: 0, max: 100 }),
  peers: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 5 }),
  satisfaction: fc.integer({ min: 0, max: 1000 }),
  districts: fc.integer({ min: 0, max: 4 }),
  trainings: fc.integer({ min: 0, max: 5 }),
  noHolidaySuspension: fc.boolean(),
  short: fc.boolean(),
});

describe('scorecard properties', () => {
  it('Changzhou annex 1: every category in [0, max]; subtotal = Σ categories; total = max(0, subtotal − vetoes), or 0 when vetoed', () => {
    fc.assert(
      fc.property(annual, (a) => {
        const r = scoreAnnual({
          institutionId: 'A',
          year: 2024,
          events: a.events,
          returnRates: [
            { institutionId: 'A', returned: a.own, submitted: 100 },
            ...a.peers.map((p, i) => ({ institutionId: `P${i}`, returned: p, submitted: 100 })),
          ],
          satisfactionRate: new D(a.satisfaction).dividedBy(1000).toString(),
          districtsServedWithoutRefusal: a.districts,
          internalTrainingsHeld: a.trainings,
          noHolidaySuspension: a.noHolidaySuspension,
          cityShortOfAssessmentCapacity: a.short,
        });
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        const v = r.value;
        for (const c of v.categories) {
          expect(new D(c.score).greaterThanOrEqualTo(0)).toBe(true);
          expect(new D(c.score).lessThanOrEqualTo(c.max)).toBe(true);
        }
        const sum = v.categories.reduce((acc, c) => acc.plus(c.score), new D(0));
        expect(v.subtotal).toBe(sum.toFixed(2));
        const expected = v.zeroed ? new D(0) : D.max(0, sum.minus(v.vetoDeduction));
        expect(v.total).toBe(expected.toFixed(2));
        expect(new D(v.total).lessThanOrEqualTo(100)).toBe(true);
      }),
    );
  });

  it('Xinjiang annex 2: the differentiated total is the sum of its categories, each in [0, max], total in [0, 100]', () => {
    fc.assert(
      fc.property(
        fc.record({
          area: fc.double({ min: 0, max: 500, noNaN: true }),
          zones: fc.subarray(['consultation', 'office', 'archive', 'storage'] as const),
          systems: fc.integer({ min: 0, max: 10 }),
          staff: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 }),
          extra: fc.integer({ min: 0, max: 5 }),
          flags: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
          owned: fc.boolean(),
        }),
        (a) => {
          const [assessors, experts, managers, it_] = a.staff;
          const total = assessors + experts + a.extra;
          const r = scoreReview({
            applicantId: 'X',
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
              floorAreaM2: a.area,
              tenure: a.owned ? 'owned' : 'leased',
              leaseEndsOn: '2027-12-31',
              zones: [...a.zones],
              homeVisitKit: a.flags[0],
              dedicatedFullTimeManager: a.flags[1],
            },
            staff: {
              fullTimeAssessors: assessors,
              fullTimeExperts: experts,
              fullTimeManagers: managers,
              itStaff: it_,
              assessmentStaff: total,
              certifiedAssessmentStaff: Math.min(total, assessors + experts),
              seniorTitleAssessmentStaff: Math.min(total, 2),
            },
            systemsPostedPublicly: a.systems,
            informationTechnology: {
              assessmentInformationSystem: a.flags[2],
              securityPolicyDocumented: a.flags[3],
              namedSecurityPerson: a.flags[4],
            },
            archives: { electronicFilePerClaimant: a.flags[5] },
          });
          if (!r.ok) throw new Error(JSON.stringify(r.issues));
          const sum = r.value.categories.reduce((acc, c) => acc.plus(c.score), new D(0));
          for (const c of r.value.categories)
            expect(new D(c.score).greaterThanOrEqualTo(0) && new D(c.score).lessThanOrEqualTo(c.max)).toBe(true);
          expect(r.value.total).toBe(sum.toFixed(2));
          expect(new D(r.value.total).lessThanOrEqualTo(100)).toBe(true);
        },
      ),
    );
  });
});

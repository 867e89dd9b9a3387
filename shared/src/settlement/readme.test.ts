import { qinhuangdaoBenefitParams, qinhuangdaoEligibilityParams, qinhuangdaoSettlementParams, runSmartAudit } from '@ltci/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';

function printed(): string[] {
  return (console.log as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((args) => args.map(String).join(' '));
}

describe('smart audit README example', () => {
  afterEach(() => vi.restoreAllMocks());

  it('Qinhuangdao art. 31(1)3, 57: README runSmartAudit example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const home = { lat: 39.93, lng: 119.6 };
    const r = runSmartAudit(
      {
        month: '2026-09',
        records: [
          {
            kind: 'homeVisit',
            key: 'v1',
            claimantId: 'C1',
            institutionId: 'I1',
            carerId: 'K1',
            start: '2026-09-01T09:00',
            end: '2026-09-01T10:30',
            checkIn: home,
            items: ['H01'],
            lines: [{ category: 'care', amount: '110.00' }],
          },
          {
            kind: 'homeVisit',
            key: 'v2',
            claimantId: 'C1',
            institutionId: 'I1',
            carerId: 'K1',
            start: '2026-09-02T09:00',
            end: '2026-09-02T11:00',
            checkIn: home,
            items: ['H01'],
            lines: [{ category: 'care', amount: '110.00' }],
          },
        ],
        facts: {
          claimants: new Map([
            [
              'C1',
              {
                insuredAs: 'employees',
                benefitStart: '2026-08-01',
                death: null,
                hospitalStays: [],
                suspensions: [],
                carePlan: { institutionId: 'I1', careMode: 'home', items: ['H01'] },
                home,
              },
            ],
          ]),
          institutions: new Map([['I1', { designated: [{ from: '2026-07-01', to: null }] }]]),
          carers: new Map([['K1', { institutionId: 'I1', qualifiedUntil: '2027-06-30' }]]),
        },
      },
      { settlement: qinhuangdaoSettlementParams, benefits: qinhuangdaoBenefitParams, eligibility: qinhuangdaoEligibilityParams },
    );
    if (r.ok) for (const f of r.value.flags) console.log(f.recordKey, f.rule, f.severity);
    if (r.ok) console.log('held:', r.value.heldRecords.join(', '));
    expect(printed()).toEqual(['v1 VISIT_TOO_SHORT blocking', 'v2 CONSECUTIVE_DAY_VISIT blocking', 'held: v1, v2']);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
// The README imports from '@ltci/shared'; shared's own vitest config does not resolve the package
// by name (it lacks ssr.resolve.conditions), so the same names are imported from the source here.
import { type BenefitEvent, benefitDates, qinhuangdaoEligibilityParams, tumxukEligibilityParams, waitingPeriodEnd } from './index.js';

function printed(): string[] {
  return (console.log as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((args) => args.map(String).join(' '));
}

describe('eligibility README examples', () => {
  afterEach(() => vi.restoreAllMocks());

  it('Qinhuangdao art. 14 ¶2: README waitingPeriodEnd example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = waitingPeriodEnd({ category: 'employee', firstArrival: '2026-07-15' }, qinhuangdaoEligibilityParams);
    if (r.ok) console.log(JSON.stringify(r.value));
    expect(printed()).toEqual(['{"waitingPeriod":true,"benefitsFrom":"2027-01-01","months":6}']);
  });

  it('Qinhuangdao art. 28, 34(3) / Tumxuk §5(四): README benefitDates example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const events: BenefitEvent[] = [
      { type: 'conclusion', date: '2027-03-10', severe: true, grade: 3 },
      { type: 'carePlanAccepted', date: '2027-03-10', careMode: 'institution', institution: 'A' },
      { type: 'hospitalAdmission', date: '2027-06-10' },
      { type: 'hospitalDischarge', date: '2027-06-20' },
    ];
    for (const params of [qinhuangdaoEligibilityParams, tumxukEligibilityParams]) {
      const r = benefitDates({ category: 'employee', events }, params);
      if (r.ok) for (const p of r.value.periods) console.log(params.source, p.from, '→', p.to ?? 'open', `(${p.reason})`);
    }
    expect(printed()).toEqual([
      'Qinhuangdao 2027-04-01 → 2027-06-09 (conclusion)',
      'Qinhuangdao 2027-06-21 → open (hospitalDischarge)',
      'Tumxuk 2027-03-11 → 2027-06-09 (conclusion)',
      'Tumxuk 2027-06-20 → open (hospitalDischarge)',
    ]);
  });
});

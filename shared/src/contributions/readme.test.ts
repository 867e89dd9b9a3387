import { afterEach, describe, expect, it, vi } from 'vitest';
// The README imports from '@ltci/shared'; shared's own vitest config does not resolve the package
// by name (it lacks ssr.resolve.conditions), so the same names are imported from the source here.
import { computeContribution, tumxukContributionParams } from './index.js';

function printed(): string[] {
  return (console.log as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((args) => args.map(String).join(' '));
}

describe('contributions README examples', () => {
  afterEach(() => vi.restoreAllMocks());

  it('Tumxuk §4(二): README computeContribution example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = computeContribution(
      { category: 'resident', year: 2028, disposableIncome: '30000.00', hardshipGroup: 'minimumLivingAllowance' },
      tumxukContributionParams,
    );
    if (r.ok) {
      const { individualPart, governmentPart, subsidy, payableByPerson } = r.value;
      console.log(individualPart, governmentPart, subsidy, payableByPerson);
      console.log(r.trace.find((s) => s.rule === 'contributions.subsidy')?.interpretation);
    }
    expect(printed()).toEqual(['30.00 30.00 24.00 6.00', 'quotaSubsidyReading=shareOfIndividualPart']);
  });
});

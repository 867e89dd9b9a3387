import { afterEach, describe, expect, it, vi } from 'vitest';
// The README imports from '@ltci/shared'; shared's own vitest config does not resolve the package
// by name (it lacks ssr.resolve.conditions), so the same names are imported from the source here.
import { addWorkingDays, officialCalendar } from '../core/index.js';
import { applyPackOverrides, listRegions, policyPack, shippedPacks } from './index.js';

function printed(): string[] {
  return (console.log as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((args) => args.map(String).join(' '));
}

describe('policy README examples', () => {
  afterEach(() => vi.restoreAllMocks());

  it('Tumxuk §4(二) / Qinhuangdao art. 75: README policyPack example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = policyPack('tumxuk', '2028-05-01');
    if (r.ok) console.log(r.value.validFrom, r.value.contributions.resident.rates.at(-1)?.rate, r.trace[0].citation);
    const before = policyPack('qinhuangdao', '2026-06-30');
    if (!before.ok) console.log(before.issues[0].code);
    expect(printed()).toEqual(['2028-01-01 0.002 Tumxuk §4(二)', 'NO_POLICY_IN_FORCE']);
  });

  it('Qinhuangdao art. 12: README applyPackOverrides example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const v2027 = shippedPacks.qinhuangdao.versions[1];
    const filled = applyPackOverrides(v2027, { contributions: { hardshipSubsidies: { minimumLivingAllowance: { amount: '20.00' } } } });
    if (filled.ok) console.log(JSON.stringify(filled.value.contributions.hardshipSubsidies.minimumLivingAllowance));
    const bad = applyPackOverrides(v2027, { contributions: { employee: { employerRate: 0.002 } }, colour: 'red' });
    if (!bad.ok) for (const i of bad.issues) console.log(i.path, i.code);
    expect(printed()).toEqual([
      '{"kind":"fixedAmount","amount":"20.00"}',
      'contributions.employee.employerRate TYPE_MISMATCH',
      'colour UNKNOWN_KEY',
    ]);
  });

  it('Qinhuangdao art. 75 / Tumxuk §4(二): README listRegions example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    for (const r of listRegions()) console.log(r.region, r.versions.join(','));
    expect(printed()).toEqual(['qinhuangdao 2026-07-01,2027-01-01', 'tumxuk 2026-09-01,2027-01-01,2028-01-01,2029-01-01,2030-01-01']);
  });

  it('Qinhuangdao art. 17: README addWorkingDays example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = addWorkingDays('2026-09-30', 1, officialCalendar);
    if (r.ok) console.log(r.value);
    const missing = addWorkingDays('2026-12-31', 1, officialCalendar);
    if (!missing.ok) console.log(missing.issues[0].code);
    expect(printed()).toEqual(['2026-10-08', 'CALENDAR_YEAR_MISSING']);
  });
});

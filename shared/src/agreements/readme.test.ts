import { afterEach, describe, expect, it, vi } from 'vitest';
// The README imports from '@ltci/shared'; shared's own vitest config does not resolve the package
// by name (it lacks ssr.resolve.conditions), so the same names are imported from the source here.
import { tumxukInstitutionParams } from '../institutions/index.js';
import { checkAgreementTerm, designationBarsFromAgreements, institutionStatusFromAgreements } from './index.js';

function printed(): string[] {
  return (console.log as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((args) => args.map(String).join(' '));
}

describe('agreements README examples', () => {
  afterEach(() => vi.restoreAllMocks());

  it('Xinjiang art. 10: README checkAgreementTerm example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = checkAgreementTerm({ number: 'XJ-2026-001', startDate: '2026-09-01', endDate: '2027-12-31' }, tumxukInstitutionParams);
    if (r.ok) console.log(r.value.normalEnd, r.value.warnings[0].citation, r.value.warnings[0].requiresAcknowledgment);
    const bad = checkAgreementTerm({ number: '', startDate: '2026-09-01', endDate: '2026-08-31' }, tumxukInstitutionParams);
    if (!bad.ok) console.log(bad.issues.map((i) => `${i.path} ${i.code}`).join(', '));
    expect(printed()).toEqual(['2027-08-31 Xinjiang art. 10 true', 'number REQUIRED, endDate OUT_OF_RANGE']);
  });

  it('Xinjiang art. 10–11, 24–25: README institutionStatusFromAgreements example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const agreements = [
      { id: 'A1', state: 'expired' as const, startDate: '2025-09-01', endDate: '2026-08-31' },
      { id: 'A2', state: 'suspended' as const, startDate: '2026-09-01', endDate: '2027-08-31' },
    ];
    for (const asOf of ['2026-10-01', '2027-09-01']) {
      const r = institutionStatusFromAgreements(agreements, asOf);
      if (r.ok) console.log(asOf, r.value.status, r.value.agreementId);
    }
    expect(printed()).toEqual(['2026-10-01 suspended A2', '2027-09-01 expired A2']);
  });

  it('Xinjiang art. 12(二)(三): README designationBarsFromAgreements example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = designationBarsFromAgreements([
      {
        id: 'A1',
        state: 'terminated',
        startDate: '2025-09-01',
        endDate: '2026-08-31',
        terminationKind: 'severe_breach',
        terminationDate: '2026-03-15',
      },
      {
        id: 'A2',
        state: 'terminated',
        startDate: '2024-09-01',
        endDate: '2025-08-31',
        terminationKind: 'institution_request',
        terminationDate: '2025-01-31',
      },
    ]);
    if (r.ok) console.log(JSON.stringify(r.value));
    expect(printed()).toEqual(['{"terminatedForSevereBreachOn":"2026-03-15"}']);
  });
});

import { describe, expect, it } from 'vitest';
import { checkDesignationEligibility, type DesignationApplication } from '../institutions/designation-eligibility.js';
import { tumxukInstitutionParams } from '../institutions/params.js';
import { type AgreementSummary, designationBarsFromAgreements, institutionStatusFromAgreements } from './institution-agreements.js';

const a = (id: string, over: Partial<AgreementSummary>): AgreementSummary => ({
  id,
  state: 'active',
  startDate: '2026-09-01',
  endDate: '2027-08-31',
  ...over,
});
const status = (agreements: AgreementSummary[], asOf = '2026-12-01') => {
  const r = institutionStatusFromAgreements(agreements, asOf);
  return r.ok ? `${r.value.status} ${r.value.agreementId}` : r.issues.map((i) => `${i.path} ${i.code}`).join(', ');
};

describe('institutionStatusFromAgreements', () => {
  it('Xinjiang art. 11: an institution with an agreement in force is active; a pending termination is still in force', () => {
    expect(status([a('A1', {})])).toBe('active A1');
    expect(status([a('A1', { state: 'termination_pending' })])).toBe('active A1');
    expect(
      status([a('A0', { state: 'expired', startDate: '2025-09-01', endDate: '2026-08-31' }), a('A1', { state: 'suspended' }), a('A2', {})]),
    ).toBe('active A2');
  });

  it('Xinjiang art. 24–25: suspended when its only agreement in force is suspended', () => {
    expect(status([a('A1', { state: 'suspended' })])).toBe('suspended A1');
  });

  it('Xinjiang art. 10: an agreement past its end has expired on that day, whether or not the step was taken', () => {
    expect(status([a('A1', {})], '2027-08-31')).toBe('active A1');
    expect(status([a('A1', {})], '2027-09-01')).toBe('expired A1');
    expect(status([a('A1', { state: 'suspended' })], '2027-09-01')).toBe('expired A1');
  });

  it('Xinjiang art. 12, 24: how the latest agreement ended decides once none is in force', () => {
    const terminated = a('A1', { state: 'terminated', terminationKind: 'violation', terminationDate: '2026-11-15' });
    expect(status([terminated])).toBe('terminated A1');
    const expired = a('A0', { state: 'expired', startDate: '2025-09-01', endDate: '2026-08-31' });
    expect(status([expired, terminated])).toBe('terminated A1');
    expect(status([expired, a('A1', { state: 'terminated', terminationKind: 'expiry', terminationDate: '2026-08-31' })])).toBe(
      'terminated A1',
    );
    expect(status([a('A1', { state: 'terminated', terminationKind: 'expiry', terminationDate: '2026-03-01' }), expired])).toBe(
      'expired A0',
    );
  });

  it('Xinjiang art. 10–11: drafts and agreements not yet started leave the institution without one in force', () => {
    expect(status([])).toBe('none null');
    expect(status([a('A1', { state: 'draft' }), a('A2', { startDate: '2027-01-01', endDate: '2027-12-31' })])).toBe('none null');
  });

  it('Product rule: bad agreement data is refused with every problem listed', () => {
    expect(status([a('A1', { state: 'lost' as never, endDate: '2027-02-30' }), a('A2', { state: 'terminated' })], 'today')).toBe(
      'asOf INVALID_DATE, agreements.0.state NOT_ALLOWED, agreements.0.endDate INVALID_DATE, agreements.1.terminationKind REQUIRED, agreements.1.terminationDate REQUIRED',
    );
    expect(status(null as never)).toBe('agreements REQUIRED');
    expect(status([a('A1', { state: 'terminated', terminationKind: 'whim' as never, terminationDate: '2026-10-01' })])).toBe(
      'agreements.0.terminationKind NOT_ALLOWED',
    );
  });
});

const application: DesignationApplication = {
  applicationDate: '2027-06-14',
  independentLegalPerson: true,
  registeredInRegionOn: '2020-01-01',
  staff: [],
  premises: { fixedOffice: true, tenure: 'owned' },
  equipmentReady: true,
  platformReady: true,
  managementSystems: [],
  materialsProvided: [],
  dishonestListed: false,
  underInvestigation: false,
  ownerSetUpCareInstitution: false,
};

describe('designationBarsFromAgreements', () => {
  const agreements = [
    a('A1', { state: 'terminated', terminationKind: 'violation', terminationDate: '2024-06-15' }),
    a('A2', { state: 'terminated', terminationKind: 'violation', terminationDate: '2023-01-10' }),
    a('A3', { state: 'terminated', terminationKind: 'severe_breach', terminationDate: '2026-06-15' }),
    a('A4', { state: 'terminated', terminationKind: 'institution_request', terminationDate: '2026-12-01' }),
    a('A5', { state: 'expired' }),
  ];

  it('Xinjiang art. 12(二)(三): the latest termination for violations and for a severe breach; other endings bar nothing', () => {
    const r = designationBarsFromAgreements(agreements);
    expect(r.ok && r.value).toEqual({ terminatedForViolationOn: '2024-06-15', terminatedForSevereBreachOn: '2026-06-15' });
    if (r.ok) expect(r.trace.map((s) => s.citation)).toEqual(['Xinjiang art. 12(二)', 'Xinjiang art. 12(三)']);
    const none = designationBarsFromAgreements([agreements[3], agreements[4]]);
    expect(none.ok && none.value).toEqual({});
  });

  it('Xinjiang art. 12(二)(三): fed to checkDesignationEligibility — barred 3 years after a violation, 1 year after a severe breach', () => {
    const bars = designationBarsFromAgreements(agreements);
    if (!bars.ok) throw new Error('bars');
    const refusals = (applicationDate: string) => {
      const r = checkDesignationEligibility(
        { ...application, applicationDate, ...bars.value, violationPenaltyFulfilled: true, breachLiabilityFulfilled: true },
        tumxukInstitutionParams,
      );
      return r.ok ? r.value.refusals.map((x) => x.citation) : r.issues.map((i) => i.code);
    };
    expect(refusals('2027-06-14')).toEqual(['Xinjiang art. 12(2)', 'Xinjiang art. 12(3)']);
    expect(refusals('2027-06-15')).toEqual([]);
  });

  it('Product rule: a terminated agreement without its kind or date is refused', () => {
    const r = designationBarsFromAgreements([a('A1', { state: 'terminated', terminationKind: 'violation', terminationDate: null })]);
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual(['agreements.0.terminationDate REQUIRED']);
  });
});

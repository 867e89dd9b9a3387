import { describe, expect, it } from 'vitest';
import { qinhuangdaoEligibilityParams as qhdE, tumxukEligibilityParams as tmxE } from '../eligibility/params.js';
import { type MonthQuoteInput, quoteClaimantMonth } from './month-quote.js';
import { qinhuangdaoBenefitParams as qhdB, tumxukBenefitParams as tmxB } from './params.js';

const community: MonthQuoteInput = {
  month: '2026-09',
  category: 'employee',
  grade: 4,
  conclusionOn: '2026-08-12',
  plans: [{ id: 'p1', careMode: 'community', institution: 'i1', frequencyPerWeek: 3, benefitsFrom: '2026-09-01', lastDay: null }],
  hospitalStays: [],
  sanctions: [],
  deathDate: null,
  billedCare: '2000.00',
};
const run = (input: MonthQuoteInput, e = qhdE, b = qhdB) => quoteClaimantMonth(input, e, b);
const value = (r: ReturnType<typeof run>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe('a claimant’s month of benefits (Qinhuangdao art. 28, 30, 31, 34, 69, 71; Tumxuk §5)', () => {
  it('Qinhuangdao art. 31(1)2: a whole month of community care, 2000.00 billed → 75% = 1500.00 above the 1200.00 cap → fund 1200.00', () => {
    const v = value(run(community));
    expect(v).toMatchObject({ serviceDays: 30, payableFrom: '2026-09-01', payableTo: '2026-09-30', careMode: 'community' });
    expect(v.quote).toMatchObject({ fundPays: '1200.00', claimantPays: '800.00' });
  });

  it('Qinhuangdao art. 34(3): in hospital 09-10 to 09-14, resumed 09-15 → 25 days; cap 1200 ÷ 30 × 25 = 1000.00', () => {
    const v = value(run({ ...community, hospitalStays: [{ admittedOn: '2026-09-10', dischargedOn: '2026-09-14' }] }));
    expect(v.serviceDays).toBe(25);
    expect(v.quote).toMatchObject({ fundPays: '1000.00', claimantPays: '1000.00' });
  });

  it('Qinhuangdao art. 69, 71: suspended 09-05 to 09-20, reinstated on a new application 09-25 → 4 + 6 = 10 days; 1200 ÷ 30 × 10 = 400.00', () => {
    const sanctions = [{ kind: 'suspend' as const, startsOn: '2026-09-05', endsOn: '2026-09-20', reinstatedOn: '2026-09-25' }];
    const v = value(run({ ...community, sanctions }));
    expect(v.serviceDays).toBe(10);
    expect(v.quote?.fundPays).toBe('400.00');
  });

  it('Qinhuangdao art. 34(5): death on 09-18 → 18 days; 1200 ÷ 30 × 18 = 720.00', () => {
    const v = value(run({ ...community, deathDate: '2026-09-18' }));
    expect(v.serviceDays).toBe(18);
    expect(v.quote?.fundPays).toBe('720.00');
  });

  it('Qinhuangdao art. 28: the letter’s own month (2026-08) pays nothing; the quote says so with 0 days', () => {
    const v = value(run({ ...community, month: '2026-08' }));
    expect(v).toMatchObject({ serviceDays: 0, quote: null });
  });

  it('Qinhuangdao art. 31(1)3: home care 3 a week over 30 days → 13 visits every other day at 120.00; at most 10 paid at 110.00 → fund 1100.00', () => {
    const plans = [{ ...community.plans[0], careMode: 'home' as const }];
    const v = value(run({ ...community, plans, billedCare: undefined, visitPrice: '120.00' }));
    expect(v.quote?.visits).toHaveLength(13);
    expect(v.quote).toMatchObject({ fundPays: '1100.00', billedTotal: '1560.00', claimantPays: '460.00' });
  });

  it('Tumxuk §5(二): family care in a remote regiment is quoted PARAMETER_MISSING until the region sets its payment', () => {
    const input: MonthQuoteInput = {
      ...community,
      month: '2026-10',
      grade: 5,
      conclusionOn: '2026-10-09',
      plans: [{ id: 'f1', careMode: 'family', institution: 'i1', frequencyPerWeek: 7, benefitsFrom: '2026-10-10', lastDay: null }],
      annualCap: { perCapitaIncome: '30000.00', paidYearToDate: '0.00' },
      remoteArea: true,
    };
    const r = run(input, tmxE, tmxB);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => `${i.path} ${i.code}`)).toContain('params.familyCare.share PARAMETER_MISSING');
  });

  it('Tumxuk §5(三)(四): home care of an employee from 10-10, in hospital 10-15 to 10-20 and back the discharge day → 5 + 12 = 17 days; 75% of 1000.00 = 750.00', () => {
    const input: MonthQuoteInput = {
      ...community,
      month: '2026-10',
      grade: 5,
      conclusionOn: '2026-10-09',
      plans: [{ id: 'h1', careMode: 'home', institution: 'i1', frequencyPerWeek: 3, benefitsFrom: '2026-10-10', lastDay: null }],
      hospitalStays: [{ admittedOn: '2026-10-15', dischargedOn: '2026-10-20' }],
      billedCare: '1000.00',
      annualCap: { perCapitaIncome: '30000.00', paidYearToDate: '0.00' },
    };
    const v = value(run(input, tmxE, tmxB));
    expect(v.serviceDays).toBe(17);
    expect(v.quote?.fundPays).toBe('750.00');
  });

  it('Qinhuangdao art. 28: without a severe conclusion nothing can be quoted (NO_CONCLUSION)', () => {
    const r = run({ ...community, grade: null, conclusionOn: null });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['NO_CONCLUSION']);
  });
});

import { describe, expect, it } from 'vitest';
import { qinhuangdaoEligibilityParams as qhd, tumxukEligibilityParams as tmsk } from '../eligibility/params.js';
import { type ClaimantEligibilityInput, claimantEligibility } from './claimant-eligibility.js';
import type { ContributionMonth } from './contribution-history.js';

const paid = (month: string, arrivedOn: string): ContributionMonth => ({ month, status: 'paid', amount: '12.00', arrivedOn });
const arrears = (month: string): ContributionMonth => ({ month, status: 'arrears', amount: '12.00', arrivedOn: null });
const backPaid = (month: string, arrivedOn: string): ContributionMonth => ({ month, status: 'backPaid', amount: '12.00', arrivedOn });
const claimant = (over: Partial<ClaimantEligibilityInput>): ClaimantEligibilityInput => ({
  category: 'employee',
  contributions: [paid('2026-07', '2026-07-15')],
  hospitalStays: [],
  deathDate: null,
  exemptions: [],
  asOf: '2026-12-01',
  ...over,
});
const status = (input: ClaimantEligibilityInput, params = qhd) => {
  const r = claimantEligibility(input, params);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe('a claimant’s eligibility status', () => {
  it('Qinhuangdao art. 14 ¶2: an employee whose contributions arrived in 2026-07 waits until 2027-01-01 (the arrival month is month 1)', () => {
    expect(status(claimant({}))).toMatchObject({
      status: 'waiting',
      waitingEnd: '2027-01-01',
      since: '2026-07-15',
      validUntil: '2027-01-01',
    });
    expect(status(claimant({ asOf: '2027-01-01' }))).toMatchObject({ status: 'active', since: '2027-01-01', validUntil: null });
  });

  it('Qinhuangdao art. 14 ¶1: a retiree insured in the launch year has no waiting period', () => {
    expect(status(claimant({ category: 'retiree', contributions: [paid('2026-07', '2026-07-20')] }))).toMatchObject({
      status: 'active',
      waitingEnd: null,
      since: '2026-07-20',
    });
  });

  it('Qinhuangdao art. 14 ¶1: a hardship-subsidised employee is exempt from the waiting period', () => {
    expect(status(claimant({ exemptions: ['hardshipSubsidised'] }))).toMatchObject({ status: 'active', waitingEnd: null });
  });

  it('Qinhuangdao art. 34(1): arrears from 2026-09 suspend from 2026-10-01; the back-payment of 2026-11-10 resumes from 2026-12-01', () => {
    const open = claimant({
      category: 'retiree',
      contributions: [paid('2026-07', '2026-07-20'), paid('2026-08', '2026-08-20'), arrears('2026-09')],
    });
    expect(status({ ...open, asOf: '2026-09-30' })).toMatchObject({ status: 'active', validUntil: '2026-10-01' });
    expect(status(open)).toMatchObject({ status: 'suspended', suspendedBecause: ['arrears'], since: '2026-10-01', validUntil: null });
    const closed = { ...open, contributions: [...open.contributions.slice(0, 2), backPaid('2026-09', '2026-11-10')] };
    expect(status({ ...closed, asOf: '2026-11-30' })).toMatchObject({ status: 'suspended', since: '2026-10-01', validUntil: '2026-12-01' });
    expect(status(closed)).toMatchObject({ status: 'active', since: '2026-12-01' });
  });

  it('Qinhuangdao art. 34(3): a hospital stay suspends; benefits resume the day after discharge (Tumxuk §5(四): the discharge day)', () => {
    const stay = { admittedOn: '2026-10-05', dischargedOn: '2026-10-20' };
    const q = claimant({ category: 'retiree', contributions: [paid('2026-07', '2026-07-20')], hospitalStays: [stay] });
    expect(status({ ...q, asOf: '2026-10-20' })).toMatchObject({
      status: 'suspended',
      suspendedBecause: ['hospital'],
      since: '2026-10-05',
    });
    expect(status({ ...q, asOf: '2026-10-21' })).toMatchObject({ status: 'active', since: '2026-10-21' });
    const t = { ...q, contributions: [paid('2026-09', '2026-09-15')] };
    expect(status({ ...t, asOf: '2026-10-20' }, tmsk)).toMatchObject({ status: 'active', since: '2026-10-20' });
    expect(status({ ...q, hospitalStays: [{ admittedOn: '2026-11-20', dischargedOn: null }] })).toMatchObject({
      status: 'suspended',
      suspendedBecause: ['hospital'],
    });
  });

  it('Qinhuangdao art. 34(5): death on 2026-11-03 ends eligibility from 2026-11-04', () => {
    expect(status(claimant({ deathDate: '2026-11-03' }))).toMatchObject({ status: 'ended', since: '2026-11-04' });
    expect(status(claimant({ deathDate: '2026-11-03', asOf: '2026-11-03' }))).toMatchObject({
      status: 'waiting',
      validUntil: '2026-11-04',
    });
  });

  it('Qinhuangdao art. 14 ¶2: a flexible worker 8 months in arrears (> 6) starts a new waiting period at the back-payment of 2027-04-10 → 2027-10-01', () => {
    const months = ['2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03'];
    const c = claimant({
      category: 'flexible',
      contributions: [paid('2026-07', '2026-07-05'), ...months.map((m) => backPaid(m, '2027-04-10'))],
      asOf: '2027-05-01',
    });
    expect(status(c)).toMatchObject({ status: 'waiting', waitingEnd: '2027-10-01', suspendedBecause: [] });
  });

  it('a resident with no contribution yet is not insured (Qinhuangdao art. 3(二): residents from 2027)', () => {
    expect(status(claimant({ category: 'resident', contributions: [] }))).toMatchObject({ status: 'notInsured' });
  });

  it('Tumxuk §4 does not state how arrears affect benefits: undetermined, PARAMETER_MISSING, never guessed', () => {
    const r = status(claimant({ contributions: [paid('2026-09', '2026-09-10'), arrears('2026-10')] }), tmsk);
    expect(r.status).toBe('undetermined');
    expect(r.issues[0]).toMatchObject({ path: 'params.arrears', code: 'PARAMETER_MISSING' });
  });

  it('the trace cites each rule and ends with the status', () => {
    const r = claimantEligibility(claimant({}), qhd);
    expect(r.ok && r.trace.map((s) => s.rule)).toContain('eligibility.waitingEnd');
    expect(r.ok && r.trace.at(-1)).toMatchObject({ rule: 'eligibility.claimantStatus', output: 'waiting' });
  });

  it('Qinhuangdao art. 10(四), art. 3(二): a minor insured from 2027-01-01 is not insured yet on 2026-12-01, and active from then (launch year, no waiting)', () => {
    const minor = claimant({ category: 'minor', contributions: [], insuredSince: '2027-01-01' });
    expect(status(minor)).toMatchObject({ status: 'notInsured', validUntil: '2027-01-01' });
    expect(status({ ...minor, asOf: '2027-01-01' })).toMatchObject({ status: 'active', since: '2027-01-01', waitingEnd: null });
  });
});

import { describe, expect, it } from 'vitest';
import { decideTransition } from '../workflow/kernel.js';
import { earliestEffectiveDate, effectiveDateIssues } from './effective-date.js';
import { policyPackWithChanges } from './effective-pack.js';
import { type PolicyChangeFacts, POLICY_CHANGE_WORKFLOW as W } from './policy-change-workflow.js';

const capTo = (amount: string) => ({ benefits: { employees: { institution: { medical: { monthlyCap: amount } } } } });
const cap = (r: ReturnType<typeof policyPackWithChanges>) =>
  r.ok && r.value.benefits.employees.kind === 'monthlyCap' ? r.value.benefits.employees.institution.medical.monthlyCap : r;

describe('policyPackWithChanges: an approved change is an effective-dated version', () => {
  const changes = [
    { id: 'c2', effectiveFrom: '2027-06-01', patch: capTo('2200.00') },
    { id: 'c1', effectiveFrom: '2027-02-01', patch: capTo('2000.00') },
  ];
  it.each([
    ['Product rule: a date before the change keeps the old value', '2027-01-31', '1800.00', '2027-01-01'],
    ['Product rule: from the effective date on, the new value', '2027-02-01', '2000.00', '2027-02-01'],
    ['Product rule: a later change replaces an earlier one from its date', '2027-06-15', '2200.00', '2027-06-01'],
    ['Product rule: a change before a shipped version is not seen by it', '2026-12-31', '1800.00', '2026-07-01'],
  ])('%s', (_name, date, expected, validFrom) => {
    const r = policyPackWithChanges('qinhuangdao', date, changes);
    expect(cap(r)).toBe(expected);
    expect(r.ok && r.value.validFrom).toBe(validFrom);
  });

  it('Product rule: the trace names the changes applied', () => {
    const r = policyPackWithChanges('qinhuangdao', '2027-03-01', changes);
    expect(r.ok && r.trace.map((s) => s.rule)).toEqual(['policy.versionInForce', 'policy.approvedChanges']);
  });

  it('Product rule: a stored patch that no longer fits the pack is an error, not a silent skip', () => {
    const r = policyPackWithChanges('qinhuangdao', '2027-03-01', [{ id: 'bad', effectiveFrom: '2027-01-01', patch: { colour: 'red' } }]);
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([['changes.bad.colour', 'UNKNOWN_KEY']]);
  });
});

describe('effective date: never in the past of a settled month', () => {
  it.each([
    ['no settlement yet: the 1st of the current month', '2026-12-15', null, '2026-12-01'],
    ['November settled: the 1st of December', '2026-12-15', '2026-11', '2026-12-01'],
    ['December settled early: January', '2026-12-15', '2026-12', '2027-01-01'],
  ])('Product rule: %s', (_name, today, settled, expected) => {
    expect(earliestEffectiveDate(today, settled)).toBe(expected);
  });

  it('Product rule: a date before the earliest is EFFECTIVE_DATE_TOO_EARLY, a bad date INVALID_DATE', () => {
    expect(effectiveDateIssues('2026-11-30', '2026-12-15').map((i) => i.code)).toEqual(['EFFECTIVE_DATE_TOO_EARLY']);
    expect(effectiveDateIssues('2026-12-01', '2026-12-15')).toEqual([]);
    expect(effectiveDateIssues('2026-13-01', '2026-12-15').map((i) => i.code)).toEqual(['INVALID_DATE']);
  });
});

describe('policy change workflow (four-eyes)', () => {
  const admin = { id: 'u-admin', roles: ['admin'] };
  const admin2 = { id: 'u-admin2', roles: ['admin'] };
  const facts: PolicyChangeFacts = { asOf: '2026-12-15', effectiveFrom: '2027-02-01', lastSettledMonth: null };
  const decide = (state: string, action: string, actor = admin, over: Partial<PolicyChangeFacts> = {}, reason?: string) => {
    const r = decideTransition(W, { state, action, actor, preparedBy: 'u-admin', facts: { ...facts, ...over }, reason });
    return r.ok ? r.value.to : r.issues.map((i) => i.code).join(',');
  };

  it('Product rule: draft → submitted → approved by a second administrator', () => {
    expect(decide('draft', 'submit')).toBe('submitted');
    expect(decide('submitted', 'approve', admin2)).toBe('approved');
  });
  it('Product rule: the preparer cannot approve or reject their own change (SAME_PERSON)', () => {
    expect(decide('submitted', 'approve')).toBe('SAME_PERSON');
    expect(decide('submitted', 'reject', admin, {}, '不同意')).toBe('SAME_PERSON');
  });
  it('Product rule: a rejection needs a reason; only administrators act; an approved change is final', () => {
    expect(decide('submitted', 'reject', admin2)).toBe('REASON_REQUIRED');
    expect(decide('submitted', 'reject', admin2, {}, '费率依据不足')).toBe('rejected');
    expect(decide('submitted', 'approve', { id: 'u-x', roles: ['inspector'] })).toBe('ROLE_NOT_ALLOWED');
    expect(decide('approved', 'approve', admin2)).toBe('TRANSITION_NOT_ALLOWED');
  });
  it('Product rule: a change whose date has fallen into a settled month cannot be approved', () => {
    expect(decide('submitted', 'approve', admin2, { asOf: '2027-03-02' })).toBe('EFFECTIVE_DATE_TOO_EARLY');
    expect(decide('draft', 'submit', admin, { effectiveFrom: '2026-11-01' })).toBe('EFFECTIVE_DATE_TOO_EARLY');
  });
});

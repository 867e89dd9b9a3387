import { describe, expect, it } from 'vitest';
import { carePlanIssues, planConclusionIssues } from './care-plan.js';

const plan = {
  careMode: 'home',
  items: [
    { code: 'H01', timesPerMonth: 10 },
    { code: 'H02', timesPerMonth: 4 },
  ],
  startDate: '2026-07-01',
};
const item = (code: string, timesPerMonth: number) => ({ code, timesPerMonth });

describe('care plan contents (Qinhuangdao art. 30)', () => {
  it('Qinhuangdao art. 30: a plan with mode, catalogue items, a frequency and a start day is complete', () => {
    expect(carePlanIssues(plan)).toEqual([]);
  });

  it('Qinhuangdao art. 30: items outside the national catalogue, no items, an item 0 times a month, a bad date and an unknown mode are each refused', () => {
    const codes = (d: Partial<typeof plan> & Record<string, unknown>) =>
      carePlanIssues({ ...plan, ...d }).map((i) => `${i.path} ${i.code}`);
    expect(codes({ items: [item('H01', 2), item('X99', 2)] })).toEqual(['items NOT_IN_CATALOGUE']);
    expect(codes({ items: [] })).toEqual(['items REQUIRED']);
    expect(codes({ items: [item('H01', 2), item('H02', 0)] })).toEqual(['items.1.timesPerMonth OUT_OF_RANGE']);
    expect(codes({ items: [item('H01', 2), item('H01', 3)] })).toEqual(['items DUPLICATE_ITEM']);
    expect(codes({ items: ['H01'] as never })).toEqual(['items NOT_IN_CATALOGUE', 'items.0.timesPerMonth OUT_OF_RANGE']);
    expect(codes({ startDate: '2026-02-30' })).toEqual(['startDate INVALID_DATE']);
    expect(codes({ careMode: 'hotel' })).toEqual(['careMode NOT_ALLOWED']);
  });

  it('Qinhuangdao art. 31(1)3: home care is 10 visits a month, so each item at home is at most 10 times a month (10 passes, 11 is refused); institution care has no such limit', () => {
    const homeVisits = { visitsPerMonth: 10, citation: 'Qinhuangdao art. 31(1)3' };
    const ctx = { catalogue: new Set(['H01', 'H02']), homeVisits };
    const codes = (d: Record<string, unknown>, c: Record<string, unknown> = ctx) =>
      carePlanIssues({ ...plan, ...d }, c as never).map((i) => `${i.path} ${i.code}`);
    expect(codes({ items: [item('H01', 10), item('H02', 11)] })).toEqual(['items.1.timesPerMonth FREQUENCY_OVER_RULE']);
    expect(codes({ items: [item('H01', 10)] })).toEqual([]);
    expect(codes({ careMode: 'institution', items: [item('H01', 30), item('H02', 60)] })).toEqual([]);
    // residents under Qinhuangdao art. 31(2) have no home-visit standard yet (另行制定): no limit
    expect(codes({ items: [item('H01', 20)] }, { catalogue: ctx.catalogue, homeVisits: null })).toEqual([]);
  });
});

describe('the conclusion a care plan rests on (Qinhuangdao art. 28, 30)', () => {
  const final = { claimantId: 'c1', state: 'final', grade: 4, superseded: false };
  const codes = (c: typeof final | null) => planConclusionIssues(c, 'c1', [3, 4, 5]).map((i) => i.code);
  it('Qinhuangdao art. 28: only the claimant’s own latest final conclusion of a severe grade (3–5) carries a plan', () => {
    expect(codes(final)).toEqual([]);
    expect(codes(null)).toEqual(['CONCLUSION_REQUIRED']);
    expect(codes({ ...final, claimantId: 'c2' })).toEqual(['CONCLUSION_OF_ANOTHER_CLAIMANT']);
    expect(codes({ ...final, state: 'letterIssued' })).toEqual(['CONCLUSION_NOT_FINAL']);
    expect(codes({ ...final, superseded: true })).toEqual(['CONCLUSION_SUPERSEDED']);
    expect(codes({ ...final, grade: 2 })).toEqual(['GRADE_NOT_QUALIFYING']);
  });
});

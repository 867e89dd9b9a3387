import { describe, expect, it } from 'vitest';
import { carePlanIssues } from './care-plan.js';

const plan = { careMode: 'home', items: ['H01', 'H02'], frequencyPerWeek: 3, startDate: '2026-07-01' };

describe('care plan contents (Qinhuangdao art. 30)', () => {
  it('Qinhuangdao art. 30: a plan with mode, catalogue items, a frequency and a start day is complete', () => {
    expect(carePlanIssues(plan)).toEqual([]);
  });

  it('Qinhuangdao art. 30: items outside the national catalogue, no items, 0 visits a week, a bad date and an unknown mode are each refused', () => {
    const codes = (d: Partial<typeof plan> & Record<string, unknown>) =>
      carePlanIssues({ ...plan, ...d }).map((i) => `${i.path} ${i.code}`);
    expect(codes({ items: ['H01', 'X99'] })).toEqual(['items NOT_IN_CATALOGUE']);
    expect(codes({ items: [] })).toEqual(['items REQUIRED']);
    expect(codes({ frequencyPerWeek: 0 })).toEqual(['frequencyPerWeek OUT_OF_RANGE']);
    expect(codes({ startDate: '2026-02-30' })).toEqual(['startDate INVALID_DATE']);
    expect(codes({ careMode: 'hotel' })).toEqual(['careMode NOT_ALLOWED']);
  });
});

import { describe, expect, it } from 'vitest';
import { arrearsEvents, arrearsRuns, type ContributionMonth, contributionChange, contributionMonthIssues } from './contribution-history.js';

const m = (month: string, status: ContributionMonth['status'], arrivedOn: string | null = null): ContributionMonth => ({
  month,
  status,
  amount: '30.00',
  arrivedOn,
});

describe('contribution history', () => {
  it('Qinhuangdao art. 34(1): consecutive months in arrears form one run; it closes when every month is back-paid', () => {
    const history = [
      m('2026-07', 'paid', '2026-07-10'),
      m('2026-08', 'backPaid', '2026-10-05'),
      m('2026-09', 'arrears'),
      m('2026-11', 'arrears'),
    ];
    expect(arrearsRuns(history)).toEqual([
      { from: '2026-08', to: '2026-09', months: 2, backPaidOn: null },
      { from: '2026-11', to: '2026-11', months: 1, backPaidOn: null },
    ]);
    const closed = [history[0], history[1], m('2026-09', 'backPaid', '2026-10-20')];
    expect(arrearsEvents(closed)).toEqual([
      { type: 'arrearsBegin', date: '2026-08-01' },
      { type: 'backPaymentArrived', date: '2026-10-20' },
    ]);
  });

  it('a month reported again: the same is nothing new, arrears may become back-paid, an arrival never goes back', () => {
    expect(contributionChange(null, m('2026-08', 'paid', '2026-08-03'))).toBe('insert');
    expect(contributionChange(m('2026-08', 'paid', '2026-08-03'), { ...m('2026-08', 'paid', '2026-08-03'), amount: '30' })).toBe('same');
    expect(contributionChange(m('2026-08', 'arrears'), m('2026-08', 'backPaid', '2026-10-01'))).toBe('update');
    expect(contributionChange(m('2026-08', 'paid', '2026-08-03'), m('2026-08', 'arrears'))).toBe('conflict');
  });

  it('each field of a month is checked, all at once, with its code', () => {
    expect(contributionMonthIssues(m('2026-08', 'paid', '2026-08-03'), '2026-12-01')).toEqual([]);
    const codes = (x: Partial<ContributionMonth>) => contributionMonthIssues(x, '2026-12-01').map((i) => `${i.path}:${i.code}`);
    expect(codes({ month: '2026-13', status: 'paid', amount: '-1', arrivedOn: '2026-08-03' })).toEqual([
      'month:INVALID_MONTH',
      'amount:INVALID_MONEY',
    ]);
    expect(codes(m('2026-08', 'arrears', '2026-08-03'))).toEqual(['arrivedOn:NOT_ALLOWED']);
    expect(codes(m('2026-08', 'backPaid', '2026-08-31'))).toEqual(['arrivedOn:OUT_OF_RANGE']);
    expect(codes(m('2027-01', 'paid', '2027-01-03'))).toEqual(['month:OUT_OF_RANGE', 'arrivedOn:OUT_OF_RANGE']);
  });
});

import { describe, expect, it } from 'vitest';
import { unwrap } from '../core/result.js';
import { type HomeVisit, homeVisitPayments } from './home-visits.js';
import { type BenefitParams, type MonthlyCapScheme, qinhuangdaoBenefitParams, tumxukBenefitParams } from './params.js';
import { quoteBenefit } from './quote-benefit.js';

const q = qinhuangdaoBenefitParams;
const qEmployees = q.employees as MonthlyCapScheme;
const upToCap: BenefitParams = { ...q, employees: { ...qEmployees, home: { ...qEmployees.home, homeCarePayment: 'billedUpToCap' } } };

/** `n` visits on alternate days of September 2026 (1st, 3rd, 5th, …). */
function alternate(n: number, billed: string, minutes = 120): HomeVisit[] {
  return Array.from({ length: n }, (_, i) => ({ date: `2026-09-${String(1 + 2 * i).padStart(2, '0')}`, minutes, billed }));
}

function pay(visits: HomeVisit[], wholeMonth = true, params: BenefitParams = q) {
  return unwrap(homeVisitPayments({ month: '2026-09', wholeMonth, visits }, params));
}

describe('Qinhuangdao art. 31(1)3 home care, homeCarePayment=perVisit', () => {
  it.each([
    ['Qinhuangdao art. 31(1)3: 10 visits of 120 min billed 130 → 10 × min(110, 130) = 1100', alternate(10, '130.00'), '1100.00', 10],
    ['Qinhuangdao art. 31(1)3: 10 visits billed 100 → 10 × min(110, 100) = 1000', alternate(10, '100.00'), '1000.00', 10],
    ['Qinhuangdao art. 31(1)3: 3 visits (a part month is paid by the visits made) → 3 × 110 = 330', alternate(3, '150.00'), '330.00', 3],
    ['Qinhuangdao art. 31(1)3: 12 visits → only 10 paid, 10 × 110 = 1100', alternate(12, '120.00'), '1100.00', 10],
    ['Qinhuangdao art. 31(1)3: visits of 119 minutes are below the 120-minute standard → 0', alternate(2, '120.00', 119), '0.00', 0],
    ['Qinhuangdao art. 31(1)3: no visits → 0', [], '0.00', 0],
  ])('%s', (_name, visits, fund, paidVisits) => {
    const r = pay(visits);
    expect(r.value.fundPays).toBe(fund);
    expect(r.value.paidVisits).toBe(paidVisits);
    expect(r.trace[0]).toMatchObject({
      rule: 'benefits.homeVisitPayments',
      citation: 'Qinhuangdao art. 31(1)3',
      interpretation: 'homeCarePayment=perVisit',
    });
  });

  it('Qinhuangdao art. 31(1)3: the 11th and 12th visits are marked over the monthly 10 visits, a short visit as too short', () => {
    const visits = [...alternate(12, '120.00')];
    visits[0] = { ...visits[0], minutes: 60 };
    const statuses = pay(visits).value.visits.map((v) => v.status);
    // visit 1 too short, visits 2–11 paid (10), visit 12 over the limit
    expect(statuses).toEqual(['tooShort', ...Array(10).fill('paid'), 'overMonthlyVisits']);
  });

  it('Product rule (art. 31(1)3 原则上不能连续两日): a visit the day after another is unpaid and flagged until approved', () => {
    const visits: HomeVisit[] = [
      { date: '2026-09-02', minutes: 120, billed: '120.00' },
      { date: '2026-09-01', minutes: 120, billed: '120.00' },
      { date: '2026-09-10', minutes: 120, billed: '120' },
    ];
    const r = pay(visits);
    // the 1st is paid, the 2nd (day after) is held: 110 + 110 = 220
    expect(r.value.fundPays).toBe('220.00');
    expect(r.value.visits.map((v) => [v.date, v.status, v.paid, v.billed])).toEqual([
      ['2026-09-02', 'consecutiveDayNeedsReview', '0.00', '120.00'],
      ['2026-09-01', 'paid', '110.00', '120.00'],
      ['2026-09-10', 'paid', '110.00', '120.00'],
    ]);
    expect(r.value.flags).toEqual([expect.objectContaining({ code: 'CONSECUTIVE_DAY_VISIT', path: 'visits.0', needsReview: true })]);
    expect(r.trace[1]).toMatchObject({
      rule: 'benefits.consecutiveDayVisits',
      citation: expect.stringMatching(/^Product rule:/),
      output: { heldForReview: 1 },
    });
  });

  it('Product rule (art. 31(1)3): an approved consecutive-day visit is paid (110) with status approvedConsecutiveDay', () => {
    const r = pay([
      { date: '2026-09-09', minutes: 130, billed: '120.00' },
      { date: '2026-09-10', minutes: 130, billed: '120.00', consecutiveDayApproval: '家属住院陪护，临时增加一次' },
    ]);
    expect(r.value.fundPays).toBe('220.00');
    expect(r.value.visits[1]).toMatchObject({ status: 'approvedConsecutiveDay', paid: '110.00' });
    expect(r.value.flags).toEqual([]);
  });
});

describe('Qinhuangdao art. 31(1)3 home care, homeCarePayment=billedUpToCap', () => {
  it.each([
    [
      'Qinhuangdao art. 31(1)3 (billedUpToCap): whole month, 5 visits billed 150 → 750 (perVisit would give 550)',
      alternate(5, '150.00'),
      true,
      '750.00',
    ],
    [
      'Qinhuangdao art. 31(1)3 (billedUpToCap): whole month, 10 visits billed 130 = 1300 → capped at 1100',
      alternate(10, '130.00'),
      true,
      '1100.00',
    ],
    ['Qinhuangdao art. 31(1)3 (billedUpToCap): a part month stays per visit — 5 × 110 = 550', alternate(5, '150.00'), false, '550.00'],
  ])('%s', (_name, visits, wholeMonth, fund) => {
    const r = pay(visits, wholeMonth, upToCap);
    expect(r.value.fundPays).toBe(fund);
    expect(r.trace[0].interpretation).toBe('homeCarePayment=billedUpToCap');
  });

  it('Qinhuangdao art. 31(1)3 (billedUpToCap): the breakdown uses the cap up in date order — 8 × 130 = 1040, then 60, then 0', () => {
    const paid = pay(alternate(10, '130.00'), true, upToCap).value.visits.map((v) => v.paid);
    expect(paid).toEqual([...Array(8).fill('130.00'), '60.00', '0.00']);
  });
});

describe('home visits through quoteBenefit', () => {
  it('Qinhuangdao art. 31(1)3: 10 visits billed 130 in a whole month → fund 1100, claimant 1300 − 1100 = 200', () => {
    const v = unwrap(
      quoteBenefit(
        { insuredCategory: 'employee', careMode: 'home', grade: 4, month: '2026-09', lines: [], visits: alternate(10, '130.00') },
        q,
      ),
    ).value;
    expect(v).toMatchObject({
      eligibleCost: '1300.00',
      fundPays: '1100.00',
      claimantPays: '200.00',
      fundShareRate: null,
      cap: { kind: 'homeVisits', amount: '1100.00', applied: true },
    });
  });

  it('Qinhuangdao art. 31(1)3: visits billed 100 are paid in full (no cap applied); a bed line is excluded (art. 33(二))', () => {
    const v = unwrap(
      quoteBenefit(
        {
          insuredCategory: 'employee',
          careMode: 'home',
          grade: 4,
          month: '2026-09',
          serviceDays: 12,
          lines: [{ category: 'bed', amount: '50.00' }],
          visits: alternate(3, '100.00'),
        },
        q,
      ),
    ).value;
    expect(v).toMatchObject({
      billedTotal: '350.00',
      eligibleCost: '300.00',
      fundPays: '300.00',
      claimantPays: '0.00',
      claimantPaysTotal: '50.00',
      cap: { applied: false },
    });
  });

  it('Product rule (art. 31(1)3): a held consecutive-day visit makes the quote need review', () => {
    const visits = [
      { date: '2026-09-01', minutes: 120, billed: '110.00' },
      { date: '2026-09-02', minutes: 120, billed: '110.00' },
    ];
    const v = unwrap(
      quoteBenefit({ insuredCategory: 'employee', careMode: 'home', grade: 4, month: '2026-09', lines: [], visits }, q),
    ).value;
    expect(v).toMatchObject({ needsReview: true, fundPays: '110.00', claimantPays: '110.00' });
  });
});

describe('homeVisitPayments input errors', () => {
  it('Qinhuangdao art. 31(1)3: every problem is listed', () => {
    const r = homeVisitPayments(
      {
        month: '2026-09',
        wholeMonth: 'yes' as unknown as boolean,
        visits: [
          { date: '2026-10-01', minutes: 120, billed: '1.00' },
          { date: '2026-09-31', minutes: -1, billed: '1.005' },
          { date: 'x', minutes: 1.5, billed: '-1.00', consecutiveDayApproval: ' ' },
          { date: '2026-09-00', minutes: 120, billed: '1.00' },
        ],
      },
      q,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'wholeMonth:REQUIRED',
      'visits.0.date:OUT_OF_RANGE',
      'visits.1.date:OUT_OF_RANGE',
      'visits.1.minutes:OUT_OF_RANGE',
      'visits.1.billed:INVALID_MONEY',
      'visits.2.date:INVALID_DATE',
      'visits.2.minutes:OUT_OF_RANGE',
      'visits.2.billed:INVALID_MONEY',
      'visits.2.consecutiveDayApproval:REQUIRED',
      'visits.3.date:INVALID_DATE',
    ]);
  });

  it('Tumxuk §5(三): a region without a home-visit rule, a bad month and no visit list are all reported', () => {
    const r = homeVisitPayments({ month: '2026-13', wholeMonth: true, visits: undefined as unknown as HomeVisit[] }, tumxukBenefitParams);
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'params.employees.home:NOT_ALLOWED',
      'month:INVALID_DATE',
      'visits:REQUIRED',
    ]);
  });

  it('Product rule: bad params are reported before anything is computed', () => {
    const bad: BenefitParams = { ...q, employees: { ...qEmployees, home: { ...qEmployees.home, monthlyCap: 'lots' } } };
    const r = homeVisitPayments({ month: '2026-09', wholeMonth: true, visits: [] }, bad);
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`)).toEqual(['params.employees.home.monthlyCap:INVALID_PARAMETER']);
  });
});

describe('Qinhuangdao art. 31(1)3: consecutive days on every day of the month, visits in any order', () => {
  it.each([
    ['2026-09-10', '2026-09-11'],
    ['2026-09-11', '2026-09-12'],
    ['2026-09-20', '2026-09-21'],
    ['2026-09-29', '2026-09-30'],
  ])('Product rule (art. 31(1)3 原则上不能连续两日): a visit on %s, another on %s → the second is held for review', (first, second) => {
    const r = pay([
      { date: first, minutes: 120, billed: '120.00' },
      { date: second, minutes: 120, billed: '120.00' },
    ]);
    expect(r.value.visits.map((v) => v.status)).toEqual(['paid', 'consecutiveDayNeedsReview']);
    expect(r.value.fundPays).toBe('110.00');
    expect(r.value.flags.map((f) => [f.code, f.path, f.needsReview])).toEqual([['CONSECUTIVE_DAY_VISIT', 'visits.1', true]]);
  });

  it('Qinhuangdao art. 31(1)3: visits two days apart (09-19, 09-21) are not consecutive → both paid', () => {
    const r = pay([
      { date: '2026-09-19', minutes: 120, billed: '120.00' },
      { date: '2026-09-21', minutes: 120, billed: '120.00' },
    ]);
    expect(r.value.visits.map((v) => v.status)).toEqual(['paid', 'paid']);
    expect(r.value.flags).toEqual([]);
  });

  // 12 visits on alternate days given latest first: the 10 earliest (09-01 … 09-19) are paid, 09-21 and 09-23 are over the 10.
  it('Qinhuangdao art. 31(1)3: 12 visits listed latest first → the 10 earliest by date are paid', () => {
    const r = pay(alternate(12, '120.00').reverse());
    expect(r.value.visits.map((v) => [v.date, v.status])).toEqual([
      ['2026-09-23', 'overMonthlyVisits'],
      ['2026-09-21', 'overMonthlyVisits'],
      ...alternate(10, '120.00')
        .reverse()
        .map((v) => [v.date, 'paid']),
    ]);
    expect(r.value.fundPays).toBe('1100.00');
  });

  // billedUpToCap, whole month: 200 a visit by date → 09-01 … 09-09 (1000), 09-11 gets the last 100, later ones 0.
  it('Qinhuangdao art. 31(1)3 (billedUpToCap): 8 visits billed 200 listed latest first → the cap of 1100 is used up by date', () => {
    const r = pay(alternate(8, '200.00').reverse(), true, upToCap);
    expect(r.value.visits.map((v) => [v.date, v.paid])).toEqual([
      ['2026-09-15', '0.00'],
      ['2026-09-13', '0.00'],
      ['2026-09-11', '100.00'],
      ['2026-09-09', '200.00'],
      ['2026-09-07', '200.00'],
      ['2026-09-05', '200.00'],
      ['2026-09-03', '200.00'],
      ['2026-09-01', '200.00'],
    ]);
    expect(r.value.fundPays).toBe('1100.00');
    expect(r.value.billedTotal).toBe('1600.00');
  });

  // mixed order: the visit of 09-02 comes after the one of 09-01 by date, whatever the list order, so 09-02 is held.
  it('Qinhuangdao art. 31(1)3: 4 visits out of order with two on the same price → statuses follow the dates', () => {
    const r = pay([
      { date: '2026-09-20', minutes: 120, billed: '90.00' },
      { date: '2026-09-02', minutes: 120, billed: '120.00' },
      { date: '2026-09-12', minutes: 100, billed: '120.00' },
      { date: '2026-09-01', minutes: 120, billed: '90.00' },
    ]);
    expect(r.value.visits.map((v) => [v.index, v.status, v.paid])).toEqual([
      [0, 'paid', '90.00'],
      [1, 'consecutiveDayNeedsReview', '0.00'],
      [2, 'tooShort', '0.00'],
      [3, 'paid', '90.00'],
    ]);
    expect(r.value.fundPays).toBe('180.00');
    expect(r.value.billedTotal).toBe('420.00');
    expect(r.value.paidVisits).toBe(2);
  });
});

describe('Qinhuangdao art. 31(1)3: the order of visits on one day, and the input checks', () => {
  // 11 visits, listed out of order: 09-01, 03, …, 17 (9 visits, billed 120) and two on 09-19, the one
  // billed 100 listed before the one billed 130. By date, the listed order kept on one day:
  // 9 × min(110, 120) = 990, the 10th visit is 09-19 billed 100 → min(110, 100) = 100; the visit
  // billed 130 is the 11th → over the 10 a month. Fund 990 + 100 = 1090; billed 9 × 120 + 100 + 130 = 1310.
  it('Qinhuangdao art. 31(1)3 (10次/月): 11 visits out of order, two on 09-19 → the one listed first of that day is the 10th, 1090 paid', () => {
    const v = (date: string, billed = '120.00'): HomeVisit => ({ date, minutes: 120, billed });
    const r = pay([
      v('2026-09-19', '100.00'),
      v('2026-09-05'),
      v('2026-09-01'),
      v('2026-09-13'),
      v('2026-09-19', '130.00'),
      v('2026-09-03'),
      v('2026-09-17'),
      v('2026-09-07'),
      v('2026-09-15'),
      v('2026-09-09'),
      v('2026-09-11'),
    ]);
    expect(r.value.visits.map((x) => [x.date, x.status, x.paid])).toEqual([
      ['2026-09-19', 'paid', '100.00'],
      ['2026-09-05', 'paid', '110.00'],
      ['2026-09-01', 'paid', '110.00'],
      ['2026-09-13', 'paid', '110.00'],
      ['2026-09-19', 'overMonthlyVisits', '0.00'],
      ['2026-09-03', 'paid', '110.00'],
      ['2026-09-17', 'paid', '110.00'],
      ['2026-09-07', 'paid', '110.00'],
      ['2026-09-15', 'paid', '110.00'],
      ['2026-09-09', 'paid', '110.00'],
      ['2026-09-11', 'paid', '110.00'],
    ]);
    expect(r.value.fundPays).toBe('1090.00');
    expect(r.value.billedTotal).toBe('1310.00');
    expect(r.value.paidVisits).toBe(10);
  });

  // 09-01, 09-02 (held: the day after 09-01), 09-03 (approved with a reason): 2 visits on the day after another.
  it('Qinhuangdao art. 31(1)3 (原则上不能连续两日): the trace counts the visits on the day after another — 2 of 3, 1 held', () => {
    const r = pay([
      { date: '2026-09-01', minutes: 120, billed: '120.00' },
      { date: '2026-09-02', minutes: 120, billed: '120.00' },
      { date: '2026-09-03', minutes: 120, billed: '120.00', consecutiveDayApproval: '家属住院，护理需要' },
    ]);
    expect(r.value.visits.map((x) => x.status)).toEqual(['paid', 'consecutiveDayNeedsReview', 'approvedConsecutiveDay']);
    // 09-01 and 09-03 paid: 2 × 110 = 220
    expect(r.value.fundPays).toBe('220.00');
    expect(r.trace.filter((s) => s.rule === 'benefits.consecutiveDayVisits').map((s) => s.output)).toEqual([{ heldForReview: 1 }]);
    // no visit on the day after another → no such step
    expect(pay(alternate(3, '120.00')).trace.map((s) => s.rule)).toEqual(['benefits.homeVisitPayments']);
  });

  it.each([
    ['x2026-09-01', 'INVALID_DATE'],
    ['2026-09-01x', 'INVALID_DATE'],
    ['2026-9-01', 'INVALID_DATE'],
    ['2026-09-1', 'INVALID_DATE'],
    ['02026-09-01', 'INVALID_DATE'],
    ['2026-009-01', 'INVALID_DATE'],
    ['2026-09-001', 'INVALID_DATE'],
    ['2026-09-32', 'INVALID_DATE'],
    [20260901, 'INVALID_DATE'],
  ])('Qinhuangdao art. 31(1)3: a visit dated %j → %s (a date YYYY-MM-DD of the month)', (date, code) => {
    const r = homeVisitPayments(
      { month: '2026-09', wholeMonth: true, visits: [{ date, minutes: 120, billed: '120.00' } as unknown as HomeVisit] },
      q,
    );
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`)).toEqual([`visits.0.date:${code}`]);
  });

  it('Qinhuangdao art. 31(1)3 (每次120分钟): a visit of 0 minutes is valid input, too short to pay; an approval that is not text is refused', () => {
    expect(pay([{ date: '2026-09-01', minutes: 0, billed: '120.00' }]).value.visits.map((x) => [x.status, x.paid])).toEqual([
      ['tooShort', '0.00'],
    ]);
    const r = homeVisitPayments(
      {
        month: '2026-09',
        wholeMonth: true,
        visits: [{ date: '2026-09-01', minutes: 120, billed: '120.00', consecutiveDayApproval: 1 as unknown as string }],
      },
      q,
    );
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`)).toEqual(['visits.0.consecutiveDayApproval:REQUIRED']);
  });
});

import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../core/calendar.data.js';
import { extendCalendar } from '../core/calendar.js';
import { type AssessmentMilestones, assessmentDeadlines } from './deadlines.js';
import { qinhuangdaoAssessmentParams as qhd, tumxukAssessmentParams as tmk } from './params.js';

const cal = officialCalendar;
function run(input: AssessmentMilestones, params = qhd, calendar = cal) {
  const r = assessmentDeadlines(input, params, calendar);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}
const one = (input: AssessmentMilestones, key: string, params = qhd) => run(input, params).value.deadlines.find((d) => d.key === key)!;

describe('Qinhuangdao art. 17 ¶2: re-check and forward within 5 working days', () => {
  // passed 2026-04-30 (Thu); 05-01..05 Labour Day off; 05-06 W(1) 07(2) 08(3) 05-09 Sat make-up(4) 05-11 Mon(5)
  it.each([
    ['2026-05-11', undefined, 'met'],
    ['2026-05-12', undefined, 'late'],
    [undefined, '2026-05-11', 'open'],
    [undefined, '2026-05-12', 'overdue'],
  ])('Qinhuangdao art. 17 ¶2: passed 2026-04-30 → due 2026-05-11; forwarded %s, as of %s → %s', (forwarded, asOf, status) => {
    const d = one(
      { asOf: asOf ?? '2026-06-01', initialReviewPassedDate: '2026-04-30', forwardedToCityDate: forwarded },
      'recheckAndForward',
    );
    expect(d).toMatchObject({ due: '2026-05-11', status, severity: 'error', citation: 'Qinhuangdao art. 17 ¶2' });
  });
});

describe('Qinhuangdao art. 23: conclusion letter in principle within 30 working days of acceptance', () => {
  // accepted 2026-09-18 (Fri): 09-20 Sun make-up(1) 21–24(2–5) 25–27 off 28–30(6–8) 10-01..07 off
  // 10-08(9) 09(10) 10-10 Sat make-up(11) 12–16(12–16) 19–23(17–21) 26–30(22–26) 11-02..05(27–30)
  it('Qinhuangdao art. 23: accepted 2026-09-18 → due 2026-11-05; delivered 2026-11-06 → late, a WARNING to acknowledge', () => {
    const r = run({ asOf: '2026-11-10', acceptanceDate: '2026-09-18', letterReceivedDate: '2026-11-06' });
    const d = r.value.deadlines[0];
    expect(d).toMatchObject({ key: 'conclusionLetter', due: '2026-11-05', status: 'late', severity: 'warning' });
    expect(r.value.problems).toEqual([expect.objectContaining({ key: 'conclusionLetter', requiresAcknowledgment: true })]);
  });

  it('Qinhuangdao art. 23: delivered on the due day → met, no problem', () => {
    const r = run({ asOf: '2026-11-10', acceptanceDate: '2026-09-18', letterReceivedDate: '2026-11-05' });
    expect(r.value.deadlines[0].status).toBe('met');
    expect(r.value.problems.filter((p) => p.key === 'conclusionLetter')).toEqual([]);
  });
});

describe('Qinhuangdao art. 23–24: publicity 7 calendar days, objections during it', () => {
  // publicity from 2026-07-01: the start day is not counted → 07-02 … 07-08
  it.each([
    ['2026-07-08', 'met'],
    ['2026-07-09', 'late'],
    ['2026-06-30', 'tooEarly'],
  ])('Qinhuangdao art. 24: publicity from 2026-07-01 ends 2026-07-08; objection on %s → %s', (objection, status) => {
    expect(one({ asOf: '2026-07-20', publicityStartDate: '2026-07-01', objectionDate: objection }, 'publicityObjection')).toMatchObject({
      due: '2026-07-08',
      status,
    });
  });

  it.each([
    ['2026-07-07', 'open'],
    ['2026-07-09', 'closed'],
  ])('Qinhuangdao art. 24: no objection, as of %s → the window is %s', (asOf, status) => {
    expect(one({ asOf, publicityStartDate: '2026-07-01' }, 'publicityObjection').status).toBe(status);
  });

  it.each([
    ['2026-07-08', 'tooEarly'],
    ['2026-07-09', 'met'],
  ])('Qinhuangdao art. 23: letter only after publicity ends (from 2026-07-09); received %s → %s', (letter, status) => {
    expect(one({ asOf: '2026-07-20', publicityStartDate: '2026-07-01', letterReceivedDate: letter }, 'letterAfterPublicity')).toMatchObject(
      {
        type: 'earliest',
        due: '2026-07-09',
        status,
      },
    );
  });
});

describe('Qinhuangdao art. 24 / Xinjiang art. 22(4): dispute within 10 working days of receiving the letter', () => {
  // received 2026-09-30: 10-01..07 off; 08(1) 09(2) 10-10 Sat make-up(3) 12–16(4–8) 19(9) 20(10)
  it.each([
    [qhd, '2026-10-20', 'met', 'Qinhuangdao art. 24'],
    [qhd, '2026-10-21', 'late', 'Qinhuangdao art. 24'],
    [tmk, '2026-10-21', 'late', 'Xinjiang art. 22(4)'],
  ])('%#: letter 2026-09-30 → due 2026-10-20; filed %s → %s (%s)', (params, filed, status, citation) => {
    const d = one({ asOf: '2026-11-01', letterReceivedDate: '2026-09-30', disputeFiledDate: filed }, 'disputeApplication', params);
    expect(d).toMatchObject({ due: '2026-10-20', status, citation, severity: 'error' });
  });
});

describe('Qinhuangdao art. 25 / Xinjiang art. 22(2): state change only when the last conclusion is ≥ 6 months old', () => {
  it.each([
    ['2026-02-28', '2026-08-27', 'tooEarly'],
    ['2026-02-28', '2026-08-28', 'met'],
    // 2025-08-31 + 6 months: February has no 31st → 2026-02-28
    ['2025-08-31', '2026-02-28', 'met'],
  ])('Qinhuangdao art. 25: last conclusion %s, application %s → %s', (last, applied, status) => {
    expect(one({ asOf: '2026-09-01', lastConclusionDate: last, stateChangeApplicationDate: applied }, 'stateChangeEarliest').status).toBe(
      status,
    );
  });

  it.each([
    ['2026-08-27', 'notYet'],
    ['2026-08-28', 'open'],
  ])('Xinjiang art. 22(2): no application yet, as of %s → %s', (asOf, status) => {
    const d = one({ asOf, lastConclusionDate: '2026-02-28' }, 'stateChangeEarliest', tmk);
    expect(d).toMatchObject({ due: '2026-08-28', status, citation: 'Xinjiang art. 22(2)' });
  });
});

describe('Qinhuangdao art. 26: severe conclusion valid 2 years, end-of-term assessment before expiry', () => {
  // a test calendar for 2028 with weekends only (no official 2028 data yet)
  const cal2028 = extendCalendar(officialCalendar, { '2028': { holidays: [], workdays: [] } });

  it('Qinhuangdao art. 26: issued 2026-07-10 → valid until 2028-07-10; end-of-term accepted by 2028-05-29 leaves 30 working days (05-30 … 07-10)', () => {
    // working days back from Mon 2028-07-10: Jul 10,7,6,5,4,3 (6), Jun 30–26 (11), 23–19 (16), 16–12 (21), 9–5 (26),
    // Jun 2, 1, May 31, May 30 (30) → start at the latest the day before, 2028-05-29
    const r = run({ asOf: '2026-08-01', severeConclusionDate: '2026-07-10' }, qhd, cal2028);
    expect(r.value.validUntil).toBe('2028-07-10');
    expect(r.value.deadlines.map((d) => [d.key, d.due, d.status, d.severity])).toEqual([
      ['endOfTermStart', '2028-05-29', 'open', 'warning'],
      ['severeValidity', '2028-07-10', 'open', 'error'],
    ]);
  });

  it('Qinhuangdao art. 26: no end-of-term conclusion by the expiry → overdue error', () => {
    const r = run({ asOf: '2028-07-11', severeConclusionDate: '2026-07-10', endOfTermAcceptanceDate: '2028-06-01' }, qhd, cal2028);
    expect(r.value.problems.map((p) => [p.key, p.status, p.requiresAcknowledgment])).toEqual([
      ['endOfTermStart', 'late', true],
      ['severeValidity', 'overdue', false],
    ]);
  });

  it('Qinhuangdao art. 26: the calendar lacks 2028 → validity still computed, the planning date is a named calendar gap', () => {
    const r = run({ asOf: '2026-08-01', severeConclusionDate: '2026-07-10', endOfTermConclusionDate: '2028-07-01' });
    expect(r.value.deadlines.map((d) => [d.key, d.status])).toEqual([['severeValidity', 'met']]);
    expect(r.value.calendarGaps).toEqual([expect.objectContaining({ path: 'endOfTermStart', code: 'CALENDAR_YEAR_MISSING' })]);
    expect(r.value.calendarGaps[0].message).toContain('2028');
  });

  it('Xinjiang art. 22(3): Tumxuk has no conclusion deadline, so only the expiry is given', () => {
    const r = run({ asOf: '2026-08-01', severeConclusionDate: '2026-07-10' }, tmk);
    expect(r.value.deadlines.map((d) => [d.key, d.due, d.citation])).toEqual([['severeValidity', '2028-07-10', 'Xinjiang art. 22(3)']]);
  });
});

describe('assessmentDeadlines: errors', () => {
  it('Tumxuk: the documents do not state the 5 / 30 working days or the publicity → PARAMETER_MISSING for each', () => {
    const r = assessmentDeadlines(
      { asOf: '2026-09-01', initialReviewPassedDate: '2026-08-03', acceptanceDate: '2026-08-01', publicityStartDate: '2026-08-20' },
      tmk,
      cal,
    );
    expect(!r.ok && r.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'params.deadlines.recheckWorkingDays:PARAMETER_MISSING',
      'params.deadlines.conclusionWorkingDays:PARAMETER_MISSING',
      'params.deadlines.publicityDays:PARAMETER_MISSING',
    ]);
  });

  it('Qinhuangdao art. 23–24: bad dates and completions without their start are all listed', () => {
    const r = assessmentDeadlines(
      { asOf: '2026-02-30', acceptanceDate: 'x', disputeFiledDate: '2026-05-01' } as AssessmentMilestones,
      qhd,
      cal,
    );
    expect(!r.ok && r.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'asOf:INVALID_DATE',
      'acceptanceDate:INVALID_DATE',
      'letterReceivedDate:REQUIRED',
    ]);
  });

  it('Qinhuangdao art. 23: a deadline in a year the calendar lacks → CALENDAR_YEAR_MISSING naming 2027', () => {
    const r = assessmentDeadlines({ asOf: '2026-12-20', acceptanceDate: '2026-12-15' }, qhd, cal);
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'CALENDAR_YEAR_MISSING' });
    expect(!r.ok && r.issues[0].message).toContain('2027');
  });

  it('Qinhuangdao art. 17, 23: the trace includes the calendar steps and each deadline with its citation', () => {
    const r = run({ asOf: '2026-05-20', initialReviewPassedDate: '2026-04-30', acceptanceDate: '2026-04-28' });
    expect(r.trace.map((s) => s.rule)).toEqual([
      'policy.addWorkingDays',
      'assessment.deadline.recheckAndForward',
      'policy.addWorkingDays',
      'assessment.deadline.conclusionLetter',
    ]);
  });
});

describe('Qinhuangdao art. 24, 25: a step done too early is a problem; one done on its first day is not', () => {
  it('Qinhuangdao art. 25: a state-change application 2026-08-27, before the 6 months from 2026-02-28 end → in problems, an error', () => {
    const r = run({ asOf: '2026-09-01', lastConclusionDate: '2026-02-28', stateChangeApplicationDate: '2026-08-27' });
    expect(r.value.problems).toEqual([
      expect.objectContaining({ key: 'stateChangeEarliest', status: 'tooEarly', severity: 'error', requiresAcknowledgment: false }),
    ]);
  });

  it('Qinhuangdao art. 24: an objection on the publicity’s first day 2026-07-01 is within the publicity → met', () => {
    const r = run({ asOf: '2026-07-20', publicityStartDate: '2026-07-01', objectionDate: '2026-07-01' });
    expect(r.value.deadlines.find((d) => d.key === 'publicityObjection')).toMatchObject({ status: 'met' });
    expect(r.value.problems).toEqual([]);
  });

  it('Qinhuangdao art. 24: an objection the day before the publicity 2026-06-30 → tooEarly, in problems', () => {
    const r = run({ asOf: '2026-07-20', publicityStartDate: '2026-07-01', objectionDate: '2026-06-30' });
    expect(r.value.problems.map((p) => [p.key, p.status])).toEqual([['publicityObjection', 'tooEarly']]);
  });
});

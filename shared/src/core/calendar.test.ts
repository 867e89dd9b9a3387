import { describe, expect, it } from 'vitest';
import { officialCalendar } from './calendar.data.js';
import { addWorkingDays, extendCalendar, isWorkingDay, workingDaysBetween } from './calendar.js';

describe('addWorkingDays on the official calendar', () => {
  it.each([
    // 2026-10-01 (Thu) … 10-07 (Wed) National Day holidays → first working day Thu 10-08
    ['Qinhuangdao art. 17: 2026-09-30 + 1 working day skips the National Day week → 2026-10-08', '2026-09-30', 1, '2026-10-08'],
    // 10-08 (1), 10-09 (2), Sat 10-10 make-up working day (3), Sun 10-11 off, 10-12 (4), 10-13 (5)
    ['Qinhuangdao art. 17: 2026-09-30 + 5 working days → 2026-10-13 (Sat 10-10 is a make-up working day)', '2026-09-30', 5, '2026-10-13'],
    ['Qinhuangdao art. 24: a Saturday make-up working day counts: Fri 2026-10-09 + 1 → Sat 2026-10-10', '2026-10-09', 1, '2026-10-10'],
    ['Qinhuangdao art. 24: a Sunday make-up working day counts: Sat 2026-09-19 + 1 → Sun 2026-09-20', '2026-09-19', 1, '2026-09-20'],
    // Fri 09-25 Mid-Autumn holiday, Sat 26, Sun 27 → Mon 09-28
    ['Qinhuangdao art. 23: Thu 2026-09-24 + 1 skips the Mid-Autumn weekend → Mon 2026-09-28', '2026-09-24', 1, '2026-09-28'],
    // 2026-01-01..03 holidays, Sun 01-04 make-up working day
    ['Qinhuangdao art. 17: 2025-12-31 + 1 crosses into 2026: New Year off, Sun 2026-01-04 worked', '2025-12-31', 1, '2026-01-04'],
    ['Product rule (Civil Code art. 201): + 0 working days is the start day itself', '2026-10-01', 0, '2026-10-01'],
  ])('%s', (_name, start, n, expected) => {
    const r = addWorkingDays(start, n, officialCalendar);
    expect(r.ok && r.value).toBe(expected);
  });

  it('Product rule: a year missing from the calendar is an error naming the year', () => {
    const r = addWorkingDays('2026-12-31', 1, officialCalendar);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0].code).toBe('CALENDAR_YEAR_MISSING');
      expect(r.issues[0].message).toContain('2027');
    }
  });

  it('Product rule: a year added by the administrator is used', () => {
    const calendar = extendCalendar(officialCalendar, { '2027': { holidays: ['2027-01-01'], workdays: [] } });
    // Thu 2026-12-31 → Fri 2027-01-01 holiday → Mon 2027-01-04
    const r = addWorkingDays('2026-12-31', 1, calendar);
    expect(r.ok && r.value).toBe('2027-01-04');
  });

  it('Product rule: every bad argument listed', () => {
    const r = addWorkingDays('2026-02-30', -1, officialCalendar);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['INVALID_DATE', 'OUT_OF_RANGE']);
  });

  it.each([
    ['Qinhuangdao art. 17: Sat 2026-10-10 is a make-up working day', '2026-10-10', true],
    ['Qinhuangdao art. 17: 2026-10-01 is a holiday', '2026-10-01', false],
    ['Qinhuangdao art. 17: an ordinary Sunday 2026-10-11 is not worked', '2026-10-11', false],
  ])('%s', (_name, date, expected) => {
    expect(isWorkingDay(date, officialCalendar)).toBe(expected);
  });

  it('Qinhuangdao art. 23: working days after 2026-09-30 up to 2026-10-13 are 5', () => {
    const r = workingDaysBetween('2026-09-30', '2026-10-13', officialCalendar);
    expect(r.ok && r.value).toBe(5);
    const missing = workingDaysBetween('2026-12-30', '2027-01-05', officialCalendar);
    expect(missing.ok ? '' : missing.issues[0].code).toBe('CALENDAR_YEAR_MISSING');
  });
});

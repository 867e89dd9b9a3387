import { describe, expect, it } from 'vitest';
import { officialCalendar } from './calendar.data.js';
import { calendarYearIssues, missingCalendarYears } from './calendar-year.js';

const codes = (issues: { path: string; code: string }[]) => issues.map((i) => `${i.path}:${i.code}`);

describe('calendarYearIssues (Product rule after the State Council notice on holidays)', () => {
  it('Product rule: holidays on any day and make-up working days on a Saturday or Sunday are accepted', () => {
    // 2027-10-09 is a Saturday, 2027-09-26 a Sunday
    expect(calendarYearIssues(2027, ['2027-10-01', '2027-10-02'], ['2027-10-09', '2027-09-26'])).toEqual([]);
  });

  it('Product rule: every problem is listed at once, each with its code', () => {
    const issues = calendarYearIssues(2027, ['2027-10-01', '2026-10-02', '2027-02-30', '2027-10-01'], ['2027-10-01', '2027-10-11']);
    expect(codes(issues)).toEqual([
      'holidays.1:CALENDAR_DATE_OUTSIDE_YEAR',
      'holidays.2:INVALID_DATE',
      'holidays.3:CALENDAR_DUPLICATE_DATE',
      'workdays.0:CALENDAR_HOLIDAY_AND_WORKDAY',
      'workdays.1:CALENDAR_WORKDAY_NOT_WEEKEND',
    ]);
    expect(issues[0].message).toContain('2027');
  });

  it.each([
    [1999, ['year:OUT_OF_RANGE']],
    [2027.5, ['year:OUT_OF_RANGE']],
    ['2027', ['year:OUT_OF_RANGE']],
  ])('Product rule: year %s outside 2000–2100 or not a whole number is refused', (year, expected) => {
    expect(codes(calendarYearIssues(year, [], []))).toEqual(expected);
  });

  it('Product rule: lists that are not lists are refused, never thrown on', () => {
    expect(codes(calendarYearIssues(2027, 'x', null))).toEqual(['holidays:REQUIRED', 'workdays:REQUIRED']);
    expect(codes(calendarYearIssues(2027, [{}], [7]))).toEqual(['holidays.0:INVALID_DATE', 'workdays.0:INVALID_DATE']);
  });
});

describe('missingCalendarYears', () => {
  it('Product rule: the shipped calendar covers 2024–2026; 2027 is missing until an administrator enters it', () => {
    expect(missingCalendarYears(officialCalendar, [2026, 2027, 2027, 2025])).toEqual([2027]);
  });
});

import { describe, expect, it } from 'vitest';
import { calendarYearFieldErrors } from './calendar-year.rules.js';

describe('calendarYearFieldErrors', () => {
  it('accepts holidays on any day and make-up working days on weekends', () => {
    expect(calendarYearFieldErrors(2027, ['2027-10-01', '2027-10-02'], ['2027-10-09', '2027-09-26'])).toEqual({});
  });

  it('lists every problem at once', () => {
    const errors = calendarYearFieldErrors(2027, ['2027-10-01', '2026-10-02', '2027-02-30', '2027-10-01'], ['2027-10-01', '2027-10-11']);
    expect(Object.keys(errors).sort()).toEqual(['holidays.1', 'holidays.2', 'holidays.3', 'workdays.0', 'workdays.1']);
    expect(errors['holidays.1']).toContain('2027');
    expect(errors['holidays.3']).toContain('重复');
    expect(errors['workdays.0']).toContain('同时');
    expect(errors['workdays.1']).toContain('周六或周日');
  });

  it('refuses a year outside 2000–2100', () => {
    expect(Object.keys(calendarYearFieldErrors(1999, [], []))).toEqual(['year']);
  });
});

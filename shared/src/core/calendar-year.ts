import type { WorkingDayCalendar } from './calendar.js';
import { isIsoDate, isoWeekday } from './dates.js';
import type { PolicyIssue } from './result.js';
import { shown } from './shown.js';

export const CALENDAR_MIN_YEAR = 2000;
export const CALENDAR_MAX_YEAR = 2100;

/**
 * Every problem of a year of holidays and make-up working days an administrator enters (Product
 * rule after the State Council General Office's annual notice): each date a real date inside the
 * year and listed once; a make-up working day (调休上班) is a Saturday or Sunday (a weekday is worked
 * anyway) and never also a holiday. Paths are `holidays.<i>` / `workdays.<i>`.
 */
export function calendarYearIssues(year: unknown, holidays: unknown, workdays: unknown): PolicyIssue[] {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR)
    return [
      {
        path: 'year',
        code: 'OUT_OF_RANGE',
        message: `年度应在 ${CALENDAR_MIN_YEAR} 到 ${CALENDAR_MAX_YEAR} 之间 (the year must be ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}), got ${shown(year)}`,
      },
    ];
  const issues: PolicyIssue[] = [];
  const lists = { holidays, workdays };
  for (const [name, value] of Object.entries(lists))
    if (!Array.isArray(value)) issues.push({ path: name, code: 'REQUIRED', message: `${name} must be a list of dates` });
  if (issues.length) return issues;
  const holidaySet = new Set(holidays as unknown[]);
  for (const [list, dates] of Object.entries(lists) as [string, unknown[]][]) {
    const seen = new Set<unknown>();
    for (const [i, date] of dates.entries()) {
      const path = `${list}.${i}`;
      if (!isIsoDate(date)) issues.push({ path, code: 'INVALID_DATE', message: `不是有效日期（YYYY-MM-DD）：${shown(date)} (not a date)` });
      else if (!date.startsWith(`${year}-`))
        issues.push({ path, code: 'CALENDAR_DATE_OUTSIDE_YEAR', message: `${date} 不在 ${year} 年内 (not in ${year})` });
      else if (seen.has(date)) issues.push({ path, code: 'CALENDAR_DUPLICATE_DATE', message: `${date} 重复 (listed twice)` });
      else if (list === 'workdays' && holidaySet.has(date))
        issues.push({
          path,
          code: 'CALENDAR_HOLIDAY_AND_WORKDAY',
          message: `${date} 同时被列为放假日和调休上班日 (a holiday cannot be a make-up working day)`,
        });
      else if (list === 'workdays' && isoWeekday(date) <= 5)
        issues.push({
          path,
          code: 'CALENDAR_WORKDAY_NOT_WEEKEND',
          message: `${date} 是工作日，调休上班日只能是周六或周日 (a make-up working day is a Saturday or Sunday)`,
        });
      seen.add(date);
    }
  }
  return issues;
}

/** The years of `years` the calendar has no holidays for: a deadline in one of them cannot be computed (CALENDAR_YEAR_MISSING). */
export function missingCalendarYears(calendar: WorkingDayCalendar, years: readonly number[]): number[] {
  return [...new Set(years)].filter((y) => !Object.hasOwn(calendar.years, String(y))).sort((a, b) => a - b);
}

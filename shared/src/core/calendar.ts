import { addDays, type IsoDate, isIsoDate, isoWeekday, yearOf } from './dates.js';
import { fail, ok, type PolicyIssue, type PolicyResult } from './result.js';
import { shown } from './shown.js';
import type { TraceStep } from './trace.js';

/** Working-day calendar as data: per year, the statutory days off and the make-up working days. */
export interface WorkingDayCalendar {
  name: string;
  years: Record<string, { holidays: IsoDate[]; workdays: IsoDate[] }>;
}

const CITATION = 'Product rule: working days follow the official calendar (Qinhuangdao art. 17, 23, 24; Xinjiang art. 21)';

function missingYear(year: number): PolicyIssue {
  return {
    path: 'date',
    code: 'CALENDAR_YEAR_MISSING',
    message: `工作日历缺少 ${year} 年的节假日安排，请管理员先录入 (the working-day calendar has no data for ${year})`,
  };
}

function dateIssue(path: string, value: unknown): PolicyIssue | undefined {
  if (isIsoDate(value)) return undefined;
  return { path, code: 'INVALID_DATE', message: `${path} must be a date YYYY-MM-DD, got ${shown(value)}` };
}

/** Whether `date` is a working day, or the year it falls in is not in the calendar. */
export function isWorkingDay(date: IsoDate, calendar: WorkingDayCalendar): boolean | PolicyIssue {
  const year = calendar.years[String(yearOf(date))];
  if (!year) return missingYear(yearOf(date));
  if (year.workdays.includes(date)) return true;
  if (year.holidays.includes(date)) return false;
  return isoWeekday(date) <= 5;
}

/**
 * The date `n` working days after `start`. The start day itself is not counted
 * (Product rule after Civil Code art. 201), so "within 5 working days of X" ends on
 * `addWorkingDays(X, 5)`. A date in a year the calendar does not cover is an error naming
 * the year, never a weekday guess.
 */
export function addWorkingDays(start: IsoDate, n: number, calendar: WorkingDayCalendar): PolicyResult<IsoDate> {
  const issues: PolicyIssue[] = [];
  const startIssue = dateIssue('start', start);
  if (startIssue) issues.push(startIssue);
  if (!Number.isInteger(n) || n < 0)
    issues.push({ path: 'n', code: 'OUT_OF_RANGE', message: `n must be a whole number ≥ 0, got ${shown(n)}` });
  if (issues.length) return fail(issues);
  let date = start;
  let counted = 0;
  while (counted < n) {
    date = addDays(date, 1);
    const working = isWorkingDay(date, calendar);
    if (typeof working === 'object') return fail([working]);
    if (working) counted++;
  }
  const step: TraceStep = {
    rule: 'policy.addWorkingDays',
    citation: CITATION,
    inputs: { start, workingDays: n, calendar: calendar.name },
    output: date,
    note: 'the start day is not counted',
  };
  return ok(date, [step]);
}

/** Working days after `from` up to and including `to` (0 when `to` ≤ `from`). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingDayCalendar): PolicyResult<number> {
  const issues = [dateIssue('from', from), dateIssue('to', to)].filter((i) => i !== undefined);
  if (issues.length) return fail(issues);
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    const working = isWorkingDay(d, calendar);
    if (typeof working === 'object') return fail([working]);
    if (working) count++;
  }
  return ok(count, [
    { rule: 'policy.workingDaysBetween', citation: CITATION, inputs: { from, to, calendar: calendar.name }, output: count },
  ]);
}

/** A calendar extended (or corrected) with more years, e.g. those an administrator entered. */
export function extendCalendar(base: WorkingDayCalendar, years: WorkingDayCalendar['years'], name = base.name): WorkingDayCalendar {
  return { name, years: { ...base.years, ...years } };
}

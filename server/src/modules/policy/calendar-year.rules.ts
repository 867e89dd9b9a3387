import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR, calendarYearIssues } from '@ltci/shared';

export const MIN_YEAR = CALENDAR_MIN_YEAR;
export const MAX_YEAR = CALENDAR_MAX_YEAR;

/** Every problem of a calendar year an administrator enters, keyed `holidays.<i>` / `workdays.<i>` (the rules are shared's `calendarYearIssues`). */
export function calendarYearFieldErrors(year: number, holidays: string[], workdays: string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of calendarYearIssues(year, holidays, workdays)) errors[issue.path] ??= issue.message;
  return errors;
}

import { isIsoDate, isoWeekday } from '@ltci/shared';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/**
 * Every problem of a calendar year an administrator enters, keyed `holidays.<i>` / `workdays.<i>`:
 * each date a real date inside the year, listed once, never both a holiday and a workday, and a
 * make-up working day only on a Saturday or Sunday (a weekday is a working day anyway).
 */
export function calendarYearFieldErrors(year: number, holidays: string[], workdays: string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    errors.year = `年度应在 ${MIN_YEAR} 到 ${MAX_YEAR} 之间`;
    return errors;
  }
  const holidaySet = new Set(holidays);
  for (const [list, dates] of [
    ['holidays', holidays],
    ['workdays', workdays],
  ] as const) {
    const seen = new Set<string>();
    for (const [i, date] of dates.entries()) {
      const field = `${list}.${i}`;
      if (!isIsoDate(date)) errors[field] = `不是有效日期（YYYY-MM-DD）：${date}`;
      else if (!date.startsWith(`${year}-`)) errors[field] = `${date} 不在 ${year} 年内`;
      else if (seen.has(date)) errors[field] = `${date} 重复`;
      else if (list === 'workdays' && holidaySet.has(date)) errors[field] = `${date} 同时被列为放假日和调休上班日`;
      else if (list === 'workdays' && isoWeekday(date) <= 5) errors[field] = `${date} 是工作日，调休上班日只能是周六或周日`;
      seen.add(date);
    }
  }
  return errors;
}

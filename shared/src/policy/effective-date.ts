import { addMonthsToMonth, firstDayOf, type IsoDate, type IsoMonth, isIsoDate, monthOf } from '../core/dates.js';
import type { PolicyIssue } from '../core/result.js';
import { shown } from '../core/shown.js';

export const EFFECTIVE_DATE_CITATION =
  'Product rule: a parameter change never reaches back into a settled month; with no settlement yet, not before the 1st of the current month';

/**
 * The earliest day a parameter change may take effect: the 1st of the month after the last settled
 * month, and never before the 1st of the current month (no month is settled yet: `lastSettledMonth` null).
 */
export function earliestEffectiveDate(today: IsoDate, lastSettledMonth: IsoMonth | null = null): IsoDate {
  const current = firstDayOf(monthOf(today));
  if (!lastSettledMonth) return current;
  const afterSettled = firstDayOf(addMonthsToMonth(lastSettledMonth, 1));
  return [afterSettled, current].sort()[1];
}

/** Why `date` cannot be a change's effective date, or nothing. */
export function effectiveDateIssues(date: unknown, today: IsoDate, lastSettledMonth: IsoMonth | null = null): PolicyIssue[] {
  if (!isIsoDate(date))
    return [{ path: 'effectiveFrom', code: 'INVALID_DATE', message: `生效日期应为 YYYY-MM-DD (a date), got ${shown(date)}` }];
  const earliest = earliestEffectiveDate(today, lastSettledMonth);
  if (date < earliest)
    return [
      {
        path: 'effectiveFrom',
        code: 'EFFECTIVE_DATE_TOO_EARLY',
        message: `生效日期不得早于 ${earliest}（${lastSettledMonth ? `${lastSettledMonth} 已结算` : '尚无结算，取本月1日'}） (not before ${earliest})`,
      },
    ];
  return [];
}

import { extendCalendar, missingCalendarYears, officialCalendar } from '@ltci/shared';
import { Alert } from '@mui/material';
import { type RaRecord, useRecordContext, useTranslate } from 'react-admin';
import { usePolicyQuery } from '../policyData/usePolicyQueries';

/**
 * How far after the date it counts from a deadline of these pages can fall: the longest is 30
 * working days (Xinjiang art. 21, a major change's application; Qinhuangdao art. 23, an
 * assessment's conclusion), under 50 calendar days even across the Spring Festival; 90 leaves room.
 */
export const DEADLINE_REACH_DAYS = 90;

/** The years deadlines counted from these dates fall in: each date's year, and the next one when the date is within reach of its end. */
export function deadlineYears(dates: readonly (string | null | undefined)[]): number[] {
  const years = new Set<number>();
  for (const date of dates) {
    if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) continue;
    const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
    years.add(day.getUTCFullYear());
    years.add(new Date(day.getTime() + DEADLINE_REACH_DAYS * 86_400_000).getUTCFullYear());
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * Listed on every page that computes a deadline: the years (this one and the next, or those given)
 * the working-day calendar lacks, where a deadline cannot be computed (CALENDAR_YEAR_MISSING).
 */
export const CalendarWarning = ({ years }: { years?: number[] }) => {
  const translate = useTranslate();
  const calendar = usePolicyQuery('workingDayCalendar');
  if (!calendar.data) return null;
  const now = new Date().getFullYear();
  const entered = Object.fromEntries(calendar.data.map((y) => [String(y.year), { holidays: y.holidays, workdays: y.workdays }]));
  const missing = missingCalendarYears(extendCalendar(officialCalendar, entered), years ?? [now, now + 1]);
  if (!missing.length) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="calendar-warning">
      {translate('app.policyData.calendar_missing', { years: missing.join('、') })}
    </Alert>
  );
};

/**
 * The warning on a record's page (an assessment application, an info change, an agreement): for
 * the years of the deadlines counted from the record's dates, not for today's.
 */
export function RecordCalendarWarning<R extends RaRecord>({ dates }: { dates: (record: R) => (string | null | undefined)[] }) {
  const record = useRecordContext<R>();
  if (!record) return null;
  return <CalendarWarning years={deadlineYears(dates(record))} />;
}

import { extendCalendar, missingCalendarYears, officialCalendar } from '@ltci/shared';
import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { usePolicyQuery } from '../policyData/usePolicyQueries';

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

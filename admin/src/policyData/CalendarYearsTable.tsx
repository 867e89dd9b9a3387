import { Alert, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useGraphQL } from './useGraphQL';

const CALENDAR = '{ workingDayCalendar { year holidays workdays source } }';
const NO_VARIABLES = {};

interface CalendarYear {
  year: number;
  holidays: string[];
  workdays: string[];
  source: 'official' | 'administrator';
}

/** Every year of the working-day calendar, read-only, with where it comes from. */
export const CalendarYearsTable = () => {
  const translate = useTranslate();
  const { data, error, loading } = useGraphQL<{ workingDayCalendar: CalendarYear[] }>(CALENDAR, NO_VARIABLES);
  if (loading) return <LinearProgress />;
  if (error || !data) return <Alert severity="warning">{translate(error ?? 'ra.notification.http_error', { _: error })}</Alert>;
  return (
    <Table size="small" data-testid="calendar-years">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.policyData.year')}</TableCell>
          <TableCell>{translate('app.policyData.source')}</TableCell>
          <TableCell>{translate('app.policyData.holidays')}</TableCell>
          <TableCell>{translate('app.policyData.workdays')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.workingDayCalendar.map((y) => (
          <TableRow key={y.year}>
            <TableCell>{y.year}</TableCell>
            <TableCell>{translate(`enums.CalendarSource.${y.source}`, { _: y.source })}</TableCell>
            <TableCell title={y.holidays.join(', ')}>{translate('app.policyData.days', { smart_count: y.holidays.length })}</TableCell>
            <TableCell>{y.workdays.join(', ')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

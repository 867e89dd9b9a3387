import { calendarYearIssues } from '@ltci/shared';
import { Alert, Button, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { errorText } from './shared-ui';
import { usePolicyMutation, usePolicyQuery } from './usePolicyQueries';

const dates = (text: string) => text.split(/[\s,，、]+/).filter(Boolean);

/** Enter or correct a year's holidays and make-up working days; checked by shared before it is saved (and again by the server, audited). */
const CalendarYearEditor = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [holidays, setHolidays] = useState('');
  const [workdays, setWorkdays] = useState('');
  const save = usePolicyMutation('setCalendarYear');
  const issues = holidays || workdays ? calendarYearIssues(Number(year), dates(holidays), dates(workdays)) : [];
  const onSave = async () => {
    try {
      await save.mutateAsync([Number(year), dates(holidays), dates(workdays)]);
      notify('app.policyData.calendar_saved', { type: 'success' });
    } catch (error) {
      notify(errorText(error), { type: 'error' });
    }
  };
  return (
    <Stack spacing={1} sx={{ mt: 2 }}>
      <Stack direction="row" spacing={2}>
        <TextField
          size="small"
          label={translate('app.policyData.year')}
          value={year}
          onChange={(e) => setYear(e.target.value)}
          sx={{ width: 100 }}
          slotProps={{ htmlInput: { 'data-testid': 'calendar-year' } }}
        />
        <TextField
          size="small"
          multiline
          minRows={2}
          label={translate('app.policyData.holidays')}
          placeholder="2027-01-01, 2027-02-06 …"
          value={holidays}
          onChange={(e) => setHolidays(e.target.value)}
          sx={{ flex: 1 }}
          slotProps={{ htmlInput: { 'data-testid': 'calendar-holidays' } }}
        />
        <TextField
          size="small"
          multiline
          minRows={2}
          label={translate('app.policyData.workdays')}
          placeholder="2027-02-14 …"
          value={workdays}
          onChange={(e) => setWorkdays(e.target.value)}
          sx={{ flex: 1 }}
          slotProps={{ htmlInput: { 'data-testid': 'calendar-workdays' } }}
        />
        <Button variant="contained" disabled={!!issues.length || !holidays || save.isPending} onClick={onSave} data-testid="calendar-save">
          {translate('ra.action.save')}
        </Button>
      </Stack>
      {issues.length ? (
        <Alert severity="error" data-testid="calendar-issues">
          {issues.map((i) => i.message).join('；')}
        </Alert>
      ) : null}
    </Stack>
  );
};

/** Every year of the working-day calendar, with where it comes from, and the editor for a year. */
export const CalendarYearsTable = () => {
  const translate = useTranslate();
  const calendar = usePolicyQuery('workingDayCalendar');
  if (calendar.isPending) return <LinearProgress />;
  if (calendar.error) return <Alert severity="warning">{errorText(calendar.error)}</Alert>;
  return (
    <>
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
          {calendar.data.map((y) => (
            <TableRow key={y.year}>
              <TableCell>{y.year}</TableCell>
              <TableCell>{translate(`enums.CalendarSource.${y.source}`, { _: y.source })}</TableCell>
              <TableCell title={y.holidays.join(', ')}>{translate('app.policyData.days', { smart_count: y.holidays.length })}</TableCell>
              <TableCell>{y.workdays.join(', ')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <CalendarYearEditor />
    </>
  );
};

import { Alert, Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetList, useRefresh, useTranslate } from 'react-admin';
import { translateError } from '../dataProvider/errors';
import { requestGraphQL } from '../dataProvider/request';
import type { ScorecardRecord } from './types';

const FIELDS = ['submitted', 'returned', 'surveyed', 'satisfied'] as const;

/** The monthly counts the computed rules read (Changzhou items 4(5), 10): entered per month, never a rate typed by hand. */
export const MonthlyPanel = ({ record }: { record: ScorecardRecord }) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const { data, refetch } = useGetList('MonthlyCount', {
    filter: { institutionId: record.institutionId, year: record.year },
    pagination: { page: 1, perPage: 12 },
    sort: { field: 'month', order: 'ASC' },
  });
  const [month, setMonth] = useState('');
  const [values, setValues] = useState<Record<string, string>>({ submitted: '', returned: '', surveyed: '0', satisfied: '0' });
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setError(null);
    try {
      await requestGraphQL(
        'mutation ($i: ID!, $m: String!, $s: Int!, $r: Int!, $sv: Int!, $sat: Int!) { recordMonthlyCount(institutionId: $i, month: $m, submitted: $s, returned: $r, surveyed: $sv, satisfied: $sat) { id } }',
        {
          i: record.institutionId,
          m: month,
          s: Number(values.submitted),
          r: Number(values.returned),
          sv: Number(values.surveyed),
          sat: Number(values.satisfied),
        },
      );
      await refetch();
      refresh();
    } catch (e) {
      setError(translateError(e, translate, ['app.scorecards.issues']));
    }
  };
  return (
    <Box data-testid="monthly-panel">
      <Typography variant="subtitle2" color="text.secondary" gutterBottom>
        {translate('app.scorecards.monthly')}
      </Typography>
      <Table size="small" sx={{ maxWidth: 640 }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.MonthlyCount.fields.month')}</TableCell>
            {FIELDS.map((f) => (
              <TableCell key={f} align="right">
                {translate(`resources.MonthlyCount.fields.${f}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {(data ?? []).map((m) => (
            <TableRow key={m.id}>
              <TableCell>{m.month}</TableCell>
              {FIELDS.map((f) => (
                <TableCell key={f} align="right">
                  {m[f]}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {record.state === 'open' ? (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
          <TextField
            type="month"
            size="small"
            label={translate('resources.MonthlyCount.fields.month')}
            value={month}
            onChange={(e) => setMonth(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          {FIELDS.map((f) => (
            <TextField
              key={f}
              type="number"
              size="small"
              sx={{ width: 110 }}
              label={translate(`resources.MonthlyCount.fields.${f}`)}
              value={values[f]}
              onChange={(e) => setValues({ ...values, [f]: e.target.value })}
            />
          ))}
          <Button variant="outlined" onClick={save} disabled={!month}>
            {translate('app.scorecards.save_month')}
          </Button>
        </Stack>
      ) : null}
      {error ? <Alert severity="error">{error}</Alert> : null}
    </Box>
  );
};

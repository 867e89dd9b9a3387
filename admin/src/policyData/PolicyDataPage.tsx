import { Alert, Box, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { CalendarWarning } from '../common/CalendarWarning';
import type { Region } from '../domain';
import { CalendarYearsTable } from './CalendarYearsTable';
import { ParameterForm } from './ParameterForm';
import { PolicyChangesPanel } from './PolicyChangesPanel';
import { TemplatesView } from './TemplatesView';

/** Today as YYYY-MM-DD in the browser's time zone. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Administrator page: the region's parameters as a form, its proposed changes, the working-day calendar and the scorecard templates. */
export const PolicyDataPage = () => {
  const translate = useTranslate();
  const { data: identity } = useGetIdentity();
  const regions = (identity?.regions ?? []) as Region[];
  const [chosenRegion, setChosenRegion] = useState('');
  const [date, setDate] = useState(today);
  const regionId = chosenRegion || regions[0]?.id || '';
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.policyData.title')} />
      <CalendarWarning />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate('app.policyData.pack')}
          </Typography>
          <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
            <TextField
              select
              label={translate('app.policyData.region')}
              value={regionId}
              onChange={(e) => setChosenRegion(e.target.value)}
              sx={{ minWidth: 220 }}
              slotProps={{ htmlInput: { 'data-testid': 'policy-region' } }}
            >
              {regions.map((r) => (
                <MenuItem key={r.id} value={r.id}>
                  {r.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              type="date"
              label={translate('app.policyData.date')}
              value={date}
              onChange={(e) => setDate(e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'policy-date' } }}
            />
          </Stack>
          {regionId && date ? (
            <ParameterForm key={`${regionId}@${date}`} regionId={regionId} date={date} />
          ) : (
            <Alert severity="info">{translate('app.dashboard.no_regions')}</Alert>
          )}
        </CardContent>
      </Card>
      {regionId ? (
        <Card sx={{ mb: 2 }}>
          <CardContent>
            <Typography variant="h6" component="h2" gutterBottom>
              {translate('app.policyData.changes')}
            </Typography>
            <PolicyChangesPanel regionId={regionId} />
          </CardContent>
        </Card>
      ) : null}
      {regionId && /^\d{4}/.test(date) ? (
        <Card sx={{ mb: 2 }}>
          <CardContent>
            <Typography variant="h6" component="h2" gutterBottom>
              {translate('app.policyData.templates', { year: date.slice(0, 4) })}
            </Typography>
            <TemplatesView regionId={regionId} year={Number(date.slice(0, 4))} />
          </CardContent>
        </Card>
      ) : null}
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate('app.policyData.calendar')}
          </Typography>
          <CalendarYearsTable />
        </CardContent>
      </Card>
    </Box>
  );
};

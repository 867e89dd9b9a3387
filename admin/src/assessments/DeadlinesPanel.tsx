import { Alert, Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useCitation } from '../common/useCitation';
import type { ApplicationRecord } from './types';

const RED = ['overdue', 'late', 'tooEarly'];

/** Amber: an open deadline within 3 days; red: missed (Qinhuangdao art. 17, 23, 24 on the working-day calendar). */
export function deadlineColor(status: string, due: string, today: string): 'error' | 'warning' | 'default' | 'success' {
  if (RED.includes(status)) return 'error';
  if (status === 'met') return 'success';
  if (status === 'open' && Date.parse(due) - Date.parse(today) <= 3 * 86_400_000) return 'warning';
  return 'default';
}

export const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** Every deadline of the application, with its article, and those the calendar cannot give (a missing year, never guessed). */
export const DeadlinesPanel = () => {
  const record = useRecordContext<ApplicationRecord>();
  const translate = useTranslate();
  const citation = useCitation();
  const d = record?.deadlines;
  if (!d) return null;
  const today = chinaToday();
  const t = (k: string) => translate(`app.assessments.${k}`);
  return (
    <Box data-testid="deadlines">
      <Typography variant="subtitle2" color="text.secondary" gutterBottom>
        {t('deadlines')}
      </Typography>
      {d.issues.map((i) => (
        <Alert key={i.deadline} severity="warning" sx={{ mb: 1 }} data-testid={`deadline-gap-${i.deadline}`}>
          {`${t('calendar_gap')}：${translate(`app.assessments.deadline_keys.${i.deadline}`, { _: i.deadline })} — ${translate(`app.errors.issue.${i.code}`, { _: i.message })}`}
        </Alert>
      ))}
      {d.deadlines.length ? (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell />
              <TableCell>{t('from')}</TableCell>
              <TableCell>{t('due')}</TableCell>
              <TableCell>{t('status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {d.deadlines.map((x) => (
              <TableRow key={x.key} data-testid={`deadline-${x.key}`}>
                <TableCell>
                  {x.label}
                  <Typography variant="caption" component="div" color="text.secondary">
                    {citation(x.citation)}
                  </Typography>
                </TableCell>
                <TableCell>{x.from}</TableCell>
                <TableCell>{x.due}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={deadlineColor(x.status, x.due, today)}
                    label={translate(`app.assessments.statuses.${x.status}`, { _: x.status })}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </Box>
  );
};

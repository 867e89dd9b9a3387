import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  Button as MuiButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, Loading, Title, useParams, useTranslate } from 'react-admin';
import { TraceSteps } from '../common/TraceDrawer';
import { useCitation } from '../common/useCitation';
import { AcknowledgeButton } from './FundWarningsPanel';
import { fundApi } from './fundApi';

const shown = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v));

/** One fund warning: what raised it, its figures, its state, the rules behind it; acknowledged here with a note. */
export const FundWarningShow = () => {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const cite = useCitation();
  const { data: w, error } = useQuery({ queryKey: ['fund', 'warning', id], queryFn: () => fundApi.warning(id ?? ''), enabled: !!id });
  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  if (!w) return <Loading />;
  const reportable = w.code === 'BALANCE_BELOW_WARNING_LINE' || w.code === 'INCOME_BELOW_EXPENDITURE';
  return (
    <Card sx={{ mt: 2 }} data-testid="fund-warning-show">
      <Title title={translate('resources.FundWarning.name', { smart_count: 1 })} />
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
          <Typography variant="h6">{w.message}</Typography>
          <Chip size="small" label={translate(`enums.FundWarningState.${w.state}`)} color={w.state === 'open' ? 'error' : 'default'} />
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {translate('resources.FundWarning.fields.citation')}：{cite(w.citation)} · {translate('resources.FundWarning.fields.raisedAt')}：
          {w.raisedAt.slice(0, 16).replace('T', ' ')}
        </Typography>
        {w.note ? (
          <Alert severity="info" sx={{ my: 1 }}>
            {translate('resources.FundWarning.fields.note')}：{w.note}（{w.acknowledgedBy}）
          </Alert>
        ) : null}
        <Table size="small" sx={{ my: 2, maxWidth: 640 }}>
          <TableBody>
            {Object.entries(w.figures).map(([k, v]) => (
              <TableRow key={k}>
                <TableCell>{k}</TableCell>
                <TableCell>{shown(v)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
          <AcknowledgeButton warning={w} />
          {reportable ? (
            <MuiButton size="small" component={Link} to={`/FundWarning/${w.id}/report`} data-testid="warning-report">
              {translate('app.fund.report')}
            </MuiButton>
          ) : null}
          <MuiButton size="small" component={Link} to="/FundAccount">
            {translate('app.fund.title')}
          </MuiButton>
        </Stack>
        <Typography variant="subtitle1">{translate('app.trace.title')}</Typography>
        <Box data-testid="warning-trace">
          <TraceSteps trace={w.trace} />
        </Box>
      </CardContent>
    </Card>
  );
};

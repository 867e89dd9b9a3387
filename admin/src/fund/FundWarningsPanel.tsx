import {
  Alert,
  Box,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Button as MuiButton,
  TextField,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNotify, useTranslate } from 'react-admin';
import { ExplainedFigure } from '../common/TraceDrawer';
import { useCitation } from '../common/useCitation';
import { fundApi, type WarningRow } from './fundApi';

/** Acknowledge one open warning with a note (Qinhuangdao art. 58: the agency reports and acts). */
export const AcknowledgeButton = ({ warning }: { warning: WarningRow }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const ack = useMutation({
    mutationFn: () => fundApi.acknowledge(warning.id, note),
    onSuccess: () => {
      setOpen(false);
      notify('app.fund.saved', { type: 'success' });
      void client.invalidateQueries({ queryKey: ['fund'] });
    },
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
  if (warning.state !== 'open') return null;
  return (
    <>
      <MuiButton size="small" variant="outlined" onClick={() => setOpen(true)} data-testid="acknowledge-warning">
        {translate('app.fund.acknowledge')}
      </MuiButton>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('app.fund.acknowledge_title')}</DialogTitle>
        <DialogContent>
          <Alert severity="warning" sx={{ mb: 2 }}>
            {warning.message}
          </Alert>
          <TextField
            label={translate('app.fund.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            multiline
            minRows={2}
            fullWidth
            required
            slotProps={{ htmlInput: { 'data-testid': 'acknowledge-note', maxLength: 1000 } }}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton
            variant="contained"
            disabled={!note.trim() || ack.isPending}
            onClick={() => ack.mutate()}
            data-testid="acknowledge-confirm"
          >
            {translate('app.fund.acknowledge')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};

/** One warning: its message, citation, state, the trace behind it, and what may be done with it. */
export const WarningLine = ({ warning }: { warning: WarningRow }) => {
  const translate = useTranslate();
  const cite = useCitation();
  return (
    <ListItem divider data-testid="fund-warning" data-code={warning.code} sx={{ gap: 1, flexWrap: 'wrap' }}>
      <ListItemText
        primary={
          <ExplainedFigure
            value={<Link to={`/FundWarning/${warning.id}/show`}>{warning.message}</Link>}
            trace={warning.trace}
            title={warning.message}
          />
        }
        secondary={`${cite(warning.citation)} · ${warning.raisedAt.slice(0, 10)}${warning.note ? ` · ${warning.note}` : ''}`}
      />
      <Chip
        size="small"
        label={translate(`enums.FundWarningState.${warning.state}`)}
        color={warning.state === 'open' ? 'error' : 'default'}
      />
      {warning.code === 'BALANCE_BELOW_WARNING_LINE' || warning.code === 'INCOME_BELOW_EXPENDITURE' ? (
        <MuiButton size="small" component={Link} to={`/FundWarning/${warning.id}/report`} data-testid="warning-report">
          {translate('app.fund.report')}
        </MuiButton>
      ) : null}
      <AcknowledgeButton warning={warning} />
    </ListItem>
  );
};

/** The region's open and acknowledged warnings, most recent first. */
export const FundWarningsPanel = ({ regionId }: { regionId: string }) => {
  const translate = useTranslate();
  const { data, error } = useQuery({ queryKey: ['fund', 'warnings', regionId], queryFn: () => fundApi.warnings(regionId, null) });
  const live = (data ?? []).filter((w) => w.state !== 'resolved');
  return (
    <Box data-testid="fund-warnings">
      {error ? <Alert severity="error">{(error as Error).message}</Alert> : null}
      {data && !live.length ? <Alert severity="success">{translate('app.fund.no_warnings')}</Alert> : null}
      <List dense>
        {live.map((w) => (
          <WarningLine key={w.id} warning={w} />
        ))}
      </List>
    </Box>
  );
};

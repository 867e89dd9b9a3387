import {
  Button,
  Chip,
  Dialog,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { RecordContextProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { AttachmentsPanel } from '../attachments';
import { requestGraphQL } from '../dataProvider/request';
import type { EventRow, ScorecardRecord } from './types';

/** The year's events, oldest first, who recorded each; a mistaken one is withdrawn with a reason (kept, struck through); each has its evidence. */
export const EventsTable = ({ record }: { record: ScorecardRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [evidence, setEvidence] = useState<EventRow | null>(null);
  const title = (id: string) => record.recordableTypes?.find((t) => t.id === id)?.title ?? id;
  const withdraw = async (e: EventRow) => {
    const reason = window.prompt(translate('app.scorecards.withdraw_reason'));
    if (!reason?.trim()) return;
    try {
      await requestGraphQL('mutation ($id: ID!, $r: String!) { withdrawScorecardEvent(id: $id, reason: $r) { id } }', {
        id: e.id,
        r: reason,
      });
      refresh();
    } catch (err) {
      notify((err as Error).message, { type: 'error' });
    }
  };
  const events = record.events ?? [];
  return (
    <>
      <Typography variant="subtitle2" color="text.secondary" gutterBottom>
        {translate('app.scorecards.events', { n: events.filter((e) => !e.withdrawnAt).length })}
      </Typography>
      <Table size="small" data-testid="events-table">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.ScorecardEvent.fields.occurredOn')}</TableCell>
            <TableCell>{translate('resources.ScorecardEvent.fields.type')}</TableCell>
            <TableCell align="right">{translate('resources.ScorecardEvent.fields.count')}</TableCell>
            <TableCell>{translate('resources.ScorecardEvent.fields.districtId')}</TableCell>
            <TableCell>{translate('resources.ScorecardEvent.fields.recordedByName')}</TableCell>
            <TableCell>{translate('resources.ScorecardEvent.fields.note')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {events.map((e) => (
            <TableRow key={e.id} data-testid="event-row" sx={e.withdrawnAt ? { textDecoration: 'line-through', opacity: 0.6 } : undefined}>
              <TableCell>{e.occurredOn}</TableCell>
              <TableCell>
                {title(e.type)}
                {e.complaintId ? <Chip size="small" sx={{ ml: 1 }} label={translate('app.scorecards.from_complaint')} /> : null}
              </TableCell>
              <TableCell align="right">{e.count}</TableCell>
              <TableCell>{e.districtId ?? '—'}</TableCell>
              <TableCell>{e.recordedByName}</TableCell>
              <TableCell>{e.withdrawnAt ? `${translate('app.scorecards.withdrawn')}：${e.withdrawnReason}` : (e.note ?? '')}</TableCell>
              <TableCell>
                <Button size="small" onClick={() => setEvidence(e)}>
                  {translate('app.scorecards.evidence')}
                </Button>
                {record.state === 'open' && !e.withdrawnAt ? (
                  <Button size="small" color="warning" onClick={() => withdraw(e)}>
                    {translate('app.scorecards.withdraw')}
                  </Button>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {evidence ? (
        <Dialog open onClose={() => setEvidence(null)} fullWidth maxWidth="md">
          <DialogTitle>
            {translate('app.scorecards.evidence')}：{title(evidence.type)} · {evidence.occurredOn}
          </DialogTitle>
          <DialogContent>
            <RecordContextProvider value={evidence}>
              <AttachmentsPanel ownerType="ScorecardEvent" defaultCategory="evidence" />
            </RecordContextProvider>
          </DialogContent>
        </Dialog>
      ) : null}
    </>
  );
};

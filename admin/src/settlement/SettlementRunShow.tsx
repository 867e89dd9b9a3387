import { SETTLEMENT_RUN_WORKFLOW } from '@ltci/shared';
import DownloadIcon from '@mui/icons-material/GetApp';
import { Button, Divider, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import {
  DateField,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { JobProgress } from '../common/JobProgress';
import { downloadFromServer } from '../common/serverFiles';
import { ExplainedFigure, type TraceStepLike } from '../common/TraceDrawer';
import { requestGraphQL } from '../dataProvider/request';
import { WorkflowActions, type WorkflowMutation, type WorkflowRecord, WorkflowTimeline } from '../workflow';
import { settlementKindChoices, settlementStateChoices } from './choices';

type RunRecord = WorkflowRecord & { jobId: string | null; computedAt: string | null; month: string };

interface Sheet {
  id: string;
  institution: { id: string; name: string };
  claimants: number;
  records: number;
  billed: string;
  excluded: string;
  fundAmount: string;
  claimantAmount: string;
  unsettled: string;
  withheld: string;
  released: string;
  payable: string;
  withholdings: { action: 'withhold' | 'release'; amount: string; finding: string; reason: string; citation: string }[];
  postingId: string | null;
  trace: TraceStepLike[];
}

interface Line {
  id: string;
  claimantId: string;
  billed: string;
  fundAmount: string;
  claimantAmount: string;
  unsettled: string;
  detail: { key: string; status: string; fundPays: string; claimantPays: string; citation: string; reason: string | null }[];
  trace: TraceStepLike[];
}

const TRACE = 'trace { rule citation inputs output interpretation note }';
const SHEETS = `query ($id: ID!) { SettlementRun(id: $id) { id accountBalance sheetList { id institution { id name } claimants records billed excluded
  fundAmount claimantAmount unsettled withheld released payable withholdings postingId ${TRACE} } } }`;
const LINES = `query ($s: ID!) { settlementLines(sheetId: $s, perPage: 200) { id claimantId billed fundAmount claimantAmount unsettled
  detail { key status fundPays claimantPays citation reason } ${TRACE} } }`;
const MUTATION: WorkflowMutation = { name: 'transitionSettlementRun', actionType: 'SettlementRunAction' };

/** A sheet's claimants: each figure opens the quote's trace down to the record and the article. */
const SheetLines = ({ sheetId }: { sheetId: string }) => {
  const translate = useTranslate();
  const [lines, setLines] = useState<Line[] | null>(null);
  useEffect(() => {
    void requestGraphQL<{ settlementLines: Line[] }>(LINES, { s: sheetId }).then((d) => setLines(d.settlementLines));
  }, [sheetId]);
  if (!lines) return null;
  return (
    <Table size="small" data-testid="settlement-lines">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.settlement.claimant')}</TableCell>
          <TableCell>{translate('app.settlement.records')}</TableCell>
          <TableCell align="right">{translate('app.settlement.fund')}</TableCell>
          <TableCell align="right">{translate('app.settlement.claimantPays')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((l) => (
          <TableRow key={l.id}>
            <TableCell>{l.claimantId.slice(0, 8)}</TableCell>
            <TableCell>
              {l.detail.map((d) => `${d.key} ${translate(`app.settlement.status.${d.status}`)} ${d.fundPays}`).join('；')}
            </TableCell>
            <TableCell align="right">
              <ExplainedFigure value={l.fundAmount} trace={l.trace} />
            </TableCell>
            <TableCell align="right">
              <ExplainedFigure value={l.claimantAmount} trace={l.trace} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const Sheets = () => {
  const record = useRecordContext<RunRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const [data, setData] = useState<{ accountBalance: string; sheetList: Sheet[] } | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  useEffect(() => {
    // read again after each step (a payment fills the postings)
    if (!record?.id || !record.computedAt || !record.version) return;
    void requestGraphQL<{ SettlementRun: { accountBalance: string; sheetList: Sheet[] } }>(SHEETS, { id: record.id }).then((d) =>
      setData(d.SettlementRun),
    );
  }, [record?.id, record?.computedAt, record?.version]);
  if (!record) return null;
  if (!record.computedAt) return record.jobId ? <JobProgress jobId={record.jobId} /> : null;
  if (!data) return null;
  const exportSheets = () =>
    downloadFromServer(
      `/export/SettlementRun?filter=${encodeURIComponent(JSON.stringify({ runId: record.id }))}`,
      `settlement-${record.month}.xlsx`,
    ).catch((e: Error) => notify(e.message, { type: 'error' }));
  return (
    <Stack spacing={1} data-testid="settlement-sheets">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h6">{translate('app.settlement.sheets')}</Typography>
        <Typography variant="body2" data-testid="settlement-balance">
          {translate('app.settlement.balance')}：{data.accountBalance}
        </Typography>
        <Button size="small" startIcon={<DownloadIcon />} onClick={exportSheets}>
          {translate('app.settlement.export')}
        </Button>
      </Stack>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.settlement.institution')}</TableCell>
            <TableCell align="right">{translate('app.settlement.records')}</TableCell>
            <TableCell align="right">{translate('app.settlement.billed')}</TableCell>
            <TableCell align="right">{translate('app.settlement.excluded')}</TableCell>
            <TableCell align="right">{translate('app.settlement.fund')}</TableCell>
            <TableCell align="right">{translate('app.settlement.claimantPays')}</TableCell>
            <TableCell align="right">{translate('app.settlement.unsettled')}</TableCell>
            <TableCell align="right">{translate('app.settlement.withheld')}</TableCell>
            <TableCell align="right">{translate('app.settlement.payable')}</TableCell>
            <TableCell>{translate('app.settlement.paid')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.sheetList.map((s) => (
            <TableRow key={s.id} hover onClick={() => setOpen(open === s.id ? null : s.id)} data-testid="settlement-sheet">
              <TableCell>{s.institution.name}</TableCell>
              <TableCell align="right">{s.records}</TableCell>
              <TableCell align="right">{s.billed}</TableCell>
              <TableCell align="right">{s.excluded}</TableCell>
              <TableCell align="right">
                <ExplainedFigure value={s.fundAmount} trace={s.trace} />
              </TableCell>
              <TableCell align="right">
                <ExplainedFigure value={s.claimantAmount} trace={s.trace} />
              </TableCell>
              <TableCell align="right">{s.unsettled}</TableCell>
              <TableCell align="right" data-testid="sheet-withheld">
                {/* each withholding or release with its finding, reason and article (Qinhuangdao art. 68, 71) */}
                {s.withholdings.length ? (
                  <Stack>
                    {s.withholdings.map((w) => (
                      <Typography key={`${w.action}${w.finding}`} variant="caption">
                        {translate(`app.settlement.${w.action}`)} {w.amount}：{w.finding}（{w.reason}；{w.citation}）
                      </Typography>
                    ))}
                  </Stack>
                ) : (
                  s.withheld
                )}
              </TableCell>
              <TableCell align="right">
                <ExplainedFigure value={s.payable} trace={s.trace} />
              </TableCell>
              <TableCell>{s.postingId ? s.postingId.slice(0, 8) : '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {open ? (
        <>
          <Typography variant="subtitle1">{translate('app.settlement.lines')}</Typography>
          <SheetLines sheetId={open} />
        </>
      ) : null}
    </Stack>
  );
};

const Workflow = () => {
  const record = useRecordContext<RunRecord>();
  return (
    <>
      <WorkflowActions<RunRecord> table={SETTLEMENT_RUN_WORKFLOW} mutation={MUTATION} record={record} testId="settlement-actions" />
      <Divider sx={{ my: 2 }} />
      <WorkflowTimeline table={SETTLEMENT_RUN_WORKFLOW} record={record} testId="settlement-timeline" />
    </>
  );
};

export const SettlementRunShow = () => (
  <Show queryOptions={{ refetchInterval: (q) => ((q.state.data as RunRecord | undefined)?.computedAt ? false : 2000) }}>
    <SimpleShowLayout>
      <TextField source="month" />
      <ReferenceField source="countyId" reference="County" link={false} emptyText="app.settlement.cityLevel" />
      <SelectField source="kind" choices={settlementKindChoices} />
      <SelectField source="state" choices={settlementStateChoices} />
      <NumberField source="sheets" />
      <NumberField source="claimants" />
      <TextField source="fundTotal" />
      <TextField source="claimantTotal" />
      <DateField source="computedAt" showTime emptyText="—" />
      <TextField source="returnReason" emptyText="—" />
      <Divider />
      <Sheets />
      <Divider />
      <Workflow />
    </SimpleShowLayout>
  </Show>
);

import { Alert, Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { DOCUMENT_SX, PRINT_CSS } from '../common/print';
import { ExplainedFigure, type TraceStepLike } from '../common/TraceDrawer';
import { requestGraphQL } from '../dataProvider/request';

interface Statement {
  name: string;
  idNumberMasked: string;
  month: string;
  billed: string;
  fundAmount: string;
  claimantAmount: string;
  lines: {
    runId: string;
    runState: string;
    institutionId: string;
    institution: { name: string } | null;
    billed: string;
    excluded: string;
    fundAmount: string;
    claimantAmount: string;
    detail: {
      key: string;
      status: string;
      billed: string;
      fundPays: string;
      claimantPays: string;
      citation: string;
      reason: string | null;
    }[];
    trace: TraceStepLike[];
  }[];
}

const STATEMENT = `query ($c: ID!, $m: String!) { benefitStatement(claimantId: $c, month: $m) { name idNumberMasked month billed fundAmount claimantAmount
  lines { runId runState institutionId institution { name } billed excluded fundAmount claimantAmount
    detail { key status billed fundPays claimantPays citation reason } trace { rule citation inputs output interpretation note } } } }`;
const COMPLAIN = `mutation ($c: ID!, $m: String!, $i: ID!, $who: String!, $text: String!) {
  raiseStatementComplaint(claimantId: $c, month: $m, institutionId: $i, complainant: $who, content: $text) { id } }`;

function lastMonth(): string {
  const china = new Date(Date.now() + 8 * 3600_000);
  return new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
}

/** A claimant's month as a printable statement (Qinhuangdao art. 32, 64): what was declared and paid in their name, and a complaint about it. */
export const StatementTab = () => {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const [month, setMonth] = useState(lastMonth());
  const [statement, setStatement] = useState<Statement | null>(null);
  const [who, setWho] = useState('');
  const [text, setText] = useState('');
  useEffect(() => {
    if (!record?.id || !/^\d{4}-\d{2}$/.test(month)) return;
    void requestGraphQL<{ benefitStatement: Statement }>(STATEMENT, { c: record.id, m: month }).then(
      (d) => setStatement(d.benefitStatement),
      () => setStatement(null),
    );
  }, [record?.id, month]);
  const complain = async (institutionId: string) => {
    try {
      await requestGraphQL(COMPLAIN, { c: record?.id, m: month, i: institutionId, who, text });
      notify('app.settlement.complained', { type: 'success' });
      setText('');
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Box sx={PRINT_CSS} data-testid="benefit-statement">
      <Stack direction="row" spacing={1} sx={{ mb: 1 }} data-print="hide">
        <TextField
          size="small"
          label={translate('app.settlement.statementMonth')}
          value={month}
          onChange={(e) => setMonth(e.target.value)}
        />
        <Button onClick={() => window.print()}>{translate('app.settlement.print')}</Button>
      </Stack>
      {statement ? (
        <Box className="official-document" sx={{ ...DOCUMENT_SX, fontSize: '12pt' }}>
          <Typography variant="h6" align="center">
            {translate('app.settlement.statement')} {statement.month}
          </Typography>
          <Typography>
            {statement.name}（{statement.idNumberMasked}）
          </Typography>
          {!statement.lines.length ? <Alert severity="info">{translate('app.settlement.noStatement')}</Alert> : null}
          {statement.lines.map((l) => (
            <Box key={`${l.runId}-${l.institutionId}`} sx={{ my: 1 }}>
              <Typography variant="subtitle1">{l.institution?.name}</Typography>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('app.settlement.records')}</TableCell>
                    <TableCell align="right">{translate('app.settlement.billed')}</TableCell>
                    <TableCell align="right">{translate('app.settlement.fund')}</TableCell>
                    <TableCell align="right">{translate('app.settlement.claimantPays')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {l.detail.map((d) => (
                    <TableRow key={d.key}>
                      <TableCell>
                        {d.key} {translate(`app.settlement.status.${d.status}`)} {d.reason ?? ''}
                      </TableCell>
                      <TableCell align="right">{d.billed}</TableCell>
                      <TableCell align="right">{d.fundPays}</TableCell>
                      <TableCell align="right">{d.claimantPays}</TableCell>
                    </TableRow>
                  ))}
                  <TableRow>
                    <TableCell />
                    <TableCell align="right">{l.billed}</TableCell>
                    <TableCell align="right">
                      <ExplainedFigure value={l.fundAmount} trace={l.trace} />
                    </TableCell>
                    <TableCell align="right">
                      <ExplainedFigure value={l.claimantAmount} trace={l.trace} />
                    </TableCell>
                  </TableRow>
                </TableBody>
              </Table>
              <Stack direction="row" spacing={1} sx={{ mt: 1 }} data-print="hide">
                <TextField
                  size="small"
                  label={translate('app.settlement.complainant')}
                  value={who}
                  onChange={(e) => setWho(e.target.value)}
                />
                <TextField
                  size="small"
                  label={translate('app.settlement.content')}
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                />
                <Button onClick={() => complain(l.institutionId)} disabled={!who.trim() || !text.trim()}>
                  {translate('app.settlement.complain')}
                </Button>
              </Stack>
            </Box>
          ))}
          <Typography sx={{ mt: 2 }}>
            {translate('app.settlement.fund')}：{statement.fundAmount}　{translate('app.settlement.claimantPays')}：
            {statement.claimantAmount}
          </Typography>
        </Box>
      ) : null}
    </Box>
  );
};

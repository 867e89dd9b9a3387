import DownloadIcon from '@mui/icons-material/GetApp';
import PrintIcon from '@mui/icons-material/Print';
import {
  Alert,
  Box,
  Button as MuiButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocale, useNotify, useTranslate } from 'react-admin';
import { Link } from 'react-router';
import { downloadFromServer } from '../common/serverFiles';
import { useCitation } from '../common/useCitation';
import { fundApi, type IncomeStatement } from './fundApi';

/** The statement's table: one column per fund account and the fund's total; a month report adds the year to date. */
export const IncomeStatementTable = ({ s, lang }: { s: IncomeStatement; lang: 'zh' | 'en' }) => {
  const translate = useTranslate();
  const month = s.period.length === 7;
  return (
    <Table size="small" data-testid="income-statement">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.fund.ops.col_item')}</TableCell>
          {s.accounts.map((a) => (
            <TableCell key={a.id} align="right">
              {a.name}
            </TableCell>
          ))}
          <TableCell align="right">{translate('app.fund.ops.col_total')}</TableCell>
          {month ? <TableCell align="right">{translate('app.fund.ops.col_ytd')}</TableCell> : null}
        </TableRow>
      </TableHead>
      <TableBody>
        {s.lines.map((l) => (
          <TableRow
            key={`${l.section}/${l.kind ?? ''}`}
            data-section={l.section}
            data-kind={l.kind ?? ''}
            sx={l.kind ? undefined : { '& td': { fontWeight: 600 } }}
          >
            <TableCell sx={{ pl: l.kind ? 4 : 2 }}>{lang === 'zh' ? l.labelZh : l.labelEn}</TableCell>
            {l.amounts.map((a, i) => (
              <TableCell key={s.accounts[i].id} align="right">
                {a}
              </TableCell>
            ))}
            <TableCell align="right" data-testid="line-total">
              {l.total}
            </TableCell>
            {month ? <TableCell align="right">{l.yearTotal}</TableCell> : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** The fund's monthly or yearly income and expenditure statement (Qinhuangdao art. 56, 73): on screen, as .xlsx and as a print view. */
export const FundIncomeStatementPanel = ({ regionId, postedMonth }: { regionId: string; postedMonth: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const cite = useCitation();
  const lang = useLocale().startsWith('zh') ? 'zh' : 'en';
  const [input, setInput] = useState(postedMonth);
  const [period, setPeriod] = useState(postedMonth);
  const { data, error } = useQuery({
    queryKey: ['fund', 'incomeStatement', regionId, period],
    queryFn: () => fundApi.incomeStatement(regionId, period),
  });
  const download = async () => {
    const params = new URLSearchParams({ filter: JSON.stringify({ regionId, period }) });
    try {
      await downloadFromServer(`/export/FundStatementReport?${params}`, `fund-statement-${period}.xlsx`);
    } catch (e) {
      notify((e as Error).message || 'ra.notification.http_error', { type: 'error' });
    }
  };
  return (
    <Box data-testid="fund-income-statement">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <TextField
          size="small"
          label={translate('app.fund.ops.period')}
          value={input}
          onChange={(e) => setInput(e.target.value.trim())}
          onKeyDown={(e) => e.key === 'Enter' && setPeriod(input)}
          slotProps={{ htmlInput: { 'data-testid': 'statement-period' } }}
        />
        <MuiButton onClick={() => setPeriod(input)} data-testid="statement-show">
          {translate('app.fund.ops.show')}
        </MuiButton>
        <MuiButton startIcon={<DownloadIcon />} onClick={download} disabled={!data} data-testid="statement-xlsx">
          {translate('app.fund.ops.xlsx')}
        </MuiButton>
        <MuiButton
          startIcon={<PrintIcon />}
          component={Link}
          to={`/FundAccount/statement/${encodeURIComponent(regionId)}/${encodeURIComponent(period)}`}
          disabled={!data}
          data-testid="statement-print"
        >
          {translate('app.fund.ops.print')}
        </MuiButton>
      </Stack>
      {error ? <Alert severity="error">{(error as Error).message}</Alert> : null}
      {data ? (
        <>
          <IncomeStatementTable s={data} lang={lang} />
          <Typography variant="caption" color="text.secondary">
            {translate('app.fund.ops.statement_rule', { citation: cite(data.citation) })}
          </Typography>
        </>
      ) : null}
    </Box>
  );
};

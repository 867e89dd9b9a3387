import { Alert, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { useLocation } from 'react-router';
import { ExplainedFigure, type TraceStepLike } from '../common/TraceDrawer';
import { requestGraphQL } from '../dataProvider/request';
import type { ClaimantRecord } from './choices';

interface MonthQuote {
  month: string;
  serviceDays: number;
  payableFrom: string | null;
  payableTo: string | null;
  careMode: string | null;
  quote: {
    fundPays: string;
    claimantPays: string;
    eligibleCost: string;
    fundShareRate: string | null;
    cap: { amount: string; applied: boolean };
  } | null;
}

const QUERY = `query ($c: ID!, $m: String!, $b: String, $v: String, $p: String) {
  claimantMonthQuote(claimantId: $c, month: $m, billedCare: $b, visitPrice: $v, perCapitaIncome: $p) {
    value trace { rule citation inputs output interpretation note } } }`;

const thisMonth = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);

/** A month's benefit for this claimant, from shared, by their grade, accepted care plans, stays and sanctions; each figure opens its trace. */
export const MonthQuotePanel = () => {
  const record = useRecordContext<ClaimantRecord>();
  const translate = useTranslate();
  const given = new URLSearchParams(useLocation().search).get('month');
  const [month, setMonth] = useState(given ?? thisMonth());
  const [billed, setBilled] = useState('3000.00');
  const [visit, setVisit] = useState('110.00');
  const [income, setIncome] = useState('');
  const [result, setResult] = useState<{ value: MonthQuote; trace: TraceStepLike[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!record) return null;
  const quote = async () => {
    setError(null);
    try {
      const data = await requestGraphQL<{ claimantMonthQuote: { value: MonthQuote; trace: TraceStepLike[] } }>(QUERY, {
        c: record.id,
        m: month,
        b: billed || null,
        v: visit || null,
        p: income || null,
      });
      setResult(data.claimantMonthQuote);
    } catch (e) {
      setResult(null);
      setError((e as Error).message);
    }
  };
  const v = result?.value;
  const explained = (value: string, testId: string) => (
    <ExplainedFigure
      value={<span data-testid={testId}>{value}</span>}
      trace={result?.trace ?? []}
      title={translate('app.quote.title', { month: v?.month })}
    />
  );
  return (
    <Stack spacing={2} sx={{ maxWidth: 760 }} data-testid="month-quote">
      <Typography variant="body2">{translate('app.quote.intro')}</Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField
          size="small"
          type="month"
          label={translate('app.quote.month')}
          value={month}
          onChange={(e) => setMonth(e.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'quote-month' } }}
        />
        <TextField size="small" label={translate('app.quote.billed')} value={billed} onChange={(e) => setBilled(e.target.value)} />
        <TextField size="small" label={translate('app.quote.visit_price')} value={visit} onChange={(e) => setVisit(e.target.value)} />
        <TextField size="small" label={translate('app.quote.income')} value={income} onChange={(e) => setIncome(e.target.value)} />
        <Button label="app.quote.run" onClick={quote} data-testid="quote-run" />
      </Stack>
      {error ? <Alert severity="warning">{error}</Alert> : null}
      {v && !v.quote ? (
        <Alert severity="info" data-testid="quote-none">
          {translate('app.quote.nothing', { month: v.month })} {explained('0', 'quote-days')}
        </Alert>
      ) : null}
      {v?.quote ? (
        <Stack spacing={0.5} data-testid="quote-result">
          <Typography variant="body2">
            {translate('app.quote.days')}：{explained(String(v.serviceDays), 'quote-days')}（{v.payableFrom} – {v.payableTo}，
            {translate(`enums.CareMode.${v.careMode}`, { _: v.careMode ?? '' })}）
          </Typography>
          <Typography variant="body2">
            {translate('app.quote.fund_pays')}：{explained(v.quote.fundPays, 'quote-fund')}
          </Typography>
          <Typography variant="body2">
            {translate('app.quote.claimant_pays')}：{explained(v.quote.claimantPays, 'quote-claimant')}
          </Typography>
          <Typography variant="caption">
            {translate('app.quote.cap', { cap: v.quote.cap.amount })}
            {v.quote.cap.applied ? ` · ${translate('app.quote.cap_applied')}` : ''}
          </Typography>
        </Stack>
      ) : null}
    </Stack>
  );
};

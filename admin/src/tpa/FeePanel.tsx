import { Alert, Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useNotify, useTranslate } from 'react-admin';
import { ExplainedFigure } from '../common/TraceDrawer';
import { translateError } from '../dataProvider/errors';
import { type Assessment, proposePayment, transitionPayment } from './api';
import { SmallTable } from './tables';
import { WorkflowButtons } from './WorkflowButtons';

const sum = (xs: string[]) => (xs.reduce((acc, x) => acc + Math.round(Number(x) * 100), 0) / 100).toFixed(2);

/** The fee due from the score (art. 18) less the losses (art. 19), its quarterly payments and the year's cap (Qinhuangdao art. 63). */
export const FeePanel = ({ a, onDone }: { a: Assessment; onDone: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { canAccess: canPropose } = useCanAccess({ resource: 'TpaFeePayment', action: 'create' });
  const [quarter, setQuarter] = useState(String(a.payments.filter((p) => p.state !== 'rejected').length + 1));
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [error, setError] = useState<string | null>(null);
  const fee = a.result?.fee;
  if (!fee || a.state !== 'approved') return null;
  const t = (k: string) => translate(`app.tpa.${k}`);
  const feeTrace = (a.trace ?? []).filter(
    (s) => s.rule.startsWith('tpa.scheduledFee') || s.rule.startsWith('tpa.fundLosses') || s.rule === 'tpa.total',
  );
  const paid = sum(a.payments.filter((p) => p.state === 'paid').map((p) => p.amount));
  const cap = a.capStatus;
  const propose = async () => {
    setError(null);
    try {
      await proposePayment(a.id, Number(quarter), date);
      notify('app.tpa.done', { type: 'success', messageArgs: { action: t('propose_payment') } });
      onDone();
    } catch (e) {
      setError(translateError(e, translate));
    }
  };
  return (
    <Box data-testid="fee-panel" sx={{ mt: 2 }}>
      <Typography variant="h6">{t('fee')}</Typography>
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Typography>
          {t('scheduled_fee')}：<span data-testid="scheduled-fee">{fee.scheduledFee}</span>（≥{fee.band.minScore} × {fee.band.payRate}）
        </Typography>
        <Typography>
          {t('deduction')}：<span data-testid="deduction">{fee.fundLosses}</span>
        </Typography>
        <Typography>
          {t('fee_due')}：<ExplainedFigure value={<span data-testid="fee-due">{fee.fee}</span>} trace={feeTrace} />
        </Typography>
        <Typography>
          {t('paid')}：<span data-testid="fee-paid">{paid}</span>
        </Typography>
      </Stack>
      <Typography sx={{ mt: 1 }} data-testid="cap-status">
        {cap.year} · {t('fees_in_year')}：{cap.feesInYear} · {t('cap')}：{cap.annualCap ?? t('cap_none')}
        {cap.remaining !== null ? ` · ${t('cap_remaining')}：${cap.remaining}` : ''}（{cap.citation}）
      </Typography>
      <SmallTable
        title={t('payments')}
        head={[t('quarter'), t('pay_date'), translate('resources.TpaFeePayment.fields.amount'), '', '']}
        testId="payments-table"
        rows={a.payments.map((p) => [
          p.quarter,
          p.date,
          <ExplainedFigure key="amount" value={p.amount} trace={p.trace} />,
          translate(`workflow.tpaFeePayment.states.${p.state}`),
          <WorkflowButtons
            key={p.id}
            workflow="tpaFeePayment"
            actions={p.allowedActions}
            run={(act, r) => transitionPayment(p.id, act, p.version, r)}
            onDone={onDone}
          />,
        ])}
      />
      {canPropose ? (
        <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
          <TextField
            select
            size="small"
            label={t('quarter')}
            value={quarter}
            onChange={(e) => setQuarter(e.target.value)}
            sx={{ width: 100 }}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'quarter' } as never } }}
          >
            {['1', '2', '3', '4'].map((q) => (
              <MenuItem key={q} value={q}>
                {q}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            type="date"
            label={t('pay_date')}
            value={date}
            onChange={(e) => setDate(e.target.value)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'pay-date' } }}
          />
          <Button variant="contained" onClick={propose} data-testid="propose-payment">
            {t('propose_payment')}
          </Button>
        </Stack>
      ) : null}
      {error ? (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="fee-error">
          {error}
        </Alert>
      ) : null}
    </Box>
  );
};

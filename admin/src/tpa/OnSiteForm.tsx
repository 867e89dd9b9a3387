import { Alert, Box, Button, Checkbox, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { translateError } from '../dataProvider/errors';
import { type Assessment, submitOnSite } from './api';
import { ScoreGrid, type Scores, scoreRows } from './ScoreGrid';
import { CaseloadInputs, type Caseloads, caseloadRows, caseloadsFrom } from './SurveyInputs';

/** The on-site assessment (Tianjin art. 13): every unit scored, each commitment confirmed or corrected with a reason, losses of art. 19. */
export const OnSiteForm = ({ a, onDone }: { a: Assessment; onDone: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const c = a.contract;
  const [scores, setScores] = useState<Scores>(a.selfCheck?.scores ?? {});
  const [mode, setMode] = useState<Record<string, 'confirm' | 'correct'>>({});
  const [actual, setActual] = useState<Record<string, string>>({});
  const [reason, setReason] = useState<Record<string, string>>({});
  const [losses, setLosses] = useState<{ description: string; amount: string; findingId: string }[]>([]);
  const [caseloads, setCaseloads] = useState<Caseloads>(caseloadsFrom(a.selfCheck?.caseloads));
  const [breach, setBreach] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    try {
      const confirmations = c.commitments.map((k) =>
        (mode[k.id] ?? 'confirm') === 'confirm'
          ? { commitmentId: k.id, confirmed: true }
          : { commitmentId: k.id, confirmed: false, actual: actual[k.id] ?? '', reason: reason[k.id] ?? '' },
      );
      await submitOnSite(
        a.id,
        a.version,
        scoreRows(c.units, c.plan, scores),
        confirmations,
        losses.map((l) => ({ description: l.description, amount: l.amount, findingId: l.findingId || null })),
        breach,
        caseloadRows(c.units, caseloads),
      );
      notify('app.tpa.done', { type: 'success', messageArgs: { action: translate('workflow.tpaAssessment.actions.submit_on_site') } });
      onDone();
    } catch (e) {
      setError(translateError(e, translate));
    }
  };
  return (
    <Box data-testid="on-site-form">
      <Typography variant="h6">{translate('app.tpa.on_site')}</Typography>
      <Typography variant="subtitle1">{translate('app.tpa.commitments')}</Typography>
      {c.commitments.map((k, i) => (
        <Stack key={k.id} direction="row" spacing={2} sx={{ alignItems: 'center', my: 1, flexWrap: 'wrap' }}>
          <Typography sx={{ minWidth: 220 }}>
            {k.description}：{translate('app.tpa.self_value')} {a.selfCheck?.delivered[k.id]?.actual ?? '—'}（
            {(a.selfCheck?.delivered[k.id]?.evidence ?? []).length} {translate('app.tpa.evidence')}）
          </Typography>
          <RadioGroup row value={mode[k.id] ?? 'confirm'} onChange={(e) => setMode({ ...mode, [k.id]: e.target.value as 'confirm' })}>
            <FormControlLabel
              value="confirm"
              control={<Radio slotProps={{ input: { 'data-testid': `confirm-${i}` } as never }} />}
              label={translate('app.tpa.confirm_value')}
            />
            <FormControlLabel
              value="correct"
              control={<Radio slotProps={{ input: { 'data-testid': `correct-${i}` } as never }} />}
              label={translate('app.tpa.correct_value')}
            />
          </RadioGroup>
          {mode[k.id] === 'correct' ? (
            <>
              <TextField
                size="small"
                label={translate('app.tpa.delivered')}
                value={actual[k.id] ?? ''}
                onChange={(e) => setActual({ ...actual, [k.id]: e.target.value })}
                slotProps={{ htmlInput: { 'data-testid': `corrected-${i}` } }}
              />
              <TextField
                size="small"
                label={translate('app.tpa.correction_reason')}
                value={reason[k.id] ?? ''}
                onChange={(e) => setReason({ ...reason, [k.id]: e.target.value })}
                slotProps={{ htmlInput: { 'data-testid': `correction-reason-${i}` } }}
              />
            </>
          ) : null}
        </Stack>
      ))}
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('app.tpa.scores')}
      </Typography>
      <ScoreGrid units={c.units} plan={c.plan} value={scores} onChange={setScores} />
      <CaseloadInputs units={c.units} value={caseloads} onChange={setCaseloads} />
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('app.tpa.fund_losses')}
      </Typography>
      {losses.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows the user adds, in order
        <Stack key={i} direction="row" spacing={1} sx={{ my: 1 }}>
          <TextField
            size="small"
            label={translate('app.tpa.loss_description')}
            value={l.description}
            onChange={(e) => setLosses(losses.map((x, j) => (j === i ? { ...x, description: e.target.value } : x)))}
            slotProps={{ htmlInput: { 'data-testid': `loss-description-${i}` } }}
          />
          <TextField
            size="small"
            label={translate('app.tpa.loss_amount')}
            value={l.amount}
            onChange={(e) => setLosses(losses.map((x, j) => (j === i ? { ...x, amount: e.target.value } : x)))}
            slotProps={{ htmlInput: { 'data-testid': `loss-amount-${i}` } }}
          />
          {a.findings.length ? (
            <TextField
              select
              size="small"
              sx={{ minWidth: 240 }}
              label={translate('app.tpa.loss_finding')}
              value={l.findingId}
              onChange={(e) => setLosses(losses.map((x, j) => (j === i ? { ...x, findingId: e.target.value } : x)))}
              slotProps={{ select: { SelectDisplayProps: { 'data-testid': `loss-finding-${i}` } as never } }}
            >
              <MenuItem value="">{translate('app.tpa.no_finding')}</MenuItem>
              {a.findings.map((f) => (
                <MenuItem key={f.id} value={f.id} data-testid={`finding-option-${f.id}`}>
                  {f.foundOn} {f.description}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
        </Stack>
      ))}
      <Button size="small" onClick={() => setLosses([...losses, { description: '', amount: '', findingId: '' }])} data-testid="add-loss">
        {translate('app.tpa.add_loss')}
      </Button>
      <FormControlLabel
        control={<Checkbox checked={breach} onChange={(e) => setBreach(e.target.checked)} />}
        label={translate('app.tpa.severe_breach')}
      />
      {error ? (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="form-error">
          {error}
        </Alert>
      ) : null}
      <Box>
        <Button variant="contained" sx={{ mt: 2 }} onClick={submit} data-testid="submit-on-site">
          {translate('workflow.tpaAssessment.actions.submit_on_site')}
        </Button>
      </Box>
    </Box>
  );
};

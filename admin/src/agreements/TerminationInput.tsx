import { MenuItem, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ActionInputProps, HistoryRow } from '../workflow';
import { type AgreementRecord, terminationKindChoices } from './choices';

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** A proposed termination's kind and date (Xinjiang art. 12: the kind decides the bar on a new designation). */
export const TerminationInput = ({ record, value, onChange, errors }: ActionInputProps<AgreementRecord>) => {
  const translate = useTranslate();
  const set = (field: 'kind' | 'date', v: string) => onChange({ ...value, [field]: v || null });
  return (
    <>
      <TextField
        select
        label={translate('app.agreements.termination_kind')}
        value={text(value.kind)}
        onChange={(e) => set('kind', e.target.value)}
        required
        error={!!errors.kind}
        helperText={errors.kind}
        slotProps={{ htmlInput: { 'data-testid': 'termination-kind' } }}
      >
        {terminationKindChoices.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {translate(c.name)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        type="date"
        label={translate('app.agreements.termination_date')}
        value={text(value.date)}
        onChange={(e) => set('date', e.target.value)}
        required
        error={!!errors.date}
        helperText={errors.date}
        slotProps={{
          inputLabel: { shrink: true },
          htmlInput: { min: record.startDate, max: record.endDate, name: 'terminationDate' },
        }}
      />
    </>
  );
};

/** A termination step's kind and date on the timeline. */
export const TerminationStepInput = ({ step }: { step: HistoryRow }) => {
  const translate = useTranslate();
  if (typeof step.input?.kind !== 'string') return null;
  return (
    <Typography variant="body2">
      {translate('app.agreements.termination_kind')}：{translate(`enums.TerminationKind.${step.input.kind}`)}
      {typeof step.input.date === 'string' ? ` · ${translate('app.agreements.termination_date')}：${step.input.date}` : ''}
    </Typography>
  );
};

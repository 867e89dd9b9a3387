import { Checkbox, FormControlLabel, MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { ActionInputProps } from '../workflow';
import type { ApplicationRecord } from './types';

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** Dispatch: an assessment institution of the region; the server checks its agreement is in force (Qinhuangdao art. 19). */
export const DispatchInput = ({ record, value, onChange, errors }: ActionInputProps<ApplicationRecord>) => {
  const translate = useTranslate();
  const { data = [] } = useGetList<{ id: string; name: string }>('Institution', {
    filter: { kind: 'assessment', regionId: record.regionId },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  return (
    <TextField
      select
      label={translate('app.assessments.institution')}
      value={text(value.institutionId)}
      onChange={(e) => onChange({ ...value, institutionId: e.target.value })}
      required
      error={!!errors.institutionId}
      helperText={errors.institutionId}
      slotProps={{ htmlInput: { 'data-testid': 'dispatch-institution' } }}
    >
      {data.map((i) => (
        <MenuItem key={i.id} value={i.id} data-testid="dispatch-institution-option">
          {i.name}
        </MenuItem>
      ))}
    </TextField>
  );
};

/** The experts' conclusion: the grade they record (checked against the computed one) and at least two experts (Qinhuangdao art. 22). */
export const ConclusionInput = ({ record, value, onChange, errors }: ActionInputProps<ApplicationRecord>) => {
  const translate = useTranslate();
  const experts = (record.draw?.candidates ?? []).filter((c) => c.isExpert && c.eligible);
  const chosen = Array.isArray(value.expertIds) ? (value.expertIds as string[]) : [];
  return (
    <>
      <TextField
        select
        label={translate('app.assessments.grade')}
        value={typeof value.grade === 'number' ? value.grade : ''}
        onChange={(e) => onChange({ ...value, grade: Number(e.target.value) })}
        required
        error={!!errors.grade}
        helperText={errors.grade}
        slotProps={{ htmlInput: { 'data-testid': 'conclusion-grade' } }}
      >
        {[0, 1, 2, 3, 4, 5].map((g) => (
          <MenuItem key={g} value={g} data-testid={`conclusion-grade-${g}`}>
            {g}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={translate('app.assessments.experts')}
        value={chosen}
        onChange={(e) => onChange({ ...value, expertIds: e.target.value as unknown as string[] })}
        required
        error={!!errors.expertIds}
        helperText={errors.expertIds}
        slotProps={{ select: { multiple: true }, htmlInput: { 'data-testid': 'conclusion-experts' } }}
      >
        {experts.map((c) => (
          <MenuItem key={c.id} value={c.id} data-testid="conclusion-expert-option">
            {c.name ?? c.id}
          </MenuItem>
        ))}
      </TextField>
    </>
  );
};

/** The letter's receipt date, and past the 30 working days of art. 23 the reason for the delay. */
export const LetterInput = ({ value, onChange, errors }: ActionInputProps<ApplicationRecord>) => {
  const translate = useTranslate();
  return (
    <>
      <TextField
        type="date"
        label={translate('app.assessments.received_on')}
        value={text(value.receivedOn)}
        onChange={(e) => onChange({ ...value, receivedOn: e.target.value })}
        required
        error={!!errors.receivedOn}
        helperText={errors.receivedOn}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'letter-received-on' } }}
      />
      <TextField
        label={translate('app.assessments.late_reason')}
        value={text(value.lateReason)}
        onChange={(e) => onChange({ ...value, lateReason: e.target.value })}
        error={!!errors.lateReason}
        helperText={errors.lateReason}
      />
    </>
  );
};

/** Finalizing a spot-check or re-assessment that changed the grade: whether for reasons of the institution (its scorecard event, Changzhou item 5). */
export const FinalizeInput = ({ record, value, onChange }: ActionInputProps<ApplicationRecord>) => {
  const translate = useTranslate();
  if (!['dispute', 'objection', 'spotCheck'].includes(record.kind)) return null;
  return (
    <FormControlLabel
      control={
        <Checkbox
          checked={value.institutionAtFault === true}
          onChange={(e) => onChange({ ...value, institutionAtFault: e.target.checked })}
          data-testid="institution-at-fault"
        />
      }
      label={translate('app.assessments.institution_at_fault')}
    />
  );
};

import { Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CaseloadRow, Survey, SurveyRow, Unit } from './api';

export type Surveys = Record<string, { surveyed: string; satisfied: string }>;
export type Caseloads = Record<string, string>;

const whole = (v: string | undefined) => (v && /^\d+$/.test(v.trim()) ? Number(v.trim()) : Number.NaN);
/** What was typed, as the server's input; a blank or non-number is sent as NaN → refused with its code by the server. */
export const surveyRows = (units: Unit[], s: Surveys): SurveyRow[] =>
  units
    .filter((u) => s[u.id]?.surveyed || s[u.id]?.satisfied)
    .map((u) => ({ unitId: u.id, surveyed: whole(s[u.id].surveyed) || 0, satisfied: whole(s[u.id].satisfied) || 0 }));
export const caseloadRows = (units: Unit[], c: Caseloads): CaseloadRow[] =>
  units.filter((u) => u.kind === 'districtSubCentre' && c[u.id]?.trim()).map((u) => ({ unitId: u.id, cases: whole(c[u.id]) || 0 }));
export const surveysFrom = (given?: Record<string, Survey>): Surveys =>
  Object.fromEntries(Object.entries(given ?? {}).map(([k, v]) => [k, { surveyed: String(v.surveyed), satisfied: String(v.satisfied) }]));
export const caseloadsFrom = (given?: Record<string, number>): Caseloads =>
  Object.fromEntries(Object.entries(given ?? {}).map(([k, v]) => [k, String(v)]));

/** Each unit's satisfaction survey (Tianjin art. 5): the satisfaction area is scored from it, never typed. */
export const SurveyInputs = ({ units, value, onChange }: { units: Unit[]; value: Surveys; onChange: (s: Surveys) => void }) => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('app.tpa.surveys')}
      </Typography>
      {units.map((u) => (
        <Stack key={u.id} direction="row" spacing={2} sx={{ alignItems: 'center', my: 1 }}>
          <Typography sx={{ minWidth: 220 }}>{u.name}</Typography>
          {(['surveyed', 'satisfied'] as const).map((k) => (
            <TextField
              key={k}
              size="small"
              label={translate(`app.tpa.${k}`)}
              value={value[u.id]?.[k] ?? ''}
              onChange={(e) => {
                const before = value[u.id] ?? { surveyed: '', satisfied: '' };
                onChange({ ...value, [u.id]: { ...before, [k]: e.target.value } });
              }}
              slotProps={{ htmlInput: { 'data-testid': `${k}-${u.id}`, inputMode: 'numeric', style: { width: 80 } } }}
            />
          ))}
        </Stack>
      ))}
    </>
  );
};

/** Cases each district sub-centre handled, read when the region's pack weights them by caseload (Tianjin art. 14). */
export const CaseloadInputs = ({ units, value, onChange }: { units: Unit[]; value: Caseloads; onChange: (c: Caseloads) => void }) => {
  const translate = useTranslate();
  const subCentres = units.filter((u) => u.kind === 'districtSubCentre');
  if (subCentres.length < 2) return null;
  return (
    <>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('app.tpa.caseloads')}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ my: 1, flexWrap: 'wrap' }}>
        {subCentres.map((u) => (
          <TextField
            key={u.id}
            size="small"
            label={`${u.name} · ${translate('app.tpa.cases')}`}
            value={value[u.id] ?? ''}
            onChange={(e) => onChange({ ...value, [u.id]: e.target.value })}
            slotProps={{ htmlInput: { 'data-testid': `cases-${u.id}`, inputMode: 'numeric' } }}
          />
        ))}
      </Stack>
    </>
  );
};

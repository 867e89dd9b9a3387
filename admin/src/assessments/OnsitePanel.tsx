import { type AssessmentParams, type DisabilityItemScores, disabilityGrade, policyPack } from '@ltci/shared';
import { Alert, Box, Checkbox, FormControlLabel, Grid, MenuItem, Button as MuiButton, Stack, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { TraceDrawer } from '../common/TraceDrawer';
import { requestGraphQL } from '../dataProvider/request';
import { chinaToday } from './DeadlinesPanel';
import type { ApplicationRecord } from './types';

const SAVE = `mutation ($id: ID!, $v: Int!, $on: String!, $sc: ItemScoresInput!, $g: Boolean!, $p: String, $n: String) {
  saveAssessmentOnsiteRecord(id: $id, expectedVersion: $v, onsiteOn: $on, scores: $sc, guardianPresent: $g, presentPerson: $p, notes: $n) { id } }`;
const DIMENSIONS = [
  ['adl', 'adlItems'],
  ['cognition', 'cognitionItems'],
  ['perception', 'perceptionItems'],
] as const;
type Scores = Record<string, Record<string, number | ''>>;

/** The region's grading of the national standard, from the shared pack the server reads too. */
function gradingOf(regionId: string): AssessmentParams | null {
  const pack = policyPack(regionId as Parameters<typeof policyPack>[0], chinaToday());
  return pack.ok ? pack.value.assessment : null;
}

/**
 * The on-site scoring form: each item offers only the values the national standard allows; the grade
 * is computed live by the same shared function the server checks with, and opens its trace (Qinhuangdao art. 16, 19).
 */
export const OnsitePanel = () => {
  const record = useRecordContext<ApplicationRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'AssessmentApplication', action: 'onsite' });
  const params = useMemo(() => (record ? gradingOf(record.regionId) : null), [record]);
  const initial = (): Scores =>
    Object.fromEntries(
      DIMENSIONS.map(([d, items]) => [
        d,
        Object.fromEntries(Object.keys(params?.grading[items] ?? {}).map((k) => [k, record?.onsiteScores?.[d]?.[k] ?? ''])),
      ]),
    );
  const [scores, setScores] = useState<Scores>(initial);
  const [on, setOn] = useState(record?.onsiteOn ?? chinaToday());
  const [present, setPresent] = useState(record?.guardianPresent ?? false);
  const [person, setPerson] = useState(record?.presentPerson ?? '');
  const [notes, setNotes] = useState(record?.onsiteNotes ?? '');
  if (
    !record ||
    !params ||
    !['drawn', 'assessed', 'concluded', 'publicity', 'publicized', 'letterIssued', 'final', 'disputed'].includes(record.state)
  )
    return null;
  const t = (k: string) => translate(`app.assessments.${k}`);
  const editable = record.state === 'drawn' && canAccess;
  const complete = DIMENSIONS.every(([d]) => Object.values(scores[d]).every((v) => v !== ''));
  const live = complete ? disabilityGrade(scores as unknown as DisabilityItemScores, params) : null;
  const save = async () => {
    try {
      await requestGraphQL(SAVE, { id: record.id, v: record.version, on, sc: scores, g: present, p: person || null, n: notes || null });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Box data-testid="onsite">
      <Typography variant="subtitle2" color="text.secondary" gutterBottom>
        {t('onsite')}
      </Typography>
      {DIMENSIONS.map(([d, items]) => (
        <Box key={d} sx={{ mb: 1 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {t(d)}
          </Typography>
          <Grid container spacing={1}>
            {Object.entries(params.grading[items]).map(([item, values]) => (
              <Grid key={item} size={{ xs: 6, sm: 3 }}>
                <TextField
                  select
                  size="small"
                  fullWidth
                  disabled={!editable}
                  label={translate(`app.assessments.items.${item}`, { _: item })}
                  value={scores[d][item]}
                  onChange={(e) => setScores({ ...scores, [d]: { ...scores[d], [item]: Number(e.target.value) } })}
                  slotProps={{ htmlInput: { 'data-testid': `score-${d}-${item}` } }}
                >
                  {(values as number[]).map((v) => (
                    <MenuItem key={v} value={v} data-testid={`score-${d}-${item}-${v}`}>
                      {v}
                    </MenuItem>
                  ))}
                </TextField>
              </Grid>
            ))}
          </Grid>
        </Box>
      ))}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', my: 1 }} data-testid="live-grade">
        {live?.ok ? (
          <>
            <Typography variant="body1">{`${t('computed')}：${live.value.grade} ${live.value.label}`}</Typography>
            <TraceDrawer trace={live.trace} title={t('computed')} />
          </>
        ) : live ? (
          <Alert severity="error">{live.issues.map((i) => i.message).join('；')}</Alert>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('incomplete')}
          </Typography>
        )}
        {record.computedGrade !== null && record.gradeTrace ? (
          <>
            <Typography variant="body2" data-testid="saved-grade">{`${t('saved_grade')}：${record.computedGrade}`}</Typography>
            <TraceDrawer trace={record.gradeTrace} title={t('saved_grade')} />
          </>
        ) : null}
      </Stack>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField
          type="date"
          size="small"
          label={t('onsite_on')}
          value={on}
          disabled={!editable}
          onChange={(e) => setOn(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={present}
              disabled={!editable}
              onChange={(e) => setPresent(e.target.checked)}
              data-testid="guardian-present"
            />
          }
          label={t('guardian_present')}
        />
        <TextField
          size="small"
          label={t('present_person')}
          value={person}
          disabled={!editable}
          onChange={(e) => setPerson(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'present-person' } }}
        />
        <TextField
          size="small"
          multiline
          fullWidth
          label={t('notes')}
          value={notes}
          disabled={!editable}
          onChange={(e) => setNotes(e.target.value)}
        />
        {editable ? (
          <MuiButton variant="contained" disabled={!complete} onClick={() => void save()} data-testid="save-onsite">
            {t('save_onsite')}
          </MuiButton>
        ) : null}
      </Stack>
    </Box>
  );
};

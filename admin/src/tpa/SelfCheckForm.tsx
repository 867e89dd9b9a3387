import { Alert, Box, Button, Checkbox, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { RecordContextProvider, useGetList, useNotify, useTranslate } from 'react-admin';
import { AttachmentsPanel } from '../attachments';
import { translateError } from '../dataProvider/errors';
import { type Assessment, submitSelfCheck } from './api';
import { ScoreGrid, type Scores, scoreRows } from './ScoreGrid';
import {
  CaseloadInputs,
  type Caseloads,
  caseloadRows,
  caseloadsFrom,
  SurveyInputs,
  type Surveys,
  surveyRows,
  surveysFrom,
} from './SurveyInputs';

/** The TPA's self-check (Tianjin art. 13): each commitment's actual value with its evidence, each area scored per unit. */
export const SelfCheckForm = ({ a, onDone }: { a: Assessment; onDone: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const c = a.contract;
  const [scores, setScores] = useState<Scores>(a.selfCheck?.scores ?? {});
  const [actual, setActual] = useState<Record<string, string>>({});
  const [evidence, setEvidence] = useState<Record<string, string[]>>({});
  const [surveys, setSurveys] = useState<Surveys>(surveysFrom(a.selfCheck?.surveys));
  const [caseloads, setCaseloads] = useState<Caseloads>(caseloadsFrom(a.selfCheck?.caseloads));
  const [error, setError] = useState<string | null>(null);
  const { data: files = [] } = useGetList<{ id: string; fileName: string }>('Attachment', {
    filter: { ownerType: 'TpaAssessment', ownerId: a.id },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'createdAt', order: 'DESC' },
  });
  const submit = async () => {
    setError(null);
    try {
      const delivered = c.commitments.map((k) => ({ commitmentId: k.id, actual: actual[k.id] ?? '', evidenceIds: evidence[k.id] ?? [] }));
      await submitSelfCheck(
        a.id,
        a.version,
        scoreRows(c.units, c.plan, scores),
        delivered,
        surveyRows(c.units, surveys),
        caseloadRows(c.units, caseloads),
      );
      notify('app.tpa.done', { type: 'success', messageArgs: { action: translate('workflow.tpaAssessment.actions.submit_self_check') } });
      onDone();
    } catch (e) {
      setError(translateError(e, translate));
    }
  };
  return (
    <Box data-testid="self-check-form">
      <Typography variant="h6">{translate('app.tpa.self_check')}</Typography>
      <RecordContextProvider value={{ id: a.id }}>
        <AttachmentsPanel ownerType="TpaAssessment" defaultCategory="evidence" uploadAllowed />
      </RecordContextProvider>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('app.tpa.commitments')}
      </Typography>
      {c.commitments.map((k, i) => (
        <Stack key={k.id} direction="row" spacing={2} sx={{ alignItems: 'center', my: 1, flexWrap: 'wrap' }}>
          <Typography sx={{ minWidth: 220 }}>
            {k.description}（{k.targetKind === 'number' ? (k.direction === 'atLeast' ? '≥' : '≤') : ''}
            {k.target}
            {k.unit ?? ''}）
          </Typography>
          <TextField
            size="small"
            label={translate('app.tpa.delivered')}
            helperText={k.targetKind === 'yesNo' ? 'yes / no' : k.unit}
            value={actual[k.id] ?? ''}
            onChange={(e) => setActual({ ...actual, [k.id]: e.target.value })}
            slotProps={{ htmlInput: { 'data-testid': `actual-${i}` } }}
          />
          {files.map((f) => (
            <FormControlLabel
              key={f.id}
              label={f.fileName}
              control={
                <Checkbox
                  checked={(evidence[k.id] ?? []).includes(f.id)}
                  onChange={(e) =>
                    setEvidence({
                      ...evidence,
                      [k.id]: e.target.checked ? [...(evidence[k.id] ?? []), f.id] : (evidence[k.id] ?? []).filter((x) => x !== f.id),
                    })
                  }
                  slotProps={{ input: { 'data-testid': `evidence-${i}` } as never }}
                />
              }
            />
          ))}
        </Stack>
      ))}
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('app.tpa.scores')}
      </Typography>
      <ScoreGrid units={c.units} plan={c.plan} value={scores} onChange={setScores} />
      {c.plan.some((p) => p.id === 'satisfaction') ? <SurveyInputs units={c.units} value={surveys} onChange={setSurveys} /> : null}
      <CaseloadInputs units={c.units} value={caseloads} onChange={setCaseloads} />
      {error ? (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="form-error">
          {error}
        </Alert>
      ) : null}
      <Button variant="contained" sx={{ mt: 2 }} onClick={submit} data-testid="submit-self-check">
        {translate('workflow.tpaAssessment.actions.submit_self_check')}
      </Button>
    </Box>
  );
};

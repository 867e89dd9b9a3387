import { Box, Card, CardContent, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, Title, useNotify, useTranslate } from 'react-admin';
import { JobProgress } from '../common/JobProgress';
import { downloadFromServer, uploadToServer } from '../common/serverFiles';

const LAST_JOB = 'ltci.import.ClaimantContribution';

/** The collection system's monthly file: the template, the upload, and the job's progress and row errors. */
export const ContributionImport = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [jobId, setJobId] = useState(() => localStorage.getItem(LAST_JOB));
  const [busy, setBusy] = useState(false);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      const { job } = await uploadToServer<{ job: { id: string; created: boolean } }>('/import/ClaimantContribution', file);
      localStorage.setItem(LAST_JOB, job.id);
      setJobId(job.id);
      if (!job.created) notify('app.import.same_file', { type: 'info' });
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('app.claimants.import_title')} />
      <CardContent>
        <Typography variant="h6">{translate('app.claimants.import_title')}</Typography>
        <Typography variant="body2" sx={{ my: 1 }}>
          {translate('app.claimants.import_rule')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2 }}>
          <Button
            label="app.import.template"
            onClick={() =>
              downloadFromServer('/import/ClaimantContribution/template', 'template.xlsx').catch((e: Error) =>
                notify(e.message, { type: 'error' }),
              )
            }
          />
          <input
            type="file"
            aria-label={translate('app.import.choose')}
            data-testid="contribution-file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            disabled={busy}
            onChange={(e) => void upload(e.target.files?.[0])}
          />
        </Box>
        {jobId ? <JobProgress key={jobId} jobId={jobId} /> : null}
      </CardContent>
    </Card>
  );
};

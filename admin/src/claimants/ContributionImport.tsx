import { Box, Card, CardContent, Typography } from '@mui/material';
import { Button, Title, useNotify, useTranslate } from 'react-admin';
import { JobProgress } from '../common/JobProgress';
import { downloadFromServer } from '../common/serverFiles';
import { useImportJob } from '../common/useImportJob';

/** The collection system's monthly file: the template, the upload, and the job's progress and row errors. */
export const ContributionImport = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { jobId, busy, upload } = useImportJob('ClaimantContribution');
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

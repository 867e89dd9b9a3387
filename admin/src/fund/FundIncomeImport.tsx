import UploadIcon from '@mui/icons-material/Publish';
import { Box, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import { JobProgress } from '../common/JobProgress';
import { downloadFromServer, uploadToServer } from '../common/serverFiles';

/** The last import's job, kept so that its progress shows again after a page reload. */
const LAST_JOB = 'ltci.import.FundIncome';

/** Import the tax authority's monthly collection file (Qinhuangdao art. 51) as a job: template, upload, progress, errors by row. */
export const FundIncomeImportButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const client = useQueryClient();
  const [open, setOpen] = useState(() => localStorage.getItem(LAST_JOB) !== null);
  const [jobId, setJobId] = useState(() => localStorage.getItem(LAST_JOB));
  const [busy, setBusy] = useState(false);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      const { job } = await uploadToServer<{ job: { id: string; created: boolean } }>('/import/FundIncome', file);
      localStorage.setItem(LAST_JOB, job.id);
      setJobId(job.id);
      if (!job.created) notify('app.import.same_file', { type: 'info' });
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    localStorage.removeItem(LAST_JOB);
    setJobId(null);
    setOpen(false);
    void client.invalidateQueries({ queryKey: ['fund'] });
  };
  return (
    <>
      <Button label="app.fund.import" onClick={() => setOpen(true)} data-testid="fund-import">
        <UploadIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="md">
        <DialogTitle>{translate('app.fund.import_title')}</DialogTitle>
        <DialogContent>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2 }}>
            <Button
              label="app.fund.template"
              onClick={() =>
                downloadFromServer('/import/FundIncome/template', 'template.xlsx').catch((e: Error) => notify(e.message, { type: 'error' }))
              }
            />
            <input
              type="file"
              aria-label={translate('app.import.choose')}
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              disabled={busy}
              onChange={(e) => void upload(e.target.files?.[0])}
            />
          </Box>
          {translate('app.fund.import_rule')}
          {jobId ? <JobProgress jobId={jobId} /> : null}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={close} />
        </DialogActions>
      </Dialog>
    </>
  );
};

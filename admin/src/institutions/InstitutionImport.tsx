import UploadIcon from '@mui/icons-material/Publish';
import { Box, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useRefresh, useTranslate } from 'react-admin';
import { JobProgress } from '../common/JobProgress';
import { downloadFromServer, uploadToServer } from '../common/serverFiles';

/** The last import's job, kept so that its progress shows again after a page reload. */
const LAST_JOB = 'ltci.import.Institution';

/** Import institutions from .xlsx or .csv: the template, the upload, and the job's progress and errors by row and column. */
export const InstitutionImportButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(() => localStorage.getItem(LAST_JOB) !== null);
  const [jobId, setJobId] = useState(() => localStorage.getItem(LAST_JOB));
  const [busy, setBusy] = useState(false);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      const { job } = await uploadToServer<{ job: { id: string; created: boolean } }>('/import/Institution', file);
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
    refresh();
  };
  return (
    <>
      <Button label="app.import.button" onClick={() => setOpen(true)}>
        <UploadIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="md">
        <DialogTitle>{translate('app.import.title')}</DialogTitle>
        <DialogContent>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2 }}>
            <Button
              label="app.import.template"
              onClick={() =>
                downloadFromServer('/import/Institution/template', 'template.xlsx').catch((e: Error) =>
                  notify(e.message, { type: 'error' }),
                )
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
          {translate('app.import.rule')}
          {jobId ? <JobProgress jobId={jobId} /> : null}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={close} />
        </DialogActions>
      </Dialog>
    </>
  );
};

import UploadIcon from '@mui/icons-material/Publish';
import { Box, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import { JobProgress } from './JobProgress';
import { downloadFromServer, uploadToServer } from './serverFiles';

/**
 * Import a file as a job (POST `/import/<kind>`, template at `…/template`): the template, the upload,
 * and the job's progress and errors by row and column. The last job is kept in the browser, so its
 * progress shows again after a page reload.
 */
export const ImportButton = ({
  kind,
  label,
  title,
  rule,
  onClose,
  testId,
}: {
  kind: string;
  label: string;
  title: string;
  rule: string;
  onClose(): void;
  testId?: string;
}) => {
  const lastJob = `ltci.import.${kind}`;
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(() => localStorage.getItem(lastJob) !== null);
  const [jobId, setJobId] = useState(() => localStorage.getItem(lastJob));
  const [busy, setBusy] = useState(false);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      const { job } = await uploadToServer<{ job: { id: string; created: boolean } }>(`/import/${kind}`, file);
      localStorage.setItem(lastJob, job.id);
      setJobId(job.id);
      if (!job.created) notify('app.import.same_file', { type: 'info' });
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    localStorage.removeItem(lastJob);
    setJobId(null);
    setOpen(false);
    onClose();
  };
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} data-testid={testId}>
        <UploadIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="md">
        <DialogTitle>{translate(title)}</DialogTitle>
        <DialogContent>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2 }}>
            <Button
              label="app.import.template"
              onClick={() =>
                downloadFromServer(`/import/${kind}/template`, 'template.xlsx').catch((e: Error) => notify(e.message, { type: 'error' }))
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
          {translate(rule)}
          {jobId ? <JobProgress jobId={jobId} /> : null}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={close} />
        </DialogActions>
      </Dialog>
    </>
  );
};

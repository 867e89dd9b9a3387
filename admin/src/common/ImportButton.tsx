import UploadIcon from '@mui/icons-material/Publish';
import { Box, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import { JobProgress } from './JobProgress';
import { downloadFromServer } from './serverFiles';
import { useImportJob } from './useImportJob';

/**
 * Import a file as a job (POST `/import/<kind>`, template at `…/template`): the template, the upload,
 * and the job's progress and errors by row and column. The last job is kept in the browser, so its
 * progress shows again after a page reload. The upload and the kept job are `useImportJob`'s, which
 * pages with their own import UI use directly.
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
  const translate = useTranslate();
  const notify = useNotify();
  // the one upload-and-remember logic (useImportJob): the dialog opens again on a job kept from before a reload
  const { jobId, busy, upload, forget } = useImportJob(kind);
  const [open, setOpen] = useState(() => jobId !== null);
  const close = () => {
    forget();
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

import UploadIcon from '@mui/icons-material/Publish';
import { Box, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useRefresh, useTranslate } from 'react-admin';
import { JobProgress } from '../common/JobProgress';
import { downloadFromServer } from '../common/serverFiles';
import { useImportJob } from '../common/useImportJob';

/** Import institutions from .xlsx or .csv: the template, the upload, and the job's progress and errors by row and column. */
export const InstitutionImportButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { jobId, busy, upload, forget } = useImportJob('Institution');
  const [open, setOpen] = useState(() => jobId !== null);
  const close = () => {
    forget();
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

import { Box, Card, CardContent, Typography } from '@mui/material';
import { Button, useNotify, usePermissions, useTranslate } from 'react-admin';
import { canAccess } from '../auth/permissions';
import { JobProgress } from '../common/JobProgress';
import { downloadFromServer } from '../common/serverFiles';
import { useImportJob } from '../common/useImportJob';

/** An institution's monthly service file (Qinhuangdao art. 55): the template, the upload, the job's progress and row errors. */
export const DeclarationImport = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { permissions } = usePermissions();
  const { jobId, busy, upload } = useImportJob('ServiceDeclaration');
  if (!canAccess(Array.isArray(permissions) ? permissions : [], 'ServiceDeclaration', 'import')) return null;
  return (
    <Card sx={{ ml: 2, width: 320, flexShrink: 0 }}>
      <CardContent>
        <Typography variant="subtitle1">{translate('app.declarations.import_title')}</Typography>
        <Typography variant="body2" sx={{ my: 1 }}>
          {translate('app.declarations.import_rule')}
        </Typography>
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, mb: 1 }}>
          <Button
            label="app.import.template"
            onClick={() =>
              downloadFromServer('/import/ServiceDeclaration/template', 'template.xlsx').catch((e: Error) =>
                notify(e.message, { type: 'error' }),
              )
            }
          />
          <input
            type="file"
            aria-label={translate('app.import.choose')}
            data-testid="declaration-file"
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
